// Cue-based facts (docs/rules.md "Cues"): one cue line per fact catches phrasings
// nobody wrote a pattern for. Each claim category of the generalization issue has
// its own cases, in sentences written for these tests and found in no corpus.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "doc/loader.h"
#include "lang/parse.h"
#include "match/matcher.h"
#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity China: country  = "China", "Beijing"
entity Russia: country = "Russia", "Moscow"
entity India: country  = "India", "New Delhi"
entity Paraguay: country = "Paraguay"
entity Power_of_Siberia: pipeline = "Power of Siberia"
entity Xi: person = "Xi Jinping", "Xi"
entity Putin: person = "Vladimir Putin", "Putin"

fact bilateral_trade(a: country, b: country) -> amount: money symmetric {
  cue trade | commerce | turnover
  unless deficit | surplus
  scope per year
}
fact border_length(a: country, b: country) -> length: length symmetric {
  cue border | frontier
}
fact pipeline_capacity(line: pipeline) -> volume: flow {
  cue capacity | carry
}
fact partner_rank(partner: country, of: country) -> rank: ordinal {
  cue {of} 's ... (trade | trading)? partner
}
fact trade_growth(a: country, b: country) -> change: percent symmetric {
  cue trade
  scope per year
}
fact leader_meetings(a: person, b: person) -> count: count symmetric {
  cue meeting | summit | met
  count ordinals
}
fact population(country: country) -> people: count {
  cue population | inhabitants
}
fact region_count(country: country) -> regions: count {
  cue region | province
}
fact treaty_year(a: country, b: country) -> signed: year symmetric {
  cue treaty
}
fact press_rank(country: country) -> rank: ordinal {
  cue "press freedom"
  scope per year
}
fact buyer_rank(buyer: country) -> rank: ordinal {
  cue buyer
}
fact pact_ratified(a: country, b: country) -> ratified: date symmetric {
  cue ratified
}
fact net_profit(country: country) -> amount: money {
  cue profit | loss | lost
  negative loss | lost | deficit
  scope per year
}
)";

struct Fixture {
  Fixture() {
    source::DiagnosticSink sink;
    rules = lang::parse_rules_text("cues.facts", kRules, sink);
    REQUIRE(rules);
    matcher.emplace(*rules);
  }
  std::vector<match::Statement> run(const std::string& text) const {
    return matcher->run_text(text, value::CivilDate{2024, 3, 1});
  }
  // "fact(key) = value [scope]" for each statement, in order.
  std::vector<std::string> read(const std::string& text) const {
    std::vector<std::string> out;
    for (const match::Statement& s : run(text)) {
      out.push_back(s.key + " = " + s.value.display + (s.scope.empty() ? "" : " [" + s.scope + "]"));
    }
    return out;
  }
  std::optional<lang::RuleSet> rules;
  std::optional<match::Matcher> matcher;
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a cue finds its fact in any word order", "[match][cue]") {
  Fixture f;
  CHECK(f.read("Trade between China and Russia totalled $240 billion in 2023.") ==
        Lines{"bilateral_trade(China, Russia) = USD 240 billion [2023]"});
  CHECK(f.read("In 2023 Russia and China did $240 billion in trade.") ==
        Lines{"bilateral_trade(China, Russia) = USD 240 billion [2023]"});
  // Before its cue, a figure is read only within the noun phrase (six words): here the
  // $76 billion belongs to "imports", not to the trade named at the end.
  CHECK(f.read("China's purchases from Russia rose 49 percent to $76 billion that year, deepening Russia's "
               "reliance on trade with China.")
            .empty());
  CHECK(f.read("Beijing and Moscow saw commerce worth $240 billion in 2023.") ==
        Lines{"bilateral_trade(China, Russia) = USD 240 billion [2023]"});
  CHECK(f.read("A 4,209 km frontier separates Russia from China.") ==
        Lines{"border_length(China, Russia) = 4,209 km"});
}

TEST_CASE("a cue reads through hedges, adverbs, parentheses and appositives", "[match][cue]") {
  Fixture f;
  CHECK(f.read("China's trade with Russia, which has grown steadily since the sanctions (and despite them), "
               "reached just over $240 billion in 2023.") ==
        Lines{"bilateral_trade(China, Russia) = just over USD 240 billion [2023]"});
  CHECK(f.read("Russia and China, old rivals turned partners, share a border of roughly 4,200 km.") ==
        Lines{"border_length(China, Russia) = roughly 4,200 km"});
}

TEST_CASE("another verb or noun for the same relation: word forms and synonyms", "[match][cue]") {
  Fixture f;
  // "trades", "traded", "turnover": forms of the cue words and a synonym.
  CHECK(f.read("Russia traded goods worth $190 billion with China in 2022.") ==
        Lines{"bilateral_trade(China, Russia) = USD 190 billion [2022]"});
  CHECK(f.read("The borders of Russia and China run for 4,209 kilometres.") ==
        Lines{"border_length(China, Russia) = 4,209 km"});
}

TEST_CASE("an entity named in an earlier sentence fills the role", "[match][cue]") {
  Fixture f;
  CHECK(f.read("The Power of Siberia pipeline opened in December 2019. It can carry 38 bcm a year.") ==
        Lines{"pipeline_capacity(Power_of_Siberia) = 38 bcm/y"});
  CHECK(f.read("China and Russia signed a new pact. The two neighbours' commerce hit $240 billion in 2023.") ==
        Lines{"bilateral_trade(China, Russia) = USD 240 billion [2023]"});
  // Nobody named: no statement, never an invented key.
  CHECK(f.read("The line can carry 38 bcm a year.").empty());
}

TEST_CASE("forecasts, targets and the fact's own near misses are vetoed", "[match][cue]") {
  Fixture f;
  CHECK(f.read("China and Russia expect trade to reach $300 billion by 2030.").empty());
  CHECK(f.read("Beijing and Moscow aim to lift trade to $300 billion.").empty());
  CHECK(f.read("China and Russia set a $300 billion trade target.").empty());
  CHECK(f.read("Russia ran a trade deficit of $38 billion with China.").empty());
  // The actual figure is kept, the plan in the same sentence is not.
  CHECK(f.read("Trade between China and Russia hit $240 billion in 2023, and they plan to reach $300 billion by 2030.") ==
        Lines{"bilateral_trade(China, Russia) = USD 240 billion [2023]"});
  // Newsroom idioms of what is to come (a newcomer's report).
  CHECK(f.read("Trade between China and Russia is likely to top $260 billion.").empty());
  CHECK(f.read("Trade between China and Russia is poised to reach $260 billion.").empty());
  CHECK(f.read("China and Russia are slated to sign a $260 billion trade deal.").empty());
  CHECK(f.read("China and Russia anticipate trade of $260 billion.").empty());
  // A date or figure pencilled in is a plan, in either spelling.
  CHECK(f.read("Trade between China and Russia was pencilled in at $260 billion.").empty());
  CHECK(f.read("Trade between China and Russia was penciled in at $260 billion.").empty());
  // Words that share a stem with them are no forecast: "like", "slate".
  CHECK(f.read("Trade between China and Russia, like that with India, hit $240 billion in 2023.") ==
        Lines{"bilateral_trade(China, Russia) = USD 240 billion [2023]"});
  CHECK(f.read("Trade between China and Russia, drawn in pencil on a map, hit $240 billion in 2023.") ==
        Lines{"bilateral_trade(China, Russia) = USD 240 billion [2023]"});
}

