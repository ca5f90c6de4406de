// The rule language's grammar (Boost.Spirit X3). Every line of X3 in factlint lives in
// this file: it parses one declaration or one fact item at a time, behind the X3-free
// entry points of lang/grammar.h; lang/rule_file_parser reports failures and
// resynchronizes. The tokens themselves are scanned by lang/lexer.
#include "lang/grammar.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cstdlib>
#include <map>
#include <set>
#include <string_view>

#include <boost/spirit/home/x3.hpp>

#include "lang/keywords.h"
#include "lang/lexer.h"
#include "value/currency_reading.h"

namespace factlint::lang {

namespace {

namespace x3 = boost::spirit::x3;
using source::SourceFile;
using namespace lexer;


template <typename Attribute>
void assign(Attribute& attr, Tok&& tok) {
  if constexpr (!std::is_same_v<std::remove_const_t<Attribute>, x3::unused_type>) attr = std::move(tok);
}

// Whether `=>` starts at `i`: on a pattern or cue line it ends the words and gives the
// roles the line fixes (`cue trucks => service=LeShuttle_Freight`).
bool starts_fat_arrow(It i, It last) { return last - i >= 2 && i[0] == '=' && i[1] == '>'; }

// Whether the keyword `unless` starts at `i`: the word itself, not "unlessx" or "unless-".
bool starts_word(It i, It last, std::string_view kw) {
  if (static_cast<std::size_t>(last - i) < kw.size() || std::string_view(i, kw.size()) != kw) return false;
  It e = i + kw.size();
  return e == last || !(is_ident_char(*e) || *e == '-');
}
bool starts_unless(It i, It last) { return starts_word(i, last, "unless"); }

// ---------------------------------------------------------------------------
// Skippers: blanks and `# comments`; the outer one also skips line breaks, the
// pattern one does not, because a line break ends a pattern.

template <bool Newlines>
struct space_parser : x3::parser<space_parser<Newlines>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    Iterator i = first;
    while (i != last) {
      if (is_blank(*i) || (Newlines && *i == '\n')) {
        ++i;
      } else if (*i == '#') {
        while (i != last && *i != '\n') ++i;
      } else {
        break;
      }
    }
    bool moved = i != first;
    first = i;
    return moved;
  }
};

space_parser<true> const line_skipper{};
space_parser<false> const blank_skipper{};

// ---------------------------------------------------------------------------
// Token parsers. Each carries the name a rule author reads in "expected ...".

using ScanFn = std::size_t (*)(It first, It last);
using DecodeFn = std::string (*)(It first, It last);

struct token_parser : x3::parser<token_parser> {
  using attribute_type = Tok;
  static bool const has_attribute = true;
  ScanFn scan;
  DecodeFn decode;
  const char* name;
  token_parser(ScanFn s, DecodeFn d, const char* n) : scan(s), decode(d), name(n) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attr) const {
    Iterator i = first;
    x3::skip_over(i, last, context);
    std::size_t n = scan(i, last);
    if (n == 0) return false;
    Tok tok{decode ? decode(i, i + n) : std::string(i, i + n), i, i + n};
    first = i + n;
    assign(attr, std::move(tok));
    return true;
  }
};

// A keyword or punctuation: `word` exactly, and for keywords no identifier
// character right after it (so `pattern` does not match `patterns`).
struct literal_parser : x3::parser<literal_parser> {
  using attribute_type = Tok;
  static bool const has_attribute = true;
  const char* word;
  bool keyword;
  const char* name;
  literal_parser(const char* w, bool k, const char* n) : word(w), keyword(k), name(n) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attr) const {
    Iterator i = first;
    x3::skip_over(i, last, context);
    std::string_view w(word);
    if (static_cast<std::size_t>(last - i) < w.size() || std::string_view(i, w.size()) != w) return false;
    Iterator e = i + w.size();
    if (keyword && e != last && (is_ident_char(*e) || *e == '-')) return false;
    first = e;
    assign(attr, Tok{std::string(w), i, e});
    return true;
  }
};

// The option of a bare currency sign being read (`dollar`, `yen`, `shilling`): the
// row of value::bare_currencies() parse_fact_item gives the item with x3::with.
struct bare_tag;

// That option's keyword: its name, as a keyword.
struct bare_keyword_parser : x3::parser<bare_keyword_parser> {
  using attribute_type = Tok;
  static bool const has_attribute = true;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attr) const {
    const value::BareCurrency& bare = *x3::get<bare_tag>(context);
    Iterator i = first;
    x3::skip_over(i, last, context);
    std::size_t n = scan_ident(i, last);
    if (n == 0 || std::string_view(i, n) != bare.name) return false;
    first = i + n;
    assign(attr, Tok{std::string(bare.name), i, first});
    return true;
  }
};

// That option's code: one of the codes its row takes (`AUD`, `UGX`). Anything else is
// an expectation failure naming them, as a closed list is ("expected a dollar
// currency's code such as 'USD', ..., found 'EUR'"), so it is thrown here: the
// message depends on the row, which only the context knows.
struct bare_code_parser : x3::parser<bare_code_parser> {
  using attribute_type = Tok;
  static bool const has_attribute = true;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attr) const {
    const value::BareCurrency& bare = *x3::get<bare_tag>(context);
    Iterator i = first;
    x3::skip_over(i, last, context);
    std::size_t n = scan_ident(i, last);
    if (n == 0 || !bare.takes(std::string_view(i, n))) {
      boost::throw_exception(x3::expectation_failure<Iterator>(first, std::string(bare.expected)));
    }
    first = i + n;
    assign(attr, Tok{std::string(i, first), i, first});
    return true;
  }
};

// The end of an item: a line break, `;`, the end of the file, or a `}` (not consumed).
struct end_parser : x3::parser<end_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  const char* name;
  explicit end_parser(const char* n) : name(n) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    Iterator i = first;
    blank_skipper.parse(i, last, x3::unused, x3::unused, x3::unused);
    if (i == last || *i == '}') {
      first = i;
      return true;
    }
    if (*i == '\n' || *i == ';') {
      first = i + 1;
      return true;
    }
    return false;
  }
};

// Succeeds without consuming when a digit comes next.
struct digit_ahead_parser : x3::parser<digit_ahead_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    Iterator i = first;
    x3::skip_over(i, last, context);
    return i != last && is_digit(*i);
  }
};

// Succeeds without consuming unless the keyword `unless` comes next, which it reports
// as an expectation failure naming `name` there. A bare `unless` ends a pattern's words
// and starts its vetoes (docs/rules.md "Vetoing a pattern"); anywhere else (a cue, a
// macro, a group, a second `unless`) it is a mistake worth its own message, not the
// grammar's "expected a pattern word".
struct misplaced_unless_parser : x3::parser<misplaced_unless_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  const char* name;
  explicit misplaced_unless_parser(const char* n) : name(n) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    Iterator i = first;
    x3::skip_over(i, last, context);
    if (starts_unless(i, last)) boost::throw_exception(x3::expectation_failure<Iterator>(i, std::string(name)));
    return true;
  }
};

