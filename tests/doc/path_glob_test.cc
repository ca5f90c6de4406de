// Tests for doc/path_glob: globs over paths, '**' and exclusion by name.
#include "doc/path_glob.h"

#include <catch2/catch.hpp>

using namespace factlint::doc;

TEST_CASE("globs match one segment at a time, and '**' any number of segments", "[doc]") {
  struct Case {
    const char* pattern;
    const char* path;
    bool match;
  };
  const Case cases[] = {
      {"corpus/*.md", "corpus/a.md", true},
      {"corpus/*.md", "corpus/sub/a.md", false},
      {"corpus/*.md", "corpus/a.txt", false},
      {"corpus/**/*.md", "corpus/a.md", true},
      {"corpus/**/*.md", "corpus/x/y/a.md", true},
      {"**/drafts/**", "corpus/drafts/x.md", true},
      {"**/drafts/**", "corpus/drafts", true},
      {"**/drafts/**", "corpus/drafted/x.md", false},
      {"./corpus/?.md", "corpus/a.md", true},
      {"corpus/[ab].md", "corpus/c.md", false},
      {"corpus//*.md", "./corpus/a.md", true},
      {"/abs/*.md", "abs/a.md", false},
      {"*", "a/b", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.pattern, c.path);
    CHECK(glob_match(c.pattern, c.path) == c.match);
  }
}

TEST_CASE("an exclusion without '/' matches any file or folder name in the path", "[doc]") {
  CHECK(excluded_by("drafts", "corpus/drafts/a.md"));
  CHECK(excluded_by("*.txt", "corpus/sub/a.txt"));
  CHECK_FALSE(excluded_by("drafts", "corpus/drafts-old/a.md"));
  CHECK(excluded_by("corpus/drafts/**", "corpus/drafts/a.md"));
  CHECK_FALSE(excluded_by("corpus/drafts/**", "other/corpus/drafts/a.md"));
}

TEST_CASE("a glob is walked from its literal folder", "[doc]") {
  CHECK(glob_root("corpus/2023/*.md") == "corpus/2023");
  CHECK(glob_root("*.md") == ".");
  CHECK(glob_root("/abs/**/x.md") == "/abs");
  CHECK(has_glob("a/*.md"));
  CHECK_FALSE(has_glob("a/b.md"));
}
