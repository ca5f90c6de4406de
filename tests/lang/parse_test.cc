// Parser tests: rule text in, canonical dump out (lang/dump.h).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "lang/dump.h"
#include "lang/parse.h"
#include "support/temp_dir.h"

using namespace factlint;

namespace {

// The dump of `text`, or every rendered diagnostic when it has errors.
std::string parse(const std::string& text) {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("test.facts", text, sink);
  if (!rules) {
    std::string out;
    for (const auto& d : sink.sorted()) out += source::render(d);
    return out;
  }
  return lang::dump(*rules);
}

// The dump of the first fact's patterns of a one-fact rule file.
std::string patterns(const std::string& body) {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("test.facts",
                                      "macro m = foo\nfact f(a: entity) -> v: year {\n" + body + "\n}\n", sink);
  if (!rules) {
    std::string out;
    for (const auto& d : sink.sorted()) out += source::render(d);
    return out;
  }
  std::string out;
  for (const auto& p : rules->facts.at(0).patterns) out += lang::dump(p.root) + "\n";
  return out;
}

using factlint::testing::TempDir;

// The first rule file factlint was designed around: entities with aliases, typed roles,
// several patterns a fact, scope and compare options.
const char* const kDesignExample = R"(# rules/china-russia.facts
entity China  = "China", "Beijing", "People's Republic of China", "PRC"
entity Russia = "Russia", "Moscow", "Russian Federation", "the Kremlin"
entity Xi     = "Xi Jinping", "Mr. Xi", "Xi"
entity Putin  = "Vladimir Putin", "Mr. Putin", "Putin"

fact trade_partner_rank(partner: entity, of: entity) -> rank: ordinal {
  pattern {partner} (is|was) only? {of} 's {rank} (largest|biggest) trading? partner
  pattern {partner} has become {of} 's number {rank} trade partner
  scope   per year                 # "as of 2023", "in 2023", else the document's year
  example "Russia is only China's 10th-largest trade partner"
          => partner=Russia of=China rank=10
  counterexample "China's largest city"
}

fact border_length(a: entity, b: entity) -> length: length symmetric {
  pattern {length} border between {a} and {b}
  pattern {a} and {b} ... share ... {length} border
  compare within 3%
}

fact leader_meetings(a: entity, b: entity) -> count: count symmetric {
  pattern {a} and {b} have met ... {count} (times|occasions)
  compare increasing               # a running total: may grow, never shrink
}

fact sino_soviet_split -> when: year-range {
  pattern Sino-Soviet split in {when}
  pattern from {when} ... known as the "Sino-Soviet split"
  compare start
}
)";

}  // namespace

TEST_CASE("the design document's example parses to the expected rule set", "[lang]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("rules/china-russia.facts", kDesignExample, sink);
  REQUIRE(rules);
  CHECK(sink.error_count() == 0);
  CHECK(lang::dump(*rules) == R"(entity China = "China", "Beijing", "People's Republic of China", "PRC"
entity Russia = "Russia", "Moscow", "Russian Federation", "the Kremlin"
entity Xi = "Xi Jinping", "Mr. Xi", "Xi"
entity Putin = "Vladimir Putin", "Mr. Putin", "Putin"
fact trade_partner_rank(partner: entity, of: entity) -> rank: ordinal
  scope per year
  compare exact
  severity error
  priority 0
  window 0
  pattern {partner} (is | was) only? {of} 's {rank} (largest | biggest) trading? partner
  pattern {partner} has become {of} 's number {rank} trade partner
  example "Russia is only China's 10th-largest trade partner" => partner=Russia of=China rank=10
  counterexample "China's largest city"
fact border_length(a: entity, b: entity) -> length: length
  symmetric
  compare within 3%
  severity error
  priority 0
  window 0
  pattern {length} border between {a} and {b}
  pattern {a} and {b} gap 0..8 share gap 0..8 {length} border
fact leader_meetings(a: entity, b: entity) -> count: count
  symmetric
  compare increasing
  severity error
  priority 0
  window 0
  pattern {a} and {b} have met gap 0..8 {count} (times | occasions)
fact sino_soviet_split() -> when: year-range
  compare start
  severity error
  priority 0
  window 0
  pattern sino-soviet split in {when}
  pattern from {when} gap 0..8 known as the sino-soviet split
)");
  // Three facts have no `example`: those are warnings, not errors.
  CHECK(sink.warning_count() == 3);
}

