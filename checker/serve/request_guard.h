// Who may use the review app (docs/review-app.md#safety): only this machine (the
// server binds 127.0.0.1 and checks the Host header, against DNS rebinding), only a
// browser given the session's token, and, for requests that change the decisions
// file, only a POST from the app's own page. Pure functions of the request, so every
// rule is tested without a socket.
#pragma once

#include <string>

namespace factlint::serve {

// 32 bytes from the system's random device as 64 hex digits: the session's token.
std::string new_session_token();

// What the guard looks at in a request.
struct RequestFacts {
  std::string method;       // "GET", "POST", ...
  std::string host;         // the Host header
  std::string origin;       // the Origin header, "" when absent
  std::string cookie;       // the Cookie header, "" when absent
  std::string query_token;  // ?token= in the URL
  std::string form_token;   // token= in a POST body
};

enum class Access {
  Allow,
  AllowAndSetCookie,  // the token came in the URL: remember it in a cookie
  WrongHost,          // Host is not 127.0.0.1:PORT or localhost:PORT
  NoToken,            // neither the cookie nor the URL carries the session's token
  NotSameOrigin,      // a state-changing request without this server's Origin
  BadFormToken,       // a POST whose body lacks the session's token
  WrongMethod,        // not GET, HEAD or POST
};

// Why a request was refused, for the 403 page ("" for Allow).
const char* access_message(Access access);

class RequestGuard {
 public:
  RequestGuard(std::string token, int port) : token_(std::move(token)), port_(port) {}

  // GET and HEAD need the token in the cookie or the URL; POST needs it in the body,
  // an Origin that is this server's, and a Host that is this server.
  Access check(const RequestFacts& request) const;

  // The Set-Cookie value that keeps the token for later requests: HttpOnly (no script
  // reads it) and SameSite=Strict (no other site's page sends it).
  std::string cookie() const;

  const std::string& token() const { return token_; }
  void set_port(int port) { port_ = port; }

 private:
  bool is_this_host(const std::string& host) const;
  bool cookie_has_token(const std::string& cookie) const;

  std::string token_;
  int port_;
};

// Whether two strings are equal, in time that depends only on their lengths.
bool same_secret(const std::string& a, const std::string& b);

}  // namespace factlint::serve
