// Tests for project/project_root: the root is the project file's folder, and paths the
// command line gave from a subfolder name the same files from the root.
#include "project/project_root.h"

#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "support/temp_dir.h"

using namespace factlint;
namespace fs = std::filesystem;

TEST_CASE("the project root is the folder of the .factlint.toml found upward", "[project]") {
  testing::TempDir tmp{"root"};
  fs::path repo = tmp.root() / "repo";
  fs::create_directories(repo / ".git");
  fs::create_directories(repo / "corpus" / "deep");
  CHECK_FALSE(project::find_project_root(repo / "corpus" / "deep"));
  std::ofstream(repo / ".factlint.toml") << "";
  CHECK(project::find_project_root(repo / "corpus" / "deep") == repo);
  CHECK(project::find_project_root(repo) == repo);
}

TEST_CASE("a path given in a subfolder is rebased onto the root", "[project]") {
  const fs::path sub = "corpus/drafts";
  CHECK(project::rebased_path("c.md", sub) == "corpus/drafts/c.md");
  CHECK(project::rebased_path("./c.md", sub) == "corpus/drafts/c.md");
  CHECK(project::rebased_path("../a.md", sub) == "corpus/a.md");
  CHECK(project::rebased_path("../../rules", sub) == "rules");
  CHECK(project::rebased_path("../..", sub) == ".");
  CHECK(project::rebased_path("../../../elsewhere/x.md", sub) == "../elsewhere/x.md");
  CHECK(project::rebased_path("*.md", sub) == "corpus/drafts/*.md");
  CHECK(project::rebased_path("**/*.html", "corpus") == "corpus/**/*.html");
  // Kept: standard input or output, absolute paths, nothing.
  CHECK(project::rebased_path("-", sub) == "-");
  CHECK(project::rebased_path("<stdin>", sub) == "<stdin>");
  CHECK(project::rebased_path("/tmp/x.md", sub) == "/tmp/x.md");
  CHECK(project::rebased_path("", sub) == "");
  // From the root itself nothing changes.
  CHECK(project::rebased_path("corpus/a.md", "") == "corpus/a.md");
}