TEST_CASE("a modal speaks for its clause however far before the cue it stands", "[match][cue]") {
  Fixture f;
  // Without the rule "would" stood seven words before the cue, out of the veto's reach.
  CHECK(f.read("Officials in China and Russia would not at all be surprised to see trade reach $300 billion.")
            .empty());
  CHECK(f.read("Both China and Russia say they could in the next few years see trade of $300 billion.").empty());
  // A comma closes the modal's clause: the figure after it is stated.
  CHECK(f.read("Whatever China and Russia say they could achieve in the years to come, trade was $240 billion "
               "in 2023.") == Lines{"bilateral_trade(China, Russia) = USD 240 billion [2023]"});
}

TEST_CASE("the value's own clause sets its year and its entities", "[match][cue]") {
  Fixture f;
  CHECK(f.read("China's trade with Russia was $190 billion in 2022, while its trade with India stood at $136 billion in 2023.") ==
        Lines{"bilateral_trade(China, Russia) = USD 190 billion [2022]",
              "bilateral_trade(China, India) = USD 136 billion [2023]"});
  // Relative years are read against the publication date (2024-03-01).
  CHECK(f.read("China and Russia did $245 billion of trade last year.") ==
        Lines{"bilateral_trade(China, Russia) = USD 245 billion [2023]"});
  // "for 2022" names the figure's year as "in 2022" does: it outranks a bare year and,
  // being nearer, "in 1991".
  CHECK(f.read("Trade between China and Russia, free of quotas since 2015, reached for 2022 $190 billion.") ==
        Lines{"bilateral_trade(China, Russia) = USD 190 billion [2022]"});
  CHECK(f.read("Neighbours in 1991 as now, China and Russia saw trade for 2022 of $190 billion.") ==
        Lines{"bilateral_trade(China, Russia) = USD 190 billion [2022]"});
}

TEST_CASE("a value the writer compares with the cue's own is a statement with its own year", "[match][cue]") {
  Fixture f;
  CHECK(f.read("Trade between China and Russia reached $190 billion in 2022, up from $147 billion the year before.") ==
        Lines{"bilateral_trade(China, Russia) = USD 190 billion [2022]",
              "bilateral_trade(China, Russia) = USD 147 billion [2021]"});
  CHECK(f.read("China-Russia trade hit $190 billion in 2022, compared with about $147 billion in 2021.") ==
        Lines{"bilateral_trade(China, Russia) = USD 190 billion [2022]",
              "bilateral_trade(China, Russia) = about USD 147 billion [2021]"});
  // The compared figure is dated by the comparison even when the cue word stands beside
  // it too ("... against 9.8 million TEU the year before": "TEU" would read it again).
  CHECK(f.read("In 2022 China and Russia had a turnover of $190 billion, against $147 billion turnover the year before.") ==
        Lines{"bilateral_trade(China, Russia) = USD 190 billion [2022]",
              "bilateral_trade(China, Russia) = USD 147 billion [2021]"});
  // "a year ago" counts back from the value compared, as "a year earlier" does; "two
  // years earlier" two years; a bare "years ago" says not how many.
  CHECK(f.read("Trade between China and Russia reached $190 billion in 2022, up from $147 billion a year ago.") ==
        Lines{"bilateral_trade(China, Russia) = USD 190 billion [2022]",
              "bilateral_trade(China, Russia) = USD 147 billion [2021]"});
  CHECK(f.read("Trade between China and Russia reached $190 billion in 2022, up from $110 billion two years earlier.") ==
        Lines{"bilateral_trade(China, Russia) = USD 190 billion [2022]",
              "bilateral_trade(China, Russia) = USD 110 billion [2020]"});
  CHECK(f.read("Trade between China and Russia reached $190 billion in 2022, up from $10 billion years ago.") ==
        Lines{"bilateral_trade(China, Russia) = USD 190 billion [2022]"});
  // As far after the first value as a cue reaches, past words of something else.
  CHECK(f.read("Trade between China and Russia reached $190 billion in 2022, by the count of customs "
               "officials in both capitals, and up from $147 billion the year before.") ==
        Lines{"bilateral_trade(China, Russia) = USD 190 billion [2022]",
              "bilateral_trade(China, Russia) = USD 147 billion [2021]"});
  // Without a date of its own, a second figure says no year: only the cue's value.
  CHECK(f.read("Trade between China and Russia reached $190 billion in 2022, against $147 billion.") ==
        Lines{"bilateral_trade(China, Russia) = USD 190 billion [2022]"});
  // A year opened by a comparison with no figure of its own is the compared period's,
  // not the value's: "last year" (2023, from the publication date) is.
  CHECK(f.read("Trade between China and Russia came to $200 billion last year, more than in 2021.") ==
        Lines{"bilateral_trade(China, Russia) = USD 200 billion [2023]"});
  CHECK(f.read("China-Russia trade stood at $200 billion, well above the level compared with 2019.") ==
        Lines{"bilateral_trade(China, Russia) = USD 200 billion [2024]"});
  // Not opened as a comparison: another figure of something else.
  CHECK(f.read("Trade between China and Russia reached $190 billion in 2022 and investment $3 billion in 2021.") ==
        Lines{"bilateral_trade(China, Russia) = USD 190 billion [2022]"});
}

TEST_CASE("each figure of a sentence that gives several years takes the year of its own phrase", "[match][cue]") {
  Fixture f;
  // The year in a parenthesis is the parenthesis' figure's: the figure before it has
  // no year of its own here, so it falls back on the publication date (2024-03-01),
  // and the parenthesis states its own year's figure.
  CHECK(f.read("Paraguay's profit came to $4.2 billion (2022: $3.1 billion).") ==
        Lines{"net_profit(Paraguay) = USD 4.2 billion [2024]", "net_profit(Paraguay) = USD 3.1 billion [2022]"});
  CHECK(f.read("In 2023 Paraguay's profit came to $4.2 billion (2022: $3.1 billion).") ==
        Lines{"net_profit(Paraguay) = USD 4.2 billion [2023]", "net_profit(Paraguay) = USD 3.1 billion [2022]"});
  // A parenthesis that does not open with a year gives no year to its figure.
  CHECK(f.read("Paraguay's profit came to $4.2 billion (auditors: $3.1 billion).") ==
        Lines{"net_profit(Paraguay) = USD 4.2 billion [2024]"});
  // Set against another figure: the year after that figure is that figure's.
  CHECK(f.read("Trade between China and India was $136 billion, against $118 billion in 2022.") ==
        Lines{"bilateral_trade(China, India) = USD 136 billion [2024]", "bilateral_trade(China, India) = USD 118 billion [2022]"});
  CHECK(f.read("Trade between China and India was $136 billion in 2023 against $118 billion in 2022.") ==
        Lines{"bilateral_trade(China, India) = USD 136 billion [2023]", "bilateral_trade(China, India) = USD 118 billion [2022]"});
  // A series of dated figures: each its own year, and both are statements.
  CHECK(f.read("Paraguay's population was 6.1 million in 2010 and 7.4 million in 2024.") ==
        Lines{"population(Paraguay) = 6.1 million", "population(Paraguay) = 7.4 million"});
  CHECK(f.read("Trade between China and India came to $88 billion in 2021 and $118 billion in 2022.") ==
        Lines{"bilateral_trade(China, India) = USD 88 billion [2021]", "bilateral_trade(China, India) = USD 118 billion [2022]"});
  // A year nothing sets apart from the figure is shared: both figures of the clause are of 2023.
  CHECK(f.read("In 2023 Paraguay's profit was $4.2 billion and its trade with China $9 billion.") ==
        Lines{"net_profit(Paraguay) = USD 4.2 billion [2023]", "bilateral_trade(China, Paraguay) = USD 9 billion [2023]"});
}

