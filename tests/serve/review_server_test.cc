// Tests for serve/review_server, over a real socket on 127.0.0.1: the token, the
// origin check, a decision recorded from a form, and hostile document text kept inert.
#include "serve/review_server.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <catch2/catch.hpp>
#include <httplib.h>

#include "support/temp_dir.h"

using namespace factlint;
namespace fs = std::filesystem;

namespace {

const std::string kToken(64, '7');

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// The seed corpus copied to a temp folder, with one hostile document beside it.
struct Project {
  fs::path dir = testing::fresh_temp_path("serve");
  Project() {
    fs::create_directories(dir / "corpus");
    for (const auto& entry : fs::directory_iterator(fs::path(FACTLINT_SOURCE_DIR) / "corpus")) {
      if (entry.path().extension() == ".txt") fs::copy_file(entry.path(), dir / "corpus" / entry.path().filename());
    }
    std::ofstream(dir / "corpus" / "2025-01-01-hostile.md")
        << "---\ntitle: \"<script>alert(1)</script>\"\nurl: \"javascript:alert(2)\"\npublisher: \"<b>x</b>\"\n---\n\n"
           "China and Russia share a \"<img src=x onerror=alert(3)>\" 2,000 km border.\n";
  }
  app::CheckOptions options() const {
    app::CheckOptions o;
    o.rule_paths = {std::string(FACTLINT_SOURCE_DIR) + "/rules"};
    o.document_paths = {(dir / "corpus").string()};
    o.db_path = "";
    o.decisions_path = (dir / "factlint.decisions.toml").string();
    return o;
  }
};

struct Running {
  serve::ReviewServer server;
  int port;
  std::thread thread;
  explicit Running(const app::CheckOptions& check)
      : server(serve::ReviewOptions{check, "ana", "test", 0, kToken}), port(server.bind()) {
    REQUIRE(port > 0);
    thread = std::thread([this] { server.listen(); });
  }
  ~Running() {
    server.stop();
    thread.join();
  }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port);
    c.set_connection_timeout(5);
    c.set_read_timeout(60);
    return c;
  }
  std::string origin() const { return "http://127.0.0.1:" + std::to_string(port); }
};

httplib::Headers with_cookie(httplib::Headers h = {}) {
  h.emplace("Cookie", "factlint_token=" + kToken);
  return h;
}

httplib::Params decision_form(const std::string& kind, const std::string& value) {
  return {{"token", kToken},        {"finding", "border_length(China, Russia)"}, {"kind", kind},
          {"value", value},         {"statement", ""},                           {"note", "border service"},
          {"by", "ana"}};
}

// The text of the page's message paragraph (a decision's outcome, or why the check
// could not run), as the page holds it: HTML-escaped.
std::string message_of(const std::string& page) {
  const std::size_t p = page.find("<p class=\"message");
  if (p == std::string::npos) return "";
  const std::size_t from = page.find('>', p) + 1;
  return page.substr(from, page.find("</p>", from) - from);
}

// Retries while the listening thread starts.
httplib::Result get(httplib::Client& c, const std::string& path, const httplib::Headers& headers = {}) {
  for (int i = 0; i < 100; ++i) {
    if (auto r = c.Get(path, headers)) return r;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return c.Get(path, headers);
}

}  // namespace

TEST_CASE("the review app answers only with the session's token, then by cookie", "[serve]") {
  Project project;
  Running app(project.options());
  httplib::Client c = app.client();
  auto anonymous = get(c, "/");
  REQUIRE(anonymous);
  CHECK(anonymous->status == 403);
  auto first = get(c, "/?token=" + kToken);
  REQUIRE(first);
  CHECK(first->status == 303);
  CHECK(first->get_header_value("Set-Cookie").find("factlint_token=" + kToken + "; HttpOnly; SameSite=Strict") == 0);
  auto page = get(c, "/", with_cookie());
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->get_header_value("X-Frame-Options") == "DENY");
  CHECK(page->body.find("<form class=\"decide\" method=\"post\" action=\"/decide\">") != std::string::npos);
  CHECK(page->body.find("form-action 'self'") != std::string::npos);
  auto other_host = get(c, "/?token=" + kToken, {{"Host", "evil.example:" + std::to_string(app.port)}});
  REQUIRE(other_host);
  CHECK(other_host->status == 403);
}