TEST_CASE("an entity without aliases is its own alias", "[lang]") {
  CHECK(parse("entity Crimea\n") == "entity Crimea = \"Crimea\"\n");
}

TEST_CASE("entity aliases may continue over several lines", "[lang]") {
  CHECK(parse("entity China = \"China\",\n    \"PRC\"  # the short form\n") ==
        "entity China = \"China\", \"PRC\"\n");
}

TEST_CASE("pattern syntax parses to explicit structure", "[lang]") {
  using Row = std::pair<std::string, std::string>;
  auto [source, expected] = GENERATE(table<std::string, std::string>({
      Row{"pattern {a} Is THE {v}", "({a} is the {v})"},
      Row{"pattern {a} only? {v}", "({a} only? {v})"},
      Row{"pattern {a} (is|was|has been) {v}", "({a} (is | was | has been) {v})"},
      Row{"pattern {a} (very large)? {v}", "({a} (very large)? {v})"},
      Row{"pattern {a} (is (very | quite)? big)? {v}", "({a} (is (very | quite)? big)? {v})"},
      Row{"pattern {a} ... {v}", "({a} gap 0..8 {v})"},
      Row{"pattern {a} gap 2..5 {v}", "({a} gap 2..5 {v})"},
      Row{"pattern {a} said... {v}", "({a} said gap 0..8 {v})"},
      Row{"pattern {a} @m {v}", "({a} @m {v})"},
      Row{"pattern {a} 's no. {v}", "({a} 's no. {v})"},
      Row{"pattern {a} \"Sino-Soviet Split\" {v}", "({a} sino-soviet split {v})"},
      Row{"pattern {a} \",\" {v}", "({a} \",\" {v})"},
      Row{"pattern {a} (x) {v}", "({a} x {v})"},
      Row{"pattern {a} , {v} : %", "({a} \",\" {v} \":\" \"%\")"},
      Row{"pattern { a } {v} # trailing comment", "({a} {v})"},
  }));
  CAPTURE(source);
  CHECK(patterns(source) == expected + "\n");
}

TEST_CASE("a semicolon ends a pattern so several fit on one line", "[lang]") {
  CHECK(patterns("pattern {a} x {v}; pattern {a} y {v}") == "({a} x {v})\n({a} y {v})\n");
}

// Before: `unless` was a pattern word like any other, so a pattern could not be vetoed
// (docs/rules.md "Vetoing a pattern"; four blind rule writers asked for it).
TEST_CASE("a pattern's unless ends its words and lists the words that veto its matches", "[lang]") {
  const std::string dump = parse("entity A\nfact f(a: entity) -> v: year {\n"
                                 "  pattern {a} opened in {v} unless reopened | \"was due\"; pattern {a} closed in {v}\n"
                                 "  pattern {a} shut in {v} unless strike\n}\n");
  CHECK(dump.find("  pattern {a} opened in {v} unless (reopened | was due)\n"
                  "  pattern {a} closed in {v}\n"
                  "  pattern {a} shut in {v} unless strike\n") != std::string::npos);
  // The pattern's own words stop before `unless`.
  CHECK(patterns("pattern {a} opened in {v} unless reopened") == "({a} opened in {v})\n");
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("t.facts", "fact f(a: entity) -> v: year {\n  pattern {a} in {v} unless x\n}\n", sink);
  REQUIRE(rules);
  const lang::Pattern& p = rules->facts.at(0).patterns.at(0);
  REQUIRE(p.unless.children.size() == 1);
  CHECK(p.unless.children[0].text == "x");
  CHECK(p.unless_span.begin == std::string("fact f(a: entity) -> v: year {\n  pattern {a} in {v} unless ").size());
}

