// Publication dates by path (compare/document_dates.h): views of the run's document
// list, found by binary search whatever order they were given in.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "compare/document_dates.h"

using factlint::compare::DocumentDates;

TEST_CASE("a document's date is found by its path, in any order given", "[compare]") {
  // Owned here: the dates view these strings, as a run's view its document list.
  const std::vector<std::string> paths = {"corpus/c.md", "corpus/a.md", "corpus/b/b.md", "corpus/b.md"};
  const std::vector<std::string> dates = {"2024-03-29", "2022-09-20", "", "2023"};
  std::vector<DocumentDates::Entry> entries;
  for (std::size_t i = 0; i < paths.size(); ++i) entries.emplace_back(paths[i], dates[i]);
  const DocumentDates by_path(std::move(entries));
  CHECK(by_path.of("corpus/a.md") == "2022-09-20");
  CHECK(by_path.of("corpus/b.md") == "2023");
  CHECK(by_path.of("corpus/c.md") == "2024-03-29");
  CHECK(by_path.of("corpus/b/b.md").empty());
  // A path not checked, one that sorts before or after every other, a prefix of one.
  CHECK(by_path.of("corpus/d.md").empty());
  CHECK(by_path.of("a.md").empty());
  CHECK(by_path.of("corpus/").empty());
  CHECK(DocumentDates().of("corpus/a.md").empty());
}

TEST_CASE("dates given in a list are found as a map would find them", "[compare]") {
  const DocumentDates dates{{"b.md", "2023-04-15"}, {"a.md", "2022-09-20"}};
  CHECK(dates.of("a.md") == "2022-09-20");
  CHECK(dates.of("b.md") == "2023-04-15");
  CHECK(dates.of("c.md").empty());
}
