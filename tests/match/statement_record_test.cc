// Tests for statement_record.h: a statement decoded into one that held another (the
// JSON report reuses one, issue 10) is the statement written, field for field,
// whatever the previous one held: more roles, longer strings, other numbers.
#include "match/statement_record.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

using namespace factlint;
using namespace factlint::match;

namespace {

// A statement whose every field depends on `i`: roles, texts and sources come and go.
Statement varied(int i) {
  Statement s;
  s.fact = "quay_length" + std::string(static_cast<std::size_t>(i % 3) * 20, 'q');
  for (int r = 0; r < i % 4; ++r) {
    s.roles.push_back({"port" + std::to_string(r), "Velmora harbour board " + std::to_string(i)});
    s.role_texts.push_back(r % 2 ? "" : "the long Velmora quay " + std::string(static_cast<std::size_t>(i), 'v'));
    s.role_sources.push_back(r % 2 ? "title" : "");
  }
  s.key = "quay_length(Velmora)" + std::to_string(i);
  s.scope = i % 2 ? "" : std::to_string(1990 + i);
  s.scope_source = i % 2 ? "none" : "value's sentence";
  s.value.type = i % 2 ? value::Type::Length : value::Type::Count;
  s.value.lo = i * 1.5;
  s.value.hi = i * 2.5;
  s.value.lo_inclusive = i % 2 == 0;
  s.value.hi_inclusive = i % 3 == 0;
  s.value.approx = i % 5 == 0;
  s.value.vague = i % 7 == 0;
  s.value.unit = i % 2 ? "m" : "";
  s.value.text = std::to_string(i) + " metres of stone";
  s.value.original_unit = i % 2 ? "" : "ft";
  s.value.precision = i % 3;
  s.value.grain = i % 2 ? value::Grain::None : value::Grain::Year;
  s.value.display = std::to_string(i) + (i % 2 ? " m" : "");
  s.document = "harbours/velmora-" + std::to_string(i) + ".md";
  s.begin = static_cast<std::size_t>(i) * 10;
  s.end = s.begin + 40;
  s.location = {i + 1, i + 2};
  s.value_begin = s.begin + 3;
  s.value_end = s.begin + 9;
  s.text = std::string(static_cast<std::size_t>(40 - i), 't');
  s.sentence = i % 2 ? "" : "The quay, rebuilt after the storm, runs " + std::string(static_cast<std::size_t>(i) * 9, 's');
  s.table_header = i % 4 == 1 ? "Length (m)" : "";
  s.table_year = i % 4 == 1 ? "2003" : "";
  s.pattern = i % 3;
  s.priority = -i;
  return s;
}

std::string record(const Statement& s) {
  std::string out;
  encode_statement(out, 7, s);
  return out;
}

}  // namespace

TEST_CASE("a statement decoded into a used one is the statement written", "[match][spill]") {
  Statement reused;
  for (int i : {3, 0, 7, 1, 6, 2, 5, 4, 0}) {
    CAPTURE(i);
    const std::string bytes = record(varied(i));
    const std::string_view body = std::string_view(bytes).substr(sizeof(std::uint32_t));
    decode_statement(body, reused);
    CHECK(record(reused) == bytes);
    CHECK(record(decode_statement(body)) == bytes);
    CHECK(reused.roles.size() == static_cast<std::size_t>(i % 4));
    CHECK(reused.role_sources.size() == static_cast<std::size_t>(i % 4));
  }
}
