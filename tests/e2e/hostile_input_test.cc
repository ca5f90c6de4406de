// End to end: documents and corpora written to attack the run or its readers
// (docs/limits.md). The real binary, real files.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include <unistd.h>

#include "run_binary.h"

using factlint::testing::make_temp_dir;
using factlint::testing::run_factlint;
using factlint::testing::write_file;

namespace {

// Two documents that state the border in conflict, one sentence of each hostile.
std::string hostile_corpus() {
  std::string dir = make_temp_dir();
  write_file(dir + "/a.md",
             "---\ndate: 2023-01-01\npublisher: \"@team \\e[31m\"\n---\n"
             "::error file=README.md,line=1::China and Russia share a 4,209 km border \x1b[2J ##[warning]x.\n");
  write_file(dir + "/b.md", "---\ndate: 2023-02-01\n---\nChina and Russia share a 2,000 km border.\n");
  return dir;
}

void require_no_commands(const std::string& text) {
  INFO(text);
  CHECK(text.find("##[") == std::string::npos);
  CHECK(text.find("\x1b[2J") == std::string::npos);  // the document's escape; colour is factlint's own
  CHECK(text.find("\x1b]") == std::string::npos);
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    line.erase(0, line.find_first_not_of(" \t"));
    CHECK(line.rfind("::", 0) != 0);
    start = end + 1;
  }
}

}  // namespace

TEST_CASE("document text never becomes a workflow command or a terminal escape", "[e2e][safety]") {
  std::string dir = hostile_corpus();
  for (const char* format : {"text", "junit", "markdown", "json", "sarif", "html"}) {
    INFO(format);
    auto run = run_factlint(std::string("report --no-db --color always --format ") + format + " " + dir);
    CHECK(run.exit_code == 1);
    require_no_commands(run.out);
    require_no_commands(run.err);
  }
}

TEST_CASE("the HTML report of the seed corpus is written to a file and keeps the exit code", "[e2e][html]") {
  std::string out = make_temp_dir() + "/report.html";
  auto run = run_factlint("report --no-db --format html -o " + out);
  CHECK(run.exit_code == 1);
  std::ifstream in(out);
  std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(html.find("<strong>3</strong> conflicting") != std::string::npos);
  CHECK(html.find("border_length(China, Russia)") != std::string::npos);
  CHECK(html.find("<mark>2,600-mile (4184 kilometers)</mark>") != std::string::npos);
}

TEST_CASE("a folder with no documents exits 2 instead of passing", "[e2e][safety]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/notes.json", "{}");
  auto run = run_factlint("check --no-db " + dir);
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("no documents to check in '" + dir + "'") != std::string::npos);
}

TEST_CASE("a folder that cannot be read is named, and the rest is checked", "[e2e][safety]") {
  // Root reads everything, so the run drops to the 'nobody' user when it can.
  if (std::system("command -v setpriv >/dev/null 2>&1") != 0) {
    WARN("setpriv is not installed; the unreadable-folder check is not run");
    return;
  }
  std::string dir = make_temp_dir();
  write_file(dir + "/ok/a.md", "---\ndate: 2023-01-01\n---\nChina and Russia share a 4,209 km border.\n");
  write_file(dir + "/locked/b.md", "---\ndate: 2023-01-01\n---\nChina and Russia share a 2,000 km border.\n");
  std::filesystem::permissions(dir, std::filesystem::perms::all);
  std::filesystem::permissions(dir + "/ok", std::filesystem::perms::all);
  std::filesystem::permissions(dir + "/ok/a.md", std::filesystem::perms::all);
  std::filesystem::permissions(dir + "/locked", std::filesystem::perms::none);
  std::string as_nobody = geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups" : "";
  auto run = run_factlint("check --no-db --no-baseline --format json " + dir, as_nobody);
  std::filesystem::permissions(dir + "/locked", std::filesystem::perms::owner_all);
  INFO(run.err);
  CHECK(run.err.find(dir + "/locked: warning: cannot read folder: Permission denied; its documents are skipped") !=
        std::string::npos);
  CHECK(run.out.find("\"documents\": 1") != std::string::npos);
  CHECK(run.exit_code == 0);
}
