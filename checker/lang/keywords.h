// Internal to lang/: the rule language's closed word lists. The grammar parses them
// and, when a misspelt one is found, suggests the nearest from the same list.
#pragma once

#include <string>
#include <vector>

#include "value/currency_reading.h"

namespace factlint::lang {

// Words that start a declaration at the top level of a rule file.
inline const std::vector<std::string> kDeclarationKeywords = {"entity", "entities", "fact", "macro", "include",
                                                           "quote", "ignore", "kind"};

// Words that start an item inside a quote declaration's braces.
inline const std::vector<std::string> kQuoteItemKeywords = {"speaker", "text", "about"};

// Words that start an item inside a fact's braces.
// The options of the bare currency signs (`dollar`, `yen`, `shilling`) come from
// their table (value/currency_reading.h).
inline const std::vector<std::string> kFactItemKeywords = [] {
  std::vector<std::string> out = {"cue",       "unless",  "pattern", "scope", "compare", "severity", "priority",
                                  "window",    "example", "counterexample", "known", "symmetric", "resolve",
                                  "count",     "ton"};
  for (const value::BareCurrency& bare : value::bare_currencies()) out.emplace_back(bare.name);
  for (const char* k : {"currency", "negative", "allow", "values", "split", "range", "duration", "plans", "require", "current", "fiscal"}) out.emplace_back(k);
  return out;
}();

// The words of forecasts, targets and plans that veto every cue match near its value
// (docs/rules.md "Cues", step 4); a fact's `allow` lifts some of them. Stemmed, so
// they take their inflections ("expects", "targeted"), but for kExactDefaultVetoWords.
inline const std::vector<std::string> kDefaultVetoWords = {
    "expect", "forecast", "target", "aim",  "plan", "goal",    "will",      "would",      "could",      "might",
    "should", "hope",     "seek",   "predict", "envisage", "projected", "projection", "projections",
    "likely", "poised",   "slated", "anticipate", "budgeted", "pencilled", "penciled"};

// Default vetoes of two words, matched as written: "as if" and "as though" open a
// clause about what is not so, or not known to be ("We planned as if traffic of 9 million
// a year was certain"). No `allow` lifts them.
inline const std::vector<std::vector<std::string>> kDefaultVetoPhrases = {{"as", "if"}, {"as", "though"}};

// Default vetoes matched as written: their stems are words of other meanings
// ("project", "like" of "likely", "slate" of "slated": "a slate rock rising 132 m",
// "budget" of "budgeted": "came in under budget at 180 billion", "pencil" of
// "pencilled": "a pencil sketch of 1890").
inline const std::vector<std::string> kExactDefaultVetoWords = {"projected", "projection", "projections", "likely",
                                                                "poised",    "slated",     "budgeted",    "pencilled",
                                                                "penciled"};

// The first word of each `compare` policy.
inline const std::vector<std::string> kComparisonKeywords = {"exact", "within",     "overlap",  "start",
                                                             "end",   "increasing", "identical"};

// The words `severity` takes.
inline const std::vector<std::string> kSeverityKeywords = {"error", "warning", "info"};

// The words `ton` takes: what a bare "ton" in the fact's sentences is.
inline const std::vector<std::string> kTonKeywords = {"metric", "short", "long"};

}  // namespace factlint::lang