// Two blind rule sets veto the word itself: `unless warn | ... | if | unless | threat`.
TEST_CASE("outside pattern and cue lines a bare unless is still a word", "[lang]") {
  const std::string dump = parse("macro hedge = (if | unless)\nmacro m = come unless\nfact f(a: entity) -> v: money {\n"
                                 "  cue opened\n  unless if | unless | @hedge\n  negative unless\n}\n");
  CHECK(dump.find("macro hedge = (if | \"unless\")\nmacro m = come \"unless\"\n") != std::string::npos);
  CHECK(dump.find("  unless (if | \"unless\" | @hedge)\n  negative \"unless\"\n") != std::string::npos);
}

TEST_CASE("a quoted unless is a pattern word of that form only, and dumps quoted", "[lang]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text(
      "t.facts", "fact f(a: entity) -> v: year {\n  pattern {a} floods \"unless\" {v} unless dry\n}\n", sink);
  REQUIRE(rules);
  const lang::Pattern& p = rules->facts.at(0).patterns.at(0);
  REQUIRE(p.root.children.size() == 4);
  CHECK(p.root.children[2].text == "unless");
  CHECK(p.root.children[2].exact);
  CHECK(lang::dump(*rules).find("  pattern {a} floods \"unless\" {v} unless dry\n") != std::string::npos);
}

TEST_CASE("a fact may be written on one line", "[lang]") {
  CHECK(parse("entity A\nfact f(a: entity) -> v: year { pattern {a} in {v}; example \"A in 1990\" => a=A v=1990 }\n") ==
        R"(entity A = "A"
fact f(a: entity) -> v: year
  compare exact
  severity error
  priority 0
  window 0
  pattern {a} in {v}
  example "A in 1990" => a=A v=1990
)");
}

TEST_CASE("every comparison parses", "[lang]") {
  auto [source, expected] = GENERATE(table<std::string, std::string>({
      {"exact", "exact"},
      {"within 3%", "within 3%"},
      {"within 2.5 %", "within 2.5%"},
      {"within 50 km", "within 50 km"},
      {"overlap", "overlap"},
      {"start", "start"},
      {"end", "end"},
      {"increasing", "increasing"},
      {"identical", "identical"},
  }));
  CAPTURE(source);
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text(
      "t.facts", "fact f -> v: length {\n  pattern x {v}\n  compare " + source + "\n}\n", sink);
  REQUIRE(rules);
  std::string dump = lang::dump(*rules);
  CHECK(dump.find("  compare " + expected + "\n") != std::string::npos);
}

TEST_CASE("a tolerance in a unit is converted once to the value's canonical unit", "[lang]") {
  auto [source, tolerance] = GENERATE(table<std::string, double>({
      {"within 50 km", 50000.0},
      {"within 2 miles", 2 * 1609.344},
      {"within 3%", 0.0},  // a percentage stays in `amount`
  }));
  CAPTURE(source);
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text(
      "t.facts", "fact f -> v: length {\n  pattern x {v}\n  compare " + source + "\n}\n", sink);
  REQUIRE(rules);
  CHECK(rules->facts.at(0).compare.tolerance == Approx(tolerance));
}

TEST_CASE("a percentage takes a tolerance in percentage points, and only in points", "[lang]") {
  auto parse = [](const std::string& compare, source::DiagnosticSink& sink) {
    return lang::parse_rules_text("t.facts",
                                  "fact f -> v: percent {\n  pattern x {v}\n  compare " + compare + "\n}\n", sink);
  };
  for (const char* points : {"within 0.1 pp", "within 0.1 percentage points", "within 0.1 points"}) {
    CAPTURE(points);
    source::DiagnosticSink sink;
    auto rules = parse(points, sink);
    REQUIRE(rules);
    CHECK(rules->facts.at(0).compare.tolerance == Approx(0.1));
  }
  source::DiagnosticSink percent;  // 3% of the value, or 3 points? '%' says the first
  CHECK_FALSE(parse("within 3 percent", percent));
  CHECK(percent.diagnostics().at(0).message.find("did you mean '%'") != std::string::npos);
  source::DiagnosticSink elsewhere;  // points belong to percentages only
  CHECK_FALSE(lang::parse_rules_text("t.facts", "fact f -> v: length {\n  pattern x {v}\n  compare within 2 pp\n}\n",
                                     elsewhere));
  CHECK(elsewhere.diagnostics().at(0).message.find("unknown unit 'pp' for 'length'") != std::string::npos);
}