// Succeeds without consuming unless `word` (or, for a word that is punctuation, that
// mark) comes next, which it reports as an expectation failure naming `name`: a word
// written in the wrong place of its line (`country: country not city = Norway`,
// `resolve from context a`), where the grammar's own message would name the next
// word instead of the order (docs/contracts.md, diagnostics).
struct misplaced_word_parser : x3::parser<misplaced_word_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  std::string_view word;
  const char* name;
  misplaced_word_parser(std::string_view w, const char* n) : word(w), name(n) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    Iterator i = first;
    x3::skip_over(i, last, context);
    const bool here = is_ident_char(word.front()) ? starts_word(i, last, word)
                                                  : static_cast<std::size_t>(last - i) >= word.size() &&
                                                        std::string_view(i, word.size()) == word;
    if (here) boost::throw_exception(x3::expectation_failure<Iterator>(i, std::string(name)));
    return true;
  }
};

// Set (x3::with) while a `pattern` or `cue` line is read: there a bare `unless` is no
// word. Elsewhere (a fact's `unless` list, `negative`, a macro) it is a word, as it
// always was: blind writers' `unless ... | if | unless | threat` veto the word.
struct pattern_line_tag;

// Succeeds without consuming, except before a bare `unless` or a `=>` on a pattern or
// cue line.
struct not_unless_parser : x3::parser<not_unless_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    using Flag = std::decay_t<decltype(x3::get<pattern_line_tag>(context))>;
    if constexpr (std::is_same_v<Flag, x3::unused_type>) {
      return true;
    } else {
      Iterator i = first;
      x3::skip_over(i, last, context);
      return !starts_unless(i, last) && !starts_fat_arrow(i, last);
    }
  }
};

// Where the grammar records the mistakes it recovered from (x3::with<recovery_tag>).
struct recovery_tag;

// A separator that forgives its absence: when what it separates follows without it
// (`"China" "Beijing"`, `(a: country b: country)`, `entity Japan country`), the
// missing mark is recorded where it belongs and the parse goes on as if it were
// there. One slip is then reported once, and the declaration is kept, so its later
// uses report nothing.
struct separator_parser : x3::parser<separator_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  using StartsFn = bool (*)(It first, It last);
  char mark;           // ',', ':' or '='
  StartsFn next_item;  // whether what follows the mark starts at `first`
  bool same_line;      // whether that must be on the same line to count
  const char* name;    // what the recovered error says was expected
  separator_parser(char m, StartsFn s, bool l, const char* n) : mark(m), next_item(s), same_line(l), name(n) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    Iterator i = first;
    x3::skip_over(i, last, context);
    if (i != last && *i == mark) {
      first = i + 1;
      return true;
    }
    if (i == last || !next_item(i, last)) return false;
    if (same_line && std::find(first, i, '\n') != i) return false;
    // Nothing is consumed: what follows is read next. `first` is just after what
    // came before, where the mark goes.
    x3::get<recovery_tag>(context)->push_back(SyntaxError{first, name});
    return true;
  }
};

}  // namespace
}  // namespace factlint::lang

namespace boost::spirit::x3 {
// The names X3 puts in an expectation failure; they become "expected <name>".
template <>
struct get_info<factlint::lang::token_parser> {
  using result_type = std::string;
  std::string operator()(factlint::lang::token_parser const& p) const { return p.name; }
};
template <>
struct get_info<factlint::lang::literal_parser> {
  using result_type = std::string;
  std::string operator()(factlint::lang::literal_parser const& p) const { return p.name; }
};
template <>
struct get_info<factlint::lang::bare_keyword_parser> {
  using result_type = std::string;
  std::string operator()(factlint::lang::bare_keyword_parser const&) const { return "a currency option"; }
};
template <>
struct get_info<factlint::lang::bare_code_parser> {
  using result_type = std::string;
  std::string operator()(factlint::lang::bare_code_parser const&) const { return "a currency's code"; }
};
template <>
struct get_info<factlint::lang::end_parser> {
  using result_type = std::string;
  std::string operator()(factlint::lang::end_parser const& p) const { return p.name; }
};
template <>
struct get_info<factlint::lang::misplaced_unless_parser> {
  using result_type = std::string;
  std::string operator()(factlint::lang::misplaced_unless_parser const& p) const { return p.name; }
};
template <>
struct get_info<factlint::lang::misplaced_word_parser> {
  using result_type = std::string;
  std::string operator()(factlint::lang::misplaced_word_parser const& p) const { return p.name; }
};
template <>
struct get_info<factlint::lang::separator_parser> {
  using result_type = std::string;
  std::string operator()(factlint::lang::separator_parser const& p) const { return p.name; }
};
// A parser with a semantic action reads as the parser itself.
template <typename Subject, typename Action>
struct get_info<action<Subject, Action>> {
  using result_type = std::string;
  std::string operator()(action<Subject, Action> const& p) const { return what(p.subject); }
};
}  // namespace boost::spirit::x3