TEST_CASE("a fiscal year scopes a figure as the calendar year it ends in", "[match][cue]") {
  Fixture f;
  CHECK(f.read("Paraguay's profit for FY2022 was $4.2 billion.") == Lines{"net_profit(Paraguay) = USD 4.2 billion [2022]"});
  CHECK(f.read("In FY 2023 Paraguay made a profit of $4.4 billion.") ==
        Lines{"net_profit(Paraguay) = USD 4.4 billion [2023]"});
  CHECK(f.read("Paraguay made a profit of $3.9 billion in the 2020/21 fiscal year.") ==
        Lines{"net_profit(Paraguay) = USD 3.9 billion [2021]"});
  // "fiscal 2024" names the figure's period as "in 2024" does: it outranks a bare year.
  CHECK(f.read("Paraguay, a republic since 1811, reported fiscal 2024 profit of $4.6 billion.") ==
        Lines{"net_profit(Paraguay) = USD 4.6 billion [2024]"});
  CHECK(f.read("Paraguay's profit reached $4.6 billion in fiscal year 2024, the best since 2011.") ==
        Lines{"net_profit(Paraguay) = USD 4.6 billion [2024]"});
  // A bare split year is one twelve-month year, named by its end like a fiscal year.
  CHECK(f.read("Paraguay made a profit of $3.1 billion in 2018/19.") ==
        Lines{"net_profit(Paraguay) = USD 3.1 billion [2019]"});
  CHECK(f.read("In 2016/2017, Paraguay's profit was $2.7 billion.") ==
        Lines{"net_profit(Paraguay) = USD 2.7 billion [2017]"});
}

TEST_CASE("a year that opens a paragraph is the year of its later sentences", "[match][cue]") {
  Fixture f;
  // Opened by "In 2019," or by a year alone (a timeline's "**2019.**", a heading).
  CHECK(f.read("In 2019, the two neighbours signed more deals. Trade between China and Russia reached $110 billion.") ==
        Lines{"bilateral_trade(China, Russia) = USD 110 billion [2019]"});
  CHECK(f.read("**2019.** Talks went well. Trade between China and Russia reached $110 billion.") ==
        Lines{"bilateral_trade(China, Russia) = USD 110 billion [2019]"});
  CHECK(f.read("## 2019\n\nTrade between China and Russia reached $110 billion.") ==
        Lines{"bilateral_trade(China, Russia) = USD 110 billion [2019]"});
  // A year met later in a sentence is when something happened: the publication year.
  CHECK(f.read("China and Russia signed the treaty in 2001. Trade between China and Russia reached $110 billion.") ==
        Lines{"treaty_year(China, Russia) = 2001", "bilateral_trade(China, Russia) = USD 110 billion [2024]"});
  // A new paragraph starts afresh.
  CHECK(f.read("In 2019, talks went well.\n\nTrade between China and Russia reached $110 billion.") ==
        Lines{"bilateral_trade(China, Russia) = USD 110 billion [2024]"});
}

TEST_CASE("a date without its year takes the year its paragraph set", "[match][cue]") {
  Fixture f;
  // Published in March 2024: without the frame, "in July" would be July 2023.
  CHECK(f.read("In 2016, talks went on. China and Russia ratified the pact in July.") ==
        Lines{"pact_ratified(China, Russia) = 2016-07"});
  CHECK(f.read("In 2019, much changed. China and Russia ratified the pact on 1 October.") ==
        Lines{"pact_ratified(China, Russia) = 2019-10-01"});
  // A year of its own, or a relative date, is left as written.
  CHECK(f.read("In 2016, talks went on. China and Russia ratified the pact in July 2017.") ==
        Lines{"pact_ratified(China, Russia) = 2017-07"});
  CHECK(f.read("China and Russia ratified the pact in July.") == Lines{"pact_ratified(China, Russia) = 2023-07"});
}

TEST_CASE("a date fact's values weigh a date without its year in its paragraph's year", "[match][cue]") {
  // Published in March 2024: "on 2 June" alone is 2023, outside the bound; under the
  // timeline's "**1979.**" it is 2 June 1979, inside. Sentences written for this test.
  testing::RuleReader reader(R"(
entity Ferry_Port: port = "Stenhavn"
fact port_opened(p: port) -> opened: date {
  cue opens | opened
  values 1950 to 1990
}
)");
  CHECK(reader.read("**1979.** Stenhavn opens to freight on 2 June.") == Lines{"port_opened(Ferry_Port) = 1979-06-02"});
  CHECK(reader.read("Stenhavn opens to freight on 2 June.").empty());
}

TEST_CASE("a year fact reads a date without its year as the year its paragraph set", "[match][cue]") {
  Fixture f;
  // A timeline's entry: "in March" under "**2011.**" says when, and the year is 2011.
  CHECK(f.read("**2011.** Envoys met twice. In March China and Russia sign the treaty in Kazan.") ==
        Lines{"treaty_year(China, Russia) = 2011"});
  CHECK(f.read("In 1998, winters were hard. China and Russia signed the treaty on 4 February.") ==
        Lines{"treaty_year(China, Russia) = 1998"});
  // A year of its own is the value's; a relative date or no paragraph year reads nothing.
  CHECK(f.read("**2011.** Envoys met twice. China and Russia signed the treaty in March 2012.") ==
        Lines{"treaty_year(China, Russia) = 2012"});
  CHECK(f.read("**2011.** Envoys met twice. China and Russia signed the treaty last March.").empty());
  CHECK(f.read("China and Russia signed the treaty in March.").empty());
  // A new paragraph starts afresh.
  CHECK(f.read("**2011.** Envoys met twice.\n\nIn March China and Russia signed the treaty.").empty());
}

TEST_CASE("a date without its year dates a statement to its paragraph's year", "[match][cue]") {
  Fixture f;
  // Published in March 2024: "in October" alone is October 2023, but the paragraph
  // says 2019.
  CHECK(f.read("**2019.** Sanctions bit. In October trade between China and Russia reached $110 billion.") ==
        Lines{"bilateral_trade(China, Russia) = USD 110 billion [2019]"});
}

TEST_CASE("a year or date that opens a clause dates its event however far its cue", "[match][cue]") {
  Fixture f;
  // Further than a cue reaches back (six words), but the clause's time frame (a day
  // and month without a year take the publication year, 2024).
  CHECK(f.read("In May 1996, after long talks in a town on the Amur and a dinner, the leaders of China and Russia "
               "signed the treaty.") == Lines{"treaty_year(China, Russia) = 1996"});
  CHECK(f.read("On 3 April, after a week of talks in the capital and a long dinner, China and Russia ratified the "
               "pact.") == Lines{"pact_ratified(China, Russia) = 2024-04-03"});
  // A clause of its own after ';' opens with its frame too.
  CHECK(f.read("Talks dragged on; in 1996, after a dinner in a town on the Amur with many guests, China and Russia "
               "signed the treaty.") == Lines{"treaty_year(China, Russia) = 1996"});
  // A year that does not open the clause stays out of reach.
  CHECK(f.read("China and Russia, whose ties date from 1996 and whose envoys met often in Kazan, later signed the "
               "treaty.").empty());
}

