// The rule language's grammar (Boost.Spirit X3) and the recovery loop around it.
// Every line of X3 in factlint lives in this file: X3 parses one declaration or one
// fact item at a time, and the loop below reports failures and resynchronizes. The
// tokens themselves are scanned by lang/lexer.
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

namespace factlint::lang {

namespace {

namespace x3 = boost::spirit::x3;
using It = const char*;
using source::SourceFile;
using namespace lexer;

// A token as the custom parsers below produce it: text plus where it was written.
struct Tok {
  std::string text;
  It begin = nullptr;
  It end = nullptr;
};

template <typename Attribute>
void assign(Attribute& attr, Tok&& tok) {
  if constexpr (!std::is_same_v<std::remove_const_t<Attribute>, x3::unused_type>) attr = std::move(tok);
}

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
struct get_info<factlint::lang::end_parser> {
  using result_type = std::string;
  std::string operator()(factlint::lang::end_parser const& p) const { return p.name; }
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

// Names of expectations whose alternatives form a closed list (see candidates_for).
constexpr const char* kExpectSeverity = "a severity: 'error', 'warning' or 'info'";
constexpr const char* kExpectComparison =
    "a comparison such as 'exact', 'within 3%', 'within 50 km', 'overlap', 'start', 'end' or 'increasing'";
constexpr const char* kExpectArrow = "'->' and the value role, such as '-> rank: ordinal'";

constexpr int kMaxNesting = 32;
constexpr const char* kExpectPatternItem = "a pattern word, '{role}', '(', '...' or '@macro'";

token_parser const entity_name{scan_ident, nullptr, "an entity name such as 'Russia'"};
token_parser const entity_kind{scan_ident, nullptr, "an entity kind such as 'country' or 'person'"};
token_parser const alias_text{scan_quoted, decode_quoted, "an alias in double quotes"};
token_parser const fact_name{scan_ident, nullptr, "a fact name such as 'border_length'"};
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
token_parser const amount{scan_number, nullptr, "an amount such as '3' or '2.5'"};
token_parser const unit_name{scan_unit, nullptr, "'%' or a unit such as 'km'"};
token_parser const scope_name{scan_scope, nullptr, "'per year'"};
token_parser const severity_name{scan_severity, nullptr, kExpectSeverity};

literal_parser const kw_entity{"entity", true, "'entity'"};
literal_parser const kw_entities{"entities", true, "'entities'"};
literal_parser const kw_from{"from", true, "'from'"};
literal_parser const kw_fact{"fact", true, "'fact'"};
literal_parser const kw_macro{"macro", true, "'macro'"};
literal_parser const kw_include{"include", true, "'include'"};
literal_parser const kw_symmetric{"symmetric", true, "'symmetric'"};
literal_parser const kw_pattern{"pattern", true, "'pattern'"};
literal_parser const kw_cue{"cue", true, "'cue'"};
literal_parser const kw_unless{"unless", true, "'unless'"};
literal_parser const kw_scope{"scope", true, "'scope'"};
literal_parser const kw_compare{"compare", true, "'compare'"};
literal_parser const kw_severity{"severity", true, "'severity'"};
literal_parser const kw_priority{"priority", true, "'priority'"};
literal_parser const kw_window{"window", true, "'window'"};
literal_parser const kw_resolve{"resolve", true, "'resolve'"};
literal_parser const kw_context{"context", true, "'context'"};
literal_parser const kw_example{"example", true, "'example'"};
literal_parser const kw_counterexample{"counterexample", true, "'counterexample'"};
literal_parser const kw_known{"known", true, "'known'"};
literal_parser const kw_source{"source", true, "'source'"};
literal_parser const kw_gap{"gap", true, "'gap'"};
literal_parser const kw_exact{"exact", true, "'exact'"};
literal_parser const kw_within{"within", true, "'within'"};
literal_parser const kw_overlap{"overlap", true, "'overlap'"};
literal_parser const kw_start{"start", true, "'start'"};
literal_parser const kw_end{"end", true, "'end'"};
literal_parser const kw_increasing{"increasing", true, "'increasing'"};

literal_parser const p_equals{"=", false, "'='"};
literal_parser const p_comma{",", false, "','"};
literal_parser const p_colon{":", false, "':'"};
literal_parser const p_arrow{"->", false, kExpectArrow};
literal_parser const p_fat_arrow{"=>", false, "'=>'"};
literal_parser const p_lparen{"(", false, "'('"};
literal_parser const p_rparen_roles{")", false, "',' or ')'"};
literal_parser const p_rparen_group{")", false, "a pattern word, '|' or ')'"};
literal_parser const p_lbrace{"{", false, "'{'"};
literal_parser const p_rbrace{"}", false, "'}' to end the capture"};
literal_parser const p_open_body{"{", false, "'{' to start the fact's items"};
literal_parser const p_bar{"|", false, "'|'"};
literal_parser const p_question{"?", false, "'?'"};
literal_parser const p_dots{"...", false, "'...'"};
literal_parser const p_at{"@", false, "'@'"};
literal_parser const p_percent{"%", false, "'%'"};

end_parser const end_of_line{"end of line"};
end_parser const end_of_pattern{"a pattern word, '{role}', '(', '...', '@macro' or end of line"};
end_parser const end_of_aliases{"',' and another alias, or end of line"};
end_parser const end_of_roles{"another 'role=value' or end of line"};
digit_ahead_parser const digit_ahead{};

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

int to_int(const std::string& text) {
  long long v = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec == std::errc::result_out_of_range) return text[0] == '-' ? INT_MIN : INT_MAX;
  (void)ptr;
  return static_cast<int>(std::clamp<long long>(v, INT_MIN, INT_MAX));
}

// One `role=value` pair of an example or a known value.
struct Assignment {
  Tok role;
  Tok value;
};

// One fact item, whatever its keyword; the loop merges it into the fact.
struct BodyItem {
  Tok keyword;
  Tok argument;  // scope, severity, priority, window
  Pattern pattern;
  CompareSpec compare;
  Tok text;      // example text or known source note
  std::vector<Assignment> assignments;
  std::vector<Tok> names;  // roles of `resolve a, b from context`
};

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
auto const group_def = x3::raw[p_lparen >> (alt_seq[push_child] % p_bar) > p_rparen_group][finish_group];
auto const alt_seq_def = x3::raw[*element[push_element]][set_node_span];
auto const gap_def = p_dots[make_default_gap] |
                     x3::raw[kw_gap >> digit_ahead > gap_bounds[set_gap_bounds]][set_node_span];
auto const macro_ref_def = x3::raw[p_at > macro_name[set_macro_ref]][set_node_span];
auto const literal_def = quoted_words[make_quoted_words] | word_token[make_word] | punctuation_word[make_word];

BOOST_SPIRIT_DEFINE(pattern_seq, element, atom, capture, group, alt_seq, gap, macro_ref, literal)

// ---------------------------------------------------------------------------
// Top-level declarations.

x3::rule<class entity_decl_id, EntityDecl> const entity_decl = "an entity declaration";
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
auto const add_role = [](auto& ctx) { x3::_val(ctx).roles.push_back(std::move(x3::_attr(ctx))); };
auto const set_value_role = [](auto& ctx) { x3::_val(ctx).value = std::move(x3::_attr(ctx)); };
auto const set_symmetric = [](auto& ctx) {
  x3::_val(ctx).symmetric = true;
  x3::_val(ctx).symmetric_span = span_of(ctx, x3::_attr(ctx));
};
auto const set_decl_span = [](auto& ctx) { x3::_val(ctx).span = span_of_range(ctx, x3::_attr(ctx)); };

auto const entity_decl_def =
    x3::raw[kw_entity > entity_name[set_entity_name] > -(p_colon > entity_kind[set_entity_kind]) >
            -(p_equals > alias_text[add_alias] > *(p_comma > alias_text[add_alias]))][set_decl_span] >
    end_of_aliases;
auto const macro_decl_def =
    x3::raw[kw_macro > macro_name[set_entity_name] > p_equals > pattern_seq[set_macro_body]][set_decl_span] >
    end_of_pattern;
auto const include_decl_def = kw_include > file_name[set_file_ref] > end_of_line;
auto const entities_from_def = kw_entities > kw_from > file_name[set_file_ref] > end_of_line;
auto const role_decl_def = role_name[set_role_name] > p_colon > type_name[set_role_type];
auto const fact_header_def =
    x3::raw[kw_fact > fact_name[set_entity_name] >
            -(p_lparen > -(role_decl[add_role] > *(p_comma > role_decl[add_role])) > p_rparen_roles) > p_arrow >
            role_decl[set_value_role] > -kw_symmetric[set_symmetric]][set_decl_span] >
    p_open_body;

BOOST_SPIRIT_DEFINE(entity_decl, macro_decl, include_decl, entities_from, role_decl, fact_header)

// ---------------------------------------------------------------------------
// Fact items.

x3::rule<class pattern_item_id, BodyItem> const pattern_item = "a pattern";
x3::rule<class cue_item_id, BodyItem> const cue_item = "a cue";
x3::rule<class alternatives_id, PatternNode> const alternatives = kExpectPatternItem;
x3::rule<class unless_item_id, BodyItem> const unless_item = "words that veto a cue";
x3::rule<class argument_item_id, BodyItem> const scope_item = "a scope";
x3::rule<class severity_item_id, BodyItem> const severity_item = "a severity";
x3::rule<class priority_item_id, BodyItem> const priority_item = "a priority";
x3::rule<class window_item_id, BodyItem> const window_item = "a window";
x3::rule<class symmetric_item_id, BodyItem> const symmetric_item = "'symmetric'";
x3::rule<class resolve_item_id, BodyItem> const resolve_item = "roles to resolve from context";
x3::rule<class compare_item_id, BodyItem> const compare_item = "a comparison";
x3::rule<class compare_spec_id, CompareSpec> const compare_spec = kExpectComparison;
x3::rule<class within_unit_id, CompareSpec> const within_unit = "'%' or a unit such as 'km'";
x3::rule<class example_item_id, BodyItem> const example_item = "an example";
x3::rule<class counterexample_item_id, BodyItem> const counterexample_item = "a counterexample";
x3::rule<class known_item_id, BodyItem> const known_item = "a known value";
x3::rule<class assignment_id, Assignment> const assignment = "a role and its value such as 'partner=Russia'";
x3::rule<class value_id, Tok> const value_text = "a value such as 'Russia' or '10' (quote values with spaces)";

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

auto const pattern_item_def = kw_pattern[set_keyword] > pattern_seq[set_pattern] > end_of_pattern;
// Cues and vetoes list alternatives without parentheses: `cue trade | commerce`.
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
auto const cue_item_def = kw_cue[set_keyword] > alternatives[set_pattern] > end_of_pattern;
auto const unless_item_def = kw_unless[set_keyword] > alternatives[set_pattern] > end_of_pattern;
auto const scope_item_def = kw_scope[set_keyword] > scope_name[set_argument] > end_of_line;
auto const severity_item_def = kw_severity[set_keyword] > severity_name[set_argument] > end_of_line;
auto const priority_item_def = kw_priority[set_keyword] > whole_number[set_argument] > end_of_line;
auto const window_item_def = kw_window[set_keyword] > sentence_count[set_argument] > end_of_line;
auto const symmetric_item_def = kw_symmetric[set_keyword] > end_of_line;
auto const resolve_item_def = kw_resolve[set_keyword] > role_name[add_name] > *(p_comma > role_name[add_name]) >
                              kw_from > kw_context > end_of_line;
auto const compare_item_def = kw_compare[set_keyword] > compare_spec[set_compare] > end_of_line;
auto const compare_spec_def =
    x3::raw[kw_exact[set_compare_kind(CompareSpec::Kind::Exact)] |
            kw_overlap[set_compare_kind(CompareSpec::Kind::Overlap)] |
            kw_start[set_compare_kind(CompareSpec::Kind::Start)] |
            kw_end[set_compare_kind(CompareSpec::Kind::End)] |
            kw_increasing[set_compare_kind(CompareSpec::Kind::Increasing)] |
            (kw_within > amount[set_amount] > within_unit[merge_within])][set_node_span];
auto const within_unit_def = p_percent[set_compare_kind(CompareSpec::Kind::WithinPercent)] | unit_name[set_unit];
// Fact items are read with the pattern skipper, so a missing argument is reported on
// its own line; only `=>` may start a new line, and roles may go on over lines.
auto const more_assignments = *x3::skip(line_skipper)[assignment[add_assignment]];
auto const example_item_def = kw_example[set_keyword] > example_text[set_text] >
                              -(x3::skip(line_skipper)[p_fat_arrow] > assignment[add_assignment] >
                                more_assignments) >
                              end_of_roles;
auto const counterexample_item_def = kw_counterexample[set_keyword] > example_text[set_text] > end_of_line;
auto const known_item_def = kw_known[set_keyword] > assignment[add_assignment] > more_assignments >
                            -(x3::skip(line_skipper)[kw_source] > note_text[set_text]) > end_of_roles;
auto const assignment_def = role_name[set_role] >> p_equals > value_text[set_value];
auto const value_text_def = value_quoted | value_bare;

BOOST_SPIRIT_DEFINE(resolve_item, alternatives, cue_item, unless_item)
BOOST_SPIRIT_DEFINE(pattern_item, scope_item, severity_item, priority_item, window_item, symmetric_item,
                    compare_item, compare_spec, within_unit, example_item, counterexample_item, known_item,
                    assignment, value_text)

// ---------------------------------------------------------------------------
// The recovery loop.

bool contains(const std::vector<std::string>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Candidates for "did you mean": the closed list of words an expectation names, or
// none when what was expected is open (a name, a number, text).
const std::vector<std::string>& candidates_for(const std::string& expected) {
  static const std::vector<std::string> kArrow = {"->"};
  static const std::vector<std::string> kNone;
  if (expected == kExpectComparison) return kComparisonKeywords;
  if (expected == kExpectSeverity) return kSeverityKeywords;
  if (expected == kExpectArrow) return kArrow;
  return kNone;
}

class FileParser {
 public:
  FileParser(const SourceFile& file, ParsedFile& out, source::DiagnosticSink& sink)
      : file_(&file), out_(out), sink_(sink) {
    begin_ = file.text().data();
    pos_ = begin_;
    end_ = begin_ + file.text().size();
    // A UTF-8 byte order mark, as some editors write, is not part of the rules.
    if (file.text().rfind("\xEF\xBB\xBF", 0) == 0) pos_ += 3;
  }

  void run() {
    for (;;) {
      skip_space();
      if (pos_ == end_) return;
      std::string word = word_at(pos_);
      bool ok = true;
      if (word == "entity") {
        EntityDecl decl;
        if ((ok = parse(entity_decl, decl))) {
          // `entity Crimea` alone: the name is its only alias.
          if (decl.aliases.empty()) {
            decl.aliases.push_back(decl.name);
            decl.alias_spans.push_back(decl.name_span);
          }
          out_.entities.push_back(std::move(decl));
        }
      } else if (word == "entities") {
        FileReference ref;
        if ((ok = parse(entities_from, ref))) out_.entity_files.push_back(std::move(ref));
      } else if (word == "include") {
        FileReference ref;
        if ((ok = parse(include_decl, ref))) out_.includes.push_back(std::move(ref));
      } else if (word == "macro") {
        MacroDecl decl;
        if ((ok = nesting_ok(pos_) && parse(macro_decl, decl))) out_.macros.push_back(std::move(decl));
      } else if (word == "fact") {
        ok = parse_fact();
      } else if (contains(kFactItemKeywords, word)) {
        sink_.error(found_span(pos_), "'" + word + "' belongs inside a fact, between its '{' and '}'");
        ok = false;
      } else {
        unexpected(pos_, "'entity', 'fact', 'macro' or 'include'", kDeclarationKeywords);
        ok = false;
      }
      if (!ok) skip_lines_until(kDeclarationKeywords, false);
    }
  }

 private:
  // Runs one X3 rule from the current position. On failure reports it, leaves the
  // position where it was and returns false.
  template <typename Rule, typename Attribute, typename Skipper = space_parser<true>>
  bool parse(const Rule& rule, Attribute& attr, const Skipper& skipper = line_skipper) {
    It i = pos_;
    try {
      if (x3::phrase_parse(i, end_, x3::with<file_tag>(file_)[rule], skipper, attr,
                           x3::skip_flag::dont_post_skip)) {
        pos_ = i;
        return true;
      }
      report_expected(pos_, "valid rule syntax");
    } catch (const x3::expectation_failure<It>& failure) {
      report_expected(failure.where(), failure.which());
    }
    return false;
  }

  bool parse_fact() {
    FactDecl fact;
    if (!parse(fact_header, fact)) {
      // Still read the body when the header line opens one, so its mistakes are
      // reported too; the fact itself is dropped.
      It brace = pos_;
      while (brace != end_ && *brace != '\n' && *brace != '{' && *brace != '#') ++brace;
      if (brace == end_ || *brace != '{') return false;
      pos_ = brace + 1;
      FactDecl dropped = std::move(fact);
      parse_body(dropped);
      return true;
    }
    parse_body(fact);
    out_.facts.push_back(std::move(fact));
    return true;
  }

  // Reads fact items up to the closing `}`; the position is just after the `{`.
  void parse_body(FactDecl& fact) {
    std::map<std::string, Span> options;
    if (fact.symmetric) options["symmetric"] = fact.symmetric_span;
    Span open_brace = span_at(pos_ - 1, pos_);
    for (;;) {
      skip_space();
      if (pos_ == end_ || (at_line_start(pos_) && contains(kDeclarationKeywords, word_at(pos_)))) {
        source::Diagnostic d = source::make_diagnostic(
            source::Severity::Error, found_span(pos_),
            "expected '}' to close fact '" + fact.name + "', found " + found_text(pos_));
        d.notes.push_back(source::make_diagnostic(source::Severity::Note, open_brace,
                                                  "fact '" + fact.name + "' starts here"));
        sink_.add(std::move(d));
        break;
      }
      if (*pos_ == '}') {
        ++pos_;
        break;
      }
      std::string word = word_at(pos_);
      if (!contains(kFactItemKeywords, word)) {
        unexpected(pos_, "a fact item such as 'pattern', 'example' or 'compare'", kFactItemKeywords);
        skip_in_body();
        continue;
      }
      if ((word == "pattern" || word == "cue" || word == "unless") && !nesting_ok(pos_)) {
        skip_in_body();
        continue;
      }
      BodyItem item;
      bool ok = false;
      if (word == "pattern") ok = parse(pattern_item, item, blank_skipper);
      else if (word == "cue") ok = parse(cue_item, item, blank_skipper);
      else if (word == "unless") ok = parse(unless_item, item, blank_skipper);
      else if (word == "scope") ok = parse(scope_item, item, blank_skipper);
      else if (word == "compare") ok = parse(compare_item, item, blank_skipper);
      else if (word == "severity") ok = parse(severity_item, item, blank_skipper);
      else if (word == "priority") ok = parse(priority_item, item, blank_skipper);
      else if (word == "window") ok = parse(window_item, item, blank_skipper);
      else if (word == "symmetric") ok = parse(symmetric_item, item, blank_skipper);
      else if (word == "resolve") ok = parse(resolve_item, item, blank_skipper);
      else if (word == "example") ok = parse(example_item, item, blank_skipper);
      else if (word == "counterexample") ok = parse(counterexample_item, item, blank_skipper);
      else if (word == "known") ok = parse(known_item, item, blank_skipper);
      if (ok) {
        merge(fact, std::move(item), options);
      } else {
        skip_in_body();
      }
    }
    fact.span.end = static_cast<std::size_t>(pos_ - begin_);
  }

  // Folds one parsed item into its fact; options given twice are errors.
  void merge(FactDecl& fact, BodyItem item, std::map<std::string, Span>& options) {
    const std::string& kw = item.keyword.text;
    Span kw_span = span_at(item.keyword.begin, item.keyword.end);
    if (kw == "pattern" || kw == "cue" || kw == "unless") {
      auto& list = kw == "pattern" ? fact.patterns : kw == "cue" ? fact.cues : fact.vetoes;
      list.push_back(std::move(item.pattern));
      return;
    }
    if (kw == "example" || kw == "counterexample") {
      Example ex;
      ex.counter = kw == "counterexample";
      ex.text = item.text.text;
      ex.span = kw_span;
      for (const Assignment& a : item.assignments) {
        ex.expected.emplace_back(a.role.text, a.value.text);
        ex.role_spans.push_back(span_at(a.role.begin, a.role.end));
        ex.value_spans.push_back(span_at(a.value.begin, a.value.end));
      }
      fact.examples.push_back(std::move(ex));
      return;
    }
    if (kw == "known") {
      KnownValue known;
      known.span = kw_span;
      known.note = item.text.text;
      bool has_value = false;
      for (const Assignment& a : item.assignments) {
        if (a.role.text == fact.value.name && !has_value) {
          known.value_text = a.value.text;
          known.value_span = span_at(a.value.begin, a.value.end);
          has_value = true;
        } else {
          known.roles.emplace_back(a.role.text, a.value.text);
          known.role_spans.push_back(span_at(a.role.begin, a.role.end));
          known.entity_spans.push_back(span_at(a.value.begin, a.value.end));
        }
      }
      fact.known.push_back(std::move(known));
      return;
    }
    auto [it, inserted] = options.emplace(kw, kw_span);
    if (!inserted) {
      source::Diagnostic d = source::make_diagnostic(
          source::Severity::Error, kw_span, "option '" + kw + "' is given twice in fact '" + fact.name + "'");
      d.notes.push_back(source::make_diagnostic(source::Severity::Note, it->second, "first given here"));
      sink_.add(std::move(d));
      return;
    }
    if (kw == "scope") {
      fact.scope = "year";
    } else if (kw == "compare") {
      fact.compare = std::move(item.compare);
    } else if (kw == "severity") {
      fact.severity = item.argument.text;
    } else if (kw == "priority") {
      fact.priority = to_int(item.argument.text);
      fact.priority_span = span_at(item.argument.begin, item.argument.end);
    } else if (kw == "window") {
      fact.window = to_int(item.argument.text);
      fact.window_span = span_at(item.argument.begin, item.argument.end);
    } else if (kw == "symmetric") {
      fact.symmetric = true;
      fact.symmetric_span = kw_span;
    } else if (kw == "resolve") {
      for (const Tok& name : item.names) {
        fact.context_roles.push_back(name.text);
        fact.context_role_spans.push_back(span_at(name.begin, name.end));
      }
    }
  }

  // Groups nest at most kMaxNesting deep on one line, so no input can exhaust the
  // stack of the recursive pattern rules. Reports the first group too deep.
  bool nesting_ok(It from) {
    int depth = 0;
    bool in_quote = false;
    for (It i = from; i != end_ && *i != '\n'; ++i) {
      if (in_quote) {
        if (*i == '\\' && i + 1 != end_ && i[1] != '\n') ++i;
        else if (*i == '"') in_quote = false;
      } else if (*i == '"') {
        in_quote = true;
      } else if (*i == '#') {
        break;
      } else if (*i == '(' && ++depth > kMaxNesting) {
        sink_.error(span_at(i, i + 1), "groups nest too deeply: at most " + std::to_string(kMaxNesting) +
                                           " '(' may be open at once");
        return false;
      } else if (*i == ')') {
        --depth;
      }
    }
    return true;
  }

  // --- positions and recovery --------------------------------------------

  Span span_at(It b, It e) const {
    return Span{file_, static_cast<std::size_t>(b - begin_), static_cast<std::size_t>(e - begin_)};
  }

  void skip_space() { line_skipper.parse(pos_, end_, x3::unused, x3::unused, x3::unused); }

  bool at_line_start(It p) const {
    while (p != begin_ && is_blank(p[-1])) --p;
    return p == begin_ || p[-1] == '\n';
  }

  // The word that decides what an item is; hyphens included, so `pattern-x` is
  // reported as an unknown item rather than a broken pattern.
  static std::string word_at(It p, It end) {
    It i = p;
    while (i != end && (is_ident_char(*i) || *i == '-')) ++i;
    return std::string(p, i);
  }
  std::string word_at(It p) const { return word_at(p, end_); }

  // Moves to the start of the next line whose first word is in `words` or, at the
  // top level, which starts with a word in its first column; or to the end of the
  // file. Inside a fact (`in_body`) it also stops at `}` and at any line
  // that starts a new item, misspelt or not, but not at the continuation of an
  // example or known value (`=> ...`, `role=value`, `source "..."`).
  void skip_lines_until(const std::vector<std::string>& words, bool in_body) {
    for (;;) {
      while (pos_ != end_ && *pos_ != '\n') ++pos_;
      if (pos_ == end_) return;
      ++pos_;
      It i = pos_;
      while (i != end_ && is_blank(*i)) ++i;
      if (i == end_) return;
      if (in_body && *i == '}') return;
      std::string w = word_at(i);
      if (contains(words, w)) return;
      // At the top level, a word in the first column starts a declaration, perhaps a misspelt one.
      if (!in_body && i == pos_ && !w.empty() && is_ident_start(static_cast<unsigned char>(w[0]))) return;
      if (in_body && !w.empty() && is_ident_start(static_cast<unsigned char>(w[0])) && w != "source") {
        It after = i + w.size();
        while (after != end_ && is_blank(*after)) ++after;
        if (after == end_ || *after != '=') return;
      }
    }
  }
  void skip_in_body() { skip_lines_until(kFactItemKeywords, true); }

  // The token at `where`, as the "found ..." part of a message names it.
  It token_start(It where) const {
    It i = where;
    while (i != end_ && is_blank(*i)) ++i;
    return i;
  }

  It token_end(It i) const {
    if (i == end_ || *i == '\n' || *i == '#') return i;
    if (*i == '"') {
      std::size_t n = scan_quoted(i, end_);
      if (n) return i + n;
      It e = i;
      while (e != end_ && *e != '\n') ++e;
      while (e != i && is_blank(e[-1])) --e;
      return e;
    }
    if (is_word_char(static_cast<unsigned char>(*i))) {
      It e = i;
      while (e != end_ && is_word_char(static_cast<unsigned char>(*e))) ++e;
      return e;
    }
    // One code point of punctuation, or `->`, `=>`, `...`.
    for (const char* p : {"...", "->", "=>", ".."}) {
      std::string_view sv(p);
      if (static_cast<std::size_t>(end_ - i) >= sv.size() && std::string_view(i, sv.size()) == sv)
        return i + sv.size();
    }
    It e = i + 1;
    while (e != end_ && (static_cast<unsigned char>(*e) & 0xC0) == 0x80) ++e;
    return e;
  }

  Span found_span(It where) const {
    It b = token_start(where);
    return span_at(b, token_end(b));
  }

  std::string found_text(It where) const {
    It b = token_start(where);
    if (b == end_) return "end of file";
    if (*b == '\n' || *b == '#') return "end of line";
    std::string text(b, token_end(b));
    if (text.size() > 40) text = text.substr(0, 37) + "...";
    return "'" + text + "'";
  }

  void report_expected(It where, std::string expected) {
    // Never show X3's own descriptions (type names) to a rule author.
    if (expected.empty() || expected.find("::") != std::string::npos || expected.find("boost") != std::string::npos)
      expected = "valid rule syntax";
    It b = token_start(where);
    if (b != end_ && *b == '"' && scan_quoted(b, end_) == 0) {
      sink_.error(span_at(b, token_end(b)), "text in double quotes is missing its closing '\"'");
      return;
    }
    std::string message = "expected " + expected + ", found " + found_text(where);
    message += source::suggestion(source::did_you_mean(word_at(b), candidates_for(expected)));
    sink_.error(found_span(where), message);
  }

  void unexpected(It where, const std::string& expected, const std::vector<std::string>& keywords) {
    std::string message = "expected " + expected + ", found " + found_text(where);
    std::string word = word_at(token_start(where));
    if (!word.empty()) message += source::suggestion(source::did_you_mean(word, keywords));
    sink_.error(found_span(where), message);
  }

  const SourceFile* file_;
  ParsedFile& out_;
  source::DiagnosticSink& sink_;
  It begin_;
  It pos_;
  It end_;
};

}  // namespace

ParsedFile parse_rule_file(const SourceFile& file, source::DiagnosticSink& sink) {
  ParsedFile out;
  FileParser(file, out, sink).run();
  return out;
}

}  // namespace factlint::lang
