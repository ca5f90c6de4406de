// The review app's access rules; see request_guard.h.
#include "serve/request_guard.h"

#include <random>
#include <string_view>

#include <fmt/format.h>

#include "source/ascii.h"

namespace factlint::serve {

namespace {

constexpr std::string_view kCookieName = "factlint_token";

}  // namespace

std::string new_session_token() {
  std::random_device device;
  std::string out;
  for (int i = 0; i < 8; ++i) out += fmt::format("{:08x}", static_cast<unsigned>(device()));
  return out;
}

bool same_secret(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

const char* access_message(Access access) {
  switch (access) {
    case Access::Allow:
    case Access::AllowAndSetCookie: return "";
    case Access::WrongHost: return "this server answers only to 127.0.0.1 and localhost";
    case Access::NoToken: return "open the address factlint serve printed, with its token";
    case Access::NotSameOrigin: return "decisions are accepted only from the review page itself";
    case Access::BadFormToken: return "the form does not carry this session's token; reload the page";
    case Access::WrongMethod: return "only GET and POST are served";
  }
  return "";
}

bool RequestGuard::is_this_host(const std::string& host) const {
  std::string lower = source::ascii_lower(host);
  return lower == fmt::format("127.0.0.1:{}", port_) || lower == fmt::format("localhost:{}", port_);
}

bool RequestGuard::cookie_has_token(const std::string& cookie) const {
  // "a=1; factlint_token=...; b=2"
  std::size_t start = 0;
  while (start < cookie.size()) {
    std::size_t end = cookie.find(';', start);
    if (end == std::string::npos) end = cookie.size();
    std::string_view pair(cookie.data() + start, end - start);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    if (pair.size() > kCookieName.size() && pair.starts_with(kCookieName) && pair[kCookieName.size()] == '=' &&
        same_secret(std::string(pair.substr(kCookieName.size() + 1)), token_)) {
      return true;
    }
    start = end + 1;
  }
  return false;
}

Access RequestGuard::check(const RequestFacts& r) const {
  if (!is_this_host(r.host)) return Access::WrongHost;
  if (r.method == "GET" || r.method == "HEAD") {
    if (cookie_has_token(r.cookie)) return Access::Allow;
    return same_secret(r.query_token, token_) ? Access::AllowAndSetCookie : Access::NoToken;
  }
  if (r.method != "POST") return Access::WrongMethod;
  // The browser sets Origin on every POST; a page on another site, or one whose
  // origin is hidden ("null"), cannot pass it as this server's.
  if (!is_this_host(r.host) || source::ascii_lower(r.origin) != "http://" + source::ascii_lower(r.host)) {
    return Access::NotSameOrigin;
  }
  if (!cookie_has_token(r.cookie) && !same_secret(r.query_token, token_)) return Access::NoToken;
  return same_secret(r.form_token, token_) ? Access::Allow : Access::BadFormToken;
}

std::string RequestGuard::cookie() const {
  return fmt::format("{}={}; HttpOnly; SameSite=Strict; Path=/", kCookieName, token_);
}

}  // namespace factlint::serve