TEST_CASE("hostile document text is inert in the review app", "[serve]") {
  Project project;
  Running app(project.options());
  httplib::Client c = app.client();
  auto page = get(c, "/", with_cookie());
  REQUIRE(page);
  REQUIRE(page->status == 200);
  CHECK(page->body.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(count(page->body, "<script") == 1);  // the page's own, with its nonce
  CHECK(page->body.find("<img") == std::string::npos);
  CHECK(page->body.find("href=\"javascript") == std::string::npos);
  CHECK(page->body.find("<b>x</b>") == std::string::npos);
}

TEST_CASE("a document of the run is shown in context, inert; nothing else is served", "[serve]") {
  Project project;
  Running app(project.options());
  httplib::Client c = app.client();
  auto page = get(c, "/", with_cookie());
  REQUIRE(page);
  std::string hostile = (project.dir / "corpus" / "2025-01-01-hostile.md").string();
  std::string link = "/document?path=" + httplib::detail::encode_query_param(hostile);
  CHECK(page->body.find("<a href=\"/document?path=") != std::string::npos);
  auto doc = get(c, link, with_cookie());
  REQUIRE(doc);
  CHECK(doc->status == 200);
  CHECK(doc->body.find("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>") != std::string::npos);
  CHECK(doc->body.find("<mark>2,000 km</mark>") != std::string::npos);
  CHECK(doc->body.find("class=\"stated\"") != std::string::npos);
  CHECK(doc->body.find("border_length(China, Russia) = 2,000 km") != std::string::npos);
  CHECK(count(doc->body, "<script") == 0);
  CHECK(doc->body.find("<img") == std::string::npos);
  CHECK(doc->body.find("href=\"javascript") == std::string::npos);
  for (std::string path : {std::string("/etc/passwd"), (project.dir / "factlint.decisions.toml").string(), std::string()}) {
    CAPTURE(path);
    auto refused = get(c, "/document?path=" + httplib::detail::encode_query_param(path), with_cookie());
    REQUIRE(refused);
    CHECK(refused->status == 404);
  }
  auto anonymous = get(c, link);
  REQUIRE(anonymous);
  CHECK(anonymous->status == 403);
}

TEST_CASE("a decision posted from the page is checked, written and shown; others are refused", "[serve]") {
  Project project;
  Running app(project.options());
  httplib::Client c = app.client();
  fs::path file = project.dir / "factlint.decisions.toml";

  SECTION("from another origin, or without the form's token, nothing is written") {
    auto cross = c.Post("/decide", with_cookie({{"Origin", "http://evil.example"}}), decision_form("canonical", "4,209 km"));
    REQUIRE(cross);
    CHECK(cross->status == 403);
    auto no_origin = c.Post("/decide", with_cookie(), decision_form("canonical", "4,209 km"));
    REQUIRE(no_origin);
    CHECK(no_origin->status == 403);
    httplib::Params form = decision_form("canonical", "4,209 km");
    form.erase("token");
    auto no_token = c.Post("/decide", with_cookie({{"Origin", app.origin()}}), form);
    REQUIRE(no_token);
    CHECK(no_token->status == 403);
    auto read_only = get(c, "/decide?token=" + kToken, with_cookie());
    REQUIRE(read_only);
    CHECK(read_only->status == 404);
    CHECK_FALSE(fs::exists(file));
  }

  SECTION("a good decision is recorded like factlint decide's, and the page shows it") {
    auto posted = c.Post("/decide", with_cookie({{"Origin", app.origin()}}), decision_form("canonical", "4,209 km"));
    REQUIRE(posted);
    CHECK(posted->status == 303);
    std::string text = read(file);
    CHECK(text.find("[[decision]]\nfinding = \"border_length(China, Russia)\"\nkind = \"canonical\"\n"
                    "value = \"4,209 km\"\nnote = \"border service\"\nauthor = \"ana\"\nwhen = ") == 0);
    auto page = get(c, "/", with_cookie());
    REQUIRE(page);
    CHECK(page->body.find("recorded: canonical value &apos;4,209 km&apos;") != std::string::npos);
    CHECK(page->body.find("deviates-from-decision") != std::string::npos);
    CHECK(page->body.find("<strong>Decided:</strong> canonical value &apos;4,209 km&apos;, by ana on ") !=
          std::string::npos);
  }

  SECTION("who decided: the form's name, else whoever started the server") {
    httplib::Params typed = decision_form("canonical", "4,209 km");
    typed.erase("by");
    typed.emplace("by", "ben");
    REQUIRE(c.Post("/decide", with_cookie({{"Origin", app.origin()}}), typed));
    CHECK(read(file).find("author = \"ben\"\n") != std::string::npos);
    httplib::Params bare = decision_form("acknowledged", "");
    bare.erase("by");
    REQUIRE(c.Post("/decide", with_cookie({{"Origin", app.origin()}}), bare));
    CHECK(read(file).find("kind = \"acknowledged\"\nnote = \"border service\"\nauthor = \"ana\"\n") !=
          std::string::npos);
  }

  SECTION("a value that cannot be read as the fact's type is refused and explained") {
    auto posted = c.Post("/decide", with_cookie({{"Origin", app.origin()}}), decision_form("canonical", "4,209 kg"));
    REQUIRE(posted);
    CHECK(posted->status == 303);
    CHECK_FALSE(fs::exists(file));
    auto page = get(c, "/", with_cookie());
    REQUIRE(page);
    CHECK(page->body.find("class=\"message error\"") != std::string::npos);
    CHECK(page->body.find("value &apos;4,209 kg&apos; cannot be read as length") != std::string::npos);
    // Before: "not recorded: factlint: error: value ... length ...\n", the CLI's prefix and
    // a literal backslash-n on the page.
    const std::string message = message_of(page->body);
    CHECK(message.rfind("not recorded: value &apos;4,209 kg&apos; cannot be read as length", 0) == 0);
    CHECK(message.find("factlint: error") == std::string::npos);
    CHECK(message.find("\\n") == std::string::npos);
  }
}

// A newcomer's report (session 11): a decision made on the page could only be undone
// with `factlint decisions remove` in a terminal.
TEST_CASE("a decision's Undo button removes that entry, and only from the app's origin", "[serve]") {
  Project project;
  Running app(project.options());
  httplib::Client c = app.client();
  fs::path file = project.dir / "factlint.decisions.toml";
  std::ofstream(file) << "# kept: the file's own comment\n\n"
                         "[[decision]]\nfinding = \"sino_soviet_split\"\nkind = \"acknowledged\"\n";
  REQUIRE(c.Post("/decide", with_cookie({{"Origin", app.origin()}}), decision_form("canonical", "4,209 km")));
  const std::string decided = read(file);
  REQUIRE(decided.find("value = \"4,209 km\"") != std::string::npos);
  auto page = get(c, "/", with_cookie());
  REQUIRE(page);
  CHECK(count(page->body, "<form class=\"undo\" method=\"post\" action=\"/undo\">") == 2);
  // The border finding's entry, as its button posts it: the line of the new entry's header.
  const std::string id = "f-1736ca0f5f";
  const std::size_t header = decided.find("[[decision]]\nfinding = \"border_length");
  REQUIRE(header != std::string::npos);
  const std::string line = std::to_string(1 + std::count(decided.begin(), decided.begin() + header, '\n'));
  CHECK(page->body.find("name=\"finding\" value=\"" + id + "\"><input type=\"hidden\" name=\"kind\" "
                        "value=\"canonical\"><input type=\"hidden\" name=\"statement\" value=\"\">"
                        "<input type=\"hidden\" name=\"line\" value=\"" + line + "\">") != std::string::npos);
  httplib::Params undo{{"token", kToken}, {"finding", id}, {"kind", "canonical"}, {"statement", ""}, {"line", line}};

  SECTION("another site's post, or one without the form's token, removes nothing") {
    auto cross = c.Post("/undo", with_cookie({{"Origin", "http://evil.example"}}), undo);
    REQUIRE(cross);
    CHECK(cross->status == 403);
    httplib::Params no_token = undo;
    no_token.erase("token");
    auto bare = c.Post("/undo", with_cookie({{"Origin", app.origin()}}), no_token);
    REQUIRE(bare);
    CHECK(bare->status == 403);
    CHECK(read(file) == decided);
  }

  SECTION("the entry leaves the file, the rest stays, and the page shows the conflict open again") {
    auto posted = c.Post("/undo", with_cookie({{"Origin", app.origin()}}), undo);
    REQUIRE(posted);
    CHECK(posted->status == 303);
    CHECK(read(file) == "# kept: the file's own comment\n\n"
                        "[[decision]]\nfinding = \"sino_soviet_split\"\nkind = \"acknowledged\"\n");  // as it was
    auto after = get(c, "/", with_cookie());
    REQUIRE(after);
    CHECK(message_of(after->body).rfind("removed: canonical value &apos;4,209 km&apos;, by ana on ", 0) == 0);
    CHECK(after->body.find("class=\"message error\"") == std::string::npos);
    CHECK(after->body.find("deviates-from-decision") == std::string::npos);
    CHECK(count(after->body, "<form class=\"undo\"") == 1);
  }

  SECTION("a button from a page older than the file removes nothing and says to reload") {
    httplib::Params stale = undo;
    stale.erase("line");
    stale.emplace("line", "3");  // the other entry's line: not the border finding's
    auto posted = c.Post("/undo", with_cookie({{"Origin", app.origin()}}), stale);
    REQUIRE(posted);
    CHECK(read(file) == decided);
    auto after = get(c, "/", with_cookie());
    REQUIRE(after);
    CHECK(after->body.find("class=\"message error\"") != std::string::npos);
    CHECK(message_of(after->body).rfind("not removed: &apos;border_length(China, Russia)&apos; has no such decision at "
                                        "line 3", 0) == 0);
  }
}

TEST_CASE("a check that cannot run while the app serves shows its errors as lines", "[serve]") {
  Project project;
  app::CheckOptions options = project.options();
  fs::create_directories(project.dir / "rules");
  std::ofstream(project.dir / "rules" / "r.facts") << "fact broken(\n";
  options.rule_paths = {(project.dir / "rules").string()};
  Running app(options);
  httplib::Client c = app.client();
  auto page = get(c, "/", with_cookie());
  REQUIRE(page);
  const std::string message = message_of(page->body);
  CAPTURE(message);
  CHECK(message.rfind("the check could not run:\n" + (project.dir / "rules" / "r.facts").string() + ":", 0) == 0);
  CHECK(message.find("\\n") == std::string::npos);
  CHECK(message.find("factlint: error") == std::string::npos);
}
