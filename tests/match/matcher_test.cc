// Tests for match/matcher: statements from hand-built rule sets over documents.
#include "match/matcher.h"

#include <random>
#include <string>

#include <catch2/catch.hpp>

#include "doc/loader.h"
#include "rule_builders.h"
#include "source/diagnostic.h"

namespace factlint::match {
namespace {

using namespace testing;

doc::Document text_document(const std::string& text, const std::string& date = "") {
  source::DiagnosticSink sink;
  doc::Document d = doc::make_document("doc.txt", text, "txt", sink);
  d.meta.date = date;
  return d;
}

std::vector<Statement> run(const lang::RuleSet& rules, const std::string& text, const std::string& date = "") {
  Matcher matcher(rules);
  return matcher.run(text_document(text, date));
}

lang::RuleSet trade_rules() {
  lang::RuleSet rules = china_russia_entities();
  rules.facts.push_back(fact("trade_partner_rank", {"partner", "of"}, "rank", "ordinal",
                             {seq({cap("partner"), alt({{word("is")}, {word("was")}}), opt({word("only")}),
                                   cap("of"), word("'s"), cap("rank"), opt({alt({{word("largest")}, {word("biggest")}})}),
                                   opt({word("trading")}), word("partner")})}));
  return rules;
}

TEST_CASE("a pattern with literal words, entities and a value yields a statement", "[match]") {
  auto found = run(trade_rules(), "Russia is only China's 10th largest trading partner.", "2023-05-01");
  REQUIRE(found.size() == 1);
  const Statement& s = found[0];
  CHECK(s.fact == "trade_partner_rank");
  CHECK(s.key == "trade_partner_rank(Russia, China)");
  CHECK(s.roles == std::vector<std::pair<std::string, std::string>>{{"partner", "Russia"}, {"of", "China"}});
  CHECK(s.value.lo == 10);
  CHECK(s.value.text == "10th largest");  // the longest reading: "largest" is optional
  CHECK(s.text == "Russia is only China's 10th largest trading partner");
  CHECK(s.sentence == "Russia is only China's 10th largest trading partner.");
  CHECK(s.location == source::Location{1, 24});  // column of "10th"
  CHECK(s.document == "doc.txt");
  CHECK(s.scope.empty());  // the fact has no scope
}

TEST_CASE("optional words and alternatives match with and without them", "[match]") {
  const char* texts[] = {
      "Russia was China's 10th biggest partner.",
      "Russia is only China's 10th largest trading partner.",
      "Moscow is Beijing's 10th largest partner.",
  };
  for (const char* text : texts) {
    CAPTURE(text);
    auto found = run(trade_rules(), text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].key == "trade_partner_rank(Russia, China)");
  }
  CHECK(run(trade_rules(), "Russia has been China's 10th largest partner.").empty());
  CHECK(run(trade_rules(), "Russia is China's largest trading trading partner.").empty());
}

TEST_CASE("multiword aliases, abbreviations and possessives resolve to the canonical entity", "[match]") {
  auto found = run(trade_rules(), "The Russian Federation is People's Republic of China's 6th largest partner.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].key == "trade_partner_rank(Russia, China)");

  lang::RuleSet rules = china_russia_entities();
  rules.facts.push_back(fact("meetings", {"a", "b"}, "count", "count",
                             {parse_simple("{a} and {b} have met ... {count} times")}));
  auto met = run(rules, "Mr. Xi and Vladimir Putin have met more than 40 times.");
  REQUIRE(met.size() == 1);
  CHECK(met[0].key == "meetings(Xi, Putin)");
}

TEST_CASE("a bounded gap skips at most its maximum number of tokens", "[match]") {
  lang::RuleSet rules = china_russia_entities();
  rules.facts.push_back(fact("meetings", {"a", "b"}, "count", "count",
                             {seq({cap("a"), word("and"), cap("b"), gap(1, 2), word("met"), cap("count"),
                                   word("times")})}));
  CHECK(run(rules, "Xi and Putin have met 40 times.").size() == 1);
  CHECK(run(rules, "Xi and Putin have now met 40 times.").size() == 1);
  CHECK(run(rules, "Xi and Putin have by now met 40 times.").empty());
  CHECK(run(rules, "Xi and Putin met 40 times.").empty());  // the gap needs one token
}

TEST_CASE("gaps at either end of a pattern do not pad its matches", "[match]") {
  lang::RuleSet rules = china_russia_entities();
  rules.facts.push_back(fact("meetings", {"a", "b"}, "count", "count",
                             {parse_simple("... {a} and {b} met {count} times ...")}));
  auto found = run(rules, "Over the years Xi and Putin met 40 times in all.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "Xi and Putin met 40 times");
}

TEST_CASE("roles resolved from context come from the entities named before the match", "[match]") {
  lang::RuleSet rules = china_russia_entities();
  auto border = fact("border_length", {"a", "b"}, "length", "length",
                     {parse_simple("{a} and {b} share a {length} border"),
                      seq({alt({{word("the")}, {word("both")}, {word("the"), word("two")}}),
                           alt({{word("countries")}, {word("nations")}}),
                           opt({word("'s")}), gap(0, 8), cap("length"), word("border")}),
                      parse_simple("{a} 's {length} frontier")});
  border.symmetric = true;
  border.context_roles = {"a", "b"};
  rules.facts.push_back(border);
  struct Case {
    const char* text;
    const char* key;  // "" when no statement is expected
  };
  const Case cases[] = {
      {"China and Russia go back a long way. The two nations' 4,209 km border is quiet.", "border_length(China, Russia)"},
      {"Beijing met Moscow. It rained. It rained again. Both nations' 4,209 km border is quiet.",
       "border_length(China, Russia)"},
      {"Beijing met Moscow. It rained. It rained again. Still. Both nations' 4,209 km border is quiet.", ""},
      {"Russia. Xi and Putin say the countries' 4,209 km border is quiet.", "border_length(Putin, Xi)"},
      {"China is big. The countries' 4,209 km border is quiet.", ""},
      {"Xi and Putin met in Moscow, and China's 4,209 km frontier is quiet.", "border_length(China, Xi)"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto found = run(rules, c.text);
    if (std::string(c.key).empty()) {
      CHECK(found.empty());
    } else {
      REQUIRE(found.size() == 1);
      CHECK(found[0].key == c.key);
      CHECK(found[0].value.text == "4,209 km");
    }
  }
  auto ordered = run(rules, "Russia and China go back a long way. The two nations' 4,209 km border is quiet.");
  REQUIRE(ordered.size() == 1);
  CHECK(ordered[0].roles == std::vector<std::pair<std::string, std::string>>{{"a", "Russia"}, {"b", "China"}});
}

TEST_CASE("hyphenated words match patterns written with or without the hyphen", "[match]") {
  lang::RuleSet rules = china_russia_entities();
  rules.facts.push_back(fact("split", {}, "when", "year", {parse_simple("sino soviet split in {when}")}));
  rules.facts.push_back(fact("split2", {}, "when", "year", {seq({word("Sino-Soviet"), word("rift"), cap("when")})}));
  auto found = run(rules, "The Sino-Soviet split in 1960 and the sino soviet rift 1961.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].key == "split");
  CHECK(found[0].value.text == "1960");
  CHECK(found[1].key == "split2");
  CHECK(found[1].value.text == "1961");
}

TEST_CASE("a symmetric fact gives one key for either order of its entities", "[match]") {
  lang::RuleSet rules = china_russia_entities();
  auto border = fact("border_length", {"a", "b"}, "length", "length",
                     {parse_simple("{length} border between {a} and {b}")});
  border.symmetric = true;
  rules.facts.push_back(border);
  auto found = run(rules,
                   "They share a 2,600-mile border between Russia and China. "
                   "It is a 4,300-kilometer border between China and Russia.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].key == "border_length(China, Russia)");
  CHECK(found[1].key == "border_length(China, Russia)");
  CHECK(found[0].roles.front() == std::pair<std::string, std::string>{"a", "Russia"});
  CHECK(found[0].value.text == "2,600-mile");
  CHECK(found[1].value.text == "4,300-kilometer");
}

TEST_CASE("a statement whose key roles bind the same entity twice is dropped", "[match]") {
  CHECK(run(trade_rules(), "China is Beijing's 2nd largest partner.").empty());
  CHECK(run(trade_rules(), "Russia is China's 2nd largest partner.").size() == 1);
}

TEST_CASE("value captures can use any end of a value reading", "[match]") {
  lang::RuleSet rules = china_russia_entities();
  rules.facts.push_back(fact("rank_a", {"of"}, "rank", "ordinal", {parse_simple("{of} 's {rank} trade partner")}));
  rules.facts.push_back(
      fact("rank_b", {"of"}, "rank", "ordinal", {parse_simple("{of} 's {rank} largest buyer")}));
  auto found = run(rules, "It is China's 10th-largest trade partner and Russia's 3rd-largest buyer.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].fact == "rank_a");
  CHECK(found[0].value.lo == 10);
  CHECK(found[0].value.text == "10th-largest");
  CHECK(found[1].fact == "rank_b");
  CHECK(found[1].value.lo == 3);
  CHECK(found[1].value.text == "3rd");
}

TEST_CASE("overlapping matches are resolved by priority, then length, then rule order", "[match]") {
  const std::string text = "Russia is China's 10th largest trading partner.";
  auto rules_with = [](int first_priority, bool second_longer) {
    lang::RuleSet rules = china_russia_entities();
    auto a = fact("first", {"of"}, "rank", "ordinal", {parse_simple("{of} 's {rank} largest")});
    a.priority = first_priority;
    auto b = fact("second", {"of"}, "rank", "ordinal",
                  {parse_simple(second_longer ? "{of} 's {rank} largest trading" : "{of} 's {rank} largest")});
    rules.facts.push_back(a);
    rules.facts.push_back(b);
    return rules;
  };
  SECTION("same priority and length: the earlier fact wins") {
    auto found = run(rules_with(0, false), text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].fact == "first");
  }
  SECTION("the longer match wins") {
    auto found = run(rules_with(0, true), text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].fact == "second");
    CHECK(found[0].text == "China's 10th largest trading");
  }
  SECTION("higher priority beats a longer match") {
    auto found = run(rules_with(1, true), text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].fact == "first");
  }
  SECTION("among equal candidates of one pattern, the earlier offset wins") {
    lang::RuleSet rules;
    rules.facts.push_back(fact("n", {}, "count", "count", {seq({gap(1, 1), cap("count")})}));
    auto found = run(rules, "saw 5 7 cats");
    REQUIRE(found.size() == 1);  // "saw 5" and "5 7" overlap; "7 cats" has no count at its end
    CHECK(found[0].text == "saw 5");
  }
  SECTION("two patterns of one fact reading one value give one statement") {
    lang::RuleSet rules = china_russia_entities();
    rules.facts.push_back(fact("rank", {"of"}, "rank", "ordinal",
                               {parse_simple("{of} 's {rank} largest"), parse_simple("{of} 's {rank}")}));
    auto found = run(rules, text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].pattern == 0);
  }
  SECTION("an earlier pattern wins over a later one of the same length") {
    lang::RuleSet rules = china_russia_entities();
    rules.facts.push_back(fact("rank", {"of"}, "rank", "ordinal",
                               {parse_simple("{of} 's {rank} biggest"), parse_simple("{of} 's {rank} largest"),
                                parse_simple("{of} 's {rank} largest")}));
    auto found = run(rules, text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].pattern == 1);
  }
}

TEST_CASE("a pattern match that loses its value falls back on its next shorter match", "[match]") {
  lang::RuleSet rules = china_russia_entities();
  auto exports = fact("exports", {"c"}, "amount", "money", {parse_simple("{c} exported ... {amount}")});
  auto imports = fact("imports", {}, "amount", "money", {parse_simple("imports of {amount}")});
  imports.priority = 1;
  rules.facts.push_back(exports);
  rules.facts.push_back(imports);
  // The longest "exported ... {amount}" reaches $3 billion, which "imports" takes first;
  // the next candidate from the same start ends at the exports' own figure.
  auto found = run(rules, "China exported goods worth $5 billion and imports of $3 billion.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].fact == "exports");
  CHECK(found[0].value.text == "$5 billion");
  CHECK(found[0].text == "China exported goods worth $5 billion");
  CHECK(found[1].fact == "imports");
  CHECK(found[1].value.text == "$3 billion");
}

TEST_CASE("two facts may share context words but never one value", "[match]") {
  lang::RuleSet rules;
  rules.facts.push_back(fact("signed", {}, "when", "year",
                             {parse_simple("in {when} , ... signed the treaty of good neighborliness")}));
  rules.facts.push_back(fact("renewed", {}, "when", "year",
                             {parse_simple("treaty of good neighborliness ... renewed in {when}")}));
  rules.facts.push_back(fact("any_year", {}, "when", "year", {parse_simple("in {when}")}));
  auto found = run(rules,
                   "In 2001, they signed the Treaty of Good-Neighborliness and Friendly Cooperation, "
                   "which was renewed in 2021.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].fact == "signed");
  CHECK(found[0].value.text == "2001");
  CHECK(found[1].fact == "renewed");
  CHECK(found[1].value.text == "2021");
}

TEST_CASE("statements are sorted by position and do not overlap", "[match]") {
  auto found = run(trade_rules(),
                   "China is Russia's largest trading partner. Russia is only China's 10th largest trading partner.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].key == "trade_partner_rank(China, Russia)");
  CHECK(found[0].value.lo == 1);
  CHECK(found[1].key == "trade_partner_rank(Russia, China)");
  CHECK(found[0].end <= found[1].begin);
}

TEST_CASE("a per-year scope comes from 'as of', then 'in', then the document's date", "[match]") {
  lang::RuleSet rules = trade_rules();
  rules.facts[0].scope = "year";
  struct Case {
    const char* text;
    const char* date;
    const char* scope;
    const char* source;
  };
  const Case cases[] = {
      {"In 2021, as of 2023 Russia was China's 6th largest trading partner.", "2024-02-01", "2023", "value's sentence"},
      {"Russia was China's 6th largest trading partner in 2022, up from 2019.", "2024-02-01", "2022", "value's sentence"},
      {"Russia was China's 6th largest trading partner.", "2024-02-01", "2024", "publication date"},
      {"Russia was China's 6th largest trading partner.", "2024", "2024", "publication date"},
      {"Russia was China's 6th largest trading partner.", "", "", "none"},
      {"Russia was China's 6th largest trading partner.", "undated", "", "none"},
      {"As of March 2023, Russia was China's 6th largest trading partner.", "2024-02-01", "2023", "value's sentence"},
      {"In 2021 they met; Russia was China's 6th largest trading partner.", "2024-02-01", "2021", "value's sentence"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text, c.date);
    auto found = run(rules, c.text, c.date);
    REQUIRE(found.size() == 1);
    CHECK(found[0].scope == c.scope);
    CHECK(found[0].scope_source == c.source);
  }
}

TEST_CASE("a fact's dollar and yen options win over the document's settings", "[match]") {
  lang::RuleSet rules = china_russia_entities();
  rules.facts.push_back(fact("loan", {"of"}, "money", "money", {seq({cap("of"), word("lent"), cap("money")})}));
  rules.facts.push_back(fact("aid", {"of"}, "money", "money", {seq({cap("of"), word("gave"), cap("money")})}));
  rules.facts[1].currency.dollar = "CAD";
  rules.facts[1].currency.yen = "JPY";
  Matcher matcher(rules);
  value::ValueSettings settings;
  settings.dollar = "AUD";
  settings.yen = "CNY";
  auto found = matcher.run_text("Russia lent $10 million. Russia gave $10 million. Russia lent ¥5 billion. "
                                "Russia gave ¥5 billion.",
                                std::nullopt, settings);
  REQUIRE(found.size() == 4);
  CHECK(found[0].value.unit == "AUD");
  CHECK(found[0].value.display == "AUD 10 million");
  CHECK(found[1].value.unit == "CAD");
  CHECK(found[2].value.unit == "CNY");
  CHECK(found[3].value.unit == "JPY");
  auto plain = matcher.run_text("Russia lent $10 million. Russia lent US$10 million.");
  REQUIRE(plain.size() == 2);
  CHECK(plain[0].value.unit == "USD");
  CHECK(plain[1].value.unit == "USD");
}

TEST_CASE("a fact's shilling option wins over the document's shilling setting", "[match]") {
  lang::RuleSet rules = china_russia_entities();
  rules.facts.push_back(fact("loan", {"of"}, "money", "money", {seq({cap("of"), word("lent"), cap("money")})}));
  rules.facts.push_back(fact("aid", {"of"}, "money", "money", {seq({cap("of"), word("gave"), cap("money")})}));
  rules.facts[1].currency.shilling = "TZS";
  Matcher matcher(rules);
  value::ValueSettings settings;
  settings.shilling = "UGX";
  auto found = matcher.run_text("Russia lent Sh40 billion. Russia gave Shs 40 billion. Russia lent KSh 40 billion.",
                                std::nullopt, settings);
  REQUIRE(found.size() == 3);
  CHECK(found[0].value.unit == "UGX");
  CHECK(found[0].value.display == "UGX 40 billion");
  CHECK(found[1].value.unit == "TZS");
  CHECK(found[2].value.unit == "KES");  // named, whatever the setting
  auto plain = matcher.run_text("Russia lent 40 billion shillings.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].value.unit == "KES");
}

TEST_CASE("a fact's ton option wins over the document's ton setting", "[match]") {
  lang::RuleSet rules = china_russia_entities();
  rules.facts.push_back(fact("coal", {"of"}, "mass", "mass", {seq({cap("of"), word("mined"), cap("mass")})}));
  rules.facts.push_back(fact("ore", {"of"}, "mass", "mass", {seq({cap("of"), word("dug"), cap("mass")})}));
  rules.facts[1].ton = "long";
  Matcher matcher(rules);
  value::ValueSettings short_tons;
  short_tons.ton = value::Ton::Short;
  auto found = matcher.run_text("Russia mined 10 tons. Russia dug 10 tons.", std::nullopt, short_tons);
  REQUIRE(found.size() == 2);
  CHECK(found[0].value.original_unit == "short ton");
  CHECK(found[0].value.lo == Approx(9071.8474));
  CHECK(found[1].value.original_unit == "long ton");
  CHECK(found[1].value.lo == Approx(10160.469088));
  auto metric = matcher.run_text("Russia mined 10 tons.");
  REQUIRE(metric.size() == 1);
  CHECK(metric[0].value.lo == Approx(10000));
}

TEST_CASE("a sentence whose value was read only in part is a dropped near miss at the phrase", "[match]") {
  lang::RuleSet rules = china_russia_entities();
  rules.facts.push_back(fact("partners", {"of"}, "n", "count",
                             {seq({cap("of"), word("has"), cap("n"), word("partners")})}));
  Matcher matcher(rules);
  auto misses = matcher.near_misses_text("Later Russia has fifty-third partners.");
  REQUIRE(misses.size() == 1);
  CHECK(misses[0].dropped);
  CHECK(misses[0].reason == "dropped: 'fifty-third' \u2014 '-third' is not read");
  CHECK(misses[0].location.column == 18);
  CHECK(matcher.near_misses_text("Later Russia has 53 partners.").empty());
}

TEST_CASE("locations are in code points of the original line", "[match]") {
  const std::string text =
      "Überblick — ein Bericht.\n"
      "Für „Leser“: Russia is China’s 10th largest trading partner.\n";
  auto found = run(trade_rules(), text);
  REQUIRE(found.size() == 1);
  // "Für „Leser“: Russia is China’s " is 31 code points (and more bytes).
  CAPTURE(found[0].location.line, found[0].location.column);
  CHECK(found[0].location == source::Location{2, 32});
  CHECK(found[0].value.text == "10th largest");
  CHECK(found[0].text == "Russia is China’s 10th largest trading partner");
  CHECK(text.substr(found[0].value_begin, found[0].value_end - found[0].value_begin) == "10th largest");
  CHECK(text.substr(found[0].begin, found[0].end - found[0].begin) == found[0].text);
}

TEST_CASE("a pattern stays in one sentence unless the fact has a window", "[match]") {
  lang::RuleSet rules = china_russia_entities();
  rules.facts.push_back(fact("meetings", {"a", "b"}, "count", "count",
                             {parse_simple("{a} and {b} ... met {count} times")}));
  const std::string text = "Xi and Putin are friends. They have met 40 times.";
  CHECK(run(rules, text).empty());
  rules.facts[0].window = 1;
  auto found = run(rules, text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].sentence == text);
}

TEST_CASE("macros are inlined where they are referenced", "[match]") {
  lang::RuleSet rules = china_russia_entities();
  lang::MacroDecl m;
  m.name = "partner_noun";
  m.body = seq({opt({word("trading")}), alt({{word("partner")}, {word("ally")}})});
  rules.macros.push_back(m);
  rules.facts.push_back(fact("rank", {"of"}, "rank", "ordinal",
                             {seq({cap("of"), word("'s"), cap("rank"), word("largest"), macro("partner_noun")})}));
  CHECK(run(rules, "It is China's 10th largest trading ally.").size() == 1);
  CHECK(run(rules, "It is China's 10th largest partner.").size() == 1);
  CHECK(run(rules, "It is China's 10th largest friend.").empty());
}

TEST_CASE("a pattern naming an unknown role or macro never matches", "[match]") {
  lang::RuleSet rules = china_russia_entities();
  rules.facts.push_back(fact("rank", {"of"}, "rank", "ordinal", {parse_simple("{of} 's {rnk} largest")}));
  rules.facts.push_back(fact("rank2", {"of"}, "rank", "ordinal", {seq({cap("of"), macro("nope"), cap("rank")})}));
  CHECK(run(rules, "It is China's 10th largest partner.").empty());
}

TEST_CASE("a key role of a value type is keyed by the value's display", "[match]") {
  lang::RuleSet rules;
  lang::FactDecl f = fact("population", {}, "people", "count", {parse_simple("in {year} it had {people} people")});
  f.roles.push_back(role("year", "year"));
  rules.facts.push_back(f);
  auto found = run(rules, "In 2020 it had 1,400 people.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].key == "population(2020)");
  CHECK(found[0].value.lo == 1400);
}

TEST_CASE("a match that leaves a key role unbound gives no statement", "[match]") {
  lang::RuleSet rules = china_russia_entities();
  rules.facts.push_back(fact("rank", {"partner", "of"}, "rank", "ordinal",
                             {seq({alt({{cap("partner"), word("is")}, {word("it"), word("is")}}), cap("of"),
                                   word("'s"), cap("rank"), word("partner")})}));
  CHECK(run(rules, "It is China's 10th partner.").empty());
  CHECK(run(rules, "Russia is China's 10th partner.").size() == 1);
}

TEST_CASE("matching is deterministic and survives awkward documents", "[match]") {
  const lang::RuleSet rules = trade_rules();
  Matcher matcher(rules);
  const std::string text =
      "Russia is China's 10th largest trading partner. \xff\xfe Russia was China's 6th biggest partner.\n\n"
      "Russia is China's";
  auto first = matcher.run_text(text);
  auto second = matcher.run_text(text);
  REQUIRE(first.size() == 2);
  REQUIRE(second.size() == 2);
  for (std::size_t i = 0; i < first.size(); ++i) {
    CHECK(first[i].key == second[i].key);
    CHECK(first[i].begin == second[i].begin);
    CHECK(first[i].value == second[i].value);
  }
  CHECK(first[1].value.lo == 6);
}

TEST_CASE("random documents give well-formed statements and never crash", "[match]") {
  lang::RuleSet rules = trade_rules();
  rules.facts[0].scope = "year";
  rules.facts[0].window = 1;
  rules.facts.push_back(fact("meetings", {"a", "b"}, "count", "count",
                             {parse_simple("{a} and {b} ... met {count} times"), parse_simple("{count} ... {a}")}));
  Matcher matcher(rules);
  static const char* kPieces[] = {"Russia", "China's", "is", "was", "only", "10th", "-largest", "largest", " ",
                                  "trading", "partner", ".", ",", "\"", "’", "Xi", "and", "Putin", "met", "40",
                                  "times", "as of 2023", "in 2021", "\n\n", "ü", "\xff", "Mr.", "U.S.", "—", "'s",
                                  "Russia is China's 6th largest trading partner", "Xi and Putin have met 40 times"};
  std::mt19937 rng(42);
  int statements = 0;
  for (int round = 0; round < 500; ++round) {
    std::string text;
    int pieces = std::uniform_int_distribution<int>(0, 60)(rng);
    for (int i = 0; i < pieces; ++i) {
      text += kPieces[std::uniform_int_distribution<int>(0, 31)(rng)];
      if (rng() % 2) text += ' ';
    }
    CAPTURE(text);
    auto found = matcher.run_text(text, value::CivilDate{2024, 1, 1});
    for (std::size_t i = 0; i < found.size(); ++i) {
      const Statement& st = found[i];
      CHECK(st.begin < st.end);
      CHECK(st.begin <= st.value_begin);
      CHECK(st.value_end <= st.end);
      CHECK(st.location.line >= 1);
      CHECK(!st.text.empty());
      if (i > 0) CHECK(found[i - 1].begin <= st.begin);
      if (st.fact == "trade_partner_rank") CHECK(!st.scope.empty());
      ++statements;
    }
  }
  CHECK(statements > 20);
}

TEST_CASE("run_text matches text in memory against a publication date", "[match]") {
  lang::RuleSet rules = trade_rules();
  rules.facts[0].scope = "year";
  Matcher matcher(rules);
  auto found = matcher.run_text("Russia is China's 10th largest trading partner.", value::CivilDate{2023, 5, 1});
  REQUIRE(found.size() == 1);
  CHECK(found[0].scope == "2023");
  CHECK(found[0].value.lo == 10);
}

TEST_CASE("a document without sentences or tokens gives no statements", "[match]") {
  const lang::RuleSet rules = trade_rules();
  Matcher matcher(rules);
  CHECK(matcher.run_text("").empty());
  CHECK(matcher.run_text("   \n ").empty());
  CHECK(matcher.run_text("Russia").empty());
}

}  // namespace
}  // namespace factlint::match
