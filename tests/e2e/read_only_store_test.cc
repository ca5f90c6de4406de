// End to end: a store that cannot be written (a read-only checkout, a folder of another
// user) is done without: a warning, and the findings of a run without the store.
#include <unistd.h>

#include <filesystem>
#include <string>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "run_binary.h"

using factlint::testing::make_temp_dir;
using factlint::testing::run_factlint_in;
using factlint::testing::write_file;

namespace {

// Runs the binary as the unprivileged user `nobody`, who may read the project but not
// write in it: as root, file permissions would not stop it.
const char* const kAsNobody = "setpriv --reuid=65534 --regid=65534 --clear-groups";

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A project readable by everyone and writable by its owner (root) only.
std::string make_read_only_project() {
  std::string dir = make_temp_dir();
  write_file(dir + "/rules/r.facts",
             "entity Kenya: country = \"Kenya\"\n"
             "fact growth(of: country) -> rate: percent {\n"
             "  cue grew\n"
             "  compare exact\n"
             "  example \"Kenya's economy grew 5.6% in 2023\" => of=Kenya rate=\"5.6%\"\n"
             "}\n");
  write_file(dir + "/corpus/a.md", "---\ndate: 2024-03-10\n---\nKenya's economy grew 5.6% in 2023.\n");
  write_file(dir + "/corpus/b.md", "---\ndate: 2024-04-02\n---\nKenya's economy grew 4.9% in 2023.\n");
  namespace fs = std::filesystem;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    fs::permissions(entry.path(), fs::perms::others_read | fs::perms::group_read, fs::perm_options::add);
    if (entry.is_directory()) fs::permissions(entry.path(), fs::perms::others_exec, fs::perm_options::add);
  }
  fs::permissions(dir, fs::perms::others_read | fs::perms::others_exec, fs::perm_options::add);
  return dir;
}

}  // namespace

TEST_CASE("a store that cannot be written is done without, with a warning and the same findings", "[e2e]") {
  std::string dir = make_read_only_project();
  if (geteuid() != 0 || run_factlint_in(dir, "--version", kAsNobody).exit_code != 0) {
    WARN("not run: needs root, and a binary the user nobody may run");
    return;
  }
  auto without = run_factlint_in(dir, "check --no-db --format json");
  REQUIRE(without.exit_code == 1);
  const auto expected = nlohmann::json::parse(without.out)["findings"];

  // No store yet, and its folder cannot be made.
  auto no_folder = run_factlint_in(dir, "check --format json", kAsNobody);
  INFO(no_folder.err);
  CHECK(no_folder.exit_code == 1);  // the conflict, not a store error (2)
  CHECK(has(no_folder.err, "warning: cannot open database '.factlint/factlint.db': cannot create directory"));
  CHECK(has(no_folder.err, "checked without the store: the findings are the same"));
  CHECK(nlohmann::json::parse(no_folder.out)["findings"] == expected);

  // A store made by its owner, which the other user cannot write.
  REQUIRE(run_factlint_in(dir, "check --format json").exit_code == 1);
  auto read_only = run_factlint_in(dir, "check --format json", kAsNobody);
  INFO(read_only.err);
  CHECK(read_only.exit_code == 1);
  CHECK(has(read_only.err, "readonly database"));
  CHECK(has(read_only.err, "checked without the store"));
  CHECK(nlohmann::json::parse(read_only.out)["findings"] == expected);
}

TEST_CASE("a store that is damaged still stops the run with exit 2", "[e2e]") {
  std::string dir = make_read_only_project();
  write_file(dir + "/.factlint/factlint.db", "this is no database, and long enough to have a header");
  auto run = run_factlint_in(dir, "check");
  CHECK(run.exit_code == 2);
  CHECK(has(run.err, "file is not a database; check without the store with --no-db"));
}