TEST_CASE("fact options are read into the fact", "[lang]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("t.facts", R"(entity A
entity B
fact met(a: entity, b: entity) -> when: date {
  symmetric
  pattern {a} met {b} on {when}
  scope per year
  severity warning
  priority -2
  window 1
  example "A met B on March 3, 2023" => a=A b=B when="March 3, 2023"
}
)",
                                      sink);
  REQUIRE(rules);
  const lang::FactDecl& f = rules->facts.at(0);
  CHECK(f.symmetric);
  CHECK(f.scope == "year");
  CHECK(f.severity == "warning");
  CHECK(f.priority == -2);
  CHECK(f.window == 1);
  REQUIRE(f.examples.size() == 1);
  CHECK(f.examples[0].expected.at(2) == std::make_pair(std::string("when"), std::string("March 3, 2023")));
}

TEST_CASE("known values separate the key roles from the value", "[lang]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("t.facts", R"(entity China
entity Russia
fact rank(partner: entity, of: entity) -> rank: ordinal {
  pattern {partner} is {of} 's {rank} partner
  example "Russia is China's 6th partner" => partner=Russia of=China rank=6th
  known partner=Russia of=China rank=6th
        source "CFR backgrounder, 2024"
}
)",
                                      sink);
  REQUIRE(rules);
  const lang::KnownValue& k = rules->facts.at(0).known.at(0);
  CHECK(k.roles == std::vector<std::pair<std::string, std::string>>{{"partner", "Russia"}, {"of", "China"}});
  CHECK(k.value_text == "6th");
  CHECK(k.note == "CFR backgrounder, 2024");
  CHECK(lang::dump(*rules).find("  known partner=Russia of=China rank=6th source \"CFR backgrounder, 2024\"\n") !=
        std::string::npos);
}

TEST_CASE("spans point at the declared names", "[lang]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("t.facts", "entity A = \"Üñï\", \"B\"\nfact f -> v: year {\n  pattern x {v}\n}\n", sink);
  REQUIRE(rules);
  const auto& e = rules->entities.at(0);
  CHECK(e.name_span.file->location(e.name_span.begin) == source::Location{1, 8});
  CHECK(e.alias_spans.at(1).file->location(e.alias_spans.at(1).begin) == source::Location{1, 19});
  const auto& f = rules->facts.at(0);
  CHECK(f.name_span.file->location(f.name_span.begin) == source::Location{2, 6});
  const auto& capture = f.patterns.at(0).root.children.at(1);
  CHECK(capture.kind == lang::PatternNode::Kind::Capture);
  CHECK(capture.span.file->location(capture.span.begin) == source::Location{3, 13});
}

TEST_CASE("find_entity, find_fact and find_macro look declarations up by name", "[lang]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("t.facts", "entity A\nmacro m = x\nfact f -> v: year {\n  pattern @m {v}\n}\n", sink);
  REQUIRE(rules);
  CHECK(rules->find_entity("A") != nullptr);
  CHECK(rules->find_macro("m") != nullptr);
  CHECK(rules->find_fact("f") != nullptr);
  CHECK(rules->find_fact("g") == nullptr);
}

TEST_CASE("the content hash is stable and changes with the text", "[lang]") {
  source::DiagnosticSink sink;
  auto a = lang::parse_rules_text("a.facts", "entity A\n", sink);
  auto b = lang::parse_rules_text("elsewhere/a.facts", "entity A\n", sink);
  auto c = lang::parse_rules_text("a.facts", "entity B\n", sink);
  REQUIRE((a && b && c));
  CHECK(a->content_hash().size() == 16);
  CHECK(a->content_hash() == b->content_hash());
  CHECK(a->content_hash() != c->content_hash());
}

