// The statement spill (app/statement_spill.h): every statement read back once, key by
// key in (fact, key, scope) order and in arrival order within a key, whatever the budget.
#include "app/statement_spill.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace {

using factlint::app::StatementSpill;
using factlint::match::Statement;

// Every field of a statement, so a test sees any field the spill loses or garbles.
std::string describe(const Statement& s) {
  std::string roles;
  for (const auto& [role, entity] : s.roles) roles += role + "=" + entity + ";";
  for (const std::string& t : s.role_texts) roles += "[" + t + "]";
  for (const std::string& t : s.role_sources) roles += "<" + t + ">";
  const auto& v = s.value;
  return fmt::format(
      "{}|{}|{}|{}|{}|{}|{} {} {}{}{}{} {}|{}|{}|{} {}|{}|{}|{}-{} {}:{} {}-{}|{}|{}|{}|{}|{} {}",
      s.fact, s.key, s.scope, roles, s.scope_source, static_cast<int>(v.type), v.lo, v.hi, v.lo_inclusive,
      v.hi_inclusive, v.approx, v.vague, v.unit, v.text, v.original_unit, v.precision, static_cast<int>(v.grain),
      v.display, s.document, s.begin, s.end, s.location.line, s.location.column, s.value_begin, s.value_end, s.text,
      s.sentence, s.table_header, s.table_year, s.pattern, s.priority);
}

// `n` statements of a few facts, keys and scopes in a scrambled order, each unique by
// its document and offsets, with every field set (some to awkward values).
std::vector<Statement> scrambled_statements(std::size_t n) {
  std::vector<Statement> out;
  for (std::size_t i = 0; i < n; ++i) {
    Statement s;
    std::size_t h = (i * 7919) % 13;
    s.fact = h % 3 == 0 ? "border_length" : h % 3 == 1 ? "population" : "area";
    s.key = fmt::format("{}(A{}, B)", s.fact, h % 5);
    s.scope = h % 4 == 0 ? "" : fmt::format("{}", 2000 + h % 2);
    s.roles = {{"a", fmt::format("A{}", h % 5)}, {"b", "B"}};
    if (i % 2 == 0) s.role_texts = {"the A", ""};
    if (i % 2 == 0) s.role_sources = {"", i % 4 == 0 ? "title" : "line 12"};
    s.scope_source = s.scope.empty() ? "" : "value's sentence";
    s.value.type = static_cast<factlint::value::Type>(i % 3);
    s.value.lo = i % 11 == 0 ? -std::numeric_limits<double>::infinity() : 1.5 * static_cast<double>(i);
    s.value.hi = i % 13 == 0 ? std::numeric_limits<double>::infinity() : 2.25 * static_cast<double>(i);
    s.value.lo_inclusive = i % 2 == 0;
    s.value.hi_inclusive = i % 3 == 0;
    s.value.approx = i % 5 == 0;
    s.value.vague = i % 7 == 0;
    s.value.unit = "m";
    s.value.text = fmt::format("{} km", i);
    s.value.original_unit = "km";
    s.value.precision = 0.125 * static_cast<double>(i % 4);
    s.value.grain = static_cast<factlint::value::Grain>(i % 4);
    s.value.display = fmt::format("{} km \xe2\x80\x94 \"quoted\"", i);
    s.document = fmt::format("corpus/{:05}.md", i / 4);
    s.begin = i * 10;
    s.end = i * 10 + 9;
    s.location = {static_cast<int>(i + 1), static_cast<int>(i % 80 + 1)};
    s.value_begin = i * 10 + 2;
    s.value_end = i * 10 + 5;
    s.text = std::string(i % 300, 'x') + "\n\0tail";
    s.sentence = fmt::format("Sentence {} with a long tail {}", i, std::string(i % 40, 'y'));
    if (i % 9 == 0) {
      s.table_header = "Length";
      s.table_year = "2021";
    }
    s.pattern = static_cast<int>(i % 6);
    s.priority = -static_cast<int>(i % 3);
    out.push_back(std::move(s));
  }
  return out;
}

// What the comparison got before the spill: the statements stably sorted by key.
std::vector<std::vector<std::string>> expected_keys(const std::vector<Statement>& statements) {
  std::vector<Statement> sorted = statements;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Statement& a, const Statement& b) {
    return std::tie(a.fact, a.key, a.scope) < std::tie(b.fact, b.key, b.scope);
  });
  std::vector<std::vector<std::string>> out;
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    if (i == 0 || std::tie(sorted[i].fact, sorted[i].key, sorted[i].scope) !=
                      std::tie(sorted[i - 1].fact, sorted[i - 1].key, sorted[i - 1].scope)) {
      out.emplace_back();
    }
    out.back().push_back(describe(sorted[i]));
  }
  return out;
}

