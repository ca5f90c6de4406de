// `currency JPY`, `currency KES USD`: the only currencies of a money fact's amounts.
// An amount in another currency is no value of the fact: passed over as a figure
// outside `values` is, so the next value of the sentence is read; a bare sign counts
// as the currency it is read as; explain says why; the checks report codes that are
// no currency's and options that cannot apply (docs/rules.md "Money"). Sentences
// written for these tests.
#include <string>

#include <catch2/catch.hpp>

#include "doc/loader.h"
#include "lang/parse.h"
#include "source/diagnostic.h"
#include "match/matcher.h"
#include "support/rule_reader.h"

namespace factlint::match {
namespace {

const char* kProfit = R"(entity Kestrel = "Kestrel Motors", "Kestrel"
fact operating_profit(company: entity) -> profit: money {
  cue operating profit
  currency JPY
}
)";

// The rules of `text` without their `currency` line: what the old reading gave.
std::string without_currency(std::string text) {
  const std::size_t at = text.find("  currency ");
  text.erase(at, text.find('\n', at) + 1 - at);
  return text;
}

std::vector<std::string> values_of(const std::string& rules, const std::string& text) {
  std::vector<std::string> out;
  for (const Statement& st : testing::undated_statements(testing::parsed_rules(rules), text)) {
    out.push_back(st.value.text);
  }
  return out;
}

using Values = std::vector<std::string>;

TEST_CASE("a figure in another currency is passed over for the fact's currency, whichever comes first",
          "[match][currency]") {
  const std::string yen_first = "Kestrel Motors posted an operating profit of ¥2.1 trillion ($14 billion) for the year.";
  const std::string dollar_first = "Kestrel Motors posted an operating profit of $14 billion (¥2.1 trillion) for the year.";
  CHECK(values_of(kProfit, yen_first) == Values{"¥2.1 trillion"});
  CHECK(values_of(kProfit, dollar_first) == Values{"¥2.1 trillion"});
  // Without the option the nearest amount is read, the dollars among them.
  CHECK(values_of(without_currency(kProfit), dollar_first) == Values{"$14 billion"});
  // A sentence with only another currency states nothing.
  CHECK(values_of(kProfit, "Kestrel's operating profit came to $14 billion last year.").empty());
  CHECK(values_of(kProfit, "Kestrel's operating profit came to 2.1 trillion yen last year.") ==
        Values{"2.1 trillion yen"});
}

// A blind writer's `currency USD` pledge read "3 billion kroner ($290 million)" as $290
// million: the conversion of an amount the fact passes over is passed over with it. A
// dollar amount the conversion follows is still read, and so is a yen amount after
// dollars (it may be the original).
TEST_CASE("a dollar conversion in brackets is passed over with the amount it converts", "[match][currency]") {
  const std::string rules = R"(entity Tarn_Trust = "Tarn Trust"
fact grant(trust: entity) -> amount: money {
  cue granted
  currency USD
}
)";
  CHECK(values_of(rules, "The Tarn Trust was granted 2 billion kronor ($190 million) last spring.").empty());
  CHECK(values_of(rules, "The Tarn Trust was granted 2 billion kronor (about $190 million) last spring.").empty());
  CHECK(values_of(rules, "The Tarn Trust was granted 2 billion kronor (US$190 million) last spring.").empty());
  CHECK(values_of(rules, "The Tarn Trust was granted $190 million (2 billion kronor) last spring.") ==
        Values{"$190 million"});
  // Not in brackets right after the amount: another figure, read as before.
  CHECK(values_of(rules, "The Tarn Trust was granted 2 billion kronor, and $5 million went to a school.") ==
        Values{"$5 million"});
  // A pattern whose gap reaches the bracket passes it over too.
  const std::string pattern = R"(entity Tarn_Trust = "Tarn Trust"
fact grant(trust: entity) -> amount: money {
  pattern {trust} ... granted ... {amount}
  currency USD
}
)";
  CHECK(values_of(pattern, "The Tarn Trust was granted 2 billion kronor ($190 million) last spring.").empty());
  CHECK(values_of(pattern, "The Tarn Trust was granted $190 million (2 billion kronor) last spring.") ==
        Values{"$190 million"});
  // Without `currency` the amount before the bracket is read, as before.
  CHECK(values_of(without_currency(rules), "The Tarn Trust was granted 2 billion kronor ($190 million) last spring.") ==
        Values{"2 billion kronor"});
}

