// Tests for compare/tolerance on the values a documentation team states: ports and
// codes (`compare identical`), versions, data sizes, price rates and limits written
// "up to" or "at least" (`compare end` / `compare start`). Values are read from text.
#include "compare/tolerance.h"

#include <string>

#include <catch2/catch.hpp>

#include "value/scan.h"

using factlint::compare::Agreement;
using factlint::compare::agreement;
using factlint::lang::CompareSpec;
using factlint::value::Type;
using factlint::value::Value;

namespace {

Value read(Type type, const std::string& text) {
  auto m = factlint::value::first_value(type, text, {});
  REQUIRE(m);
  return m->value;
}

CompareSpec policy(CompareSpec::Kind kind, double amount = 0) {
  CompareSpec spec;
  spec.kind = kind;
  spec.amount = amount;
  return spec;
}

Agreement compare(Type type, const std::string& a, const std::string& b,
                  CompareSpec::Kind kind = CompareSpec::Kind::Exact, double amount = 0) {
  return agreement(read(type, a), read(type, b), policy(kind, amount));
}

using Kind = CompareSpec::Kind;

}  // namespace

TEST_CASE("compare identical holds ports and codes to the figure as written", "[compare]") {
  // Exact lets 8080 (written to the ten) stand for 8,075 to 8,085; identical does not.
  CHECK(compare(Type::Count, "port 8080", "port 8083") == Agreement::WithinRounding);
  CHECK(compare(Type::Count, "port 8080", "port 8083", Kind::Identical) == Agreement::Differ);
  CHECK(compare(Type::Count, "port 8080", "port 8080", Kind::Identical) == Agreement::Same);
  CHECK(compare(Type::Number, "error 4400", "error 4404", Kind::Identical) == Agreement::Differ);
  // Nor does it let a bound meet a figure inside it.
  CHECK(compare(Type::Count, "over 8000", "8080", Kind::Identical) == Agreement::Differ);
  CHECK(compare(Type::Count, "8,080", "8080", Kind::Identical) == Agreement::Same);
}

TEST_CASE("versions agree only part by part", "[compare]") {
  CHECK(compare(Type::Version, "2.1", "2.10") == Agreement::Differ);
  CHECK(compare(Type::Version, "version 2", "2.0.0") == Agreement::Same);
  CHECK(compare(Type::Version, "v2.10", "version 2.10.0") == Agreement::Same);
  CHECK(compare(Type::Version, "2.0.1-beta", "2.0.1") == Agreement::Differ);
  CHECK(compare(Type::Version, "2.0.1-rc.1", "2.0.1-rc1") == Agreement::Same);
  CHECK(compare(Type::Version, "3.0", "3.0.1", Kind::WithinPercent, 5) == Agreement::Differ);
}

TEST_CASE("data sizes of different prefixes never agree by rounding", "[compare]") {
  CHECK(compare(Type::DataSize, "4 gb", "4 tb") == Agreement::Differ);
  CHECK(compare(Type::DataSize, "4 gb", "5 gb") == Agreement::Differ);
  CHECK(compare(Type::DataSize, "4 gb", "4,000 mb") == Agreement::Same);
  // GB is 10^9 bytes and GiB 2^30: 7% apart, together only within a tolerance.
  CHECK(compare(Type::DataSize, "4 gb", "4 gib") == Agreement::Differ);
  CHECK(compare(Type::DataSize, "4 gb", "4 gib", Kind::WithinPercent, 8) == Agreement::WithinTolerance);
}

TEST_CASE("a price per month agrees in every spelling, and not with a price per user", "[compare]") {
  CHECK(compare(Type::Money, "$29/mo", "us$29 a month") == Agreement::Same);
  CHECK(compare(Type::Money, "$29 per user per month", "$29/seat/mo") == Agreement::Same);
  CHECK(compare(Type::Money, "$29 per user per month", "$29 per month") == Agreement::Differ);
  CHECK(compare(Type::Money, "$29 per user per month", "$29") == Agreement::Differ);
}

TEST_CASE("a maximum is compared by where it ends, a minimum by where it starts", "[compare]") {
  // Under exact, "up to 50" (0 to 50) holds "up to 25": the two limits look compatible.
  CHECK(compare(Type::Count, "up to 50 users", "a maximum of 25 users") == Agreement::Compatible);
  CHECK(compare(Type::Count, "up to 50 users", "a maximum of 25 users", Kind::End) == Agreement::Differ);
  CHECK(compare(Type::Count, "up to 50 users", "50 users", Kind::End) == Agreement::Same);
  CHECK(compare(Type::Count, "at least 2 cores", "a minimum of 4 cores", Kind::Start) == Agreement::Differ);
  CHECK(compare(Type::DataSize, "at least 4 gb", "a minimum of 4 gb", Kind::Start) == Agreement::Same);
}

TEST_CASE("a count's excluded end is its last whole number under compare end", "[compare]") {
  // "fewer than 50 users" allows 49: it is "up to 49", not "up to 50".
  CHECK(compare(Type::Count, "fewer than 50 users", "up to 49 users", Kind::End) == Agreement::Same);
  CHECK(compare(Type::Count, "fewer than 50 users", "up to 50 users", Kind::End) == Agreement::Differ);
  CHECK(compare(Type::Count, "more than 2 cores", "at least 3 cores", Kind::Start) == Agreement::Same);
  CHECK(compare(Type::Count, "more than 2 cores", "at least 2 cores", Kind::Start) == Agreement::Differ);
}
