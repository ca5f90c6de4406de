// Findings' statements in a temporary file (compare/finding_spill.h, issue 10): put
// empties the groups' lists and notes where they went; whole and fill give every
// statement back, in its group and order, whatever else the findings went through.
#include "compare/finding_spill.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <fmt/format.h>

using namespace factlint;

namespace {

match::Statement statement(int i) {
  match::Statement s;
  s.fact = "founded";
  s.key = "founded(PortAmes)";
  s.document = fmt::format("docs/{}.md", i);
  s.location = {i + 1, 3};
  s.text = fmt::format("founded in {}", 1800 + i);
  s.sentence = std::string(static_cast<std::size_t>(i) * 1000, 's');  // past the file's write chunk for some
  s.value.text = std::to_string(1800 + i);
  s.value.display = s.value.text;
  s.roles = {{"city", "PortAmes"}};
  return s;
}

compare::Finding finding(int groups, int first) {
  compare::Finding f;
  f.id = fmt::format("id{}", first);
  f.key = "founded(PortAmes)";
  for (int g = 0; g < groups; ++g) {
    compare::ValueGroup group;
    group.value.display = fmt::format("value {}", g);
    for (int i = 0; i <= g; ++i) group.statements.push_back(statement(first + g * 10 + i));
    f.values.push_back(std::move(group));
  }
  return f;
}

std::string describe(const compare::Finding& f) {
  std::string out = f.id + "\n";
  for (const compare::ValueGroup& g : f.values) {
    out += g.value.display + ":";
    for (const match::Statement& s : g.statements) {
      out += fmt::format(" {}@{}:{} {} {} {}", s.document, s.location.line, s.location.column, s.text,
                         s.sentence.size(), s.roles.at(0).second);
    }
    out += "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("a spilled finding's statements come back in their groups and order", "[compare]") {
  compare::FindingSpill spill;
  std::vector<compare::Finding> findings;
  std::vector<std::string> expected;
  for (int i = 0; i < 40; ++i) {
    findings.push_back(finding(i % 4, i * 100));
    expected.push_back(describe(findings.back()));
    spill.put(findings.back());
    CHECK(findings.back().spilled.has_value());
    for (const compare::ValueGroup& g : findings.back().values) CHECK(g.statements.empty());
  }
  // Findings are sorted and filtered after the comparison: each carries where its statements are.
  std::vector<compare::Finding> reversed(findings.rbegin(), findings.rend());
  for (std::size_t i = 0; i < reversed.size(); ++i) {
    compare::Finding whole = spill.whole(reversed[i]);
    CHECK_FALSE(whole.spilled.has_value());
    CHECK(describe(whole) == expected[expected.size() - 1 - i]);
  }
  spill.put(findings[3]);  // spilled already: left as it is
  spill.fill(findings);
  for (std::size_t i = 0; i < findings.size(); ++i) CHECK(describe(findings[i]) == expected[i]);
  // A finding never spilled is its own whole.
  compare::Finding plain = finding(2, 7);
  CHECK(describe(spill.whole(plain)) == describe(plain));
}

TEST_CASE("a spilled finding's statements can be read one at a time, group by group", "[compare]") {
  compare::FindingSpill spill;
  compare::Finding before = finding(1, 0);  // spilled before the large one, and read after it
  compare::Finding large = finding(4, 5000);
  for (int i = 0; i < 3000; ++i) large.values[2].statements.push_back(statement(i % 7));  // past the write chunk
  const std::string expected_large = describe(large);
  const std::string expected_before = describe(before);
  spill.put(before);
  // Written as made, as quotation groups are, rather than from a finding's lists.
  compare::FindingSpill::Writer writer(spill);
  for (const compare::ValueGroup& g : large.values) {
    for (const match::Statement& s : g.statements) writer.add(s);
    writer.end_group();
  }
  compare::Finding streamed = large;
  for (compare::ValueGroup& g : streamed.values) g.statements.clear();
  writer.finish(streamed);
  compare::FindingSpill::Reader reader(spill, streamed);
  compare::Finding read = streamed;
  for (std::size_t g = 0; g < read.values.size(); ++g) {
    CHECK(reader.count(g) == large.values[g].statements.size());
    for (std::size_t i = 0; i < reader.count(g); ++i) read.values[g].statements.push_back(reader.next());
  }
  CHECK(describe(read) == expected_large);
  CHECK(describe(spill.whole(streamed)) == expected_large);
  CHECK(describe(spill.whole(before)) == expected_before);
}

TEST_CASE("a spill that keeps documents names each group's documents, sorted and once", "[compare]") {
  compare::FindingSpill keeping(true);
  compare::Finding f = finding(3, 40);
  f.values[1].statements.push_back(statement(40));  // a document of group 0 stated again, out of order
  f.values[1].statements.push_back(statement(51));  // one of its own, twice
  keeping.put(f);
  REQUIRE(f.spilled->documents);
  const std::vector<std::vector<std::string>> expected{
      {"docs/40.md"}, {"docs/40.md", "docs/50.md", "docs/51.md"}, {"docs/60.md", "docs/61.md", "docs/62.md"}};
  CHECK(*f.spilled->documents == expected);
  compare::FindingSpill plain;  // the full run's: no list of paths held per finding
  compare::Finding g = finding(2, 0);
  plain.put(g);
  CHECK_FALSE(g.spilled->documents);
}

TEST_CASE("the head of a spilled finding is each group's first statements, the rest unread", "[compare]") {
  compare::FindingSpill spill;
  compare::Finding f = finding(4, 300);
  for (int i = 0; i < 50; ++i) f.values[1].statements.push_back(statement(i));
  compare::Finding kept = f;
  spill.put(f);
  for (std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{3}, std::size_t{20}}) {
    CAPTURE(n);
    compare::Finding expected = kept;
    for (compare::ValueGroup& g : expected.values) {
      if (g.statements.size() > n) g.statements.resize(n);
    }
    const compare::Finding head = spill.head(f, n);
    CHECK_FALSE(head.spilled.has_value());
    CHECK(describe(head) == describe(expected));
    CHECK(describe(spill.head(kept, n)) == describe(expected));  // a finding held in memory too
  }
}