namespace factlint::lang {
namespace {

// ---------------------------------------------------------------------------
// The terminals, each with the name rule authors see.


token_parser const entity_name{scan_ident, nullptr, "an entity name such as 'Russia'"};
token_parser const fallback_name{scan_ident, nullptr, "the role's fallback entity such as 'Norway'"};
token_parser const excluded_name{scan_ident, nullptr, "an entity kind or an entity name such as 'edition'"};
token_parser const fixed_value{scan_bare_value, nullptr, "an entity name such as 'Russia', or the value role's value such as '1st'"};
token_parser const entity_kind{scan_ident, nullptr, "an entity kind such as 'country' or 'person'"};
token_parser const alias_text{scan_quoted, decode_quoted, "an alias in double quotes"};
token_parser const kind_noun{scan_quoted, decode_quoted, "a noun in double quotes such as \"automaker\""};
token_parser const fact_name{scan_ident, nullptr, "a fact name such as 'border_length'"};
token_parser const quote_name{scan_ident, nullptr, "a quote name such as 'no_limits'"};
token_parser const speaker_name{scan_ident, nullptr, "an entity name such as 'Xi'"};
token_parser const verified_text{scan_quoted, decode_quoted, "the verified wording in double quotes"};
token_parser const role_name{scan_ident, nullptr, "a role name such as 'partner'"};
token_parser const type_name{scan_type, nullptr, "a value type such as 'ordinal' or 'length'"};
token_parser const macro_name{scan_ident, nullptr, "a macro name such as 'trade_partner'"};
token_parser const file_name{scan_quoted, decode_quoted, "a file name in double quotes"};
token_parser const example_text{scan_quoted, decode_quoted, "the example sentence in double quotes"};
token_parser const note_text{scan_quoted, decode_quoted, "the source note in double quotes"};
token_parser const value_quoted{scan_quoted, decode_quoted, "a value"};
token_parser const value_bare{scan_bare_value, nullptr, "a value"};
token_parser const word_token{scan_word, decode_lower, kExpectPatternItem};
token_parser const punctuation_word{scan_punctuation, nullptr, kExpectPatternItem};
token_parser const quoted_words{scan_quoted, decode_quoted, kExpectPatternItem};
token_parser const gap_bounds{scan_gap_bounds, nullptr, "gap bounds such as '0..3'"};
token_parser const whole_number{scan_integer, nullptr, "a whole number such as '1'"};
token_parser const sentence_count{scan_unsigned, nullptr, "a number of neighbouring sentences such as '1'"};
token_parser const known_year{scan_unsigned, nullptr, "a year such as '2023'"};
token_parser const amount{scan_number, nullptr, "an amount such as '3' or '2.5'"};
token_parser const unit_name{scan_unit, decode_words, "'%' or a unit such as 'km'"};
token_parser const scope_name{scan_scope, nullptr, kExpectScope};
token_parser const severity_name{scan_severity, nullptr, kExpectSeverity};
token_parser const ton_name{scan_ton, nullptr, kExpectTon};
token_parser const value_bounds{scan_rest, nullptr, "the values, such as '1 million to 50 million', 'below 10' or 'above $1'"};
token_parser const side_name{scan_side, nullptr, kExpectSide};
token_parser const month_word{scan_ident, nullptr, "a month such as 'June'"};
bare_keyword_parser const kw_bare_currency{};
bare_code_parser const bare_code{};
// `currency JPY`: any word here; check.cc says which are no currency's code, with
// a suggestion, where they were written.
token_parser const currency_code{scan_ident, nullptr, "a currency's ISO 4217 code such as 'USD', 'EUR' or 'JPY'"};
token_parser const denominator{scan_denominator, nullptr, "what the amounts are per, such as 'vehicle'"};

literal_parser const kw_entity{"entity", true, "'entity'"};
literal_parser const kw_for{"for", true, "'for'"};
literal_parser const kw_not{"not", true, "'not'"};
literal_parser const kw_kind{"kind", true, "'kind'"};
literal_parser const kw_entities{"entities", true, "'entities'"};
literal_parser const kw_from{"from", true, "'from'"};
literal_parser const kw_fact{"fact", true, "'fact'"};
literal_parser const kw_macro{"macro", true, "'macro'"};
literal_parser const kw_include{"include", true, "'include'"};
literal_parser const kw_symmetric{"symmetric", true, "'symmetric'"};
literal_parser const kw_plans{"plans", true, "'plans'"};
literal_parser const kw_require{"require", true, "'require'"};
literal_parser const kw_current{"current", true, "'current'"};
literal_parser const kw_only{"only", true, "'only' ('current only')"};
literal_parser const kw_pattern{"pattern", true, "'pattern'"};
literal_parser const kw_cue{"cue", true, "'cue'"};
literal_parser const kw_unless{"unless", true, "'unless'"};
literal_parser const kw_negative{"negative", true, "'negative'"};
literal_parser const kw_allow{"allow", true, "'allow'"};
literal_parser const kw_scope{"scope", true, "'scope'"};
literal_parser const kw_compare{"compare", true, "'compare'"};
literal_parser const kw_severity{"severity", true, "'severity'"};
literal_parser const kw_ton{"ton", true, "'ton'"};
literal_parser const kw_values{"values", true, "'values'"};
literal_parser const kw_currency{"currency", true, "'currency'"};
literal_parser const kw_split{"split", true, "'split'"};
literal_parser const kw_fiscal{"fiscal", true, "'fiscal'"};
literal_parser const kw_fiscal_year{"year", true, "'year' ('fiscal year ends June')"};
literal_parser const kw_fiscal_ends{"ends", true, "'ends' ('fiscal year ends June')"};
literal_parser const kw_range{"range", true, "'range'"};
literal_parser const kw_duration{"duration", true, "'duration'"};
literal_parser const kw_dates{"dates", true, "'dates'"};
literal_parser const kw_per{"per", true, "'per'"};
literal_parser const kw_priority{"priority", true, "'priority'"};
literal_parser const kw_window{"window", true, "'window'"};
literal_parser const kw_resolve{"resolve", true, "'resolve'"};
literal_parser const kw_count{"count", true, "'count'"};
literal_parser const kw_ordinals{"ordinals", true, "'ordinals'"};
literal_parser const kw_context{"context", true, "'context'"};
literal_parser const kw_example{"example", true, "'example'"};
literal_parser const kw_counterexample{"counterexample", true, "'counterexample'"};
literal_parser const kw_known{"known", true, "'known'"};
literal_parser const kw_source{"source", true, "'source'"};
literal_parser const kw_in{"in", true, "'in'"};
literal_parser const kw_gap{"gap", true, "'gap'"};
literal_parser const kw_quote{"quote", true, "'quote'"};
literal_parser const kw_speaker{"speaker", true, "'speaker'"};
literal_parser const kw_text{"text", true, "'text'"};
literal_parser const kw_about{"about", true, "'about'"};
literal_parser const kw_exact{"exact", true, "'exact'"};
literal_parser const kw_within{"within", true, "'within'"};
literal_parser const kw_overlap{"overlap", true, "'overlap'"};
literal_parser const kw_start{"start", true, "'start'"};
literal_parser const kw_end{"end", true, "'end'"};
literal_parser const kw_increasing{"increasing", true, "'increasing'"};
literal_parser const kw_identical{"identical", true, "'identical'"};

literal_parser const p_equals{"=", false, "'='"};
literal_parser const p_colon{":", false, "':'"};
literal_parser const p_arrow{"->", false, kExpectArrow};
literal_parser const p_fat_arrow{"=>", false, "'=>'"};
literal_parser const p_lparen{"(", false, "'('"};
literal_parser const p_rparen_roles{")", false, "',' or ')'"};
literal_parser const p_rparen_group{")", false, "a pattern word, '|' or ')'"};
literal_parser const p_lbrace{"{", false, "'{'"};
literal_parser const p_rbrace{"}", false, "'}' to end the capture"};
literal_parser const p_open_body{"{", false, "'{' to start the fact's items"};
literal_parser const p_open_quote{"{", false, "'{' to start the quote's items"};
literal_parser const p_item_colon{":", false, "':' after the item's name"};
literal_parser const p_bar{"|", false, "'|'"};
literal_parser const p_list_comma{",", false, "','"};
literal_parser const p_question{"?", false, "'?'"};
literal_parser const p_dots{"...", false, "'...'"};
literal_parser const p_at{"@", false, "'@'"};
literal_parser const p_percent{"%", false, "'%'"};

end_parser const end_of_line{"end of line"};
not_unless_parser const not_unless{};
misplaced_unless_parser const unless_in_group{
    "a pattern word, '|' or ')'\na pattern's 'unless' comes after all its words, outside groups (write "
    "\"unless\" in quotes to match the word)"};
misplaced_unless_parser const second_unless{
    "end of line\na pattern has one 'unless'; list its words with '|' (write \"unless\" in quotes to match "
    "the word)"};
misplaced_unless_parser const unless_after_cue{
    "end of line\na fact's 'unless' goes on a line of its own and vetoes its cues; only a 'pattern' ends "
    "with one (write \"unless\" in quotes to match the word)"};
misplaced_unless_parser const unless_after_pattern_fixes{
    "end of line\na pattern's 'unless' goes before its '=>' (write 'pattern ... unless WORDS => role=value')"};
misplaced_unless_parser const unless_after_cue_fixes{
    "end of line\na fact's 'unless' goes on a line of its own and vetoes its cues; a cue's '=>' ends its line"};
misplaced_word_parser const fallback_after_not{
    "=", "',' or ')'\na role's fallback goes before 'not' (write 'country: country = Norway not city')"};
misplaced_word_parser const year_after_source{
    "in", "end of line\na known value's 'in YEAR' goes before its 'source' (write 'known ... in 2023 source \"...\"')"};
misplaced_word_parser const context_before_roles{
    "from", "a role name\nthe roles go before 'from context' (write 'resolve a, b from context')"};
end_parser const end_of_pattern{"a pattern word, '{role}', '(', '...', '@macro' or end of line"};
end_parser const end_of_aliases{"',' and another alias, or end of line"};
end_parser const end_of_nouns{"',' and another noun, or end of line"};
end_parser const end_of_roles{"another 'role=value' or end of line"};
digit_ahead_parser const digit_ahead{};

// What follows each forgiving separator, for separator_parser.
bool alias_starts(It first, It last) { return scan_quoted(first, last) > 0; }
// `b: country`: a name and its ':'.
bool role_starts(It first, It last) {
  It i = first + scan_ident(first, last);
  if (i == first) return false;
  while (i != last && is_blank(*i)) ++i;
  return i != last && *i == ':';
}
// `resolve a b from context`: a name other than 'from', with 'from' still to come on
// the line (so a misspelt 'form' is reported as itself, not as a missing comma).
bool resolved_role_starts(It first, It last) {
  std::size_t n = scan_ident(first, last);
  if (n == 0 || std::string_view(first, n) == "from") return false;
  for (It i = first + n; i != last && *i != '\n' && *i != '#'; ++i) {
    std::size_t w = is_ident_start(*i) && !is_ident_char(i[-1]) ? scan_ident(i, last) : 0;
    if (w == 4 && std::string_view(i, w) == "from") return true;
    if (w > 0) i += w - 1;
  }
  return false;
}

// `entity Japan country = ...`: a word, then '=' or the end of the line.
bool kind_starts(It first, It last) {
  It i = first + scan_ident(first, last);
  if (i == first) return false;
  while (i != last && is_blank(*i)) ++i;
  return i == last || *i == '=' || *i == '\n' || *i == '#';
}

separator_parser const alias_comma{',', alias_starts, false, "',' between two aliases"};
separator_parser const role_comma{',', role_starts, false, "',' between two roles"};
separator_parser const resolved_role_comma{',', resolved_role_starts, true, "',' between two roles"};
separator_parser const aliases_equals{'=', alias_starts, true, "'=' before the aliases"};
separator_parser const noun_comma{',', alias_starts, false, "',' between two nouns"};
separator_parser const nouns_equals{'=', alias_starts, true, "'=' before the nouns"};
separator_parser const kind_colon{':', kind_starts, true, "':' between the entity's name and its kind"};

// ---------------------------------------------------------------------------
// Semantic actions. The file being parsed reaches them through x3::with<file_tag>.

struct file_tag;

template <typename Context>
Span span_of(Context const& ctx, It begin, It end) {
  const SourceFile* file = x3::get<file_tag>(ctx);
  const char* base = file->text().data();
  return Span{file, static_cast<std::size_t>(begin - base), static_cast<std::size_t>(end - base)};
}

template <typename Context>
Span span_of(Context const& ctx, const Tok& tok) {
  return span_of(ctx, tok.begin, tok.end);
}

template <typename Context, typename Range>
Span span_of_range(Context const& ctx, const Range& range) {
  return span_of(ctx, range.begin(), range.end());
}

auto const set_keyword = [](auto& ctx) { x3::_val(ctx).keyword = x3::_attr(ctx); };
auto const set_argument = [](auto& ctx) { x3::_val(ctx).argument = x3::_attr(ctx); };
auto const set_text = [](auto& ctx) { x3::_val(ctx).text = x3::_attr(ctx); };
auto const add_assignment = [](auto& ctx) { x3::_val(ctx).assignments.push_back(x3::_attr(ctx)); };
auto const set_role = [](auto& ctx) { x3::_val(ctx).role = x3::_attr(ctx); };
auto const set_value = [](auto& ctx) { x3::_val(ctx).value = x3::_attr(ctx); };
auto const add_name = [](auto& ctx) { x3::_val(ctx).names.push_back(x3::_attr(ctx)); };

// ---------------------------------------------------------------------------
// Patterns.

x3::rule<class pattern_seq_id, PatternNode> const pattern_seq = kExpectPatternItem;
x3::rule<class element_id, PatternNode> const element = kExpectPatternItem;
x3::rule<class atom_id, PatternNode> const atom = kExpectPatternItem;
x3::rule<class capture_id, PatternNode> const capture = "a capture such as '{partner}'";
x3::rule<class group_id, PatternNode> const group = "a group such as '(is|was)'";
x3::rule<class alt_seq_id, PatternNode> const alt_seq = kExpectPatternItem;
x3::rule<class gap_id, PatternNode> const gap = "a gap such as '...' or 'gap 0..3'";
x3::rule<class macro_ref_id, PatternNode> const macro_ref = "a macro reference such as '@trade_partner'";
x3::rule<class literal_id, PatternNode> const literal = kExpectPatternItem;

auto const push_child = [](auto& ctx) { x3::_val(ctx).children.push_back(std::move(x3::_attr(ctx))); };
// A sequence inside a sequence (`(a b)`, a quoted "a b") adds nothing: splice it in.
auto const push_element = [](auto& ctx) {
  PatternNode& child = x3::_attr(ctx);
  auto& children = x3::_val(ctx).children;
  if (child.kind == PatternNode::Kind::Sequence) {
    for (PatternNode& c : child.children) children.push_back(std::move(c));
  } else {
    children.push_back(std::move(child));
  }
};
auto const set_node = [](auto& ctx) { x3::_val(ctx) = std::move(x3::_attr(ctx)); };
auto const set_node_span = [](auto& ctx) { x3::_val(ctx).span = span_of_range(ctx, x3::_attr(ctx)); };
auto const make_optional = [](auto& ctx) {
  PatternNode opt;
  opt.kind = PatternNode::Kind::Optional;
  opt.children.push_back(std::move(x3::_val(ctx)));
  x3::_val(ctx) = std::move(opt);
};
auto const set_capture = [](auto& ctx) {
  x3::_val(ctx).kind = PatternNode::Kind::Capture;
  x3::_val(ctx).text = x3::_attr(ctx).text;
};
auto const set_macro_ref = [](auto& ctx) {
  x3::_val(ctx).kind = PatternNode::Kind::Macro;
  x3::_val(ctx).text = x3::_attr(ctx).text;
};
auto const finish_group = [](auto& ctx) {
  PatternNode& node = x3::_val(ctx);
  if (node.children.size() == 1) {
    PatternNode only = std::move(node.children[0]);
    node = std::move(only);
  } else {
    node.kind = PatternNode::Kind::Alternation;
  }
  node.span = span_of_range(ctx, x3::_attr(ctx));
};
auto const make_default_gap = [](auto& ctx) {
  PatternNode& node = x3::_val(ctx);
  node.kind = PatternNode::Kind::Gap;
  node.min = 0;
  node.max = kDefaultGap;
  node.span = span_of(ctx, x3::_attr(ctx));
};
auto const set_gap_bounds = [](auto& ctx) {
  PatternNode& node = x3::_val(ctx);
  const std::string& text = x3::_attr(ctx).text;
  std::size_t dots = text.find("..");
  node.kind = PatternNode::Kind::Gap;
  node.min = to_int(text.substr(0, dots));
  node.max = to_int(text.substr(dots + 2));
};
auto const make_word = [](auto& ctx) {
  PatternNode& node = x3::_val(ctx);
  node.kind = PatternNode::Kind::Word;
  node.text = x3::_attr(ctx).text;
  node.span = span_of(ctx, x3::_attr(ctx));
};
// A quoted literal is matched word by word: `"Sino-Soviet split"` is two words.
auto const make_quoted_words = [](auto& ctx) {
  const Tok& tok = x3::_attr(ctx);
  PatternNode& node = x3::_val(ctx);
  node = PatternNode{};
  node.span = span_of(ctx, tok);
  std::string text = ascii_lower(tok.text);
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (is_blank(text[i]) || text[i] == '\n')) ++i;
    std::size_t j = i;
    while (j < text.size() && !is_blank(text[j]) && text[j] != '\n') ++j;
    if (j > i) {
      PatternNode word;
      word.kind = PatternNode::Kind::Word;
      word.text = text.substr(i, j - i);
      word.exact = true;  // quoted: this form only, never its inflections
      word.span = node.span;
      node.children.push_back(std::move(word));
    }
    i = j;
  }
  if (node.children.size() == 1) {
    PatternNode only = std::move(node.children[0]);
    node = std::move(only);
  }
};

