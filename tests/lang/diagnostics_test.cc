// Diagnostics tests: each kind of mistake in a rule file, with the whole rendered
// diagnostic (message, source line, caret) pinned.
#include <catch2/catch.hpp>

#include "lang/parse.h"

using namespace factlint;

namespace {

// Every rendered diagnostic for `text` read as rules/t.facts, sorted by location;
// warnings only when asked for.
std::string diagnose(const std::string& text, bool warnings = false) {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("rules/t.facts", text, sink);
  // A rule set comes back exactly when there is no error.
  CHECK(rules.has_value() == !sink.has_errors());
  std::string out;
  for (const auto& d : sink.sorted()) {
    if (warnings || d.severity == source::Severity::Error) out += source::render(d);
  }
  return out;
}

}  // namespace

TEST_CASE("an unknown declaration keyword suggests the nearest one", "[lang]") {
  CHECK(diagnose(R"fl(entity A
entiti B = "B"
)fl") == R"fl(rules/t.facts:2:1: error: expected 'entity', 'fact', 'macro' or 'include', found 'entiti'; did you mean 'entity'?
entiti B = "B"
^~~~~~
)fl");
}

TEST_CASE("a missing alias after a comma is reported at the end of the line", "[lang]") {
  CHECK(diagnose(R"fl(entity China = "China",
entity Russia
)fl") == R"fl(rules/t.facts:1:24: error: expected an alias in double quotes, found end of line
entity China = "China",
                       ^
)fl");
}

TEST_CASE("aliases without a comma between them ask for one", "[lang]") {
  CHECK(diagnose(R"fl(entity China = "China" "PRC"
)fl") == R"fl(rules/t.facts:1:24: error: expected ',' and another alias, or end of line, found '"PRC"'
entity China = "China" "PRC"
                       ^~~~~
)fl");
}

TEST_CASE("a role without a colon names what was expected", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a entity) -> v: year {
  pattern {a} {v}
}
)fl") == R"fl(rules/t.facts:2:10: error: expected ':', found 'entity'
fact f(a entity) -> v: year {
         ^~~~~~
)fl");
}

TEST_CASE("a mistake in a fact's first line does not hide mistakes in its body", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a entity) -> v: year {
  pattern {a} in {v}
  compare exakt
}
)fl") == R"fl(rules/t.facts:2:10: error: expected ':', found 'entity'
fact f(a entity) -> v: year {
         ^~~~~~
rules/t.facts:4:11: error: expected a comparison such as 'exact', 'within 3%', 'within 50 km', 'overlap', 'start', 'end' or 'increasing', found 'exakt'; did you mean 'exact'?
  compare exakt
          ^~~~~
)fl");
}

TEST_CASE("a fact item outside a fact says where it belongs", "[lang]") {
  CHECK(diagnose(R"fl(entity A
pattern {a} in {v}
)fl") == R"fl(rules/t.facts:2:1: error: 'pattern' belongs inside a fact, between its '{' and '}'
pattern {a} in {v}
^~~~~~~
)fl");
}

TEST_CASE("a fact without a value role asks for one", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) {
  pattern {a}
}
)fl") == R"fl(rules/t.facts:2:19: error: expected '->' and the value role, such as '-> rank: ordinal', found '{'
fact f(a: entity) {
                  ^
)fl");
}

TEST_CASE("an unknown fact item suggests the nearest one", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year {
  patern {a} in {v}
  example "A in 1990" => a=A v=1990
}
)fl") == R"fl(rules/t.facts:3:3: error: expected a fact item such as 'pattern', 'example' or 'compare', found 'patern'; did you mean 'pattern'?
  patern {a} in {v}
  ^~~~~~
)fl");
}

TEST_CASE("each misspelt item in a fact is reported", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year {
  patern {a} in {v}
  exampel "A in 1990"
  pattern {a} in {v}
  example "A in 1990" => a=A v=1990
}
)fl") == R"fl(rules/t.facts:3:3: error: expected a fact item such as 'pattern', 'example' or 'compare', found 'patern'; did you mean 'pattern'?
  patern {a} in {v}
  ^~~~~~
rules/t.facts:4:3: error: expected a fact item such as 'pattern', 'example' or 'compare', found 'exampel'; did you mean 'example'?
  exampel "A in 1990"
  ^~~~~~~
)fl");
}

