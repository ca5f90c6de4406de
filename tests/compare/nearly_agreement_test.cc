// A figure "nearly" or "almost" reached agrees with a figure a little below it, as
// writers mean it, and not with one well below (docs/rules.md "Numbers").
// Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "compare/tolerance.h"
#include "value/scan.h"

using factlint::compare::Agreement;
using factlint::compare::agreement;
using factlint::lang::CompareSpec;
using factlint::value::Type;

namespace {

factlint::value::Value reading(Type type, const std::string& text) {
  auto match = factlint::value::first_value(type, text, {});
  REQUIRE(match);
  return match->value;
}

CompareSpec exact() { return CompareSpec{}; }

}  // namespace

TEST_CASE("nearly a figure agrees with one a little below it", "[compare]") {
  // 1,945 is 2.75% short of 2,000: "nearly 2,000" says so.
  CHECK(agreement(reading(Type::Count, "nearly 2,000 members"), reading(Type::Count, "1,945 members"), exact()) !=
        Agreement::Differ);
  CHECK(agreement(reading(Type::Count, "almost 2,000 members"), reading(Type::Count, "1,945 members"), exact()) !=
        Agreement::Differ);
  // "about 2,000" is no such promise.
  CHECK(agreement(reading(Type::Count, "about 2,000 members"), reading(Type::Count, "1,945 members"), exact()) ==
        Agreement::Differ);
}

TEST_CASE("nearly a figure still differs from one well below it or above it", "[compare]") {
  CHECK(agreement(reading(Type::Count, "nearly 2,000 members"), reading(Type::Count, "1,700 members"), exact()) ==
        Agreement::Differ);
  CHECK(agreement(reading(Type::Count, "nearly 2,000 members"), reading(Type::Count, "2,300 members"), exact()) ==
        Agreement::Differ);
}