TEST_CASE("a name joined by a hyphen to another word is no mention of it", "[match][cue]") {
  Fixture f;
  CHECK(f.read("The China-Russia frontier is 4,209 km long.") == Lines{"border_length(China, Russia) = 4,209 km"});
  // "pro-Russia", "anti-China": kinds of things, not the countries.
  CHECK(f.read("The anti-China and pro-Russia lobby walked a frontier of 900 km.").empty());
}

TEST_CASE("an entity the statement is compared with fills no role", "[match][cue]") {
  Fixture f;
  CHECK(f.read("India is the second-biggest buyer, behind China.") == Lines{"buyer_rank(India) = 2nd"});
  CHECK(f.read("India ranks as the third buyer, ahead of Paraguay.") == Lines{"buyer_rank(India) = 3rd"});
  CHECK(f.read("India became the second buyer, overtaking Paraguay.") == Lines{"buyer_rank(India) = 2nd"});
  CHECK(f.read("India became the second buyer, beating Paraguay.") == Lines{"buyer_rank(India) = 2nd"});
  // Nor from the sentences before: the role comes from the subject.
  CHECK(f.read("India bought more this year. It is now the second buyer after China.") ==
        Lines{"buyer_rank(India) = 2nd"});
}

TEST_CASE("a cue that captures a role decides which entity is which", "[match][cue]") {
  Fixture f;
  CHECK(f.read("Russia is now China's sixth-largest trading partner.") ==
        Lines{"partner_rank(Russia, China) = 6th"});
  CHECK(f.read("Among China's trade partners, Russia ranks tenth.") == Lines{"partner_rank(Russia, China) = 10th"});
}

TEST_CASE("a year is never read as a count", "[match][cue]") {
  Fixture f;
  CHECK(f.read("In 2019 Paraguay's population reached 7 million.") == Lines{"population(Paraguay) = 7 million"});
  CHECK(f.read("Paraguay's population census of 2019 was delayed.").empty());
}

