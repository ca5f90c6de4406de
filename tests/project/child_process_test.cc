// Tests for project/child_process and project/git_command: input, output and the
// environment a child gets.
#include "project/child_process.h"

#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include <catch2/catch.hpp>

#include "project/git_command.h"
#include "support/temp_dir.h"

using namespace factlint::project;

TEST_CASE("a child reads its input while its output is read, however large both are", "[project]") {
  // Larger than any pipe buffer both ways: writing all input before reading would deadlock.
  std::string input;
  for (int i = 0; input.size() < 3'000'000; ++i) input += "line " + std::to_string(i) + "\n";
  ProcessResult result = run_process({"cat"}, {input, {}});
  REQUIRE(result.started);
  CHECK(result.exit_code == 0);
  CHECK(result.out.size() == input.size());
  CHECK(result.out == input);
}

TEST_CASE("a child that stops reading its input ends the exchange instead of killing us", "[project]") {
  std::string input(1'000'000, 'x');
  ProcessResult result = run_process({"true"}, {input, {}});
  CHECK(result.started);
  CHECK(result.exit_code == 0);
}

TEST_CASE("without input a child reads an empty stdin", "[project]") {
  ProcessResult result = run_process({"cat"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.empty());
}

TEST_CASE("a child does not inherit the variables it is told to drop, and keeps the others", "[project]") {
  setenv("FACTLINT_TEST_DROPPED", "dropped", 1);
  setenv("FACTLINT_TEST_KEPT", "kept", 1);
  ProcessResult result = run_process({"sh", "-c", "echo \"${FACTLINT_TEST_DROPPED-unset} ${FACTLINT_TEST_KEPT-unset}\""},
                                     {std::nullopt, {"FACTLINT_TEST_DROPPED"}});
  unsetenv("FACTLINT_TEST_DROPPED");
  unsetenv("FACTLINT_TEST_KEPT");
  CHECK(result.out == "unset kept\n");
}

TEST_CASE("git calls drop the variables a git hook sets, so -C alone picks the repository", "[project]") {
  const auto& names = repository_env_vars();
  for (const char* hook_sets : {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR"}) {
    CAPTURE(hook_sets);
    CHECK(std::find(names.begin(), names.end(), hook_sets) != names.end());
  }
  // `git -c` settings say how to run git, not where the repository is: they stay.
  CHECK(std::find(names.begin(), names.end(), "GIT_CONFIG_PARAMETERS") == names.end());
  std::string a = factlint::testing::fresh_temp_path("git-a").string();
  std::string b = factlint::testing::fresh_temp_path("git-b").string();
  REQUIRE(run_process({"git", "init", "-q", a}).exit_code == 0);
  REQUIRE(run_process({"git", "init", "-q", b}).exit_code == 0);
  // What a hook in repository b hands down: without the fix, git -C a reads b.
  setenv("GIT_DIR", (b + "/.git").c_str(), 1);
  setenv("GIT_WORK_TREE", b.c_str(), 1);
  ProcessResult result = run_git(a, {"rev-parse", "--absolute-git-dir"});
  unsetenv("GIT_DIR");
  unsetenv("GIT_WORK_TREE");
  CHECK(result.exit_code == 0);
  CHECK(result.out == std::filesystem::canonical(a).string() + "/.git\n");
  CHECK(git_complaint("fatal: not a git repository\nmore") == "not a git repository");
}