TEST_CASE("includes are read relative to the including file, each file once", "[lang]") {
  TempDir dir;
  dir.write("shared/entities.facts", "entity China = \"China\"\ninclude \"more.facts\"\n");
  dir.write("shared/more.facts", "entity Russia = \"Russia\"\n");
  std::string main = dir.write("rules/main.facts",
                               "include \"../shared/entities.facts\"\ninclude \"../shared/more.facts\"\n"
                               "macro m = x\n");
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules({main}, sink);
  REQUIRE(rules);
  CHECK(lang::dump(*rules) == "entity Russia = \"Russia\"\nentity China = \"China\"\nmacro m = x\n");
  CHECK(rules->files.size() == 3);
}

TEST_CASE("a directory of rule files is read in name order", "[lang]") {
  TempDir dir;
  dir.write("rules/b.facts", "entity B\n");
  dir.write("rules/a.facts", "entity A\n");
  dir.write("rules/notes.txt", "entity C\n");
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules({dir.file("rules")}, sink);
  REQUIRE(rules);
  CHECK(lang::dump(*rules) == "entity A = \"A\"\nentity B = \"B\"\n");
}

TEST_CASE("a rule file a folder's scan skips for its name is named in a warning", "[lang]") {
  TempDir dir;
  dir.write("rules/a.facts", "entity A\n");
  dir.write("rules/park.fact", "entity P\n");
  dir.write("rules/old.FACTS", "entity O\n");
  dir.write("rules/draft.facts.txt", "entity D\n");
  dir.write("rules/notes.txt", "not rules\n");
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules({dir.file("rules")}, sink);
  REQUIRE(rules);
  CHECK(lang::dump(*rules) == "entity A = \"A\"\n");  // still not read: a name is a contract
  REQUIRE(sink.diagnostics().size() == 3);
  CHECK(sink.diagnostics()[0].message == "not read: rule files end in '.facts' (rename it to 'draft.facts')");
  CHECK(sink.diagnostics()[1].message == "not read: rule files end in '.facts' (rename it to 'old.facts')");
  CHECK(sink.diagnostics()[2].message == "not read: rule files end in '.facts' (rename it to 'park.facts')");
  CHECK(sink.error_count() == 0);
}

// Before: "fleet.rules", "fleet.factz" and "fleet" were skipped without a word, and the
// CI gate passed without their facts (a newcomer's report).
TEST_CASE("a file of any name in the rules folder that reads like rules is named in a warning", "[lang]") {
  TempDir dir;
  dir.write("rules/a.facts", "entity A\n");
  dir.write("rules/fleet.rules", "# fleet facts\n\nfact fleet(o: entity) -> n: count {\n  cue buses\n}\n");
  dir.write("rules/fares", "entity F\n");
  dir.write("rules/operators.tsv", "name\taliases\nRTA\tRiverton Transit\n");
  dir.write("rules/README.md", "# Our rules\n\nfact names are snake_case.\n");
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules({dir.file("rules")}, sink);
  REQUIRE(rules);
  REQUIRE(sink.diagnostics().size() == 2);
  CHECK(sink.diagnostics()[0].message == "not read: rule files end in '.facts' (rename it to 'fares.facts')");
  CHECK(sink.diagnostics()[1].message == "not read: rule files end in '.facts' (rename it to 'fleet.facts')");
}

TEST_CASE("ignore before an entity declaration marks it ignored; before anything else it is an error", "[lang]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("i.facts",
                                      "entity A: peak = \"A\"\nignore entity B: peak = \"B\", \"Bee\"\n", sink);
  REQUIRE(rules);
  REQUIRE(rules->entities.size() == 2);
  CHECK_FALSE(rules->entities[0].ignored);
  CHECK(rules->entities[1].ignored);
  CHECK(rules->entities[1].kind == "peak");
  CHECK(lang::dump(*rules) == "entity A = \"A\"\nignore entity B = \"B\", \"Bee\"\n");
  source::DiagnosticSink bad;
  CHECK_FALSE(lang::parse_rules_text("j.facts", "ignore fact x -> v: count {\n  cue x\n}\nentity C\n", bad));
  REQUIRE(bad.error_count() >= 1);
  CHECK(bad.diagnostics()[0].message == "expected 'entity' after 'ignore' ('ignore entity K2: mountain = \"K2\"')");
  CHECK(bad.diagnostics()[0].location.line == 1);
}