TEST_CASE("a cue yields to a pattern that reads the same value", "[match][cue]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("both.facts", R"(
entity China: country  = "China"
entity Russia: country = "Russia"
fact border_length(a: country, b: country) -> length: length symmetric {
  pattern {a} and {b} share a {length} border
  cue border
}
)",
                                      sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  auto found = matcher.run_text("China and Russia share a 4,209 km border.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].pattern == 0);  // the pattern, not the cue (numbered after it)
  found = matcher.run_text("The border of China and Russia is 4,209 km long.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].pattern == 1);
}

TEST_CASE("a fall stated by its verb or noun gives a negative change", "[match][cue]") {
  Fixture f;
  CHECK(f.read("In 2023 trade between China and India fell 3.2%.") == Lines{"trade_growth(China, India) = -3.2% [2023]"});
  CHECK(f.read("In 2023 trade between China and India dropped by 3.2%.") ==
        Lines{"trade_growth(China, India) = -3.2% [2023]"});
  CHECK(f.read("China and India saw a 3.2% decline in trade in 2023.") ==
        Lines{"trade_growth(China, India) = -3.2% [2023]"});
  CHECK(f.read("In 2023 trade between China and India rose 3.2%.") == Lines{"trade_growth(China, India) = 3.2% [2023]"});
  // A level, not a change; and a figure that carries its own sign keeps it.
  CHECK(f.read("In 2023 trade between China and India fell to 3.2% of the total.") ==
        Lines{"trade_growth(China, India) = 3.2% [2023]"});
  CHECK(f.read("In 2023 trade between China and India fell minus 3.2%.") ==
        Lines{"trade_growth(China, India) = -3.2% [2023]"});
}

TEST_CASE("a cue word ending doubled matches its inflections", "[match][cue]") {
  // Snowball stems "added" to "ad", "add" to "add" (a blind writer's report).
  testing::RuleReader reader(R"(
entity Tarrow: city = "Tarrow"
fact buses_added(c: city) -> buses: count {
  cue add
}
)");
  CHECK(reader.read("Tarrow added 40 buses to its fleet.") == Lines{"buses_added(Tarrow) = 40"});
  CHECK(reader.read("Tarrow is adding 40 buses to its fleet.") == Lines{"buses_added(Tarrow) = 40"});
}

TEST_CASE("a fall word names the measure of a fact whose values leave out falls", "[match][cue]") {
  // The wetland's share lost cannot be negative: "has lost 23%" is 23% of it lost. A
  // yearly change may be: "lost 23%" is -23%. Sentences written for this test.
  testing::RuleReader reader(R"(
entity Marsh: wetland = "Okefen Marsh"
fact share_lost(w: wetland) -> share: percent {
  cue lost | loss | drained
  values 0% to 100%
}
fact level_change(w: wetland) -> change: percent {
  cue water level
  values -60% to 60%
}
)");
  CHECK(reader.read("Okefen Marsh has lost 23% of its reed beds since 1950.") == Lines{"share_lost(Marsh) = 23%"});
  CHECK(reader.read("The water level of Okefen Marsh fell 23% after the dam opened.") ==
        Lines{"level_change(Marsh) = -23%"});
}

TEST_CASE("an event's ordinal just before its cue counts the events", "[match][cue]") {
  Fixture f;
  CHECK(f.read("Xi and Putin held their 40th meeting in Beijing.") == Lines{"leader_meetings(Putin, Xi) = 40"});
  CHECK(f.read("Putin and Xi have met 42 times.") == Lines{"leader_meetings(Putin, Xi) = 42"});
  // Not just before the cue: an ordinal of something else.
  CHECK(f.read("At the 3rd plenum Xi and Putin reviewed trade.").empty());
  // Only a fact that says `count ordinals` counts them: the fifth province of a country
  // is one province, not five; a superlative is no count either.
  CHECK(f.read("Paraguay's fifth region lies in the north.").empty());
  CHECK(f.read("Paraguay's largest province is Boquerón.").empty());
  CHECK(f.read("Paraguay has 17 regions.") == Lines{"region_count(Paraguay) = 17"});
  // Vetoes stop a counted ordinal as they stop any value.
  CHECK(f.read("Xi and Putin plan their 45th meeting for Kazan.").empty());
}

TEST_CASE("a sentence without the cue continues the sentence before it when it refers back", "[match][cue]") {
  Fixture f;
  // A referring word opens it: every rank in it is a statement, each with its year.
  CHECK(f.read("Paraguay moved up the press freedom table this spring. It was 68th in 2023 and 72nd in 2022.") ==
        Lines{"press_rank(Paraguay) = 68th [2023]", "press_rank(Paraguay) = 72nd [2022]"});
  // An entity that fits the role, named before the value.
  CHECK(f.read("The press freedom table came out on Tuesday. India came 159th in 2024.") ==
        Lines{"press_rank(India) = 159th [2024]"});
  // Up to three sentences on; the fourth is too far.
  CHECK(f.read("Paraguay moved up the press freedom table. Rain fell. Rain fell. It was 68th in 2023.") ==
        Lines{"press_rank(Paraguay) = 68th [2023]"});
  CHECK(f.read("Paraguay moved up the press freedom table. Rain fell. Rain fell. Rain fell. It was 68th in 2023.")
            .empty());
  // Never past the end of its paragraph: the next one may be about something else.
  CHECK(f.read("Paraguay moved up the press freedom table.\n\nIt was 68th in 2023.").empty());
  CHECK(f.read("Paraguay moved up the press freedom table. Rain fell.\n\nIndia came 159th in 2024.").empty());
  // A line break inside a paragraph is no paragraph break.
  CHECK(f.read("Paraguay moved up the press freedom table.\nIt was 68th in 2023.") ==
        Lines{"press_rank(Paraguay) = 68th [2023]"});
}

TEST_CASE("a continued sentence that is about something else, or vetoed, states nothing", "[match][cue]") {
  Fixture f;
  // Opens with a name the rules do not know: another subject.
  CHECK(f.read("Paraguay moved up the press freedom table. Norway came first in 2024.").empty());
  // A forecast.
  CHECK(f.read("Paraguay moved up the press freedom table. It hopes to be 50th by 2026.").empty());
  // An ordinal that numbers a period or an occasion is no rank, with or without a cue.
  CHECK(f.read("Paraguay topped the press freedom table. It is the second year in a row it did.").empty());
  CHECK(f.read("Paraguay rose in the press freedom table for the first time in 2024.").empty());
  // Counts never continue: a bare figure could count anything.
  CHECK(f.read("Paraguay's population grew fast. It reached 7 million in 2024.").empty());
  // Words other than "be", a level verb or a hedge before the value: a figure of something else.
  CHECK(f.read("Paraguay moved up the press freedom table. It also won 12th place at a chess olympiad.").empty());
  CHECK(f.read("Paraguay moved up the press freedom table. It had nearly slipped to 80th in 2022.") ==
        Lines{"press_rank(Paraguay) = 80th [2022]"});
  // Nor do years and dates: they are when anything happened.
  CHECK(f.read("China and Russia signed the treaty in 2001. It was extended in 2021.") ==
        Lines{"treaty_year(China, Russia) = 2001"});
}

TEST_CASE("a rank given as an order ranks each name after the ranked one", "[match][cue]") {
  Fixture f;
  CHECK(f.read("The largest buyers of the harvest were China, followed by India and Russia.") ==
        Lines{"buyer_rank(China) = 1st", "buyer_rank(India) = 2nd", "buyer_rank(Russia) = 3rd"});
  // A name the rules do not know still takes its place.
  CHECK(f.read("China was the second-biggest buyer, followed by Brazil, India and Russia.") ==
        Lines{"buyer_rank(China) = 2nd", "buyer_rank(India) = 4th", "buyer_rank(Russia) = 5th"});
  // The order must follow the ranked statement at once, after its last name.
  CHECK(f.read("China was the biggest buyer of the harvest by far this year, followed by India.") ==
        Lines{"buyer_rank(China) = 1st"});
  // An owner is not the ranked one: the order ranks the partners of China.
  CHECK(f.read("Russia is now China's biggest trading partner, followed by India.") ==
        Lines{"partner_rank(Russia, China) = 1st", "partner_rank(India, China) = 2nd"});
  // An item with a place of its own takes that place and ends the order; a long item
  // is no name of it.
  CHECK(f.read("China was the biggest buyer, followed by India in fourth place.") ==
        Lines{"buyer_rank(China) = 1st", "buyer_rank(India) = 4th"});
  CHECK(f.read("China was the biggest buyer, followed by a group of smaller Asian importers and India.") ==
        Lines{"buyer_rank(China) = 1st"});
}

TEST_CASE("an order may follow a few words qualifying the rank, after a comma", "[match][cue]") {
  Fixture f;
  CHECK(f.read("China was the biggest buyer by volume, followed by India and Russia.") ==
        Lines{"buyer_rank(China) = 1st", "buyer_rank(India) = 2nd", "buyer_rank(Russia) = 3rd"});
  // Without the comma the words are no qualifier of the rank.
  CHECK(f.read("China was the biggest buyer by volume followed by India.") == Lines{"buyer_rank(China) = 1st"});
}

TEST_CASE("a name with a rank of its own after a ranked statement takes that rank", "[match][cue]") {
  Fixture f;
  CHECK(f.read("The biggest buyer was China, with India in third place.") ==
        Lines{"buyer_rank(China) = 1st", "buyer_rank(India) = 3rd"});
  CHECK(f.read("The biggest buyer was China, Russia was second and India third.") ==
        Lines{"buyer_rank(China) = 1st", "buyer_rank(Russia) = 2nd", "buyer_rank(India) = 3rd"});
  CHECK(f.read("China was the biggest buyer, followed by Brazil, with India in fourth place.") ==
        Lines{"buyer_rank(China) = 1st", "buyer_rank(India) = 4th"});
  // An ordinal that numbers an occasion is no rank; an owner's place is its own
  // thing's; another clause is another statement's.
  CHECK(f.read("The biggest buyer was China, with India second time lucky.") == Lines{"buyer_rank(China) = 1st"});
  CHECK(f.read("The biggest buyer was China, with India's third place in tea.") == Lines{"buyer_rank(China) = 1st"});
  CHECK(f.read("The biggest buyer was China; India was second in tea.") == Lines{"buyer_rank(China) = 1st"});
}

TEST_CASE("a fact's negative words beside a value state it below zero", "[match][cue]") {
  Fixture f;
  CHECK(f.read("Paraguay posted a net loss of $1.9 billion in 2016.") ==
        Lines{"net_profit(Paraguay) = USD -1.9 billion [2016]"});
  CHECK(f.read("In 2016 Paraguay lost $1.9 billion.") == Lines{"net_profit(Paraguay) = USD -1.9 billion [2016]"});
  CHECK(f.read("Paraguay reported a $1.9 billion net loss for 2016.") ==
        Lines{"net_profit(Paraguay) = USD -1.9 billion [2016]"});
  // A profit stays a profit, and a word farther off changes nothing.
  CHECK(f.read("Paraguay made a profit of $3 billion in 2017.") == Lines{"net_profit(Paraguay) = USD 3 billion [2017]"});
  CHECK(f.read("After the loss years, Paraguay's profit in 2018 reached $4 billion.") ==
        Lines{"net_profit(Paraguay) = USD 4 billion [2018]"});
  // Facts without `negative` words read the figure as written.
  CHECK(f.read("China and Russia lost trade worth $5 billion in 2020.") ==
        Lines{"bilateral_trade(China, Russia) = USD 5 billion [2020]"});
}

TEST_CASE("an anniversary counts back from the year it is stated of", "[match][cue]") {
  Fixture f;
  CHECK(f.read("In 2021 China and Russia marked the 20th anniversary of their treaty.") ==
        Lines{"treaty_year(China, Russia) = 2001"});
  // No year in the sentence: the publication year (the fixture's is 2024).
  CHECK(f.read("China and Russia celebrate the 23rd anniversary of the treaty.") ==
        Lines{"treaty_year(China, Russia) = 2001"});
  // A year of its own is read as it is.
  CHECK(f.read("China and Russia signed the treaty in 2001.") == Lines{"treaty_year(China, Russia) = 2001"});
  // An ordinal of anything else is no year.
  CHECK(f.read("China and Russia reviewed the treaty at their 20th meeting.").empty());
}

TEST_CASE("an event on an anniversary happened in the anniversary's year, not at the beginning it marks",
          "[match][cue]") {
  const testing::RuleReader reader(R"(
entity Orm_Pact: treaty = "Orm Pact"
fact pact_renewed(pact: treaty) -> year: year {
  cue renewed
}
fact pact_signed(pact: treaty) -> year: year {
  cue signed | signing
}
)");
  auto read = [&](const std::string& text) { return reader.read(text); };
  // The renewal fell on the anniversary: it is 2019's, not 1989's.
  CHECK(read("In May 2019, on its thirtieth anniversary, the Orm Pact was renewed for ten years.") ==
        Lines{"pact_renewed(Orm_Pact) = 2019"});
  CHECK(read("At the 30th anniversary, in 2019, the Orm Pact was renewed.") == Lines{"pact_renewed(Orm_Pact) = 2019"});
  // The beginning the anniversary marks is still read, by a cue in its "of" phrase.
  CHECK(read("In 2019, on the 30th anniversary of its signing, the Orm Pact was put on show.") ==
        Lines{"pact_signed(Orm_Pact) = 1989"});
}

// Before: the clause was the one the cue began in, so a gap reached across ';' and a
// figure of the first clause became the second clause's fact (a newcomer's report).
TEST_CASE("a cue's gap does not reach across a clause boundary", "[match][cue]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("gap.facts", R"(
entity Ruritania: country = "Ruritania"
fact anthem_year(country: country) -> adopted: year {
  cue anthem ... adopted
}
)",
                                      sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  auto read = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const match::Statement& s : matcher.run_text(text, value::CivilDate{2024, 3, 1})) out.push_back(s.value.display);
    return out;
  };
  CHECK(read("Ruritania's national anthem was adopted in 1921.") == Lines{"1921"});
  CHECK(read("Ruritania's anthem was first sung in 1848; the flag was adopted in 1921.").empty());
  CHECK(read("Ruritania's anthem dates from 1848, but the flag was adopted in 1921.").empty());
}

