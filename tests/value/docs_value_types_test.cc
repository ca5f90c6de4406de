// The value types table of docs/rules.md: every quoted phrase it lists for a type is
// read whole as that type, so the page never promises a phrase factlint cannot read.
#include "value_test_support.h"

#include <fstream>
#include <sstream>
#include <vector>

using namespace factlint::value;

namespace {

struct Listed {
  Type type;
  std::string phrase;
};

// The rows of the table under "### Value types": `type` | "phrase", "phrase" | unit.
std::vector<Listed> listed_phrases(const std::string& page) {
  std::vector<Listed> out;
  const auto start = page.find("### Value types\n");
  const auto stop = page.find("\n#", start + 1);
  std::istringstream rows(page.substr(start, stop - start));
  std::string row;
  while (std::getline(rows, row)) {
    if (row.rfind("| `", 0) != 0) continue;
    const auto name_end = row.find('`', 3);
    auto type = type_from_name(row.substr(3, name_end - 3));
    if (!type) continue;
    const auto cell_begin = row.find('|', name_end) + 1;
    const auto cell_end = row.find('|', cell_begin);
    const std::string cell = row.substr(cell_begin, cell_end - cell_begin);
    for (std::size_t open = cell.find('"'); open != std::string::npos;) {
      const std::size_t close = cell.find('"', open + 1);
      if (close == std::string::npos) break;
      std::string phrase = cell.substr(open + 1, close - open - 1);
      for (char& c : phrase) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      out.push_back({*type, phrase});
      open = cell.find('"', close + 1);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("every phrase the value types table of docs/rules.md lists is read whole", "[value]") {
  std::ifstream file(std::string(FACTLINT_SOURCE_DIR) + "/docs/rules.md");
  REQUIRE(file);
  std::stringstream buffer;
  buffer << file.rdbuf();
  const std::vector<Listed> phrases = listed_phrases(buffer.str());
  CHECK(phrases.size() >= 60);
  ParseContext context;
  context.reference_date = CivilDate{2024, 6, 15};
  for (const Listed& listed : phrases) {
    CAPTURE(type_name(listed.type), listed.phrase);
    auto m = first_value(listed.type, listed.phrase, context);
    REQUIRE(m);
    // "a 25-year contract" names its duration inside a longer phrase.
    CHECK(listed.phrase.find(m->value.text) != std::string::npos);
    if (listed.phrase.rfind("a 25", 0) != 0) CHECK(m->value.text == listed.phrase);
  }
}
