// Internal to lang/: the grammar's X3-free entry points. Each parses one declaration
// or one fact item at a position of a rule file; lang/rule_file_parser drives them and
// recovers from their failures. Boost.Spirit X3 stays inside grammar.cc.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lang/ast.h"
#include "lang/rule_file_parser.h"
#include "source/source_file.h"

namespace factlint::lang {

using It = const char*;

// A token as the grammar produces it: text plus where it was written.
struct Tok {
  std::string text;
  It begin = nullptr;
  It end = nullptr;
};

// One `role=value` pair of an example or a known value.
struct Assignment {
  Tok role;
  Tok value;
};

// One fact item, whatever its keyword; the recovery loop merges it into the fact.
struct BodyItem {
  Tok keyword;
  Tok argument;  // scope, severity, priority, window
  Pattern pattern;
  CompareSpec compare;
  Tok text;      // example text or known source note
  std::vector<Assignment> assignments;
  std::vector<Tok> names;  // roles of `resolve a, b from context`
};

// Where a rule failed and what it expected there ("a value type such as 'length'").
struct SyntaxError {
  It where = nullptr;
  std::string expected;
};

// Mistakes the grammar read past without failing, each reported where it was found:
// a missing ',' between two aliases, roles or resolved roles, or a missing ':' or '='
// in an entity declaration, is read as if it were there.
using Recoveries = std::vector<SyntaxError>;

// Names of expectations whose alternatives form a closed list, so the recovery loop
// can suggest the nearest word.
inline constexpr const char* kExpectSeverity = "a severity: 'error', 'warning' or 'info'";
inline constexpr const char* kExpectScope = "'per year'";
inline constexpr const char* kExpectSide = "'start' or 'end'";
inline constexpr const char* kExpectTon = "a ton: 'metric', 'short' or 'long'";
inline constexpr const char* kExpectComparison =
    "a comparison such as 'exact', 'identical', 'within 3%', 'within 50 km', 'overlap', 'start', 'end' or 'increasing'";
inline constexpr const char* kExpectArrow = "'->' and the value role, such as '-> rank: ordinal'";
inline constexpr const char* kExpectPatternItem = "a pattern word, '{role}', '(', '...' or '@macro'";
inline constexpr int kMaxNesting = 32;  // groups inside groups, at most

// Skips blanks, line breaks and `# comments`.
void skip_space(It& pos, It end);

// Each parses at `pos` (advanced on success) in `file`; nullopt on success. Mistakes
// it recovered from go to `recovered`, on success or failure.
std::optional<SyntaxError> parse_entity_decl(const source::SourceFile& file, It& pos, It end, EntityDecl& out,
                                             Recoveries& recovered);
std::optional<SyntaxError> parse_kind_decl(const source::SourceFile& file, It& pos, It end, KindDecl& out,
                                           Recoveries& recovered);
std::optional<SyntaxError> parse_entities_from(const source::SourceFile& file, It& pos, It end, FileReference& out,
                                               Recoveries& recovered);
std::optional<SyntaxError> parse_include_decl(const source::SourceFile& file, It& pos, It end, FileReference& out,
                                              Recoveries& recovered);
std::optional<SyntaxError> parse_macro_decl(const source::SourceFile& file, It& pos, It end, MacroDecl& out,
                                            Recoveries& recovered);
// The fact's header up to and including its '{'.
std::optional<SyntaxError> parse_fact_header(const source::SourceFile& file, It& pos, It end, FactDecl& out,
                                             Recoveries& recovered);
// One item inside a fact's braces, chosen by its first word (one of kFactItemKeywords).
std::optional<SyntaxError> parse_fact_item(const std::string& keyword, const source::SourceFile& file, It& pos,
                                           It end, BodyItem& out, Recoveries& recovered);

// The quote declaration's header up to and including its '{'.
std::optional<SyntaxError> parse_quote_header(const source::SourceFile& file, It& pos, It end, QuoteDecl& out,
                                              Recoveries& recovered);
// One item inside a quote declaration's braces (one of kQuoteItemKeywords); the
// keyword lands in `out.keyword`, the entity name or decoded text in `out.argument`.
std::optional<SyntaxError> parse_quote_item(const std::string& keyword, const source::SourceFile& file, It& pos,
                                            It end, BodyItem& out, Recoveries& recovered);

// A whole number as written, clamped to int ("priority 99999999999" is INT_MAX, which
// the checks then report as out of range).
int to_int(const std::string& text);

}  // namespace factlint::lang
