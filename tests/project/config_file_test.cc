// Tests for project/config_file: finding and reading .factlint.toml.
#include "project/config_file.h"

#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "support/temp_dir.h"

using namespace factlint;
namespace fs = std::filesystem;

namespace {

std::string write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

std::string rendered(const source::DiagnosticSink& sink) {
  std::string out;
  for (const auto& d : sink.sorted()) out += source::render(d);
  return out;
}

// Paths in the file are relative to its folder; the tests read it from the working
// directory's point of view, so they compare absolute paths.
std::string full_path(const fs::path& p) { return fs::absolute(p).lexically_normal().generic_string(); }

}  // namespace

TEST_CASE("a project file gives each setting with its location", "[project]") {
  testing::TempDir tmp{"config"};
  std::string path = write(tmp.root() / ".factlint.toml",
                           "rules = \"rules\"\n"
                           "paths = [\"corpus\", \"press\"]\n"
                           "fail-on = \"single-source\"\n"
                           "baseline = false\n"
                           "quotes = false\n"
                           "jobs = 2\n"
                           "show = [\"conflicting\", \"single-source\"]\n");
  source::DiagnosticSink sink;
  auto config = project::read_config(path, sink);
  INFO(rendered(sink));
  REQUIRE(config);
  REQUIRE(config->find("paths"));
  CHECK(full_path(config->find("paths")->values[1]) == full_path(tmp.root() / "press"));
  CHECK(config->find("fail-on")->values == std::vector<std::string>{"single-source"});
  CHECK(config->find("fail-on")->line == 3);
  CHECK(config->find("fail-on")->column == 1);
  CHECK(config->find("baseline")->values == std::vector<std::string>{"false"});
  CHECK(config->find("quotes")->values == std::vector<std::string>{"false"});
  CHECK(config->find("jobs")->values == std::vector<std::string>{"2"});
  CHECK(config->find("show")->values.size() == 2);
  CHECK(config->find("format") == nullptr);
}

TEST_CASE("every error of a project file is reported at its place, with a suggestion", "[project]") {
  testing::TempDir tmp{"config"};
  std::string path = write(tmp.root() / ".factlint.toml",
                           "fail_on = \"never\"\n"
                           "format = \"sarf\"\n"
                           "jobs = \"two\"\n"
                           "colour = \"never\"\n"
                           "corpus = \"briefings\"\n");
  source::DiagnosticSink sink;
  CHECK_FALSE(project::read_config(path, sink));
  std::string out = rendered(sink);
  CHECK(out.find(path + ":1:1: error: unknown key 'fail_on' in .factlint.toml; did you mean 'fail-on'?\n"
                        "fail_on = \"never\"\n^") != std::string::npos);
  CHECK(out.find(path + ":2:10: error: 'format' takes 'text', 'json', 'sarif', 'junit', 'github', 'markdown', "
                        "'html' or 'csv', not 'sarf'; did you mean 'sarif'?") != std::string::npos);
  CHECK(out.find(path + ":3:8: error: 'jobs' must be a whole number") != std::string::npos);
  CHECK(out.find(path + ":4:1: error: unknown key 'colour' in .factlint.toml; did you mean 'color'?") !=
        std::string::npos);
  // Not a spelling, but the word users reach for: the documents are 'paths'.
  CHECK(out.find(path + ":5:1: error: unknown key 'corpus' in .factlint.toml; did you mean 'paths'?") !=
        std::string::npos);
}

TEST_CASE("a TOML syntax error is located", "[project]") {
  testing::TempDir tmp{"config"};
  std::string path = write(tmp.root() / ".factlint.toml", "format = \"json\"\nfail-on = \n");
  source::DiagnosticSink sink;
  CHECK_FALSE(project::read_config(path, sink));
  CHECK(rendered(sink).rfind(path + ":2:", 0) == 0);
}