// Before: the default vetoes could not be lifted, so documentation prose ("the Pro
// plan", "the server will listen") lost its facts (a newcomer's report).
TEST_CASE("'allow' lifts the default vetoes it names and keeps the others", "[match][cue]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("allow.facts", R"(
entity Pro: plan = "Pro"
entity Gateway: service = "gateway"
fact plan_price(plan: plan) -> price: money {
  cue costs | price
  allow plan
}
fact default_port(service: service) -> port: count {
  cue port
}
fact listen_port(service: service) -> port: count {
  cue port
  allow will | should
}
)",
                                      sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  auto read = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const match::Statement& s : matcher.run_text(text, value::CivilDate{2024, 3, 1})) {
      out.push_back(s.fact + " = " + s.value.display);
    }
    return out;
  };
  CHECK(read("The Pro plan costs $29.") == Lines{"plan_price = USD 29"});
  CHECK(read("We expect the Pro price to rise to $35.").empty());  // "expect" still vetoes
  CHECK(read("The gateway will listen on port 443.") == Lines{"listen_port = 443"});
}

TEST_CASE("'allow' names default veto words only", "[lang]") {
  source::DiagnosticSink sink;
  CHECK_FALSE(lang::parse_rules_text("allow.facts", R"(
entity Pro: plan = "Pro"
fact plan_price(plan: plan) -> price: money {
  cue costs
  allow plans | price | (will should)
}
fact plan_users(plan: plan) -> users: count {
  pattern {plan} allows {users} users
  allow will
}
)",
                                      sink));
  std::vector<std::string> messages;
  for (const auto& d : sink.sorted()) {
    if (d.message.find("has no examples") == std::string::npos) messages.push_back(d.message);
  }
  REQUIRE(messages.size() == 4);
  CHECK(messages[0] == "'plans' is not a default veto word; did you mean 'plan'?");
  CHECK(messages[1].rfind("'price' is not a default veto word; the default vetoes are 'expect', 'forecast'", 0) == 0);
  CHECK(messages[2] == "'allow' takes single words of the default vetoes, such as 'plan | will'");
  CHECK(messages[3] == "'allow' lifts default vetoes of 'cue' matches, and fact 'plan_users' has none");
}

// Before: a cue that captured the value itself was never vetoed, not even by "will"
// (a blind rule writer's report, session 6).
TEST_CASE("a cue that reads the value itself is vetoed like any cue match", "[match][cue]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("own.facts", R"(
entity Tenzin: climber = "Tenzin Dorje", "Tenzin"
fact climbs(climber: climber) -> n: count {
  cue {n} (ascents | climbs)
  unless attempted
}
)",
                                      sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  auto count = [&](const std::string& text) { return matcher.run_text(text, value::CivilDate{2024, 3, 1}).size(); };
  CHECK(count("Tenzin Dorje has made 14 ascents of the peak.") == 1);
  CHECK(count("Tenzin Dorje will have 15 ascents after this season.") == 0);
  CHECK(count("Tenzin Dorje attempted 20 climbs in all.") == 0);
}

// Before: a veto word inside a longer name vetoed every sentence naming it ("unless
// airline" against "Gulf Airline", "unless dam" against "Three Gorges Dam"; blind rule
// writers, sessions 8 and 9). A veto that is itself a name, or a word standing outside
// one, still holds.
TEST_CASE("a common veto word inside a longer name is the name's and vetoes nothing", "[match][cue]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("fleet.facts", R"(
entity Skyliner: aircraft = "Skyliner", "Norda Skyliner 9"
entity Gulf: carrier = "Gulf Airline"
entity Norda: maker = "Norda"
fact fleet_size(plane: aircraft) -> n: count {
  cue fleet | operates
  unless airline | Norda
}
)",
                                      sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  auto count = [&](const std::string& text) { return matcher.run_text(text, value::CivilDate{2024, 3, 1}).size(); };
  CHECK(count("Gulf Airline operates 40 Skyliner jets.") == 1);     // "Airline" is the carrier's name
  CHECK(count("One airline operates 40 Skyliner jets.") == 0);      // a word of the sentence
  CHECK(count("Norda says the Skyliner fleet numbers 12.") == 0);   // a name vetoes
  CHECK(count("The Norda Skyliner 9 fleet numbers 12.") == 0);      // inside a longer name too
}

// Before: with two facts cued by the same word, the fact declared first took the value
// even when only the other one's entity was named in the sentence (a newcomer's
// report, session 9).
TEST_CASE("of two facts' cues on one value, the one whose entities the sentence names reads it", "[match][cue]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("metro.facts", R"(
entity Loop: line = "Loop Line"
entity Grid: network = "Grid Metro"
fact network_length(net: network) -> len: length {
  cue long
}
fact line_length(line: line) -> len: length {
  cue long
}
)",
                                      sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  auto facts = [&](const std::string& text) {
    std::string out;
    for (const auto& s : matcher.run_text(text, value::CivilDate{2024, 3, 1})) out += s.key + ";";
    return out;
  };
  CHECK(facts("The Grid Metro opened in 2002. The Loop Line is 15 km long.") == "line_length(Loop);");
  CHECK(facts("The Grid Metro opened in 2002. It is 43 km long.") == "network_length(Grid);");
}

// Before: a timeline entry "**1914.** The canal opens." gave no opening year: the year
// only opened the paragraph, and a year fact never took it as its value (three blind
// rule writers, sessions 8 and 9).
TEST_CASE("a timeline entry's year is the value of a year fact cued in its first sentence", "[match][cue]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("canal.facts", R"(
entity Orin: canal = "Orin Canal", "the canal"
fact canal_opened(canal: canal) -> year: year {
  cue opens | opened | opening
  unless planned
}
)",
                                      sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  auto years = [&](const std::string& markdown) {
    doc::Document document = doc::make_document("timeline.md", markdown, "md", sink);
    std::string out;
    for (const auto& s : matcher.run(document)) out += s.value.display + ";";
    return out;
  };
  CHECK(years("**1914.** The Orin Canal opens to traffic.") == "1914;");
  CHECK(years("## 1925\n\nThe canal opens a second lane.") == "1925;");
  CHECK(years("**1914.** The Orin Canal opens in 1915 after delays.") == "1915;");  // its own year first
  CHECK(years("**1920.** Ships queue. The canal opens at night.") == "");          // not the entry's first sentence
  CHECK(years("**1930.** A new opening is planned for the canal.") == "");        // vetoed
  CHECK(years("In 1940, trade grew. The canal opens at night.") == "");            // a year in prose is no label
}

