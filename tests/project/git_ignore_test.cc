// Which files git lists (project/git_ignore.h), asked file by file as a walk does:
// a file's folder is remembered from one question to the next, so files of folders
// in and out of a work tree asked in turn must each get their own folder's answer.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "project/git_ignore.h"
#include "support/temp_dir.h"

using factlint::testing::TempDir;

namespace {

bool git_init(const std::string& dir) {
  const std::string command = "git -C '" + dir + "' -c init.defaultBranch=main init -q >/dev/null 2>&1";
  return std::system(command.c_str()) == 0;
}

}  // namespace

TEST_CASE("files of folders in and out of a work tree, asked in turn, each get their folder's answer", "[project]") {
  TempDir dir;
  const std::string tree = dir.path() + "/tree";
  const std::string loose = dir.path() + "/loose";
  dir.write("tree/.gitignore", "scratch/\n");
  const std::string kept = dir.write("tree/notes/harbour.md", "The pier opens in May.");
  const std::string scratch = dir.write("tree/scratch/harbour.md", "A draft about the pier.");
  const std::string scratch_too = dir.write("tree/scratch/ferry.md", "A draft about the ferry.");
  const std::string outside = dir.write("loose/scratch/harbour.md", "No git holds this one.");
  const std::string outside_too = dir.write("loose/ferry.md", "Nor this one.");
  REQUIRE(git_init(tree));

  factlint::project::GitIgnore git;
  CHECK(git.ignored(scratch, false));
  CHECK_FALSE(git.ignored(outside, false));  // same name, a folder of the same name, no work tree
  CHECK(git.ignored(scratch_too, false));
  CHECK_FALSE(git.ignored(kept, false));
  CHECK_FALSE(git.ignored(outside_too, false));
  CHECK(git.ignored(scratch, false));
  CHECK(git.ignored(tree + "/scratch", true));
  CHECK_FALSE(git.ignored(loose + "/scratch", true));
  CHECK(git.ignored(scratch_too, false));
}