TEST_CASE("the project file is found here or above, never past the git root", "[project]") {
  testing::TempDir tmp{"config"};
  fs::path repo = tmp.root() / "repo";
  fs::create_directories(repo / ".git");
  fs::create_directories(repo / "corpus" / "deep");
  SECTION("none") { CHECK_FALSE(project::find_config_file(repo / "corpus" / "deep")); }
  SECTION("at the root of the work tree, found from a folder below") {
    write(repo / ".factlint.toml", "");
    CHECK(project::find_config_file(repo / "corpus" / "deep") == repo / ".factlint.toml");
  }
  SECTION("a file above the work tree belongs to another project") {
    write(tmp.root() / ".factlint.toml", "");
    CHECK_FALSE(project::find_config_file(repo / "corpus"));
  }
}

TEST_CASE("value settings are read globally and per path from [[override]] tables", "[project]") {
  testing::TempDir tmp{"config"};
  std::string path = write(tmp.root() / ".factlint.toml",
                           "ton = \"short\"\n"
                           "date-order = \"mdy\"\n"
                           "\n"
                           "[[override]]\n"
                           "match = \"corpus/uk/**\"\n"
                           "date-order = \"dmy\"\n"
                           "ton = \"long\"\n"
                           "\n"
                           "[[override]]\n"
                           "match = [\"corpus/eu/**\", \"*.de.md\"]\n"
                           "date-order = \"dmy\"\n");
  source::DiagnosticSink sink;
  auto config = project::read_config(path, sink);
  INFO(rendered(sink));
  REQUIRE(config);
  CHECK(config->find("ton")->values == std::vector<std::string>{"short"});
  CHECK(config->find("date-order")->values == std::vector<std::string>{"mdy"});
  REQUIRE(config->overrides.size() == 2);
  CHECK(config->overrides[0].match == std::vector<std::string>{"corpus/uk/**"});
  CHECK(config->overrides[0].settings.at("date-order").values == std::vector<std::string>{"dmy"});
  CHECK(config->overrides[0].settings.at("date-order").line == 6);
  CHECK(config->overrides[0].settings.at("ton").values == std::vector<std::string>{"long"});
  CHECK(config->overrides[1].match == std::vector<std::string>{"corpus/eu/**", "*.de.md"});
  CHECK(config->overrides[1].settings.count("ton") == 0);
}

TEST_CASE("what a bare dollar and yen are is read globally and per path", "[project]") {
  testing::TempDir tmp{"config"};
  std::string path = write(tmp.root() / ".factlint.toml",
                           "dollar = \"AUD\"\n"
                           "[[override]]\n"
                           "match = \"corpus/nz/**\"\n"
                           "dollar = \"NZD\"\n"
                           "[[override]]\n"
                           "match = \"corpus/cn/**\"\n"
                           "yen = \"CNY\"\n");
  source::DiagnosticSink sink;
  auto config = project::read_config(path, sink);
  INFO(rendered(sink));
  REQUIRE(config);
  CHECK(config->find("dollar")->values == std::vector<std::string>{"AUD"});
  CHECK(config->find("yen") == nullptr);
  REQUIRE(config->overrides.size() == 2);
  CHECK(config->overrides[0].settings.at("dollar").values == std::vector<std::string>{"NZD"});
  CHECK(config->overrides[0].settings.at("dollar").line == 4);
  CHECK(config->overrides[1].settings.at("yen").values == std::vector<std::string>{"CNY"});
}