TEST_CASE("a stray character in a pattern is reported at the character", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year {
  pattern {a} in {v} )
  example "A in 1990" => a=A v=1990
}
)fl") == R"fl(rules/t.facts:3:22: error: expected a pattern word, '{role}', '(', '...', '@macro' or end of line, found ')'
  pattern {a} in {v} )
                     ^
)fl");
}

TEST_CASE("an unknown comparison suggests the nearest one", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year {
  pattern {a} in {v}
  compare exakt
  example "A in 1990" => a=A v=1990
}
)fl") == R"fl(rules/t.facts:4:11: error: expected a comparison such as 'exact', 'within 3%', 'within 50 km', 'overlap', 'start', 'end' or 'increasing', found 'exakt'; did you mean 'exact'?
  compare exakt
          ^~~~~
)fl");
}

TEST_CASE("a tolerance without a unit asks for one", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: length {
  pattern {a} is {v}
  compare within 3
  example "A is 3 km" => a=A v="3 km"
}
)fl") == R"fl(rules/t.facts:4:19: error: expected '%' or a unit such as 'km', found end of line
  compare within 3
                  ^
)fl");
}

TEST_CASE("an unknown severity lists the severities", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year {
  pattern {a} in {v}
  severity fatal
  example "A in 1990" => a=A v=1990
}
)fl") == R"fl(rules/t.facts:4:12: error: expected a severity: 'error', 'warning' or 'info', found 'fatal'
  severity fatal
           ^~~~~
)fl");
}

