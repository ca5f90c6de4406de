// Tests for app/change_set: changed files matched to a run's documents by location.
#include "app/change_set.h"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "support/temp_dir.h"

using namespace factlint;
namespace fs = std::filesystem;

TEST_CASE("changed files match documents however either path is written", "[app]") {
  testing::TempDir tmp{"change-set"};
  fs::path corpus = tmp.root() / "corpus";
  fs::create_directories(corpus);
  for (const char* name : {"a.md", "b.md"}) std::ofstream(corpus / name) << "text\n";
  fs::create_directory_symlink(corpus, tmp.root() / "link");

  std::vector<doc::DocumentHeader> documents(2);
  documents[0].path = (corpus / "a.md").string();
  documents[1].path = (tmp.root() / "link" / "b.md").string();  // named through a link

  SECTION("an absolute path, a path with '..' and the link's target all match") {
    std::vector<std::string> changed{(corpus / ".." / "corpus" / "a.md").string(), (corpus / "b.md").string()};
    CHECK(app::documents_changed(documents, changed) == std::vector<std::string>{documents[0].path, documents[1].path});
  }
  SECTION("files that are no document of the run match nothing") {
    std::vector<std::string> changed{(corpus / "deleted.md").string(), (tmp.root() / "rules/r.facts").string()};
    CHECK(app::documents_changed(documents, changed).empty());
  }
  SECTION("a document that is not on disk (a buffer on standard input) matches its name") {
    documents.push_back(doc::DocumentHeader{});
    documents[2].path = (corpus / "draft.md").string();
    std::vector<std::string> changed{(corpus / "sub" / ".." / "draft.md").string()};
    CHECK(app::documents_changed(documents, changed) == std::vector<std::string>{documents[2].path});
  }
}

TEST_CASE("documents are matched by the locations the run found, without a stat each", "[app]") {
  testing::TempDir tmp{"change-set-known"};
  fs::path corpus = tmp.root() / "corpus";
  fs::create_directories(corpus);
  std::ofstream(corpus / "a.md") << "text\n";
  std::vector<doc::DocumentHeader> documents(2);
  documents[0].path = (corpus / "a.md").string();
  documents[1].path = (corpus / "moved.md").string();  // not on disk now: only the run saw where it was
  const std::vector<std::string> changed{(corpus / "a.md").string()};
  REQUIRE(app::documents_changed(documents, changed) == std::vector<std::string>{documents[0].path});

  // The run found moved.md where a.md is (a hard link it stat'ed); a.md somewhere else.
  struct stat st {};
  REQUIRE(::stat(documents[0].path.c_str(), &st) == 0);
  app::FileLocations known;
  known.add(documents[1].path, doc::FileStat{static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino)});
  known.add(documents[0].path, doc::FileStat{});
  known.sort();
  CHECK(app::documents_changed(documents, changed, known) == std::vector<std::string>{documents[1].path});
  app::ChangeSet matched = app::match_changes(documents, changed, known);
  CHECK(matched.documents == std::vector<std::string>{documents[1].path});
  CHECK(matched.not_checked.empty());
}