// Adds the statements four to a document, as extraction does.
void add_by_document(StatementSpill& spill, const std::vector<Statement>& statements) {
  for (std::size_t i = 0; i < statements.size(); i += 4) {
    std::vector<Statement> document(statements.begin() + static_cast<std::ptrdiff_t>(i),
                                    statements.begin() + static_cast<std::ptrdiff_t>(std::min(i + 4, statements.size())));
    spill.add(document);
  }
}

}  // namespace

TEST_CASE("the spill gives back every statement key by key, in arrival order within a key, whatever its budget",
          "[app]") {
  const std::vector<Statement> statements = scrambled_statements(403);
  // 1 byte: a sorted run per document; 2,000 bytes: a few documents a run; the default: one run.
  auto budget = GENERATE(std::size_t{1}, std::size_t{2000}, factlint::app::spill_budget());
  CAPTURE(budget);
  StatementSpill spill(budget);
  add_by_document(spill, statements);
  CHECK(spill.size() == statements.size());
  if (budget == 1) CHECK(spill.runs() == (statements.size() + 3) / 4);
  if (budget == 2000) CHECK(spill.runs() > 5);

  std::vector<std::vector<std::string>> got;
  std::vector<std::uint64_t> all_seqs;
  spill.for_each_key([&](std::vector<Statement>& members, const std::vector<std::uint64_t>& seqs) {
    REQUIRE(members.size() == seqs.size());
    got.emplace_back();
    for (const Statement& s : members) got.back().push_back(describe(s));
    all_seqs.insert(all_seqs.end(), seqs.begin(), seqs.end());
  });
  CHECK(got == expected_keys(statements));
  // Each statement's sequence number is its place in arrival order, given once.
  std::sort(all_seqs.begin(), all_seqs.end());
  std::vector<std::uint64_t> every(statements.size());
  for (std::size_t i = 0; i < every.size(); ++i) every[i] = i;
  CHECK(all_seqs == every);
  CHECK(spill.size() == 0);
}

TEST_CASE("the spill reads a document's statements back by their range, written out or not", "[app]") {
  const std::vector<Statement> statements = scrambled_statements(40);
  StatementSpill spill(500);
  std::vector<StatementSpill::Range> ranges;
  for (std::size_t i = 0; i < statements.size(); i += 4) {
    ranges.push_back(spill.add({statements.begin() + static_cast<std::ptrdiff_t>(i),
                                statements.begin() + static_cast<std::ptrdiff_t>(i + 4)}));
  }
  REQUIRE(spill.runs() > 0);
  for (std::size_t d = 0; d < ranges.size(); ++d) {
    CAPTURE(d);
    std::vector<Statement> back = spill.read(ranges[d]);
    REQUIRE(back.size() == 4);
    for (std::size_t k = 0; k < 4; ++k) CHECK(describe(back[k]) == describe(statements[d * 4 + k]));
  }
  std::vector<Statement> all = spill.take_all();
  REQUIRE(all.size() == statements.size());
  for (std::size_t i = 0; i < all.size(); ++i) CHECK(describe(all[i]) == describe(statements[i]));
}

TEST_CASE("an empty spill visits no key and a moved spill keeps its statements", "[app]") {
  StatementSpill empty(1);
  int visits = 0;
  empty.for_each_key([&](std::vector<Statement>&, const std::vector<std::uint64_t>&) { ++visits; });
  CHECK(visits == 0);

  StatementSpill spill(1);
  add_by_document(spill, scrambled_statements(12));
  StatementSpill moved = std::move(spill);
  std::size_t read = 0;
  moved.for_each_key([&](std::vector<Statement>& members, const std::vector<std::uint64_t>&) { read += members.size(); });
  CHECK(read == 12);
}

// A full run seals the spill before it compares quotations, so the records still held
// and the offsets of every statement are not held through that comparison (issue 10).
TEST_CASE("a sealed spill has written every record and gives back the same keys", "[app]") {
  const std::vector<Statement> statements = scrambled_statements(403);
  StatementSpill spill;  // the default budget: nothing written before seal()
  add_by_document(spill, statements);
  REQUIRE(spill.runs() == 0);
  spill.seal();
  CHECK(spill.runs() == 1);
  CHECK(spill.size() == 0);  // the offsets by sequence number are gone
  std::vector<std::vector<std::string>> got;
  spill.for_each_key([&](std::vector<Statement>& members, const std::vector<std::uint64_t>&) {
    got.emplace_back();
    for (const Statement& s : members) got.back().push_back(describe(s));
  });
  CHECK(got == expected_keys(statements));
}
