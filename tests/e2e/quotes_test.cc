// End to end: quotations on an invented corpus (tests/golden/quotes/) with every
// quote reason, attribution scored against a hand-made list of speakers, and the
// seed corpus's quotes the issue names (issue 11).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <sstream>

#include "run_binary.h"

using factlint::testing::run_factlint;
using nlohmann::json;

namespace {

const json& quotes_report() {
  static const json report = [] {
    auto run = run_factlint("check --no-db --format json --rules tests/golden/quotes/rules tests/golden/quotes/corpus");
    INFO(run.err);
    REQUIRE(run.exit_code == 1);
    return json::parse(run.out);
  }();
  return report;
}

std::vector<const json*> quote_findings(const json& report) {
  std::vector<const json*> out;
  for (const json& f : report["findings"]) {
    if (f["fact"] == "quote") out.push_back(&f);
  }
  return out;
}

// The quote finding whose key contains `words`.
const json* finding_with(const json& report, const std::string& words) {
  for (const json* f : quote_findings(report)) {
    if ((*f)["key"].get<std::string>().find(words) != std::string::npos) return f;
  }
  return nullptr;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

TEST_CASE("every quote reason appears where the invented corpus puts it", "[e2e]") {
  using Expect = std::pair<std::string, std::string>;
  auto verdict = [](const std::string& words) -> Expect {
    const json* f = finding_with(quotes_report(), words);
    if (!f) return {"missing", words};
    return {(*f)["verdict"], (*f)["reason"]};
  };
  CHECK(verdict("the harbour belongs to the people") == Expect{"consistent", "consistent"});
  CHECK(verdict("the boats are ready and so are the crews") == Expect{"consistent", "consistent"});
  CHECK(verdict("most stubborn colleague and closest friend") == Expect{"consistent", "truncated-quote"});
  CHECK(verdict("we will not cut the fishing quotas") == Expect{"conflicting", "truncated-quote"});
  CHECK(verdict("the quay will reopen in") == Expect{"conflicting", "altered-quote"});
  CHECK(verdict("we dredged the channel") == Expect{"conflicting", "misattributed-quote"});
  CHECK(verdict("the new fish market") == Expect{"single-source", "single-source"});
  // Scare quotes and titles are not reported on their own.
  CHECK(finding_with(quotes_report(), "\"new normal\"") == nullptr);
  CHECK(finding_with(quotes_report(), "\"recovery\"") == nullptr);
  CHECK(finding_with(quotes_report(), "harbour futures") == nullptr);
}

TEST_CASE("the truncated quote keeps who it is about and says what was cut", "[e2e]") {
  const json* f = finding_with(quotes_report(), "most stubborn colleague");
  REQUIRE(f != nullptr);
  CHECK((*f)["key"] == "quote(Vance about Maas) \"most stubborn colleague and closest friend\"");
  CHECK((*f)["explanation"].get<std::string>().find("drops 'and closest friend' at the end") != std::string::npos);
}

namespace {

// Attribution scored against a hand-made speakers.tsv: document, words the quote
// contains, speaker ("unknown" when the text names nobody), and optionally "label" for
// a short label factlint may rightly leave unreported (a scare quote).
struct Score {
  int total = 0, gold_known = 0, predicted_known = 0, correct = 0, surname_only = 0;
  double precision(bool lenient = false) const {
    int right = correct + (lenient ? surname_only : 0);
    return predicted_known ? static_cast<double>(right) / predicted_known : 0;
  }
  double recall(bool lenient = false) const {
    int right = correct + (lenient ? surname_only : 0);
    return gold_known ? static_cast<double>(right) / gold_known : 0;
  }
};

Score score_attribution(const json& report, const std::string& speakers_tsv) {
  std::ifstream in(std::string(FACTLINT_SOURCE_DIR) + "/" + speakers_tsv);
  REQUIRE(in);
  // Every quote statement: (document file name, its words lowercased) -> speaker.
  std::vector<std::tuple<std::string, std::string, std::string>> predicted;
  for (const json* f : quote_findings(report)) {
    for (const json& v : (*f)["values"]) {
      for (const json& s : v["statements"]) {
        std::string doc = s["document"];
        predicted.emplace_back(doc.substr(doc.rfind('/') + 1), lower(s["value_text"]), s.value("speaker", "unknown"));
      }
    }
  }
  Score score;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string doc, words, speaker, label;
    std::getline(fields, doc, '\t');
    std::getline(fields, words, '\t');
    std::getline(fields, speaker, '\t');
    std::getline(fields, label, '\t');
    ++score.total;
    std::string got = "missing";
    for (const auto& [d, text, who] : predicted) {
      if (d == doc && text.find(words) != std::string::npos) got = who;
    }
    CAPTURE(doc, words, speaker, got);
    if (label != "label") CHECK(got != "missing");  // every speech quote is reported
    if (speaker != "unknown") ++score.gold_known;
    if (got != "unknown" && got != "missing") {
      ++score.predicted_known;
      if (got == speaker) ++score.correct;
      // The surname alone, where the document never gave the full name a title, is
      // the right person named short: counted apart, so both figures can be told.
      else if (speaker.size() > got.size() && speaker.ends_with(" " + got)) ++score.surname_only;
    }
  }
  return score;
}

}  // namespace

TEST_CASE("attribution on the invented corpus: precision and recall against the hand-made list", "[e2e]") {
  Score s = score_attribution(quotes_report(), "tests/golden/quotes/speakers.tsv");
  WARN("attribution on tests/golden/quotes: " << s.total << " quotes, precision " << s.correct << "/"
                                              << s.predicted_known << " = " << s.precision() << ", recall " << s.correct
                                              << "/" << s.gold_known << " = " << s.recall());
  CHECK(s.precision() >= 0.9);
  CHECK(s.recall() >= 0.85);
}

TEST_CASE("attribution on the held-out rail-strike corpus: precision and recall", "[e2e]") {
  auto run = run_factlint("check --no-db --format json --rules tests/golden/rail-strike/rules tests/golden/rail-strike/corpus");
  INFO(run.err);
  Score s = score_attribution(json::parse(run.out), "tests/golden/rail-strike/speakers.tsv");
  WARN("attribution on tests/golden/rail-strike (held out): " << s.total << " quotes; strict precision " << s.correct
                                                              << "/" << s.predicted_known << " = " << s.precision()
                                                              << ", recall " << s.correct << "/" << s.gold_known
                                                              << " = " << s.recall() << "; with " << s.surname_only
                                                              << " surname-only names counted right: precision "
                                                              << s.precision(true) << ", recall " << s.recall(true));
  // Measured on the corpus as written, before it was used for any change (issue 11
  // closing note: strict 29/34 and 29/38); the floors keep it from getting worse.
  CHECK(s.precision() >= 0.85);
  CHECK(s.recall() >= 0.75);
  CHECK(s.precision(true) >= 0.95);
  CHECK(s.recall(true) >= 0.85);
}

TEST_CASE("the --no-quotes flag leaves only fact findings", "[e2e]") {
  auto run = run_factlint("check --no-db --no-quotes --format json --rules tests/golden/quotes/rules tests/golden/quotes/corpus");
  INFO(run.err);
  json report = json::parse(run.out);
  CHECK(quote_findings(report).empty());
}

TEST_CASE("the seed corpus: Xi's truncated 'best friend', 'no limits' and Putin's words", "[e2e]") {
  auto run = run_factlint("check --no-db --format json");
  json report = json::parse(run.out);
  const json* friend_quote = finding_with(report, "best friend and colleague");
  REQUIRE(friend_quote != nullptr);
  CHECK((*friend_quote)["key"] == "quote(Xi about Putin) \"best friend and colleague\"");
  CHECK((*friend_quote)["reason"] == "truncated-quote");
  const json* limits = finding_with(report, "\"no limits\"");
  REQUIRE(limits != nullptr);
  CHECK((*limits)["values"].size() == 2);
  // Putin's one-word "concerns" is no misattribution of Kuhrt's long quote holding the word.
  const json* kuhrt = finding_with(report, "they do come together");
  REQUIRE(kuhrt != nullptr);
  CHECK((*kuhrt)["reason"] == "single-source");
  const json* stand = finding_with(report, "we jointly stand");
  REQUIRE(stand != nullptr);
  CHECK((*stand)["key"].get<std::string>().rfind("quote(Putin)", 0) == 0);
}