// "Lakeland announced a further €40 million ($43 million)" under `unless "$"` and
// `currency EUR` gave nothing: the "$" of the conversion vetoed the euros, once the
// conversion was passed over. It is the conversion's own word.
TEST_CASE("a veto word of a conversion the currency passes over does not veto the amount", "[match][currency]") {
  const std::string rules = R"(entity Lakeland = "Lakeland"
fact pledge(donor: entity) -> amount: money {
  cue announced
  unless dollars | "$" | USD
  currency EUR
}
)";
  CHECK(values_of(rules, "Lakeland announced a further €40 million ($43 million) for the fund.") ==
        Values{"€40 million"});
  CHECK(values_of(rules, "Lakeland announced a further $43 million (€40 million) for the fund.").empty());
}

TEST_CASE("a pattern passes over a figure in another currency", "[match][currency]") {
  const std::string rules = R"(entity Kestrel = "Kestrel Motors", "Kestrel"
fact net_income(company: entity) -> income: money {
  pattern {company} earned {income}
  currency JPY
}
)";
  CHECK(values_of(rules, "Kestrel earned ¥1.4 trillion ($9 billion) in the year.") == Values{"¥1.4 trillion"});
  CHECK(values_of(rules, "Kestrel earned $9 billion in the year.").empty());
  CHECK(values_of(without_currency(rules), "Kestrel earned $9 billion in the year.") == Values{"$9 billion"});
  const std::string gap = R"(entity Kestrel = "Kestrel Motors", "Kestrel"
fact net_income(company: entity) -> income: money {
  pattern {company} earned ... {income}
  currency JPY
}
)";
  CHECK(values_of(gap, "Kestrel earned $9 billion, or ¥1.4 trillion, in the year.") == Values{"¥1.4 trillion"});
}

TEST_CASE("a bare sign counts as the currency the fact or the document reads it as", "[match][currency]") {
  const std::string aud = R"(entity Ridge = "Ridge Bridge"
fact bridge_cost(bridge: entity) -> cost: money {
  cue cost
  currency AUD
  dollar AUD
}
)";
  CHECK(values_of(aud, "The Ridge Bridge cost $350 million.") == Values{"$350 million"});
  CHECK(values_of(aud, "The Ridge Bridge cost US$240 million.").empty());
  // A bare "$" is the US dollar unless the fact or the project says otherwise.
  const std::string usd_dollar = R"(entity Ridge = "Ridge Bridge"
fact bridge_cost(bridge: entity) -> cost: money {
  cue cost
  currency AUD
}
)";
  CHECK(values_of(usd_dollar, "The Ridge Bridge cost $350 million.").empty());
  CHECK(values_of(usd_dollar, "The Ridge Bridge cost A$350 million.") == Values{"A$350 million"});
  const std::string yuan = R"(entity Lanhe = "Lanhe Dam"
fact dam_cost(dam: entity) -> cost: money {
  cue cost
  currency CNY
  yen CNY
}
)";
  CHECK(values_of(yuan, "The Lanhe Dam cost ¥18 billion.") == Values{"¥18 billion"});
  CHECK(values_of(yuan, "The Lanhe Dam cost 300 billion yen.").empty());
  const std::string ugx = R"(entity Kampala = "Kampala"
fact road_budget(city: entity) -> budget: money {
  cue road budget
  currency UGX
  shilling UGX
}
)";
  CHECK(values_of(ugx, "Kampala's road budget is Shs 90 billion.") == Values{"Shs 90 billion"});
  CHECK(values_of(ugx, "Kampala's road budget is KSh 90 million.").empty());
}

TEST_CASE("an amount per something is in the currency it is counted in", "[match][currency]") {
  const std::string rules = R"(entity Harbourton = "Harbourton"
fact tourism_income(city: entity) -> income: money per year {
  cue tourism
  currency EUR
}
)";
  CHECK(values_of(rules, "Harbourton's tourism brings in $33 million (€30 million) a year.") ==
        Values{"€30 million"});
  CHECK(values_of(rules, "Harbourton's tourism brings in €30 million a year.") == Values{"€30 million a year"});
  CHECK(values_of(rules, "Harbourton's tourism brings in $33 million a year.").empty());
}

TEST_CASE("a list of currencies keeps each of them", "[match][currency]") {
  const std::string rules = R"(entity Lakeland = "Lakeland"
fact tea_earnings(country: entity) -> earnings: money {
  cue tea exports
  currency KES USD
}
)";
  CHECK(values_of(rules, "Lakeland earned Sh120 billion from tea exports.") == Values{"Sh120 billion"});
  CHECK(values_of(rules, "Lakeland earned $900 million from tea exports.") == Values{"$900 million"});
  CHECK(values_of(rules, "Lakeland earned €800 million from tea exports.").empty());
}