TEST_CASE("what a bare shilling is is read globally and per path, and a code it does not take is an error",
          "[project]") {
  testing::TempDir tmp{"config"};
  std::string path = write(tmp.root() / ".factlint.toml",
                           "shilling = \"TZS\"\n"
                           "[[override]]\n"
                           "match = \"corpus/kampala/**\"\n"
                           "shilling = \"UGX\"\n");
  source::DiagnosticSink sink;
  auto config = project::read_config(path, sink);
  INFO(rendered(sink));
  REQUIRE(config);
  CHECK(config->find("shilling")->values == std::vector<std::string>{"TZS"});
  REQUIRE(config->overrides.size() == 1);
  CHECK(config->overrides[0].settings.at("shilling").values == std::vector<std::string>{"UGX"});
  CHECK(config->overrides[0].settings.at("shilling").line == 4);

  std::string bad = write(tmp.root() / "bad.toml",
                          "shilling = \"ugx\"\n"
                          "[[override]]\n"
                          "match = \"corpus/**\"\n"
                          "shilling = \"KSH\"\n");
  source::DiagnosticSink bad_sink;
  CHECK_FALSE(project::read_config(bad, bad_sink));
  std::string out = rendered(bad_sink);
  CHECK(out.find(bad + ":1:12: error: 'shilling' takes 'KES', 'SOS', 'TZS' or 'UGX', not 'ugx'; did you mean 'UGX'?") !=
        std::string::npos);
  CHECK(out.find(bad + ":4:12: error: 'shilling' takes 'KES', 'SOS', 'TZS' or 'UGX', not 'KSH'") != std::string::npos);
}

TEST_CASE("a dollar or yen the settings do not take is a located error with the nearest", "[project]") {
  testing::TempDir tmp{"config"};
  std::string path = write(tmp.root() / ".factlint.toml",
                           "dollar = \"AUS\"\n"
                           "yen = \"cny\"\n"
                           "[[override]]\n"
                           "match = \"corpus/**\"\n"
                           "dollar = \"EUR\"\n");
  source::DiagnosticSink sink;
  CHECK_FALSE(project::read_config(path, sink));
  std::string out = rendered(sink);
  CHECK(out.find(path + ":1:10: error: 'dollar' takes 'AUD', ") != std::string::npos);
  CHECK(out.find("not 'AUS'; did you mean 'AUD'?") != std::string::npos);
  CHECK(out.find(path + ":2:7: error: 'yen' takes 'CNY' or 'JPY', not 'cny'; did you mean 'CNY'?") != std::string::npos);
  CHECK(out.find(path + ":5:10: error: 'dollar' takes 'AUD', ") != std::string::npos);
  CHECK(out.find("not 'EUR'") != std::string::npos);
}

TEST_CASE("mistakes in value settings and overrides are located errors", "[project]") {
  testing::TempDir tmp{"config"};
  std::string path = write(tmp.root() / ".factlint.toml",
                           "ton = \"shor\"\n"
                           "date-order = \"ymd\"\n"
                           "[[override]]\n"
                           "match = \"corpus/uk/**\"\n"
                           "date_order = \"dmy\"\n"
                           "fail-on = \"never\"\n"
                           "[[override]]\n"
                           "ton = \"long\"\n");
  source::DiagnosticSink sink;
  CHECK_FALSE(project::read_config(path, sink));
  std::string out = rendered(sink);
  CHECK(out.find(path + ":1:7: error: 'ton' takes 'metric', 'short' or 'long', not 'shor'; did you mean 'short'?") !=
        std::string::npos);
  CHECK(out.find(path + ":2:14: error: 'date-order' takes 'mdy', 'dmy' or 'none', not 'ymd'") != std::string::npos);
  CHECK(out.find(path + ":5:1: error: unknown key 'date_order' in [[override]]; did you mean 'date-order'?") !=
        std::string::npos);
  CHECK(out.find(path + ":6:1: error: 'fail-on' cannot be set per path; an [[override]] takes 'match', 'ton', "
                        "'dollar', 'yen', 'shilling', 'krone' or 'date-order'") != std::string::npos);
  CHECK(out.find(path + ":7:1: error: [[override]] without 'match'") != std::string::npos);
}

TEST_CASE("'override' written as a plain table is an error", "[project]") {
  testing::TempDir tmp{"config"};
  std::string path = write(tmp.root() / ".factlint.toml", "[override]\nmatch = \"a/**\"\n");
  source::DiagnosticSink sink;
  CHECK_FALSE(project::read_config(path, sink));
  CHECK(rendered(sink).find("'override' must be tables: write [[override]]") != std::string::npos);
}
