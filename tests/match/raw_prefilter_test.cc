// Tests for the raw-bytes prefilter (match/raw_prefilter.h): which literals a rule
// set needs, and which documents it lets the loader leave unread.
#include <catch2/catch.hpp>
#include <hs/hs.h>

#include <cstdlib>
#include <map>
#include <optional>
#include <string>

#include "doc/loader.h"
#include "doc/raw_screen.h"
#include "lang/parse.h"
#include "match/matcher.h"
#include "match/raw_prefilter.h"
#include "match/word_forms.h"
#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Chile: country = "Chile"
entity Peru: country = "Peru"
fact population(of: country) -> v: count {
  cue population
}
fact growth(of: country) -> v: percent {
  cue rise
}
fact border(of: country) -> v: length {
  pattern {of} 's border (was|is) {v}
}
)";

bool contains(const std::vector<std::string>& all, const std::string& one) {
  return std::find(all.begin(), all.end(), one) != all.end();
}

}  // namespace

TEST_CASE("the literals of a certain word", "[match][raw_prefilter]") {
  CHECK(match::literals_of("population") == std::vector<std::string>{"population"});
  CHECK(match::literals_of("g20") == std::vector<std::string>{"g20"});
  // A stem: all but its last two letters, and its irregular forms.
  std::vector<std::string> rise = match::literals_of("rise*");
  CHECK(contains(rise, "ri"));
  CHECK(contains(rise, "rose"));
  CHECK(contains(rise, "risen"));
  CHECK(match::literals_of("climb*") == std::vector<std::string>{"cli"});
  // Nothing a raw search can stand for.
  CHECK(match::literals_of("'s").empty());
  CHECK(match::literals_of("u.s.").empty());
  CHECK(match::literals_of("go*").empty());
}

TEST_CASE("every inflection the stemmer reduces to a stem begins with its literal", "[match][raw_prefilter]") {
  // Porter2's rewrites of a word's end, one of each kind, and its exceptional words.
  for (const char* word :
       {"happy", "happily", "cities", "city", "relational", "conditional", "valency", "hesitancy", "probably",
        "presently", "organization", "organizer", "operator", "feudalism", "formality", "radically", "hopefulness",
        "callously", "callousness", "decisiveness", "sensitivity", "sensibility", "possibility", "ability",
        "possibly", "analogy", "fruitfully", "breathlessly", "electricity", "electrical", "triplicate", "formalize",
        "hopeful", "goodness", "agreed", "feed", "hoping", "hopped", "filing", "luxuriating", "troubled", "sized",
        "skies", "dying", "lying", "tying", "idly", "gently", "ugly", "early", "only", "singly", "generously",
        "communism", "arsenal", "populations", "kilometres", "neighbouring", "exports", "exported", "exporting"}) {
    std::string stem = match::word_stem(word);
    std::vector<std::string> literals = match::literals_of(stem + "*");
    if (literals.empty()) continue;  // too short a stem to search for: such a clause is never chosen alone
    INFO(word << " -> " << stem << " -> " << literals.front());
    CHECK(std::string(word).find(literals.front()) == 0);
  }
}

TEST_CASE("a document without a literal, a quotation or a risky byte is not read", "[match][raw_prefilter]") {
  lang::RuleSet rules = testing::parsed_rules(kRules);
  match::Matcher matcher(rules);
  match::RawPrefilter with_quotes(matcher, true);
  match::RawPrefilter without_quotes(matcher, false);
  REQUIRE_FALSE(with_quotes.reads_everything());
  // Words with forms are searched by their stems' first letters ("popul" -> "pop").
  CHECK(contains(with_quotes.literals(), "pop"));
  CHECK(contains(with_quotes.literals(), "bord"));
  CHECK(contains(with_quotes.literals(), "rose"));

  CHECK_FALSE(with_quotes.needs_text("Markets were calm on the day in Chile.\n", "md"));
  CHECK(with_quotes.needs_text("The POPULATION of Chile was 5,000.\n", "md"));     // any ASCII case
  CHECK(with_quotes.needs_text("Populations grew.\n", "md"));                      // part of a longer word
  CHECK(with_quotes.needs_text("Prices rose by 5% in Peru.\n", "md"));             // an irregular form
  CHECK(with_quotes.needs_text("Prices are rising in Peru.\n", "md"));             // an inflection
  CHECK(with_quotes.needs_text("Chile's border is 300 km.\n", "txt"));
  CHECK(with_quotes.needs_text("The popu&shy;lation grew.\n", "md"));              // an entity
  CHECK(with_quotes.needs_text("The \uFF30OPULATION grew.\n", "md"));              // full-width letters
  CHECK(with_quotes.needs_text("The popu**la**tion grew.\n", "md"));               // markup inside the word
  CHECK(with_quotes.needs_text("Calm, \"we are calm,\" she said.\n", "md"));       // a quotation
  CHECK_FALSE(without_quotes.needs_text("Calm, \"we are calm,\" she said.\n", "md"));
  CHECK(with_quotes.needs_text("Markets were calm.\n", "html"));                   // HTML is always read
}

