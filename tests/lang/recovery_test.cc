// Error recovery: a file with many mistakes reports each of them, and no input
// (mutated, truncated, adversarial) crashes, hangs or fails without a diagnostic.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <random>

#include "lang/parse.h"

using namespace factlint;

namespace {

const char* const kTenMistakes = R"(# Ten mistakes, one a line.
entity China = "China", "PRC"
entity Russia = "Russia", "Moscow"
entiti Japan = "Japan"
fact trade_partner_rank(partner: entity, of: entity) -> rank: ordinl {
  pattern {partner} is {of} 's {rnk} partner
  pattern {partner} (is|was {of} 's {rank} partner
  compare exakt
  example "Russia is China's 10th partner" => partner=Rusia of=China rank=10
}
fact border_length(a: entity, b: entity) -> length: length symmetric {
  pattern {length} border between {a} and {b} gap 9..2
  compare within 3 kilometrs
  severity fatal
  example "the 4,300 km border between China and Russia" => a=China b=Russia length="4,300 km"
  window 1
  window 2
}
)";

// A valid rule file using every construct, the seed for mutations.
const char* const kValid = R"(# every construct
entity China = "China", "Beijing", "PRC"
entity Russia = "Russia", "Moscow"
entity Crimea
macro trade_partner = trading? (partner | partners)
fact trade_partner_rank(partner: entity, of: entity) -> rank: ordinal {
  pattern {partner} (is|was|has been) only? {of} 's {rank} (largest|biggest) @trade_partner
  pattern {partner} has become {of} 's number {rank} "trade partner"; pattern {of} ... {partner} gap 0..3 {rank}
  scope per year
  compare exact
  severity warning
  priority 2
  window 1
  example "Russia is only China's 10th-largest trade partner"
          => partner=Russia of=China rank=10
  counterexample "China's largest city"
  known partner=Russia of=China rank=6th source "CFR, 2024"
}
fact border_length(a: entity, b: entity) -> length: length symmetric {
  pattern {length} border between {a} and {b}
  compare within 50 km
  example "the 4,300 km border between China and Russia" => a=China b=Russia length="4,300 km"
}
fact sino_soviet_split -> when: year-range { pattern Sino-Soviet split in {when}; compare start; example "the Sino-Soviet split in 1960" => when=1960 }
)";

std::string mutate(std::string text, std::mt19937& rng) {
  static const std::string kAlphabet = "{}()|?.\"'#=>-:;,@ \n\tabcxyz019%\\\xc3\xa9";
  auto pick = [&rng](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n)(rng); };
  int edits = 1 + static_cast<int>(pick(3));
  for (int e = 0; e < edits && !text.empty(); ++e) {
    std::size_t at = pick(text.size() - 1);
    switch (pick(5)) {
      case 0: text.erase(at, 1 + pick(8)); break;                              // delete a few bytes
      case 1: text.insert(at, 1, kAlphabet[pick(kAlphabet.size() - 1)]); break;  // insert syntax
      case 2: text[at] = kAlphabet[pick(kAlphabet.size() - 1)]; break;         // replace a byte
      case 3: text.resize(at); break;                                          // truncate
      case 4: text.insert(at, text.substr(pick(text.size() - 1), pick(20))); break;  // duplicate a slice
      default: text[at] = static_cast<char>(pick(255)); break;                 // any byte
    }
  }
  return text;
}

// Parses `text` and checks the invariants every outcome keeps; returns whether
// the file was accepted.
bool check_outcome(const std::string& text) {
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules;
  REQUIRE_NOTHROW(rules = lang::parse_rules_text("fuzz.facts", text, sink));
  // Failure always comes with an error, and errors always mean failure.
  REQUIRE(rules.has_value() == !sink.has_errors());
  for (const source::Diagnostic& d : sink.diagnostics()) {
    CAPTURE(d.message);
    // Nothing of X3 leaks: no type names, mangled names or exception text.
    for (const char* leak : {"boost", "spirit", "x3::", "N5boost", "expectation_failure", "::"}) {
      CHECK(d.message.find(leak) == std::string::npos);
    }
    CHECK(d.path == "fuzz.facts");
    CHECK(d.location.line >= 1);
  }
  return rules.has_value();
}

}  // namespace