auto const pattern_seq_def = x3::skip(blank_skipper)[x3::raw[+element[push_element]][set_node_span]];
auto const element_def = x3::raw[atom[set_node] >> -p_question[make_optional]][set_node_span];
auto const atom_def = capture[set_node] | group[set_node] | gap[set_node] | macro_ref[set_node] | literal[set_node];
auto const capture_def = x3::raw[p_lbrace > role_name[set_capture] > p_rbrace][set_node_span];
auto const group_def =
    x3::raw[p_lparen >> (alt_seq[push_child] % p_bar) > unless_in_group > p_rparen_group][finish_group];
auto const alt_seq_def = x3::raw[*element[push_element]][set_node_span];
auto const gap_def = p_dots[make_default_gap] |
                     x3::raw[kw_gap >> digit_ahead > gap_bounds[set_gap_bounds]][set_node_span];
auto const macro_ref_def = x3::raw[p_at > macro_name[set_macro_ref]][set_node_span];
// On a pattern line a bare `unless` is no word: it ends the pattern's words (quoted,
// "unless" is one).
auto const literal_def = quoted_words[make_quoted_words] | (not_unless >> word_token[make_word]) |
                         (not_unless >> punctuation_word[make_word]);

BOOST_SPIRIT_DEFINE(pattern_seq, element, atom, capture, group, alt_seq, gap, macro_ref, literal)

