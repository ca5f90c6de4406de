// Sentences no cue or pattern reached that may state a fact in other words (`rules audit
// --without-cue`, docs/rules.md "Finding phrasings your rules lack"): the near-miss audit
// lists only sentences holding the rules' own words, and most misses of rules written
// blind hold none. Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "doc/loader.h"
#include "match/restatement_rank.h"
#include "support/rule_reader.h"

using factlint::testing::RuleReader;

namespace {

const char* const kRules = R"(
entity Vell: river = "Vell", "River Vell"
entity Ormsby: town = "Ormsby"
fact river_length(river: river) -> length: length {
  cue long
}
fact town_population(town: town) -> people: count {
  cue inhabitants
}
)";

// "fact: reason | words near the figure" per sentence without a cue in `text`.
std::vector<std::string> uncued(const RuleReader& r, const std::string& text) {
  factlint::source::DiagnosticSink sink;
  const factlint::doc::Document d = factlint::doc::make_document("t.md", text, "md", sink);
  const auto near = r.matcher().near_misses(d);
  std::vector<std::string> out;
  for (const auto& m : r.matcher().uncued_sentences(d, near)) {
    CHECK(m.without_cue);
    CHECK(m.value_here);
    REQUIRE(m.figure);
    std::string words;
    for (const std::string& w : m.cue_words) words += (words.empty() ? "" : ",") + w;
    out.push_back(m.fact + ": " + m.reason + " | " + words);
  }
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a sentence naming the fact's entity with an unread figure of its type, but no cue, is listed",
          "[match][audit]") {
  RuleReader r(kRules);
  CHECK(uncued(r, "The River Vell is 212 km long.\n\nThe Vell winds for 214 km through the downs.\n") ==
        Lines{"river_length: no word of the fact's rules, but 'Vell' and the length value '214 km' | winds,downs"});
}

TEST_CASE("a sentence after a statement of the fact in its paragraph needs no entity", "[match][audit]") {
  RuleReader r(kRules);
  CHECK(uncued(r, "The River Vell is 212 km long. It winds for 214 km through the downs.\n") ==
        Lines{"river_length: no word of the fact's rules, but a statement of it just before and the length value "
              "'214 km' | winds,downs"});
  // A new paragraph is another subject: nothing names the river there.
  CHECK(uncued(r, "The River Vell is 212 km long.\n\nIt winds for 214 km through the downs.\n").empty());
}

TEST_CASE("the rules' own words are named when no cue of the fact matched", "[match][audit]") {
  RuleReader r(R"(
entity Vell: river = "Vell"
fact river_length(river: river) -> length: length {
  cue total length
}
)");
  CHECK(uncued(r, "Its length, measured from the spring, is 214 km, says the survey of the Vell.\n") ==
        Lines{"river_length: the rules' word 'length' and the length value '214 km' are here, but no cue or pattern "
              "of the fact matched | says,spring,survey"});
}

TEST_CASE("no listing for a stated, vetoed or other fact's figure, a figure of no entity, or a year as a count",
          "[match][audit]") {
  RuleReader r(kRules);
  // Stated by the fact itself.
  CHECK(uncued(r, "The River Vell is 212 km long.\n").empty());
  // A veto word (a forecast) drops it whatever its words.
  CHECK(uncued(r, "Ormsby is forecast to reach 9,000 people.\n").empty());
  // Read by another fact: that fact's figure.
  CHECK(uncued(r, "Ormsby, on the Vell, has 8,400 inhabitants.\n").empty());
  // Neither the fact's words nor its entities: any figure of the type.
  CHECK(uncued(r, "The bypass runs for 12 km.\n").empty());
  // A year is no count; a figure without a digit ("many") is no figure to restate.
  CHECK(uncued(r, "Ormsby was founded in 1204.\n").empty());
  CHECK(uncued(r, "Ormsby welcomes many walkers.\n").empty());
}

TEST_CASE("figures close enough to be one written twice", "[match][audit]") {
  using factlint::match::close_figures;
  using factlint::value::Type;
  auto v = [](Type t, double x, std::string unit = "") {
    factlint::value::Value out;
    out.type = t;
    out.lo = out.hi = x;
    out.unit = std::move(unit);
    return out;
  };
  CHECK(close_figures(v(Type::Length, 4184000, "m"), v(Type::Length, 3701000, "m")));   // 2,600 and 2,300 miles
  CHECK_FALSE(close_figures(v(Type::Length, 4184000, "m"), v(Type::Length, 2500000, "m")));
  CHECK_FALSE(close_figures(v(Type::Length, 4184000, "m"), v(Type::Area, 4184000, "m2")));
  CHECK_FALSE(close_figures(v(Type::Money, 100, "USD"), v(Type::Money, 100, "EUR")));
  // Years and dates (day numbers spanning their grain) when they overlap: a year and a
  // day in it, not the year after; ranks and small counts within one.
  auto span = [&](Type t, double lo, double hi) {
    auto out = v(t, lo);
    out.hi = hi;
    return out;
  };
  CHECK(close_figures(span(Type::Date, 0, 364), span(Type::Date, 200, 200)));
  CHECK_FALSE(close_figures(span(Type::Date, 0, 364), span(Type::Date, 365, 729)));
  CHECK(close_figures(v(Type::Ordinal, 6), v(Type::Ordinal, 7)));
  CHECK_FALSE(close_figures(v(Type::Ordinal, 6), v(Type::Ordinal, 10)));
  auto vague = v(Type::Count, 5000);
  vague.vague = true;
  CHECK_FALSE(close_figures(vague, v(Type::Count, 5000)));
}

TEST_CASE("a figure close to one read for the fact elsewhere ranks first and names that statement",
          "[match][audit]") {
  RuleReader r(kRules);
  factlint::source::DiagnosticSink sink;
  const auto stated = r.matcher().run(factlint::doc::make_document("a.md", "The River Vell is 212 km long.\n", "md", sink));
  REQUIRE(stated.size() == 1);
  const auto d = factlint::doc::make_document(
      "b.md", "The Vell has 40 km of towpath.\n\nThe Vell winds for 214 km through the downs.\n", "md", sink);
  auto misses = r.matcher().uncued_sentences(d, r.matcher().near_misses(d));
  REQUIRE(misses.size() == 2);
  std::vector<factlint::match::NearMiss*> listed{&misses[0], &misses[1]};
  factlint::match::rank_restatements(listed, stated);
  CHECK(misses[0].rank == 1);  // 40 km is no restatement of 212 km
  CHECK(misses[1].rank == -1);
  CHECK(misses[1].reason.ends_with("; close to '212 km', read for it at a.md:1:19"));
}