TEST_CASE("a rule file with ten different mistakes gives ten located diagnostics", "[lang]") {
  source::DiagnosticSink sink;
  CHECK_FALSE(lang::parse_rules_text("rules/t.facts", kTenMistakes, sink));
  CHECK(sink.error_count() == 10);
  CHECK(sink.warning_count() == 0);
  std::string out;
  for (const auto& d : sink.sorted()) out += source::render(d);
  CHECK(out == R"(rules/t.facts:4:1: error: expected 'entity', 'kind', 'fact', 'quote', 'macro' or 'include', found 'entiti'; did you mean 'entity'?
entiti Japan = "Japan"
^~~~~~
rules/t.facts:5:63: error: unknown value type 'ordinl'; did you mean 'ordinal'?
fact trade_partner_rank(partner: entity, of: entity) -> rank: ordinl {
                                                              ^~~~~~
rules/t.facts:6:32: error: unknown role 'rnk' in fact 'trade_partner_rank'; did you mean 'rank'?
  pattern {partner} is {of} 's {rnk} partner
                               ^~~~~
rules/t.facts:7:51: error: expected a pattern word, '|' or ')', found end of line
  pattern {partner} (is|was {of} 's {rank} partner
                                                  ^
rules/t.facts:8:11: error: expected a comparison such as 'exact', 'identical', 'within 3%', 'within 50 km', 'overlap', 'start', 'end' or 'increasing', found 'exakt'; did you mean 'exact'?
  compare exakt
          ^~~~~
rules/t.facts:9:55: error: unknown entity 'Rusia'; did you mean 'Russia'?
  example "Russia is China's 10th partner" => partner=Rusia of=China rank=10
                                                      ^~~~~
rules/t.facts:12:47: error: 'gap 9..2' has its bounds reversed; write 'gap 2..9'
  pattern {length} border between {a} and {b} gap 9..2
                                              ^~~~~~~~
rules/t.facts:13:20: error: unknown unit 'kilometrs' for 'length'; did you mean 'kilometers'?
  compare within 3 kilometrs
                   ^~~~~~~~~
rules/t.facts:14:12: error: expected a severity: 'error', 'warning' or 'info', found 'fatal'
  severity fatal
           ^~~~~
rules/t.facts:17:3: error: option 'window' is given twice in fact 'border_length'
  window 2
  ^~~~~~
rules/t.facts:16:3: note: first given here
  window 1
  ^~~~~~
)");
}

TEST_CASE("the fuzz seed is a valid rule file", "[lang]") {
  source::DiagnosticSink sink;
  CHECK(lang::parse_rules_text("fuzz.facts", kValid, sink));
  CHECK(sink.diagnostics().empty());
}

// FACTLINT_FUZZ_ITERATIONS=200000 runs a longer fuzz by hand.
TEST_CASE("mutated and truncated rule files never crash and fail only with diagnostics", "[lang]") {
  std::mt19937 rng(20261123);
  const char* env_n = std::getenv("FACTLINT_FUZZ_ITERATIONS");
  const int n = env_n ? std::atoi(env_n) : 3000;
  for (int i = 0; i < n; ++i) {
    std::string text = mutate(kValid, rng);
    CAPTURE(i, text);
    check_outcome(text);
  }
  for (std::size_t n = 0; n <= std::string(kValid).size(); n += 7) check_outcome(std::string(kValid).substr(0, n));
}

TEST_CASE("adversarial rule files are rejected without exhausting the parser", "[lang]") {
  auto [text] = GENERATE(table<std::string>({
      {"fact f -> v: year {\n  pattern " + std::string(100000, '(') + "{v}\n}\n"},
      {"macro m = " + std::string(5000, '(') + "x" + std::string(5000, ')') + "\n"},
      {std::string(10000, '}')},
      {std::string("entity \0 = \"\0\"\n", 15)},
      {std::string("\xff\xfe\x00\x01 fact", 9)},  // a plain literal would stop at its NUL byte
  }));
  CAPTURE(text.size());
  CHECK_FALSE(check_outcome(text));
}

// Huge but well-formed: accepted or not, the parser must come back with a coherent outcome.
TEST_CASE("huge words and numbers never exhaust the parser", "[lang]") {
  auto [text] = GENERATE(table<std::string>({
      {"fact f -> v: year {\n  pattern " + std::string(200000, 'a') + " {v}\n}\n"},
      {"fact f -> v: year {\n  priority 99999999999999999999999\n  compare within " + std::string(400, '9') +
       "%\n  pattern a {v}\n}\n"},
  }));
  CAPTURE(text.size());
  check_outcome(text);
}

// Before: each item of the body was "'cue' belongs inside a fact", one error per line.
TEST_CASE("a misspelt 'fact' keyword gives one error, and its body's own mistakes are still reported", "[lang]") {
  source::DiagnosticSink sink;
  CHECK_FALSE(lang::parse_rules_text("t.facts", R"(entity Ruritania: country = "Ruritania"
fcat area(of: country) -> size: area {
cue area
unless forecast
compare exakt
example "Ruritania covers 9,000 square kilometres." => of=Ruritania size="9,000 square kilometres"
}
fact capital_founded(of: country) -> when: year {
  cue founded
}
)",
                                      sink));
  std::vector<std::string> messages;
  for (const auto& d : sink.sorted()) {
    if (d.severity == source::Severity::Error) messages.push_back(std::to_string(d.location.line) + ": " + d.message);
  }
  REQUIRE(messages.size() == 2);
  CHECK(messages[0] == "2: expected 'entity', 'kind', 'fact', 'quote', 'macro' or 'include', found 'fcat'; did you mean 'fact'?");
  CHECK(messages[1].rfind("5: expected a comparison", 0) == 0);
}

TEST_CASE("an unknown declaration with a body is passed over to its closing brace", "[lang]") {
  source::DiagnosticSink sink;
  // Braces inside quotes and comments do not close it; the fact after it is read.
  auto rules = lang::parse_rules_text("t.facts", R"(entity Ruritania: country = "Ruritania"
record mountain {
cue "}" # not the end }
nested { cue peak }
unless x
}
fact height(of: country) -> h: length {
  cue height
  cue hieght
}
)",
                                      sink);
  std::vector<int> lines;
  for (const auto& d : sink.sorted()) {
    if (d.severity == source::Severity::Error) lines.push_back(d.location.line);
  }
  CHECK(lines == std::vector<int>{2});
}

TEST_CASE("a misspelt keyword whose body is never closed stops at the next declaration", "[lang]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("t.facts", R"(entity Ruritania: country = "Ruritania"
fcat area(of: country) -> size: area {
  cue area
fact height(of: country) -> h: length {
  cue height
  pattern {of} is {h} tal
  pattern {of} is {hh} tall
}
)",
                                      sink);
  std::vector<int> lines;
  for (const auto& d : sink.sorted()) {
    if (d.severity == source::Severity::Error) lines.push_back(d.location.line);
  }
  // Line 2's keyword, the body left open (reported at line 4), and the unknown role of line 7.
  CHECK(lines == std::vector<int>{2, 4, 7});
}