TEST_CASE("an include cycle is an error at the include that closes it", "[lang]") {
  TempDir dir;
  std::string a = dir.write("a.facts", "include \"b.facts\"\n");
  dir.write("b.facts", "entity B\ninclude \"a.facts\"\n");
  source::DiagnosticSink sink;
  CHECK_FALSE(lang::parse_rules({a}, sink));
  REQUIRE(sink.error_count() == 1);
  std::string rendered = source::render(sink.diagnostics()[0]);
  CHECK(rendered.find("b.facts:2:9: error: include cycle: '") != std::string::npos);
  CHECK(rendered.find("a.facts' is already being read\ninclude \"a.facts\"\n        ^~~~~~~~~\n") != std::string::npos);
}

TEST_CASE("a missing include is an error at the include", "[lang]") {
  TempDir dir;
  std::string a = dir.write("a.facts", "include \"nope.facts\"\n");
  source::DiagnosticSink sink;
  CHECK_FALSE(lang::parse_rules({a}, sink));
  REQUIRE(sink.error_count() == 1);
  CHECK(sink.diagnostics()[0].message.find("cannot read rule file '") == 0);
  CHECK(sink.diagnostics()[0].location == source::Location{1, 9});
}

TEST_CASE("a missing rule path is a file error", "[lang]") {
  source::DiagnosticSink sink;
  CHECK_FALSE(lang::parse_rules({"/nonexistent/rules.facts"}, sink));
  REQUIRE(sink.error_count() == 1);
  CHECK(source::render(sink.diagnostics()[0]) ==
        "/nonexistent/rules.facts: error: cannot read rule file (missing or not a regular file)\n");
}

TEST_CASE("entities load from a tab-separated file", "[lang]") {
  TempDir dir;
  dir.write("data/entities.tsv",
            "# name\taliases...\nChina\tChina\tBeijing\tPRC\n\nRussia\tRussia\tMoscow\nCrimea\n");
  std::string main = dir.write("main.facts", "entities from \"data/entities.tsv\"\n");
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules({main}, sink);
  REQUIRE(rules);
  CHECK(lang::dump(*rules) ==
        "entity China = \"China\", \"Beijing\", \"PRC\"\nentity Russia = \"Russia\", \"Moscow\"\n"
        "entity Crimea = \"Crimea\"\n");
  const auto& e = rules->entities.at(1);
  CHECK(e.alias_spans.at(1).file->location(e.alias_spans.at(1).begin) == source::Location{4, 15});
}

TEST_CASE("a bad line in an entity file is reported where it is", "[lang]") {
  TempDir dir;
  dir.write("e.tsv", "China\tPRC\nSouth Korea\tROK\n");
  std::string main = dir.write("main.facts", "entities from \"e.tsv\"\n");
  source::DiagnosticSink sink;
  CHECK_FALSE(lang::parse_rules({main}, sink));
  REQUIRE(sink.error_count() == 1);
  CHECK(sink.diagnostics()[0].location == source::Location{2, 1});
  CHECK(sink.diagnostics()[0].message ==
        "expected an entity name such as 'Russia' (letters, digits and '_', then a tab and the aliases), "
        "found 'South Korea'");
}

TEST_CASE("windows line endings and a byte order mark are accepted", "[lang]") {
  CHECK(parse("\xEF\xBB\xBF" "entity A = \"A\"\r\nfact f(a: entity) -> v: year {\r\n  pattern {a} in {v}\r\n"
              "  example \"A in 1990\" => a=A v=1990\r\n}\r\n") ==
        R"(entity A = "A"
fact f(a: entity) -> v: year
  compare exact
  severity error
  priority 0
  window 0
  pattern {a} in {v}
  example "A in 1990" => a=A v=1990
)");
}

