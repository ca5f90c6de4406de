// Every tests/lang/errors/NAME.facts parses to exactly the diagnostics of NAME.err
// (errors only), and every tests/lang/warnings/NAME.facts to those of NAME.err with
// its warnings: message, source line and caret. Adding a case is adding two files.
#include <algorithm>
#include <filesystem>
#include <vector>

#include <catch2/catch.hpp>

#include "lang/parse.h"
#include "support/expected_file.h"

using namespace factlint;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> cases_in(const std::string& folder) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(fs::path(FACTLINT_SOURCE_DIR) / "tests/lang" / folder)) {
    if (entry.path().extension() == ".facts") out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The rendered diagnostics of `path`'s text, read under its file name.
std::string diagnose(const fs::path& path, bool warnings) {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text(path.filename().string(), testing::read_file(path), sink);
  // A rule set comes back exactly when there is no error.
  CHECK(rules.has_value() == !sink.has_errors());
  std::string out;
  for (const auto& d : sink.sorted()) {
    if (warnings || d.severity == source::Severity::Error) out += source::render(d);
  }
  return out;
}

void check_folder(const std::string& folder, bool warnings) {
  std::vector<fs::path> cases = cases_in(folder);
  REQUIRE_FALSE(cases.empty());
  for (const fs::path& path : cases) {
    CAPTURE(path.filename().string());
    std::string out = diagnose(path, warnings);
    CHECK_FALSE(out.empty());  // a case that reports nothing tests nothing
    fs::path expected = path;
    testing::check_expected(expected.replace_extension(".err"), out);
  }
}

}  // namespace

TEST_CASE("each rule file in tests/lang/errors gives exactly its expected errors", "[lang]") {
  check_folder("errors", false);
}

TEST_CASE("each rule file in tests/lang/warnings gives exactly its expected warnings", "[lang]") {
  check_folder("warnings", true);
}