// ---------------------------------------------------------------------------
// Top-level declarations.

x3::rule<class alternatives_id, PatternNode> const alternatives = kExpectPatternItem;
// Cues, vetoes and macros list alternatives without parentheses: `cue trade | commerce`,
// `macro x = a | b` (the whole line is one group where `@x` is used).
auto const finish_alternatives = [](auto& ctx) {
  PatternNode& node = x3::_val(ctx);
  if (node.children.size() == 1) {
    PatternNode only = std::move(node.children[0]);
    node = std::move(only);
    return;
  }
  PatternNode alt;
  alt.kind = PatternNode::Kind::Alternation;
  alt.children = std::move(node.children);
  alt.span = span_of_range(ctx, x3::_attr(ctx));
  node = PatternNode{};
  node.kind = PatternNode::Kind::Sequence;
  node.span = alt.span;
  node.children.push_back(std::move(alt));
};
auto const alternatives_def = x3::raw[pattern_seq[push_child] % p_bar][finish_alternatives];

x3::rule<class entity_decl_id, EntityDecl> const entity_decl = "an entity declaration";
x3::rule<class kind_decl_id, KindDecl> const kind_decl = "a kind declaration";
x3::rule<class macro_decl_id, MacroDecl> const macro_decl = "a macro declaration";
x3::rule<class file_ref_id, FileReference> const include_decl = "an include";
x3::rule<class entities_from_id, FileReference> const entities_from = "an entity file";
x3::rule<class role_decl_id, RoleDecl> const role_decl = "a role such as 'partner: entity'";
x3::rule<class fact_header_id, FactDecl> const fact_header = "a fact declaration";

auto const set_entity_name = [](auto& ctx) {
  x3::_val(ctx).name = x3::_attr(ctx).text;
  x3::_val(ctx).name_span = span_of(ctx, x3::_attr(ctx));
};
auto const set_entity_kind = [](auto& ctx) {
  x3::_val(ctx).kind = x3::_attr(ctx).text;
  x3::_val(ctx).kind_span = span_of(ctx, x3::_attr(ctx));
};
auto const add_alias = [](auto& ctx) {
  x3::_val(ctx).aliases.push_back(x3::_attr(ctx).text);
  x3::_val(ctx).alias_spans.push_back(span_of(ctx, x3::_attr(ctx)));
};
auto const add_noun = [](auto& ctx) {
  x3::_val(ctx).nouns.push_back(x3::_attr(ctx).text);
  x3::_val(ctx).noun_spans.push_back(span_of(ctx, x3::_attr(ctx)));
};
auto const set_file_ref = [](auto& ctx) {
  x3::_val(ctx).path = x3::_attr(ctx).text;
  x3::_val(ctx).span = span_of(ctx, x3::_attr(ctx));
};
auto const set_macro_body = [](auto& ctx) { x3::_val(ctx).body = std::move(x3::_attr(ctx)); };
auto const set_role_name = [](auto& ctx) {
  x3::_val(ctx).name = x3::_attr(ctx).text;
  x3::_val(ctx).span = span_of(ctx, x3::_attr(ctx));
};
auto const set_role_type = [](auto& ctx) {
  x3::_val(ctx).type = x3::_attr(ctx).text;
  x3::_val(ctx).type_span = span_of(ctx, x3::_attr(ctx));
};
auto const set_role_fallback = [](auto& ctx) {
  x3::_val(ctx).fallback = x3::_attr(ctx).text;
  x3::_val(ctx).fallback_span = span_of(ctx, x3::_attr(ctx));
};
auto const add_role_excluded = [](auto& ctx) {
  x3::_val(ctx).excluded.push_back(x3::_attr(ctx).text);
  x3::_val(ctx).excluded_spans.push_back(span_of(ctx, x3::_attr(ctx)));
};
auto const add_role = [](auto& ctx) { x3::_val(ctx).roles.push_back(std::move(x3::_attr(ctx))); };
auto const set_value_role = [](auto& ctx) { x3::_val(ctx).value = std::move(x3::_attr(ctx)); };
auto const set_symmetric = [](auto& ctx) {
  x3::_val(ctx).symmetric = true;
  x3::_val(ctx).symmetric_span = span_of(ctx, x3::_attr(ctx));
};
auto const set_per = [](auto& ctx) {
  x3::_val(ctx).per = x3::_attr(ctx).text;
  x3::_val(ctx).per_span = span_of(ctx, x3::_attr(ctx));
};
auto const set_decl_span = [](auto& ctx) { x3::_val(ctx).span = span_of_range(ctx, x3::_attr(ctx)); };