// Before: a rule file saved as Latin-1 parsed clean, and its "Québec" alias matched
// nothing, in silence (newcomer's report, session 20).
TEST_CASE("a rule file that is not UTF-8 is an error at the first bad byte", "[lang]") {
  const std::string out = parse("entity Q = \"Qu\xE9" "bec\"\nfact f(a: entity) -> v: year {\n  cue founded\n}\n");
  CHECK(out.find("test.facts:1:15: error: not UTF-8 (byte 0xE9): save the rule file as UTF-8") != std::string::npos);
  CHECK(parse("entity Q = \"Qu\xC3\xA9" "bec\"\nfact f(a: entity) -> v: year {\n  cue founded\n}\n")
            .find("not UTF-8") == std::string::npos);
}

TEST_CASE("the bundled rules parse without errors", "[lang]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules({std::string(FACTLINT_SOURCE_DIR) + "/rules"}, sink);
  std::string rendered;
  for (const auto& d : sink.sorted()) rendered += source::render(d);
  INFO(rendered);
  CHECK(rules.has_value());
  CHECK(sink.error_count() == 0);
}

TEST_CASE("a fact's ton option is read and dumped", "[lang]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("t.facts", R"(entity A
fact coal(a: entity) -> mass: mass {
  pattern {a} exported {mass}
  ton short
}
)",
                                      sink);
  REQUIRE(rules);
  CHECK(rules->facts.at(0).ton == "short");
  CHECK(lang::dump(*rules).find("  ton short\n") != std::string::npos);
}

TEST_CASE("a fact's dollar and yen options are read and dumped", "[lang]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("t.facts", R"(entity A
fact cost(a: entity) -> cost: money {
  pattern {a} cost {cost}
  dollar AUD
  yen CNY
}
)",
                                      sink);
  REQUIRE(rules);
  CHECK(rules->facts.at(0).currency.dollar == "AUD");
  CHECK(rules->facts.at(0).currency.yen == "CNY");
  CHECK(lang::dump(*rules).find("  dollar AUD\n  yen CNY\n") != std::string::npos);
}

TEST_CASE("a fact's shilling option is read and dumped", "[lang]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("t.facts", R"(entity A
fact levy(a: entity) -> levy: money {
  pattern {a} levied {levy}
  shilling TZS
}
)",
                                      sink);
  REQUIRE(rules);
  CHECK(rules->facts.at(0).currency.shilling == "TZS");
  CHECK(rules->facts.at(0).currency.dollar.empty());
  CHECK(lang::dump(*rules).find("  shilling TZS\n") != std::string::npos);
}

TEST_CASE("a fact whose amounts are per something: written after the value type, read once and dumped", "[lang]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("t.facts", R"(entity Park
fact entrance_fee(park: entity) -> fee: money per vehicle {
  pattern {park} charges {fee}
}
fact guide_fee(park: entity, other: entity) -> fee: money per head symmetric {
  pattern {park} and {other} guides cost {fee}
}
fact seats -> price: money per seat per month {
  pattern seats cost {price}
}
)",
                                      sink);
  REQUIRE(rules);
  CHECK(rules->facts.at(0).per == "vehicle");
  CHECK(rules->facts.at(0).per_unit == "vehicle");
  CHECK(rules->facts.at(1).per == "head");
  CHECK(rules->facts.at(1).per_unit == "person");  // the table's synonym, resolved once
  CHECK(rules->facts.at(1).symmetric);             // `symmetric` still follows
  CHECK(rules->facts.at(2).per == "seat per month");
  CHECK(rules->facts.at(2).per_unit == "user/mo");
  CHECK(lang::dump(*rules).find(") -> fee: money per vehicle\n") != std::string::npos);
}

// A blind writer's `macro name = a | b` was refused ("found '|'"): a macro's line lists
// alternatives as a cue's does, and where `@name` is used they are one group.
TEST_CASE("a macro lists alternatives without parentheses, as one group", "[lang]") {
  const std::string dump = parse("macro wet = rain fell | snow fell\nmacro one = (a | b)\nfact f(a: entity) -> v: year {\n"
                                 "  pattern {a} @wet in {v}\n}\n");
  CHECK(dump.find("macro wet = (rain fell | snow fell)\n") != std::string::npos);
  CHECK(dump.find("macro one = (a | b)\n") != std::string::npos);
}
