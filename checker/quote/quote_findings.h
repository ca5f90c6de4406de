// Quote findings in the shape of fact findings (fact "quote"), so every report
// format, the store, baselines and decisions carry them without a second path.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "compare/finding.h"
#include "compare/finding_spill.h"
#include "quote/quote_comparator.h"

namespace factlint::quote {

// The fact name quote findings carry; no fact may take it (lang/check).
inline constexpr const char* kQuoteFact = "quote";

// The key of the finding of a `quote` declaration: "quote(no_limits)".
std::string declared_quote_key(const std::string& declaration);

// Whether `key` is a quote finding's key, declared or not: it starts "quote(".
bool is_quote_key(const std::string& key);

// One compare::Finding per quote finding. The key names the speaker, whom the
// quote is about and its first words: quote(Xi about Putin) "best friend and colleague".
// Each variant becomes a value group whose statements are the quotes, with roles
// "speaker" and "about". Severity is "warning" for conflicts and "info" otherwise;
// a declared quote's finding has key quote(NAME), and is an "error" when it conflicts.
// The findings come sorted by key (findings of equal keys in the order given), which
// is not the order compare_quotes gives (by wording): with `from`, from[k] is the index
// in `findings` of the one finding k was made from, for a caller that keeps something
// per quotation group (app/comparison_index.h) to pair each group with its own finding.
std::vector<compare::Finding> to_findings(std::vector<QuoteFinding> findings,
                                          std::vector<std::size_t>* from = nullptr);
// The same for findings of quotation cores (issue 10): `statement_of` gives back a
// core's statement as quote_statement() made it. With `spill`, each statement goes
// to it as it is made (compare/finding_spill.h): a group quoted in 100,000 documents
// is never a list in memory.
std::vector<compare::Finding> to_findings(std::vector<CoreQuoteFinding> findings,
                                          const std::function<match::Statement(const QuoteCore&)>& statement_of,
                                          compare::FindingSpill* spill,
                                          std::vector<std::size_t>* from = nullptr);

// A quotation as a statement of fact "quote", without its finding's key: roles
// "speaker", "about" (when known) and "attribution".
match::Statement quote_statement(const Quote& q);
// The same, its document, text, sentence and speaker's words taken from `q`.
match::Statement quote_statement(Quote&& q);
// The same into `into`, a statement only this has filled (or a fresh one), whose
// strings and lists keep their buffers: a run that encodes each of 154,000
// quotations' statements in turn allocates nothing for each (app/quote_book.h).
void fill_quote_statement(const Quote& q, match::Statement& into);

}  // namespace factlint::quote