// Before: a three-word name used up half the six-word veto window, so "The main wall of
// the Three Gorges Dam was completed in 2006" was not vetoed by `unless wall` (a blind
// rule writer's, session 9).
TEST_CASE("an entity's name counts as one word of the veto window", "[match][cue]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("dam.facts", R"(
entity Gorge: dam = "Great Gorge Dam", "the dam"
fact completed(dam: dam) -> year: year {
  cue completed | finished
  unless wall
}
)",
                                      sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  auto count = [&](const std::string& text) { return matcher.run_text(text, value::CivilDate{2024, 3, 1}).size(); };
  CHECK(count("The main wall of the Great Gorge Dam was completed in 2006.") == 0);
  CHECK(count("The Great Gorge Dam was completed in 2012.") == 1);
  // Seven plain words away is still out of reach.
  CHECK(count("The wall stands tall and the long project of building was completed in 2012 at the Great Gorge "
              "Dam.") == 1);
}

TEST_CASE("a number word that begins a name inside a sentence is no figure", "[match][cue]") {
  Fixture f;
  // "Seven Lakes Research" is a firm's name: no population of seven.
  CHECK(f.read("The population of Paraguay, said a spokesman for Seven Lakes Research, is growing.").empty());
  // A sentence's first word is capitalized anyway, and a number word in lowercase is a number.
  CHECK(f.read("Seven million people make up the population of Paraguay.") ==
        Lines{"population(Paraguay) = 7,000,000"});
  CHECK(f.read("The population of Paraguay, a spokesman said, is seven million.") ==
        Lines{"population(Paraguay) = 7,000,000"});
}

TEST_CASE("a figure dated after its document was written is a forecast", "[match][cue]") {
  Fixture f;  // published 2024-03-01
  // No forecast word, but 2026 is to come: a plan, not a figure.
  CHECK(f.read("Trade between China and Russia reaches $300 billion in 2026, the ministry says.").empty());
  CHECK(f.read("China and Russia sign the treaty in 2027, officials say.").empty());
  // The publication's own year and the years before stay.
  CHECK(f.read("Trade between China and Russia reached $240 billion in 2023.") ==
        Lines{"bilateral_trade(China, Russia) = USD 240 billion [2023]"});
  CHECK(f.read("China and Russia signed the treaty in 2001.") == Lines{"treaty_year(China, Russia) = 2001"});
  // A fiscal year ending the year after publication: its budget is set before it begins
  // ("for fiscal 2025", stated in 2024, is no forecast: a blind writer's city budget),
  // its other figures are not known until it ends.
  CHECK(f.read("Trade between China and Russia reached $250 billion in the budget for fiscal 2025.") ==
        Lines{"bilateral_trade(China, Russia) = USD 250 billion [2025]"});
  CHECK(f.read("The 2024-25 budget puts trade between China and Russia at $250 billion.") ==
        Lines{"bilateral_trade(China, Russia) = USD 250 billion [2025]"});
  CHECK(f.read("Trade between China and Russia reaches $250 billion in fiscal 2025.").empty());
  // Two years on is still to come, fiscal or not; a figure budgeted for the year is a plan.
  CHECK(f.read("Trade between China and Russia reaches $300 billion in fiscal 2026.").empty());
  CHECK(f.read("Officials have budgeted for trade between China and Russia of $260 billion in fiscal 2025.").empty());
  // The near miss says why.
  const auto misses = f.matcher->near_misses_text("Trade between China and Russia reaches $300 billion in 2026.",
                                                  value::CivilDate{2024, 3, 1});
  REQUIRE_FALSE(misses.empty());
  CHECK(misses.front().reason.find("of 2026, after the document's date: a forecast or a plan") != std::string::npos);
}

TEST_CASE("a continued sentence that counts back from the one before is dated from its statement", "[match][cue]") {
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules = lang::parse_rules_text("back.facts", R"(
entity Lakeside: town = "Lakeside"
fact residents(town: town) -> people: count {
  cue residents | inhabitants
  scope per year
}
fact ferry_fare(town: town) -> fare: money {
  cue fare
  scope per year
}
fact ferry_length(town: town) -> length: length {
  cue ferry route
}
)",
                                                                    sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  auto read = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const match::Statement& s : matcher.run_text(text, value::CivilDate{2024, 3, 1})) {
      out.push_back(s.key + " = " + s.value.display + (s.scope.empty() ? "" : " [" + s.scope + "]"));
    }
    return out;
  };
  // A time counted back, then a pronoun: the year before the statement continued.
  CHECK(read("Lakeside's ferry fare rose to $12 in 2022. A year earlier it was $10.") ==
        Lines{"ferry_fare(Lakeside) = USD 12 [2022]", "ferry_fare(Lakeside) = USD 10 [2021]"});
  // "Before that" counts one year back; a price is what it cost.
  CHECK(read("Lakeside's ferry fare has been $12 since 2022. Before that it cost $10.") ==
        Lines{"ferry_fare(Lakeside) = USD 12 [2022]", "ferry_fare(Lakeside) = USD 10 [2021]"});
  // A count continues only as "the figure" after a time counted back, so many years back.
  CHECK(read("Lakeside had 52,000 residents in 2020. Two years earlier the figure was 48,500.") ==
        Lines{"residents(Lakeside) = 52,000 [2020]", "residents(Lakeside) = 48,500 [2018]"});
  CHECK(read("Lakeside had 52,000 residents in 2020. Two years earlier it had 48,500.") ==
        Lines{"residents(Lakeside) = 52,000 [2020]"});
  // Counted on, so many years on (it was not read).
  CHECK(read("Lakeside had 48,500 residents in 2018. Two years later the figure was 52,000.") ==
        Lines{"residents(Lakeside) = 48,500 [2018]", "residents(Lakeside) = 52,000 [2020]"});
  CHECK(read("Lakeside's ferry fare was $10 in 2021. The following year it was $12.") ==
        Lines{"ferry_fare(Lakeside) = USD 10 [2021]", "ferry_fare(Lakeside) = USD 12 [2022]"});
  CHECK(read("Lakeside had 52,000 residents in 2020. The figure of 49,000 in an old atlas was a misprint.") ==
        Lines{"residents(Lakeside) = 52,000 [2020]"});
  // "It cost" without a time counted back is another thing's price.
  CHECK(read("Lakeside's ferry fare rose to $12 in 2022. It cost $3 million to build the pier.") ==
        Lines{"ferry_fare(Lakeside) = USD 12 [2022]"});
  // The clause after ';' of the cue's sentence counts back too, the time before or
  // after "the figure"; a clause that does not count back is not read so.
  CHECK(read("Lakeside had 52,000 residents in 2020, a record; the figure two years earlier was 48,500.") ==
        Lines{"residents(Lakeside) = 52,000 [2020]", "residents(Lakeside) = 48,500 [2018]"});
  CHECK(read("Lakeside's ferry fare rose to $12 in 2022, its first rise in years; a year earlier it was $10.") ==
        Lines{"ferry_fare(Lakeside) = USD 12 [2022]", "ferry_fare(Lakeside) = USD 10 [2021]"});
  CHECK(read("Lakeside's ferry fare rose to $12 in 2022; it was $2 dearer on the lake steamer.") ==
        Lines{"ferry_fare(Lakeside) = USD 12 [2022]"});
  // A fact with no year scope: the earlier figure would conflict with the later one.
  CHECK(read("Lakeside's ferry route is 14 km long. A year earlier it was 12 km.") ==
        Lines{"ferry_length(Lakeside) = 14 km"});
}

