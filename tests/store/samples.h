// Test data for the store tests: statements and findings with every field set, a
// field-by-field comparison that names the field that differs, and a temp directory.
#pragma once

#include <catch2/catch.hpp>
#include <filesystem>
#include <limits>
#include <string>

#include "compare/finding.h"
#include "doc/document.h"
#include "match/statement.h"
#include "value/value.h"
#include "support/temp_dir.h"

namespace factlint::store::testing {

inline constexpr double kInf = std::numeric_limits<double>::infinity();

using factlint::testing::TempDir;

// "2,600-mile border between China and Russia", every field non-default.
inline match::Statement border_statement() {
  match::Statement s;
  s.fact = "border_length";
  s.roles = {{"a", "China"}, {"b", "Russia"}};
  s.role_texts = {"Beijing", ""};  // b resolved from context
  s.role_sources = {"", "line 3"};  // from the sentence that begins on line 3
  s.key = "border_length(China, Russia)";
  s.scope = "2024";
  s.scope_source = "value's clause";
  s.table_header = "Border (km)";
  s.table_year = "2024";
  s.value.type = value::Type::Length;
  s.value.lo = 4184263.7;
  s.value.hi = 4184263.7;
  s.value.lo_inclusive = true;
  s.value.hi_inclusive = false;
  s.value.approx = true;
  s.value.vague = false;
  s.value.unit = "m";
  s.value.text = "2,600-mile";
  s.value.original_unit = "mi";
  s.value.precision = 160934.4;
  s.value.grain = value::Grain::None;
  s.value.display = "2,600 mi";
  s.document = "corpus/cfr-2024-02-01.md";
  s.begin = 1200;
  s.end = 1260;
  s.location = {61, 83};
  s.value_begin = 1204;
  s.value_end = 1214;
  s.text = "2,600-mile border between China and Russia";
  s.sentence =
      "They share a 2,600-mile border between China and Russia \xe2\x80\x94 \"the world's "
      "sixth-longest\".";
  s.pattern = 2;
  s.priority = -3;
  return s;
}

// "over 40 times": an interval open above, and a temporal value with a grain.
inline match::Statement meetings_statement() {
  match::Statement s;
  s.fact = "leader_meetings";
  s.roles = {{"a", "Putin"}, {"b", "Xi"}};
  s.key = "leader_meetings(Putin, Xi)";
  s.value.type = value::Type::Count;
  s.value.lo = 40;
  s.value.hi = kInf;
  s.value.lo_inclusive = false;
  s.value.hi_inclusive = false;
  s.value.text = "over 40";
  s.value.display = "over 40";
  s.document = "corpus/mit-news-2023-03-20.md";
  s.begin = 10;
  s.end = 50;
  s.location = {3, 1};
  s.value_begin = 30;
  s.value_end = 37;
  s.text = "Xi and Putin have met over 40 times";
  s.sentence = "Xi and Putin have met over 40 times.";
  return s;
}

// "before 1960": open below, grain year.
inline match::Statement split_statement() {
  match::Statement s;
  s.fact = "sino_soviet_split";
  s.key = "sino_soviet_split";
  s.value.type = value::Type::Year;
  s.value.lo = -kInf;
  s.value.hi = -3653;  // 1960-01-01 as a day number
  s.value.lo_inclusive = false;
  s.value.hi_inclusive = false;
  s.value.grain = value::Grain::Year;
  s.value.text = "before 1960";
  s.value.display = "before 1960";
  s.document = "corpus/csmonitor-2022-09-15.md";
  s.location = {12, 7};
  s.text = "Sino-Soviet split before 1960";
  s.sentence = "The Sino-Soviet split before 1960 ...";
  return s;
}

// Checks every field, so a failure names the one that did not round-trip.
inline void check_same(const match::Statement& actual, const match::Statement& expected) {
  CHECK(actual.fact == expected.fact);
  CHECK(actual.roles == expected.roles);
  CHECK(actual.role_texts == expected.role_texts);
  CHECK(actual.role_sources == expected.role_sources);
  CHECK(actual.key == expected.key);
  CHECK(actual.scope == expected.scope);
  CHECK(actual.scope_source == expected.scope_source);
  CHECK(actual.table_header == expected.table_header);
  CHECK(actual.table_year == expected.table_year);
  CHECK(actual.value.type == expected.value.type);
  CHECK(actual.value.lo == expected.value.lo);
  CHECK(actual.value.hi == expected.value.hi);
  CHECK(actual.value.lo_inclusive == expected.value.lo_inclusive);
  CHECK(actual.value.hi_inclusive == expected.value.hi_inclusive);
  CHECK(actual.value.approx == expected.value.approx);
  CHECK(actual.value.vague == expected.value.vague);
  CHECK(actual.value.unit == expected.value.unit);
  CHECK(actual.value.text == expected.value.text);
  CHECK(actual.value.original_unit == expected.value.original_unit);
  CHECK(actual.value.precision == expected.value.precision);
  CHECK(actual.value.grain == expected.value.grain);
  CHECK(actual.value.display == expected.value.display);
  CHECK(actual.value == expected.value);
  CHECK(actual.document == expected.document);
  CHECK(actual.begin == expected.begin);
  CHECK(actual.end == expected.end);
  CHECK(actual.location == expected.location);
  CHECK(actual.value_begin == expected.value_begin);
  CHECK(actual.value_end == expected.value_end);
  CHECK(actual.text == expected.text);
  CHECK(actual.sentence == expected.sentence);
  CHECK(actual.pattern == expected.pattern);
  CHECK(actual.priority == expected.priority);
}

inline void check_same(const compare::Finding& actual, const compare::Finding& expected) {
  CHECK(actual.id == expected.id);
  CHECK(actual.fact == expected.fact);
  CHECK(actual.key == expected.key);
  CHECK(actual.scope == expected.scope);
  CHECK(actual.verdict == expected.verdict);
  CHECK(actual.reason == expected.reason);
  CHECK(actual.severity == expected.severity);
  CHECK(actual.explanation == expected.explanation);
  REQUIRE(actual.values.size() == expected.values.size());
  for (std::size_t i = 0; i < actual.values.size(); ++i) {
    CAPTURE(i);
    CHECK(actual.values[i].value == expected.values[i].value);
    CHECK(actual.values[i].suggested == expected.values[i].suggested);
    REQUIRE(actual.values[i].statements.size() == expected.values[i].statements.size());
    for (std::size_t j = 0; j < actual.values[i].statements.size(); ++j) {
      CAPTURE(j);
      check_same(actual.values[i].statements[j], expected.values[i].statements[j]);
    }
  }
}

// A conflict with two value groups, one of them with two statements.
inline compare::Finding border_conflict() {
  compare::Finding f;
  f.id = "f-9c1e2a";
  f.fact = "border_length";
  f.key = "border_length(China, Russia)";
  f.scope = "";
  f.verdict = compare::Verdict::Conflicting;
  f.reason = "values-differ";
  f.severity = "error";
  f.explanation = "2,300 mi and 2,600 mi differ by more than 3%";
  compare::ValueGroup low;
  low.value = border_statement().value;
  low.value.lo = low.value.hi = 3701491.2;
  low.value.text = "2,300-mile";
  low.value.display = "2,300 mi";
  match::Statement mit = border_statement();
  mit.document = "corpus/mit-news-2023-03-20.md";
  mit.value = low.value;
  low.statements = {mit};
  compare::ValueGroup high;
  high.value = border_statement().value;
  high.suggested = true;
  match::Statement again = border_statement();
  again.location = {70, 1};
  high.statements = {border_statement(), again};
  f.values = {low, high};
  return f;
}

inline compare::Finding meetings_consistent() {
  compare::Finding f;
  f.id = "f-0042";
  f.fact = "leader_meetings";
  f.key = "leader_meetings(Putin, Xi)";
  f.scope = "2023";
  f.verdict = compare::Verdict::Consistent;
  f.reason = "compatible-intervals";
  f.severity = "warning";
  f.explanation = "";
  compare::ValueGroup group;
  group.value = meetings_statement().value;
  group.statements = {meetings_statement()};
  f.values = {group};
  return f;
}

inline doc::DocumentHeader sample_document(const std::string& path, const std::string& hash) {
  doc::DocumentHeader d;
  d.path = path;
  d.content_hash = hash;
  d.meta.title = "China and Russia: \"no limits\"";
  d.meta.publisher = "CFR";
  d.meta.date = "2024-02-01";
  d.meta.url = "https://example.org/a?b=1&c='2'";
  return d;
}

}  // namespace factlint::store::testing
