// `factlint explain ID`: every statement behind one finding, with the rule and
// pattern that matched and each normalization step of its value.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compare/finding.h"
#include "lang/ast.h"
#include "match/matcher.h"
#include "report/report_input.h"

namespace factlint::report {

// Text for people: the fact and its policy, then per value group each statement with
// its sentence, matched text, pattern (with its rule-file location), role bindings
// and the value's steps: original text, normalized text, interval, display.
// `dropped` lists sentences of the finding's fact whose value phrase was read only in
// part (NearMiss::dropped), shown after the statements with their locations.
std::string explain_text(const compare::Finding& finding, const lang::RuleSet& rules, const ReportInput& input,
                         const std::vector<match::NearMiss>& dropped = {});

// What the rules read in one sentence (`factlint explain --text`): each statement with
// its fact, pattern, roles and value steps, or a line saying nothing matched.
// `explain --text`: what the rules read in one text, then what almost matched.
std::string explain_sentence_text(const std::vector<match::Statement>& statements,
                                  const std::vector<match::NearMiss>& misses, const lang::RuleSet& rules);

// `rules audit`: a near miss and the document it was found in.
struct AuditedMiss {
  std::string document;
  match::NearMiss miss;
};
// Near misses grouped by fact, nearest to a statement first.
std::string audit_text(const std::vector<AuditedMiss>& misses);

// The same as JSON (schema "factlint-explain/v1").
nlohmann::json explain_json(const compare::Finding& finding, const lang::RuleSet& rules,
                            const std::vector<match::NearMiss>& dropped = {});

}  // namespace factlint::report