auto const add_ignored_for = [](auto& ctx) {
  x3::_val(ctx).ignored_for.push_back(x3::_attr(ctx).text);
  x3::_val(ctx).ignored_for_spans.push_back(span_of(ctx, x3::_attr(ctx)));
};
// `... for complex_cost, complex_opened`: the facts an ignored entity is ignored for
// (docs/rules.md "Ignoring an entity for some facts"); the checks refuse it on an
// entity that is not ignored.
auto const ignored_for_facts =
    kw_for > fact_name[add_ignored_for] > *(p_list_comma > fact_name[add_ignored_for]);
auto const entity_decl_def =
    x3::raw[kw_entity > entity_name[set_entity_name] > -(kind_colon > entity_kind[set_entity_kind]) >
            -(aliases_equals > alias_text[add_alias] > *(alias_comma > alias_text[add_alias])) >
            -ignored_for_facts][set_decl_span] >
    end_of_aliases;
// `kind carmaker = "automaker", "company"`: at least one noun.
auto const kind_decl_def =
    x3::raw[kw_kind > entity_kind[set_entity_name] > nouns_equals > kind_noun[add_noun] >
            *(noun_comma > kind_noun[add_noun])][set_decl_span] >
    end_of_nouns;
auto const macro_decl_def =
    x3::raw[kw_macro > macro_name[set_entity_name] > p_equals > alternatives[set_macro_body]][set_decl_span] >
    end_of_pattern;
auto const include_decl_def = kw_include > file_name[set_file_ref] > end_of_line;
auto const entities_from_def = kw_entities > kw_from > file_name[set_file_ref] > end_of_line;
// `country: country = Norway`: the role's fallback entity (docs/rules.md "A role's
// fallback entity"); `project: project not edition | Old_Wiki`: kinds and entities it
// must not come from (docs/rules.md "A role that excludes a kind or an entity").
auto const role_decl_def =
    role_name[set_role_name] > p_colon > type_name[set_role_type] > -(p_equals > fallback_name[set_role_fallback]) >
    -(kw_not > excluded_name[add_role_excluded] > *(p_bar > excluded_name[add_role_excluded]) > fallback_after_not);
auto const fact_header_def =
    x3::raw[kw_fact > fact_name[set_entity_name] >
            -(p_lparen > -(role_decl[add_role] > *(role_comma > role_decl[add_role])) > p_rparen_roles) > p_arrow >
            role_decl[set_value_role] > -(kw_per > denominator[set_per]) >
            -kw_symmetric[set_symmetric]][set_decl_span] >
    p_open_body;

BOOST_SPIRIT_DEFINE(entity_decl, kind_decl, macro_decl, include_decl, entities_from, role_decl, fact_header)

// ---------------------------------------------------------------------------
// Quote declarations: `quote NAME {` then one item a line, in any order.

x3::rule<class quote_header_id, QuoteDecl> const quote_header = "a quote declaration";
x3::rule<class speaker_item_id, BodyItem> const speaker_item = "a speaker";
x3::rule<class about_item_id, BodyItem> const about_item = "whom the quote is about";
x3::rule<class text_item_id, BodyItem> const text_item = "the quote's text";

auto const quote_header_def = x3::raw[kw_quote > quote_name[set_entity_name]][set_decl_span] > p_open_quote;
auto const speaker_item_def = kw_speaker[set_keyword] > p_item_colon > speaker_name[set_argument] > end_of_line;
auto const about_item_def = kw_about[set_keyword] > p_item_colon > speaker_name[set_argument] > end_of_line;
auto const text_item_def = kw_text[set_keyword] > p_item_colon > verified_text[set_argument] > end_of_line;

BOOST_SPIRIT_DEFINE(quote_header, speaker_item, about_item, text_item)

// ---------------------------------------------------------------------------
// Fact items.

x3::rule<class pattern_item_id, BodyItem> const pattern_item = "a pattern";
x3::rule<class cue_item_id, BodyItem> const cue_item = "a cue";
x3::rule<class unless_item_id, BodyItem> const unless_item = "words that veto a cue";
x3::rule<class negative_item_id, BodyItem> const negative_item = "words that make a value negative";
x3::rule<class allow_item_id, BodyItem> const allow_item = "default veto words to allow";
x3::rule<class argument_item_id, BodyItem> const scope_item = "a scope";
x3::rule<class severity_item_id, BodyItem> const severity_item = "a severity";
x3::rule<class ton_item_id, BodyItem> const ton_item = "a ton";
x3::rule<class currency_item_id, BodyItem> const currency_item = "a currency option";
x3::rule<class values_item_id, BodyItem> const values_item = "the plausible values";
x3::rule<class currencies_item_id, BodyItem> const currencies_item = "the fact's currencies";
x3::rule<class split_item_id, BodyItem> const split_item = "how a split year is named";
x3::rule<class fiscal_item_id, BodyItem> const fiscal_item = "when the fiscal year ends";
x3::rule<class range_item_id, BodyItem> const range_item = "which end of a range is the value";
x3::rule<class duration_item_id, BodyItem> const duration_item = "'duration from dates'";
x3::rule<class priority_item_id, BodyItem> const priority_item = "a priority";
x3::rule<class window_item_id, BodyItem> const window_item = "a window";
x3::rule<class symmetric_item_id, BodyItem> const symmetric_item = "'symmetric'";
x3::rule<class count_item_id, BodyItem> const count_item = "'count ordinals'";
x3::rule<class plans_item_id, BodyItem> const plans_item = "'plans'";
x3::rule<class require_item_id, BodyItem> const require_item = "required words";
x3::rule<class current_item_id, BodyItem> const current_item = "'current only'";
x3::rule<class resolve_item_id, BodyItem> const resolve_item = "roles to resolve from context";
x3::rule<class compare_item_id, BodyItem> const compare_item = "a comparison";
x3::rule<class compare_spec_id, CompareSpec> const compare_spec = kExpectComparison;
x3::rule<class within_unit_id, CompareSpec> const within_unit = "'%' or a unit such as 'km'";
x3::rule<class example_item_id, BodyItem> const example_item = "an example";
x3::rule<class counterexample_item_id, BodyItem> const counterexample_item = "a counterexample";
x3::rule<class known_item_id, BodyItem> const known_item = "a known value";
x3::rule<class assignment_id, Assignment> const assignment = "a role and its value such as 'partner=Russia'";
x3::rule<class fix_assignment_id, Assignment> const fix_assignment = "a role and its entity such as 'service=LeShuttle'";
x3::rule<class value_id, Tok> const value_text = "a value such as 'Russia' or '10' (quote values with spaces)";
x3::rule<class fix_value_id, Tok> const fix_value = "an entity name such as 'Russia', or a pattern's fixed value such as '1st'";