TEST_CASE("a cue sentence that opens with a time counted from the statement before is dated from it",
          "[match][cue]") {
  // Sentences written for this test only.
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules = lang::parse_rules_text("shift.facts", R"(
entity Millbrook: plant = "Millbrook station", "Millbrook"
fact output(plant: plant) -> energy: energy {
  cue generated | produced | output
  scope per year
}
fact turbines(plant: plant) -> units: count {
  cue turbines
}
)",
                                                                    sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  auto read = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const match::Statement& s : matcher.run_text(text, value::CivilDate{2024, 3, 1})) {
      out.push_back(s.key + " = " + s.value.display + (s.scope.empty() ? "" : " [" + s.scope + "]"));
    }
    return out;
  };
  // Was 2022 for both: the paragraph's year, a false conflict.
  CHECK(read("Millbrook station is on the lake. In 2022 the station generated 61.5 TWh. A year earlier it had "
             "produced 70.2 TWh.") ==
        Lines{"output(Millbrook) = 61.5 TWh [2022]", "output(Millbrook) = 70.2 TWh [2021]"});
  // Was the publication year (2024).
  CHECK(read("Millbrook generated 61.5 TWh in 2022. The year before, it produced 70.2 TWh.") ==
        Lines{"output(Millbrook) = 61.5 TWh [2022]", "output(Millbrook) = 70.2 TWh [2021]"});
  CHECK(read("Millbrook generated 61.5 TWh in 2020. The following year its output was 66 TWh.") ==
        Lines{"output(Millbrook) = 61.5 TWh [2020]", "output(Millbrook) = 66 TWh [2021]"});
  CHECK(read("Millbrook generated 61.5 TWh in 2019. Three years later it produced 66 TWh.") ==
        Lines{"output(Millbrook) = 61.5 TWh [2019]", "output(Millbrook) = 66 TWh [2022]"});
  // A clause after ';' with a cue of its own counts from the clause before.
  CHECK(read("Millbrook generated 61.5 TWh in 2022; two years earlier it produced 70.2 TWh.") ==
        Lines{"output(Millbrook) = 61.5 TWh [2022]", "output(Millbrook) = 70.2 TWh [2020]"});
  // A year of its own says when.
  CHECK(read("Millbrook generated 61.5 TWh in 2022. A year earlier, in 2020, it produced 70.2 TWh.") ==
        Lines{"output(Millbrook) = 61.5 TWh [2022]", "output(Millbrook) = 70.2 TWh [2020]"});
  // Four sentences back in its paragraph (was the publication year, 2024).
  CHECK(read("Millbrook generated 61.5 TWh in 2022. Its owners were pleased. The lake stayed full. Prices held up. "
             "The previous year, Millbrook had produced 70.2 TWh.") ==
        Lines{"output(Millbrook) = 61.5 TWh [2022]", "output(Millbrook) = 70.2 TWh [2021]"});
  // A paragraph between: nothing to count from, and the publication year is no year
  // the writer counted from (was [2024]).
  CHECK(read("Millbrook generated 61.5 TWh in 2022. Its owners were pleased. The lake stayed full.\n\nPrices held "
             "up. The previous year, Millbrook had produced 70.2 TWh.") ==
        Lines{"output(Millbrook) = 61.5 TWh [2022]"});
  // With no statement before it, from the year its paragraph opened with (was [2019]).
  CHECK(read("In 2019, Millbrook added a turbine. The previous year, Millbrook had produced 70.2 TWh.") ==
        Lines{"output(Millbrook) = 70.2 TWh [2018]"});
}

TEST_CASE("a figure fronted by 'at' and a comma is read by any cue of its clause", "[match][cue]") {
  // Sentences written for this test only.
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules = lang::parse_rules_text("fronted.facts", R"(
entity Tram: network = "the Tramway", "Tramway"
fact route_length(net: network) -> length: length {
  cue long | length | network
}
fact riders(net: network) -> people: count {
  cue network
}
)",
                                                                    sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  auto read = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const match::Statement& s : matcher.run_text(text, value::CivilDate{2024, 3, 1})) {
      out.push_back(s.key + " = " + s.value.display);
    }
    return out;
  };
  // The cue is 11 words after the figure (a cue reaches 6 words back): it was missed.
  CHECK(read("At 212 km, the Tramway is the region's second-longest urban rail network.") ==
        Lines{"route_length(Tram) = 212 km"});
  // Not fronted: out of reach as before; a count is no figure fronted so ("At 92, ...").
  CHECK(read("The Tramway covers 212 km and is the region's second-longest urban rail network.").empty());
  CHECK(read("At 92, the Tramway's founder still rides the region's urban rail network.").empty());
}

TEST_CASE("a near miss names its one cause: the statement that read the value first, or the roles", "[match][cue]") {
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules = lang::parse_rules_text("first.facts", R"(
entity Lakeside: town = "Lakeside"
fact harbour_budget(town: town) -> amount: money {
  cue budget
  priority 1
}
fact school_budget(town: town) -> amount: money {
  cue budget
}
)",
                                                                    sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  const value::CivilDate published{2024, 3, 1};
  // Before: "its roles were not all named ..., or another statement read the value first".
  auto misses = matcher.near_misses_text("Lakeside set a budget of $12 million.", published);
  auto of = [&](const std::string& fact) {
    auto it = std::find_if(misses.begin(), misses.end(), [&](const match::NearMiss& m) { return m.fact == fact; });
    return it == misses.end() ? std::string() : it->reason;
  };
  CHECK(of("school_budget") ==
        "a cue matched with a value, but another statement read it first: harbour_budget(Lakeside) = '$12 million' at 1:26");
  misses = matcher.near_misses_text("The budget was $12 million.", published);
  CHECK(of("harbour_budget") == "a cue matched with a value, but its roles (town (town)) were not all named in the "
                                "sentence, the three before it or the document's title");
}

// Before: the built-in veto word "aim" vetoed every sentence naming the survey body
// AIMS, a declared name (a blind writer had to turn the default vetoes off).
TEST_CASE("a built-in veto word that is a whole declared name is the name", "[match][cue][veto]") {
  testing::RuleReader r(R"(
entity Kelp_Bank: reef = "Kelp Bank"
entity AIMS: institute = "AIMS", "Aquatic Institute of Marine Studies"
fact kelp_cover(reef: reef) -> share: percent {
  cue kelp cover
}
)");
  CHECK(r.read("AIMS surveys show the Kelp Bank had kelp cover of 41% last year.") ==
        Lines{"kelp_cover(Kelp_Bank) = 41%"});
  // The word itself still vetoes: a plan is no figure.
  CHECK(r.read("The Kelp Bank programme aims to raise kelp cover to 60%.").empty());
}