TEST_CASE("text missing its closing quote is reported", "[lang]") {
  CHECK(diagnose(R"fl(entity A = "A
)fl") == R"fl(rules/t.facts:1:12: error: text in double quotes is missing its closing '"'
entity A = "A
           ^~
)fl");
}

TEST_CASE("an unclosed group is reported at the end of the line", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year {
  pattern {a} (in | at {v}
  example "A in 1990" => a=A v=1990
}
)fl") == R"fl(rules/t.facts:3:27: error: expected a pattern word, '|' or ')', found end of line
  pattern {a} (in | at {v}
                          ^
)fl");
}

TEST_CASE("an unclosed capture is reported at the end of the line", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year {
  pattern {a} in {v
  example "A in 1990" => a=A v=1990
}
)fl") == R"fl(rules/t.facts:3:20: error: expected '}' to end the capture, found end of line
  pattern {a} in {v
                   ^
)fl");
}

TEST_CASE("a fact missing its closing brace at the end of the file points back at its start", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year {
  pattern {a} in {v}
  example "A in 1990" => a=A v=1990
)fl") == R"fl(rules/t.facts:5:1: error: expected '}' to close fact 'f', found end of file
rules/t.facts:2:30: note: fact 'f' starts here
fact f(a: entity) -> v: year {
                             ^
)fl");
}

TEST_CASE("a fact missing its closing brace before the next fact is reported at the next fact", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year {
  pattern {a} in {v}
  example "A in 1990" => a=A v=1990
fact g(a: entity) -> v: year {
  pattern {a} at {v}
  example "A at 1990" => a=A v=1990
}
)fl") == R"fl(rules/t.facts:5:1: error: expected '}' to close fact 'f', found 'fact'
fact g(a: entity) -> v: year {
^~~~
rules/t.facts:2:30: note: fact 'f' starts here
fact f(a: entity) -> v: year {
                             ^
)fl");
}

TEST_CASE("malformed gap bounds name the expected form", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year {
  pattern {a} gap 0-3 {v}
  example "A in 1990" => a=A v=1990
}
)fl") == R"fl(rules/t.facts:3:19: error: expected gap bounds such as '0..3', found '0-3'
  pattern {a} gap 0-3 {v}
                  ^~~
)fl");
}

TEST_CASE("an option given twice points at the first", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year {
  pattern {a} in {v}
  compare exact
  compare overlap
  example "A in 1990" => a=A v=1990
}
)fl") == R"fl(rules/t.facts:5:3: error: option 'compare' is given twice in fact 'f'
  compare overlap
  ^~~~~~~
rules/t.facts:4:3: note: first given here
  compare exact
  ^~~~~~~
)fl");
}

TEST_CASE("a source without its note asks for the note", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year {
  pattern {a} in {v}
  example "A in 1990" => a=A v=1990
  known a=A v=1990 source
}
)fl") == R"fl(rules/t.facts:5:26: error: expected the source note in double quotes, found end of line
  known a=A v=1990 source
                         ^
)fl");
}

TEST_CASE("an example role without a value asks for one", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year {
  pattern {a} in {v}
  example "A in 1990" => a=A v=
}
)fl") == R"fl(rules/t.facts:4:32: error: expected a value such as 'Russia' or '10' (quote values with spaces), found end of line
  example "A in 1990" => a=A v=
                               ^
)fl");
}

TEST_CASE("an unknown value type suggests the nearest one", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> rank: ordinl {
  pattern {a} is {rank}
  example "A is 3rd" => a=A rank=3
}
)fl") == R"fl(rules/t.facts:2:28: error: unknown value type 'ordinl'; did you mean 'ordinal'?
fact f(a: entity) -> rank: ordinl {
                           ^~~~~~
)fl");
}

TEST_CASE("an unknown role type suggests entity", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entiy) -> v: year {
  pattern {a} in {v}
  example "A in 1990" => a=A v=1990
}
)fl") == R"fl(rules/t.facts:2:11: error: unknown role type 'entiy'; did you mean 'entity'?
fact f(a: entiy) -> v: year {
          ^~~~~
)fl");
}

TEST_CASE("an entity value role is rejected", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> b: entity {
  pattern {a} and {b}
  example "A and A" => a=A b=A
}
)fl") == R"fl(rules/t.facts:2:25: error: the value of fact 'f' must be a value type such as 'ordinal' or 'length', not 'entity'
fact f(a: entity) -> b: entity {
                        ^~~~~~
)fl");
}

TEST_CASE("an unknown entity in an example suggests the nearest one", "[lang]") {
  CHECK(diagnose(R"fl(entity Russia
fact f(a: entity) -> v: year {
  pattern {a} in {v}
  example "Russia in 1990" => a=Rusia v=1990
}
)fl") == R"fl(rules/t.facts:4:33: error: unknown entity 'Rusia'; did you mean 'Russia'?
  example "Russia in 1990" => a=Rusia v=1990
                                ^~~~~
)fl");
}

TEST_CASE("an alias written where an entity name belongs names the entity", "[lang]") {
  CHECK(diagnose(R"fl(entity Russia = "Russia", "Moscow"
fact f(a: entity) -> v: year {
  pattern {a} in {v}
  example "Moscow in 1990" => a=Moscow v=1990
}
)fl") == R"fl(rules/t.facts:4:33: error: unknown entity 'Moscow'; did you mean 'Russia'? 'Moscow' is one of its aliases
  example "Moscow in 1990" => a=Moscow v=1990
                                ^~~~~~
)fl");
}

TEST_CASE("a capture of an undeclared role suggests the nearest role", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(partner: entity) -> v: year {
  pattern {parner} in {v}
  example "A in 1990" => partner=A v=1990
}
)fl") == R"fl(rules/t.facts:3:11: error: unknown role 'parner' in fact 'f'; did you mean 'partner'?
  pattern {parner} in {v}
          ^~~~~~~~
)fl");
}

TEST_CASE("a capture in a macro is checked where the macro is used", "[lang]") {
  CHECK(diagnose(R"fl(entity A
macro when = in {year}
fact f(a: entity) -> v: year {
  pattern {a} @when
  example "A in 1990" => a=A v=1990
}
)fl") == R"fl(rules/t.facts:2:17: error: unknown role 'year' in fact 'f'; its roles are 'a' and 'v'
macro when = in {year}
                ^~~~~~
rules/t.facts:4:15: note: the macro is used in fact 'f' here
  pattern {a} @when
              ^~~~~
)fl");
}

TEST_CASE("an unknown role in an example lists the roles", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year {
  pattern {a} in {v}
  example "A in 1990" => a=A year=1990
}
)fl") == R"fl(rules/t.facts:4:30: error: unknown role 'year' in fact 'f'; its roles are 'a' and 'v'
  example "A in 1990" => a=A year=1990
                             ^~~~
)fl");
}

TEST_CASE("a pattern that does not capture every role names the missing ones", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity, b: entity) -> v: year {
  pattern {a} in {v}
  example "A in 1990" => a=A v=1990
}
)fl") == R"fl(rules/t.facts:3:11: error: pattern does not capture 'b'; every match must bind each role of fact 'f'
  pattern {a} in {v}
          ^~~~~~~~~~
)fl");
}

