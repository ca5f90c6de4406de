// Tests for serve/request_guard: who may read the review app and who may change the
// decisions file through it.
#include "serve/request_guard.h"

#include <catch2/catch.hpp>

using namespace factlint::serve;

namespace {

const std::string kToken(64, 'a');

RequestFacts get(std::string host = "127.0.0.1:8765") {
  RequestFacts r;
  r.method = "GET";
  r.host = std::move(host);
  return r;
}

RequestFacts post() {
  RequestFacts r = get();
  r.method = "POST";
  r.origin = "http://127.0.0.1:8765";
  r.cookie = "factlint_token=" + kToken;
  r.form_token = kToken;
  return r;
}

}  // namespace

TEST_CASE("a page needs the session's token, from the address once and then from the cookie", "[serve]") {
  RequestGuard guard(kToken, 8765);
  CHECK(guard.check(get()) == Access::NoToken);
  RequestFacts with_query = get();
  with_query.query_token = kToken;
  CHECK(guard.check(with_query) == Access::AllowAndSetCookie);
  RequestFacts with_cookie = get();
  with_cookie.cookie = "theme=dark; factlint_token=" + kToken + "; x=1";
  CHECK(guard.check(with_cookie) == Access::Allow);
  RequestFacts wrong = get();
  wrong.query_token = std::string(64, 'b');
  wrong.cookie = "factlint_token=" + std::string(63, 'a');
  CHECK(guard.check(wrong) == Access::NoToken);
  CHECK(guard.cookie() == "factlint_token=" + kToken + "; HttpOnly; SameSite=Strict; Path=/");
}

TEST_CASE("only this machine's names for the server are answered, against DNS rebinding", "[serve]") {
  RequestGuard guard(kToken, 8765);
  for (std::string host : {"127.0.0.1:8765", "localhost:8765", "LOCALHOST:8765"}) {
    RequestFacts r = get(host);
    r.query_token = kToken;
    CAPTURE(host);
    CHECK(guard.check(r) == Access::AllowAndSetCookie);
  }
  for (std::string host : {"evil.example:8765", "127.0.0.1:8766", "127.0.0.1", "", "127.0.0.1:8765.evil.example"}) {
    RequestFacts r = get(host);
    r.query_token = kToken;
    CAPTURE(host);
    CHECK(guard.check(r) == Access::WrongHost);
  }
}

TEST_CASE("a decision is accepted only as a same-origin POST carrying the token", "[serve]") {
  RequestGuard guard(kToken, 8765);
  CHECK(guard.check(post()) == Access::Allow);
  RequestFacts localhost = post();
  localhost.host = "localhost:8765";
  localhost.origin = "http://localhost:8765";
  CHECK(guard.check(localhost) == Access::Allow);
  for (std::string origin : {"", "null", "http://evil.example", "http://localhost:8765", "https://127.0.0.1:8765"}) {
    RequestFacts r = post();
    r.origin = origin;
    CAPTURE(origin);
    CHECK(guard.check(r) == Access::NotSameOrigin);
  }
  RequestFacts no_form_token = post();
  no_form_token.form_token = "";
  CHECK(guard.check(no_form_token) == Access::BadFormToken);
  RequestFacts no_cookie = post();
  no_cookie.cookie = "";
  CHECK(guard.check(no_cookie) == Access::NoToken);
  RequestFacts put = post();
  put.method = "PUT";
  CHECK(guard.check(put) == Access::WrongMethod);
}

TEST_CASE("session tokens are 64 hex digits and differ between sessions", "[serve]") {
  std::string a = new_session_token(), b = new_session_token();
  CHECK(a.size() == 64);
  CHECK(a.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(a != b);
  CHECK(same_secret(a, a));
  CHECK_FALSE(same_secret(a, b));
  CHECK_FALSE(same_secret(a, a.substr(1)));
}