// The gate skips the quote and word screens of a body raw_is_plain passes (issue 10):
// a body without a literal is read exactly when one of the screens says so, whichever
// byte makes it and wherever it stands, and a quotation with no cue near it is still
// read and quoted.
TEST_CASE("the gate reads a body without a literal exactly when a screen needs it", "[match][raw_prefilter]") {
  lang::RuleSet rules = testing::parsed_rules(kRules);
  match::Matcher matcher(rules);
  const std::string calm = "Boats left the quay at 7:45 on a calm grey morning in Chile.\n";
  REQUIRE_FALSE(match::RawPrefilter(matcher, false).needs_text(calm, "md"));
  for (bool quotes : {true, false}) {
    match::RawPrefilter prefilter(matcher, quotes);
    for (std::string_view insert : {"\"", "'", " '", "&", "*", "_", "~", "`", "[", "]", "!", "<", "\u201C", "\u2019",
                                    "\u00AB", "\uFB01", "\u00e9", "\\", "{", "|"}) {
      for (std::size_t at : {std::size_t{0}, std::size_t{9}, std::size_t{16}, calm.size() - 2}) {
        const std::string body = calm.substr(0, at) + std::string(insert) + calm.substr(at);
        for (const char* format : {"md", "txt"}) {
          INFO(body << " " << format << " quotes " << quotes);
          const bool screens = (quotes && doc::raw_may_hold_quotes(body)) || doc::raw_may_warn(body, format) ||
                               doc::raw_may_hide_words(body, format);
          CHECK(prefilter.needs_text(body, format) == screens);
        }
      }
    }
  }
  // Closing a body, past the last whole block of sixteen bytes: still read for its quotation.
  match::RawPrefilter prefilter(matcher, true);
  const std::string quoted = calm + "The pilot said \u201Cwe go at noon\u201D.\n";
  source::DiagnosticSink sink;
  std::optional<doc::Document> read = doc::load_document_text("ferry.md", quoted, sink, prefilter.gate());
  REQUIRE(read);
  CHECK(read->text_read);
  CHECK_FALSE(prefilter.may_state_facts(*read));
  CHECK(read->sentences.size() == 2);  // the quote reader's text is made (tests/quote read it)
}

TEST_CASE("a pattern with no certain word makes every document read", "[match][raw_prefilter]") {
  lang::RuleSet rules = testing::parsed_rules(R"(
entity Chile: country = "Chile"
fact founded(who: country) -> when: year {
  pattern {who} ... {when}
}
)");
  match::Matcher matcher(rules);
  match::RawPrefilter prefilter(matcher, false);
  CHECK(prefilter.reads_everything());
  CHECK(prefilter.needs_text("Markets were calm.\n", "md"));
}

TEST_CASE("FACTLINT_PREFILTER=off reads every document", "[match][raw_prefilter]") {
  lang::RuleSet rules = testing::parsed_rules(kRules);
  match::Matcher matcher(rules);
  ::setenv("FACTLINT_PREFILTER", "off", 1);
  match::RawPrefilter off(matcher, false);
  ::unsetenv("FACTLINT_PREFILTER");
  CHECK(off.reads_everything());
  CHECK(off.needs_text("Markets were calm.\n", "md"));
}

TEST_CASE("a document the gate declines keeps its metadata and hash, not its text", "[match][raw_prefilter]") {
  lang::RuleSet rules = testing::parsed_rules(kRules);
  match::Matcher matcher(rules);
  match::RawPrefilter prefilter(matcher, true);
  const std::string text = "---\ntitle: Calm\ndate: 2020-05-01\n---\n\nMarkets were calm on the day.\n";
  source::DiagnosticSink a, b;
  std::optional<doc::Document> skipped = doc::load_document_text("calm.md", text, a, prefilter.gate());
  std::optional<doc::Document> read = doc::load_document_text("calm.md", text, b);
  REQUIRE(skipped);
  REQUIRE(read);
  CHECK_FALSE(skipped->text_read);
  CHECK(read->text_read);
  CHECK(skipped->meta.title == "Calm");
  CHECK(skipped->meta.date == "2020-05-01");
  CHECK(skipped->content_hash == read->content_hash);
  CHECK(skipped->sentences.empty());
  CHECK_FALSE(read->sentences.empty());
  CHECK(matcher.run(*skipped).empty());
  CHECK(matcher.run(*read).empty());
}