auto const set_pattern = [](auto& ctx) {
  x3::_val(ctx).pattern.root = std::move(x3::_attr(ctx));
  x3::_val(ctx).pattern.span = x3::_val(ctx).pattern.root.span;
};
auto const set_compare = [](auto& ctx) { x3::_val(ctx).compare = std::move(x3::_attr(ctx)); };
auto const set_compare_kind = [](CompareSpec::Kind kind) {
  return [kind](auto& ctx) { x3::_val(ctx).kind = kind; };
};
auto const set_amount = [](auto& ctx) { x3::_val(ctx).amount = std::strtod(x3::_attr(ctx).text.c_str(), nullptr); };
auto const merge_within = [](auto& ctx) {
  x3::_val(ctx).kind = x3::_attr(ctx).kind;
  x3::_val(ctx).unit = x3::_attr(ctx).unit;
  x3::_val(ctx).unit_span = x3::_attr(ctx).unit_span;
};
auto const set_unit = [](auto& ctx) {
  x3::_val(ctx).kind = CompareSpec::Kind::WithinUnit;
  x3::_val(ctx).unit = x3::_attr(ctx).text;
  x3::_val(ctx).unit_span = span_of(ctx, x3::_attr(ctx));
};

auto const set_unless = [](auto& ctx) {
  x3::_val(ctx).pattern.unless = std::move(x3::_attr(ctx));
  x3::_val(ctx).pattern.unless_span = x3::_val(ctx).pattern.unless.span;
};
// `pattern ... unless homeless | shelters`: the pattern's own vetoes, listed as a cue is.
// `=> service=LeShuttle_Freight`: roles the line's matches take from the line itself
// (docs/rules.md "A cue that names a role's entity"), on its line, after its words.
// An `unless` after them is a pattern's or a cue's veto written in the wrong place.
template <typename Misplaced>
auto role_fixes(const Misplaced& unless_here) {
  return p_fat_arrow > fix_assignment[add_assignment] > *(unless_here >> fix_assignment[add_assignment]) > unless_here;
}
auto const pattern_item_def = kw_pattern[set_keyword] > pattern_seq[set_pattern] >
                              -(kw_unless > alternatives[set_unless] > second_unless) >
                              -role_fixes(unless_after_pattern_fixes) > end_of_pattern;
auto const cue_item_def = kw_cue[set_keyword] > alternatives[set_pattern] > unless_after_cue >
                          -role_fixes(unless_after_cue_fixes) > end_of_pattern;
auto const unless_item_def = kw_unless[set_keyword] > alternatives[set_pattern] > end_of_pattern;
auto const negative_item_def = kw_negative[set_keyword] > alternatives[set_pattern] > end_of_pattern;
auto const allow_item_def = kw_allow[set_keyword] > alternatives[set_pattern] > end_of_pattern;
// `require Norway | Norwegian`: listed as a fact's `unless` is (docs/rules.md "Required words").
auto const require_item_def = kw_require[set_keyword] > alternatives[set_pattern] > end_of_pattern;
// `current only` (docs/rules.md "Current values only").
auto const current_item_def = kw_current[set_keyword] > kw_only > end_of_line;
auto const scope_item_def = kw_scope[set_keyword] > scope_name[set_argument] > end_of_line;
auto const severity_item_def = kw_severity[set_keyword] > severity_name[set_argument] > end_of_line;
auto const ton_item_def = kw_ton[set_keyword] > ton_name[set_argument] > end_of_line;
auto const values_item_def = kw_values[set_keyword] > value_bounds[set_argument] > end_of_line;
auto const split_item_def = kw_split[set_keyword] > side_name[set_argument] > end_of_line;
// `fiscal year ends June` or `fiscal year ends June 30`: any word here; check.cc says
// which is no month (docs/rules.md "Fiscal years").
auto const fiscal_item_def = kw_fiscal[set_keyword] > kw_fiscal_year > kw_fiscal_ends > month_word[set_argument] >
                             -x3::omit[sentence_count] > end_of_line;
auto const range_item_def = kw_range[set_keyword] > side_name[set_argument] > end_of_line;
auto const duration_item_def = kw_duration[set_keyword] > kw_from > kw_dates > end_of_line;
auto const currency_item_def = kw_bare_currency[set_keyword] > bare_code[set_argument] > end_of_line;
// `currency KES USD`: codes apart by blanks, or by ',' or '|' as lists are written.
auto const currencies_item_def = kw_currency[set_keyword] > currency_code[add_name] >
                                 *(-(p_list_comma | p_bar) >> currency_code[add_name]) > end_of_line;
auto const priority_item_def = kw_priority[set_keyword] > whole_number[set_argument] > end_of_line;
auto const window_item_def = kw_window[set_keyword] > sentence_count[set_argument] > end_of_line;
auto const symmetric_item_def = kw_symmetric[set_keyword] > end_of_line;
auto const count_item_def = kw_count[set_keyword] > kw_ordinals > end_of_line;
auto const plans_item_def = kw_plans[set_keyword] > end_of_line;
auto const resolve_item_def = kw_resolve[set_keyword] > context_before_roles > role_name[add_name] >
                              *(resolved_role_comma > role_name[add_name]) > kw_from > kw_context > end_of_line;
auto const compare_item_def = kw_compare[set_keyword] > compare_spec[set_compare] > end_of_line;
auto const compare_spec_def =
    x3::raw[kw_exact[set_compare_kind(CompareSpec::Kind::Exact)] |
            kw_overlap[set_compare_kind(CompareSpec::Kind::Overlap)] |
            kw_start[set_compare_kind(CompareSpec::Kind::Start)] |
            kw_end[set_compare_kind(CompareSpec::Kind::End)] |
            kw_increasing[set_compare_kind(CompareSpec::Kind::Increasing)] |
            kw_identical[set_compare_kind(CompareSpec::Kind::Identical)] |
            (kw_within > amount[set_amount] > within_unit[merge_within])][set_node_span];
auto const within_unit_def = p_percent[set_compare_kind(CompareSpec::Kind::WithinPercent)] | unit_name[set_unit];
// Fact items are read with the pattern skipper, so a missing argument is reported on
// its own line; only `=>` may start a new line, and roles may go on over lines.
auto const more_assignments = *x3::skip(line_skipper)[assignment[add_assignment]];
auto const example_item_def = kw_example[set_keyword] > example_text[set_text] >
                              -(x3::skip(line_skipper)[p_fat_arrow] > assignment[add_assignment] >
                                more_assignments) >
                              end_of_roles;