TEST_CASE("a table cell in another currency gives no statement", "[match][currency]") {
  const lang::RuleSet rules = testing::parsed_rules(R"(entity Kestrel = "Kestrel Motors", "Kestrel"
fact operating_profit(company: entity) -> profit: money {
  cue operating profit
  currency JPY
  scope per year
}
)");
  source::DiagnosticSink sink;
  const doc::Document document = doc::make_document(
      "kestrel.md", "# Kestrel Motors results\n\n| Year | Operating profit |\n|---|---|\n| 2023 | $14 billion |\n"
                    "| 2022 | ¥1.9 trillion |\n",
      "md", sink);
  std::vector<std::string> found;
  for (const Statement& st : Matcher(rules).run(document)) found.push_back(st.value.text);
  CHECK(found == Values{"¥1.9 trillion"});
}

TEST_CASE("explain says which figure was passed over for its currency", "[match][currency]") {
  const lang::RuleSet rules = testing::parsed_rules(kProfit);
  const Matcher matcher(rules);
  auto alone = matcher.near_misses_text("Kestrel's operating profit came to $14 billion last year.");
  REQUIRE(alone.size() == 1);
  CHECK(alone[0].reason ==
        "passed over '$14 billion': in USD, and the amounts of operating_profit are in JPY only (its 'currency')");
  CHECK(alone[0].on_purpose);
  auto beside = matcher.near_misses_text("Kestrel Motors posted an operating profit of $14 billion (¥2.1 trillion).");
  REQUIRE(beside.size() == 1);
  CHECK(beside[0].reason ==
        "passed over '$14 billion': in USD, and the amounts of operating_profit are in JPY only (its 'currency'); "
        "the statement read '¥2.1 trillion'");
}

TEST_CASE("the checks report an unknown code, a fact that is no money, and values in another currency",
          "[lang][currency]") {
  const std::string head = "entity Kestrel = \"Kestrel\"\nfact profit(company: entity) -> profit: money {\n  cue profit\n";
  CHECK(testing::rule_errors(head + "  currency JPY\n}\n") == 0);
  CHECK(testing::rule_errors(head + "  currency KES USD\n}\n") == 0);
  CHECK(testing::rule_errors(head + "  currency KES, USD\n}\n") == 0);
  CHECK(testing::rule_errors(head + "  currency KES | USD\n}\n") == 0);
  std::string message;
  CHECK(testing::rule_errors(head + "  currency JYP\n}\n", &message) == 1);
  CHECK(message.find("unknown currency 'JYP'; did you mean 'JPY'?") != std::string::npos);
  message.clear();
  CHECK(testing::rule_errors(head + "  currency jpy\n}\n", &message) == 1);
  CHECK(message.find("unknown currency 'jpy'; did you mean 'JPY'?") != std::string::npos);
  message.clear();
  CHECK(testing::rule_errors(head + "  currency XQZW\n}\n", &message) == 1);
  CHECK(message.find("unknown currency 'XQZW'") == 0);
  message.clear();
  CHECK(testing::rule_errors(head + "  currency JPY JPY\n}\n", &message) == 1);
  CHECK(message.find("currency 'JPY' is named twice in 'currency'") != std::string::npos);
  CHECK(testing::rule_errors(head + "  currency\n}\n") == 1);
  CHECK(testing::rule_errors(head + "  currency JPY\n  currency USD\n}\n") == 1);
  message.clear();
  CHECK(testing::rule_errors("entity A = \"A\"\nfact f(a: entity) -> n: count {\n  cue workers\n  currency USD\n}\n",
                             &message) == 1);
  CHECK(message.find("'currency' keeps amounts of money in the currencies it names, but 'n' is 'count'") !=
        std::string::npos);
  message.clear();
  CHECK(testing::rule_errors(head + "  currency JPY\n  example \"Kestrel's profit was $9 billion\" => company=Kestrel "
                                    "profit=\"$9 billion\"\n}\n",
                             &message) == 1);
  CHECK(message.find("example value '$9 billion' is in USD, and the fact's amounts are in JPY, so the fact passes "
                     "it over") != std::string::npos);
  message.clear();
  CHECK(testing::rule_errors(head + "  currency JPY\n  values above $1 billion\n}\n", &message) == 1);
  CHECK(message.find("the values are in USD, and the fact's amounts are in JPY, so they bound nothing") !=
        std::string::npos);
  message.clear();
  CHECK(testing::rule_errors(head + "  currency JPY\n  known company=Kestrel profit=\"$9 billion\"\n}\n", &message) == 1);
  CHECK(message.find("known value '$9 billion' is in USD, and the fact's amounts are in JPY") != std::string::npos);
  // A bare sign in the fact's own values is read with its options.
  CHECK(testing::rule_errors(head + "  currency AUD\n  dollar AUD\n  values above $1\n  example \"Kestrel's profit "
                                    "was $9 billion\" => company=Kestrel profit=\"$9 billion\"\n}\n") == 0);
}

}  // namespace
}  // namespace factlint::match
