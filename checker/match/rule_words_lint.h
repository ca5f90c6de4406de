// Warnings of `factlint rules lint` that need the matcher's word forms
// (match/word_forms.h), which the rule language's own checks (lang/check.cc) do not see.
#pragma once

#include "lang/ast.h"
#include "source/diagnostic.h"

namespace factlint::match {

// Warns, at the word in the rule file:
// - a veto word (a fact's `unless`) that is another form of one of the same fact's cue
//   words (`unless company` with `cue listed companies`, `unless returned` with `cue
//   return`): it vetoes that cue word wherever it stands outside the cue's own match
//   (docs/rules.md "Cues", step 6);
// - a figure written in a cue (`cue 3 percent rule`): it may be read as the value;
// - a cue alternative that another of the fact's cue alternatives holds past its first
//   word (`cue monthly active users | users`): one phrase gives two cue matches, each
//   taking its own figure (docs/rules.md "Cues", step 1).
void lint_rule_words(const lang::RuleSet& rules, source::DiagnosticSink& sink);

}  // namespace factlint::match
