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
  CHECK((*f)["explanation"].get<std::string>().find("cut after 'and closest friend'") != std::string::npos);
}

TEST_CASE("attribution on the invented corpus: precision and recall against the hand-made list", "[e2e]") {
  std::ifstream in(std::string(FACTLINT_SOURCE_DIR) + "/tests/golden/quotes/speakers.tsv");
  REQUIRE(in);
  // Every quote statement: (document file name, its words lowercased) -> speaker.
  std::vector<std::tuple<std::string, std::string, std::string>> predicted;
  for (const json* f : quote_findings(quotes_report())) {
    for (const json& v : (*f)["values"]) {
      for (const json& s : v["statements"]) {
        std::string doc = s["document"];
        predicted.emplace_back(doc.substr(doc.rfind('/') + 1), lower(s["value_text"]), s.value("speaker", "unknown"));
      }
    }
  }
  int gold_known = 0, predicted_known = 0, correct = 0, total = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string doc, words, speaker;
    std::getline(fields, doc, '\t');
    std::getline(fields, words, '\t');
    std::getline(fields, speaker, '\t');
    ++total;
    std::string got = "missing";
    for (const auto& [d, text, who] : predicted) {
      if (d == doc && text.find(words) != std::string::npos) got = who;
    }
    CAPTURE(doc, words, speaker, got);
    CHECK(got != "missing");  // every speech quote is reported
    if (speaker != "unknown") ++gold_known;
    if (got != "unknown" && got != "missing") {
      ++predicted_known;
      if (got == speaker) ++correct;
    }
  }
  double precision = predicted_known ? static_cast<double>(correct) / predicted_known : 0;
  double recall = gold_known ? static_cast<double>(correct) / gold_known : 0;
  WARN("attribution on tests/golden/quotes: " << total << " quotes, precision " << correct << "/" << predicted_known
                                              << " = " << precision << ", recall " << correct << "/" << gold_known
                                              << " = " << recall);
  CHECK(precision >= 0.9);
  CHECK(recall >= 0.85);
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
  const json* stand = finding_with(report, "we jointly stand");
  REQUIRE(stand != nullptr);
  CHECK((*stand)["key"].get<std::string>().rfind("quote(Putin)", 0) == 0);
}