// `counterexample "TEXT" => lake=Lake_Baikal`: no statement of the fact with these roles
// (docs/testing-rules.md); without `=>`, no statement of the fact at all.
auto const counterexample_item_def = kw_counterexample[set_keyword] > example_text[set_text] >
                                     -(x3::skip(line_skipper)[p_fat_arrow] > assignment[add_assignment] >
                                       more_assignments) >
                                     end_of_roles;
auto const known_item_def = kw_known[set_keyword] > assignment[add_assignment] > more_assignments >
                            -(x3::skip(line_skipper)[kw_in] > known_year[set_argument]) >
                            -(x3::skip(line_skipper)[kw_source] > note_text[set_text] > year_after_source) >
                            end_of_roles;
auto const assignment_def = role_name[set_role] >> p_equals > value_text[set_value];
// `=> service=LeShuttle` gives an entity; `=> rank=1st` or `=> cost="$2 billion"` the
// value role's fixed value (docs/rules.md "A fixed value"): the checks say which it is.
auto const fix_assignment_def = role_name[set_role] > p_equals > fix_value[set_value];
auto const value_text_def = value_quoted | value_bare;
auto const fix_value_def = value_quoted | fixed_value;

BOOST_SPIRIT_DEFINE(resolve_item, alternatives, cue_item, unless_item, negative_item, allow_item)
BOOST_SPIRIT_DEFINE(currency_item, currencies_item, values_item, split_item, range_item, duration_item, plans_item)
BOOST_SPIRIT_DEFINE(require_item, current_item, fiscal_item)
BOOST_SPIRIT_DEFINE(pattern_item, scope_item, severity_item, ton_item, priority_item, window_item, symmetric_item, count_item,
                    compare_item, compare_spec, within_unit, example_item, counterexample_item, known_item,
                    assignment, fix_assignment, value_text, fix_value)

// ---------------------------------------------------------------------------
// The entry points.

// Runs one X3 rule from `pos`; on success advances `pos`, on failure says where and
// what was expected and leaves `pos` alone.
template <typename Rule, typename Attribute, typename Skipper>
std::optional<SyntaxError> run_rule(const Rule& rule, const SourceFile& file, It& pos, It end, Attribute& attr,
                                    const Skipper& skipper, Recoveries& recovered) {
  It i = pos;
  try {
    if (x3::phrase_parse(i, end, x3::with<file_tag>(&file)[x3::with<recovery_tag>(&recovered)[rule]], skipper, attr,
                         x3::skip_flag::dont_post_skip)) {
      pos = i;
      return std::nullopt;
    }
    return SyntaxError{pos, "valid rule syntax"};
  } catch (const x3::expectation_failure<It>& failure) {
    return SyntaxError{failure.where(), failure.which()};
  }
}

}  // namespace

void skip_space(It& pos, It end) { line_skipper.parse(pos, end, x3::unused, x3::unused, x3::unused); }

std::optional<SyntaxError> parse_entity_decl(const SourceFile& file, It& pos, It end, EntityDecl& out,
                                             Recoveries& recovered) {
  return run_rule(entity_decl, file, pos, end, out, line_skipper, recovered);
}
std::optional<SyntaxError> parse_kind_decl(const SourceFile& file, It& pos, It end, KindDecl& out,
                                           Recoveries& recovered) {
  return run_rule(kind_decl, file, pos, end, out, line_skipper, recovered);
}
std::optional<SyntaxError> parse_entities_from(const SourceFile& file, It& pos, It end, FileReference& out,
                                               Recoveries& recovered) {
  return run_rule(entities_from, file, pos, end, out, line_skipper, recovered);
}
std::optional<SyntaxError> parse_include_decl(const SourceFile& file, It& pos, It end, FileReference& out,
                                              Recoveries& recovered) {
  return run_rule(include_decl, file, pos, end, out, line_skipper, recovered);
}
std::optional<SyntaxError> parse_macro_decl(const SourceFile& file, It& pos, It end, MacroDecl& out,
                                            Recoveries& recovered) {
  return run_rule(macro_decl, file, pos, end, out, line_skipper, recovered);
}
std::optional<SyntaxError> parse_fact_header(const SourceFile& file, It& pos, It end, FactDecl& out,
                                             Recoveries& recovered) {
  return run_rule(fact_header, file, pos, end, out, line_skipper, recovered);
}

std::optional<SyntaxError> parse_fact_item(const std::string& keyword, const SourceFile& file, It& pos, It end,
                                           BodyItem& out, Recoveries& recovered) {
  // Items are read with the pattern skipper: a line break ends them.
  if (keyword == "pattern") {
    return run_rule(x3::with<pattern_line_tag>(true)[pattern_item], file, pos, end, out, blank_skipper, recovered);
  }
  if (keyword == "cue") {
    return run_rule(x3::with<pattern_line_tag>(true)[cue_item], file, pos, end, out, blank_skipper, recovered);
  }
  if (keyword == "unless") return run_rule(unless_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "negative") return run_rule(negative_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "allow") return run_rule(allow_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "scope") return run_rule(scope_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "compare") return run_rule(compare_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "severity") return run_rule(severity_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "ton") return run_rule(ton_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "split") return run_rule(split_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "fiscal") return run_rule(fiscal_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "range") return run_rule(range_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "duration") return run_rule(duration_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "values") return run_rule(values_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "currency") return run_rule(currencies_item, file, pos, end, out, blank_skipper, recovered);
  if (const value::BareCurrency* bare = value::bare_currency(keyword)) {
    return run_rule(x3::with<bare_tag>(bare)[currency_item], file, pos, end, out, blank_skipper, recovered);
  }
  if (keyword == "priority") return run_rule(priority_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "window") return run_rule(window_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "symmetric") return run_rule(symmetric_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "resolve") return run_rule(resolve_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "count") return run_rule(count_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "plans") return run_rule(plans_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "require") return run_rule(require_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "current") return run_rule(current_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "example") return run_rule(example_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "counterexample") return run_rule(counterexample_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "known") return run_rule(known_item, file, pos, end, out, blank_skipper, recovered);
  return SyntaxError{pos, "a fact item such as 'cue', 'pattern', 'example' or 'scope'"};
}

std::optional<SyntaxError> parse_quote_header(const SourceFile& file, It& pos, It end, QuoteDecl& out,
                                              Recoveries& recovered) {
  return run_rule(quote_header, file, pos, end, out, line_skipper, recovered);
}

std::optional<SyntaxError> parse_quote_item(const std::string& keyword, const SourceFile& file, It& pos, It end,
                                            BodyItem& out, Recoveries& recovered) {
  if (keyword == "speaker") return run_rule(speaker_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "about") return run_rule(about_item, file, pos, end, out, blank_skipper, recovered);
  if (keyword == "text") return run_rule(text_item, file, pos, end, out, blank_skipper, recovered);
  return SyntaxError{pos, "a quote item: 'speaker', 'text' or 'about'"};
}

int to_int(const std::string& text) {
  long long v = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec == std::errc::result_out_of_range) return text[0] == '-' ? INT_MIN : INT_MAX;
  (void)ptr;
  return static_cast<int>(std::clamp<long long>(v, INT_MIN, INT_MAX));
}

}  // namespace factlint::lang
