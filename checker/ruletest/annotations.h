// Fixture annotations (`factlint test`): `<!-- expect: FACT(E1, E2) = VALUE -->` and
// `<!-- expect-none: FACT -->` comments in documents under a rules folder's tests/.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "doc/document.h"
#include "lang/ast.h"
#include "ruletest/expectation.h"
#include "source/diagnostic.h"

namespace factlint::ruletest {

// An annotation's text after `expect:` or `expect-none:`, read in the fixture.
struct Annotation {
  bool none = false;
  bool unknown = false;   // starts with "expect" but is neither form: `body` holds the comment
  std::string body;
  std::size_t begin = 0;  // the comment, in the original file
  std::size_t end = 0;
};

// Every `<!-- expect... -->` comment of `text`, in order. Other comments are left
// alone, but one that starts with "expect" and is misspelt is kept as unknown, so it
// is reported rather than silently ignored.
std::vector<Annotation> find_annotations(const std::string& text);

// `FACT(E1, E2) [SCOPE] = VALUE` (or `FACT` for expect-none) read against the rules;
// nullopt after reporting, located at the comment, what is wrong with it.
std::optional<std::pair<const lang::FactDecl*, Expectation>> parse_annotation(const lang::RuleSet& rules,
                                                                              const doc::Document& document,
                                                                              const Annotation& a,
                                                                              source::DiagnosticSink& sink);

// The document with its annotations blanked out (same byte offsets), so the words of
// `expect: crimea_annexation(Russia) = 2014` are never matched, even in a .txt file.
doc::Document without_annotations(const doc::Document& document, const std::vector<Annotation>& list);

}  // namespace factlint::ruletest