TEST_CASE("a pattern that captures a role only sometimes is an error", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year {
  pattern {a}? in {v}
  example "A in 1990" => a=A v=1990
}
)fl") == R"fl(rules/t.facts:3:11: error: pattern does not always capture 'a': a capture is optional or missing from an alternative
  pattern {a}? in {v}
          ^~~~~~~~~~~
)fl");
}

TEST_CASE("a duplicate fact points at the first declaration", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year {
  pattern {a} in {v}
  example "A in 1990" => a=A v=1990
}
fact f(a: entity) -> v: year {
  pattern {a} at {v}
  example "A at 1990" => a=A v=1990
}
)fl") == R"fl(rules/t.facts:6:6: error: fact 'f' is declared twice
fact f(a: entity) -> v: year {
     ^
rules/t.facts:2:6: note: first declared here
fact f(a: entity) -> v: year {
     ^
)fl");
}

TEST_CASE("a duplicate entity points at the first declaration", "[lang]") {
  CHECK(diagnose(R"fl(entity A = "A"
entity A = "Ay"
)fl") == R"fl(rules/t.facts:2:8: error: entity 'A' is declared twice
entity A = "Ay"
       ^
rules/t.facts:1:8: note: first declared here
entity A = "A"
       ^
)fl");
}

TEST_CASE("a duplicate macro points at the first declaration", "[lang]") {
  CHECK(diagnose(R"fl(macro m = x
macro m = y
)fl") == R"fl(rules/t.facts:2:7: error: macro 'm' is declared twice
macro m = y
      ^
rules/t.facts:1:7: note: first declared here
macro m = x
      ^
)fl");
}

TEST_CASE("a duplicate role points at the first declaration", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity, a: entity) -> v: year {
  pattern {a} in {v}
  example "A in 1990" => a=A v=1990
}
)fl") == R"fl(rules/t.facts:2:19: error: role 'a' is declared twice in fact 'f'
fact f(a: entity, a: entity) -> v: year {
                  ^
rules/t.facts:2:8: note: first declared here
fact f(a: entity, a: entity) -> v: year {
       ^
)fl");
}

TEST_CASE("an unknown unit suggests the nearest one", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: length {
  pattern {a} is {v}
  compare within 5 kilometrs
  example "A is 3 km" => a=A v="3 km"
}
)fl") == R"fl(rules/t.facts:4:20: error: unknown unit 'kilometrs' for 'length'; did you mean 'kilometers'?
  compare within 5 kilometrs
                   ^~~~~~~~~
)fl");
}

TEST_CASE("a tolerance with a unit on a value without units is an error", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: ordinal {
  pattern {a} is {v}
  compare within 5 km
  example "A is 3rd" => a=A v=3
}
)fl") == R"fl(rules/t.facts:4:11: error: 'within' with a unit needs a value with units such as 'length' or 'money', but 'v' is 'ordinal'; use 'within N%' or 'exact'
  compare within 5 km
          ^~~~~~~~~~~
)fl");
}

TEST_CASE("an unknown macro suggests the nearest one", "[lang]") {
  CHECK(diagnose(R"fl(entity A
macro trade_partner = trading? partner
fact f(a: entity) -> v: ordinal {
  pattern {a} is {v} @trade_parter
  example "A is 3rd partner" => a=A v=3
}
)fl") == R"fl(rules/t.facts:4:22: error: unknown macro 'trade_parter'; did you mean 'trade_partner'?
  pattern {a} is {v} @trade_parter
                     ^~~~~~~~~~~~~
)fl");
}

TEST_CASE("a recursive macro shows the cycle", "[lang]") {
  CHECK(diagnose(R"fl(macro a = x @b
macro b = y (@a)?
)fl") == R"fl(rules/t.facts:2:14: error: macro 'a' refers to itself (a -> b -> a); a macro cannot contain itself
macro b = y (@a)?
             ^~
)fl");
}

TEST_CASE("reversed gap bounds suggest the right order", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year {
  pattern {a} gap 5..2 {v}
  example "A in 1990" => a=A v=1990
}
)fl") == R"fl(rules/t.facts:3:15: error: 'gap 5..2' has its bounds reversed; write 'gap 2..5'
  pattern {a} gap 5..2 {v}
              ^~~~~~~~
)fl");
}

TEST_CASE("a gap wider than the limit is an error", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year {
  pattern {a} gap 0..60 {v}
  example "A in 1990" => a=A v=1990
}
)fl") == R"fl(rules/t.facts:3:15: error: 'gap 0..60' is too wide: a gap skips at most 50 words
  pattern {a} gap 0..60 {v}
              ^~~~~~~~~
)fl");
}

TEST_CASE("symmetric needs exactly two entity roles", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year symmetric {
  pattern {a} in {v}
  example "A in 1990" => a=A v=1990
}
)fl") == R"fl(rules/t.facts:2:30: error: 'symmetric' needs exactly two entity roles; fact 'f' has 1 role, 1 of them an entity
fact f(a: entity) -> v: year symmetric {
                             ^~~~~~~~~
)fl");
}

TEST_CASE("a known value must give every role", "[lang]") {
  CHECK(diagnose(R"fl(entity A
entity B
fact f(a: entity, b: entity) -> v: year {
  pattern {a} and {b} in {v}
  example "A and B in 1990" => a=A b=B v=1990
  known a=A v=1990 source "archive"
}
)fl") == R"fl(rules/t.facts:6:3: error: known value does not give 'b'; it needs every role of fact 'f'
  known a=A v=1990 source "archive"
  ^~~~~
)fl");
}

TEST_CASE("two known values for one key point at each other", "[lang]") {
  CHECK(diagnose(R"fl(entity A
entity B
fact f(a: entity, b: entity) -> v: year symmetric {
  pattern {a} and {b} in {v}
  example "A and B in 1990" => a=A b=B v=1990
  known a=A b=B v=1990 source "archive"
  known a=B b=A v=1991 source "almanac"
}
)fl") == R"fl(rules/t.facts:7:3: error: a known value for 'f(A, B)' is already declared
  known a=B b=A v=1991 source "almanac"
  ^~~~~
rules/t.facts:6:3: note: first declared here
  known a=A b=B v=1990 source "archive"
  ^~~~~
)fl");
}

TEST_CASE("a known value that does not read as its type is an error", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: length {
  pattern {a} is {v}
  example "A is 3 km" => a=A v="3 km"
  known a=A v="three parsecs" source "atlas"
}
)fl") == R"fl(rules/t.facts:5:15: error: known value 'three parsecs' cannot be read as 'length'
  known a=A v="three parsecs" source "atlas"
              ^~~~~~~~~~~~~~~
)fl");
}

TEST_CASE("an alias shared by two entities is a warning", "[lang]") {
  CHECK(diagnose(R"fl(entity Russia = "Russia", "Moscow"
entity Moskva = "Moscow"
)fl", true) == R"fl(rules/t.facts:2:17: warning: alias 'Moscow' of entity 'Moskva' also names entity 'Russia'; statements using it go to the first
entity Moskva = "Moscow"
                ^~~~~~~~
rules/t.facts:1:27: note: first used here
entity Russia = "Russia", "Moscow"
                          ^~~~~~~~
)fl");
}

TEST_CASE("a fact without examples is a warning", "[lang]") {
  CHECK(diagnose(R"fl(entity A
fact f(a: entity) -> v: year {
  pattern {a} in {v}
}
)fl", true) == R"fl(rules/t.facts:2:6: warning: fact 'f' has no examples; add an 'example' so 'factlint test' checks its patterns
fact f(a: entity) -> v: year {
     ^
)fl");
}

TEST_CASE("a fact without patterns is a warning", "[lang]") {
  CHECK(diagnose(R"fl(fact f(a: entity) -> v: year {
  example "A in 1990"
}
)fl", true) == R"fl(rules/t.facts:1:6: warning: fact 'f' has no patterns, so 'a' and 'v' are never captured
fact f(a: entity) -> v: year {
     ^
)fl");
}

TEST_CASE("a pattern that can match nothing is a warning", "[lang]") {
  CHECK(diagnose(R"fl(entity A
macro maybe = (a | b)?
fact f -> v: year {
  pattern ({v} | @maybe)
  example "1990"
}
)fl", true) == R"fl(rules/t.facts:4:11: error: pattern does not always capture 'v': a capture is optional or missing from an alternative
  pattern ({v} | @maybe)
          ^~~~~~~~~~~~~~
rules/t.facts:4:11: warning: pattern can match without reading a single word
  pattern ({v} | @maybe)
          ^~~~~~~~~~~~~~
)fl");
}