TEST_CASE("a document read for its quotations alone is not matched", "[match][raw_prefilter]") {
  lang::RuleSet rules = testing::parsed_rules(kRules);
  match::Matcher matcher(rules);
  match::RawPrefilter prefilter(matcher, true);
  source::DiagnosticSink sink;
  doc::Document quoted = doc::make_document("q.md", "\"We are calm,\" she said in Chile.\n", "md", sink);
  doc::Document stated = doc::make_document("s.md", "The population of Chile was 5,000 in 2020.\n", "md", sink);
  doc::Document hidden = doc::make_document("h.md", "The \uFF30OPULATION of Chile was 5,000 in 2020.\n", "md", sink);
  CHECK_FALSE(prefilter.may_state_facts(quoted));
  CHECK(prefilter.may_state_facts(stated));
  CHECK(prefilter.may_state_facts(hidden));
  CHECK(matcher.run(hidden).size() == 1);  // full-width letters hid the cue from the raw search
}

namespace {

// A cache in memory that counts what the prefilter asks of it.
struct CountingCache : match::CompiledCache {
  std::map<std::string, std::string> entries;
  int loads = 0, saves = 0;
  std::optional<std::string> load(const std::string& key) override {
    ++loads;
    auto it = entries.find(key);
    if (it == entries.end()) return std::nullopt;
    return it->second;
  }
  void save(const std::string& key, const std::string& bytes) override {
    ++saves;
    entries[key] = bytes;
  }
};

// What the prefilter says of a few bodies: the answers a database must give.
std::vector<bool> answers(const match::RawPrefilter& prefilter) {
  std::vector<bool> out;
  for (const char* body : {"Chile's population was 19 million.\n", "Nothing to see here.\n",
                           "Prices ROSE sharply.\n", "Peru's border is long.\n"}) {
    out.push_back(prefilter.needs_text(body, "md"));
  }
  return out;
}

}  // namespace

TEST_CASE("the compiled database is cached by its literals, and a damaged copy is compiled again",
          "[match][raw_prefilter]") {
  lang::RuleSet rules = testing::parsed_rules(kRules);
  match::Matcher matcher(rules);
  const std::vector<bool> expected = answers(match::RawPrefilter(matcher, false));
  REQUIRE(expected == std::vector<bool>{true, false, true, true});

  CountingCache cache;
  {
    match::RawPrefilter first(matcher, false, &cache);
    CHECK(answers(first) == expected);
  }
  REQUIRE(cache.entries.size() == 1);
  CHECK(cache.saves == 1);
  const std::string key = cache.entries.begin()->first;
  CHECK(key == match::compiled_database_key(match::RawPrefilter(matcher, false).literals()));
  CHECK(key.find(hs_version()) != std::string::npos);

  SECTION("a second run loads it and compiles nothing") {
    match::RawPrefilter second(matcher, false, &cache);
    CHECK(answers(second) == expected);
    CHECK(cache.saves == 1);
    CHECK(cache.loads == 2);
  }
  SECTION("damaged bytes are never loaded: compiled again and replaced") {
    const std::string good = cache.entries[key];
    for (std::string bad : {good.substr(0, good.size() / 2), std::string("junk"), std::string(),
                            good.substr(0, 40) + std::string(good.size() - 40, '\x7f')}) {
      cache.entries[key] = bad;
      const int saves = cache.saves;
      match::RawPrefilter again(matcher, false, &cache);
      CHECK(answers(again) == expected);
      CHECK(cache.saves == saves + 1);
      CHECK(cache.entries[key] == good);
    }
  }
  SECTION("another rule set's literals are another key") {
    lang::RuleSet other = testing::parsed_rules(std::string(kRules) + "fact area(of: country) -> v: count {\n  cue surface\n}\n");
    match::Matcher other_matcher(other);
    match::RawPrefilter third(other_matcher, false, &cache);
    CHECK(cache.entries.size() == 2);
    CHECK(third.needs_text("The surface of Chile.\n", "md"));
  }
}
