// The recovery loop around the grammar: reads a rule file declaration by declaration
// and item by item through lang/grammar.h, reports each syntax error with what was
// expected (and "did you mean" when the expectation is a closed list), then skips to
// the next declaration or fact item, so one run reports every mistake in a file.
#include "lang/rule_file_parser.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "lang/grammar.h"
#include "lang/keywords.h"
#include "lang/lexer.h"
#include "source/diagnostic.h"
#include "source/utf8.h"
#include "value/currency_reading.h"

namespace factlint::lang {

namespace {

using source::SourceFile;
using namespace lexer;

bool contains(const std::vector<std::string>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Candidates for "did you mean": the closed list of words an expectation names, the
// one keyword it names ("'from'": 'form' gets 'from' suggested), or none when what was
// expected is open (a name, a number, text).
std::vector<std::string> candidates_for(const std::string& expected) {
  if (expected == kExpectComparison) return kComparisonKeywords;
  if (expected == kExpectSeverity) return kSeverityKeywords;
  if (expected == kExpectTon) return kTonKeywords;
  for (const value::BareCurrency& bare : value::bare_currencies()) {
    if (expected == bare.expected) return bare.codes();
  }
  if (expected == kExpectArrow) return {"->"};
  if (expected.size() > 2 && expected.front() == '\'' && expected.back() == '\'' &&
      std::all_of(expected.begin() + 1, expected.end() - 1, [](char c) { return is_ident_char(c); })) {
    return {expected.substr(1, expected.size() - 2)};
  }
  return {};
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
      const bool ignored = word == "ignore";
      if (ignored) {
        // `ignore entity ...`: the modifier, then an entity declaration as usual.
        It after = pos_ + word.size();
        while (after != end_ && (*after == ' ' || *after == '\t')) ++after;
        if (word_at(after) != "entity") {
          sink_.error(found_span(after), "expected 'entity' after 'ignore' ('ignore entity K2: mountain = \"K2\"')");
          skip_lines_until(kDeclarationKeywords, false);
          continue;
        }
        pos_ = after;
        word = "entity";
      }
      if (word == "entity") {
        EntityDecl decl;
        decl.ignored = ignored;
        if ((ok = run(parse_entity_decl, decl))) {
          // `entity Crimea` alone: the name is its only alias.
          if (decl.aliases.empty()) {
            decl.aliases.push_back(decl.name);
            decl.alias_spans.push_back(decl.name_span);
          }
          out_.entities.push_back(std::move(decl));
        } else {
          unparsed_declaration("entity", pos_);
        }
      } else if (word == "kind") {
        KindDecl decl;
        if ((ok = run(parse_kind_decl, decl))) out_.kinds.push_back(std::move(decl));
      } else if (word == "entities") {
        FileReference ref;
        if ((ok = run(parse_entities_from, ref))) out_.entity_files.push_back(std::move(ref));
      } else if (word == "include") {
        FileReference ref;
        if ((ok = run(parse_include_decl, ref))) out_.includes.push_back(std::move(ref));
      } else if (word == "macro") {
        MacroDecl decl;
        if ((ok = nesting_ok(pos_) && run(parse_macro_decl, decl))) {
          out_.macros.push_back(std::move(decl));
        } else {
          unparsed_declaration("macro", pos_);
        }
      } else if (word == "fact") {
        ok = parse_fact();
      } else if (word == "quote") {
        ok = parse_quote();
      } else if (contains(kFactItemKeywords, word)) {
        sink_.error(found_span(pos_), "'" + word + "' belongs inside a fact, between its '{' and '}'");
        ok = false;
      } else {
        std::string meant = unexpected(pos_, "'entity', 'kind', 'fact', 'quote', 'macro' or 'include'", kDeclarationKeywords);
        // `enity Russia = ...` still declares Russia as far as its uses are concerned.
        unparsed_declaration(meant, pos_);
        // `fcat x(...) -> v: t {`: one error for the keyword, not one per line of its body.
        ok = skip_unknown_body(meant);
      }
      if (!ok) skip_lines_until(kDeclarationKeywords, false);
    }
  }

 private:
  // Runs one grammar entry point from the current position. On failure reports it,
  // leaves the position where it was and returns false.
  template <typename Attribute>
  bool run(std::optional<SyntaxError> (*entry)(const SourceFile&, It&, It, Attribute&, Recoveries&), Attribute& attr) {
    It i = pos_;
    Recoveries recovered;
    std::optional<SyntaxError> failure = entry(*file_, i, end_, attr, recovered);
    report_recovered(recovered);
    if (failure) {
      report_expected(failure->where, failure->expected);
      return false;
    }
    pos_ = i;
    return true;
  }

  // A declaration of kind `keyword` ("entity", "macro") that did not parse, its
  // keyword at `at` (perhaps misspelt): the name it was giving, and an entity's kind,
  // count as declared for their uses.
  void unparsed_declaration(const std::string& keyword, It at) {
    if (keyword != "entity" && keyword != "macro") return;
    It i = at + word_at(at).size();
    auto next_ident = [&] {
      while (i != end_ && is_blank(*i)) ++i;
      std::size_t n = scan_ident(i, end_);
      std::string word(i, i + n);
      i += n;
      return word;
    };
    std::string name = next_ident();
    if (name.empty()) return;
    if (keyword == "macro") {
      out_.unparsed.macros.insert(name);
      return;
    }
    out_.unparsed.entities.insert(name);
    while (i != end_ && is_blank(*i)) ++i;
    if (i != end_ && *i == ':') {
      ++i;
      if (std::string kind = next_ident(); !kind.empty()) out_.unparsed.entity_kinds.insert(kind);
    }
  }

  bool parse_fact() {
    FactDecl fact;
    if (!run(parse_fact_header, fact)) {
      // Still read the body when the header opens one, so its mistakes are reported
      // too, and its items are not taken for items outside a fact; the fact itself is
      // dropped.
      std::optional<It> brace = body_brace(pos_);
      if (!brace) return false;
      pos_ = *brace + 1;
      FactDecl dropped = std::move(fact);
      parse_body(dropped);
      return true;
    }
    parse_body(fact);
    out_.facts.push_back(std::move(fact));
    return true;
  }

  // The '{' that opens the body of the fact whose header starts at `from` and did not
  // parse: the first outside quotes and comments, on the header's first line or on a
  // later one before any line that starts a declaration, a fact item or with '}'.
  std::optional<It> body_brace(It from) const {
    bool first_line = true;
    for (It line = from; line != end_;) {
      It i = line;
      while (i != end_ && is_blank(*i)) ++i;
      if (!first_line) {
        std::string w = word_at(i);
        if ((i != end_ && *i == '}') || contains(kDeclarationKeywords, w) || contains(kFactItemKeywords, w)) break;
      }
      for (; i != end_ && *i != '\n' && *i != '#'; ++i) {
        if (*i == '{') return i;
        if (*i == '"') {
          std::size_t n = scan_quoted(i, end_);
          if (n == 0) break;  // an unterminated string ends the line's text
          i += n - 1;
        }
      }
      while (i != end_ && *i != '\n') ++i;
      line = i == end_ ? end_ : i + 1;
      first_line = false;
    }
    return std::nullopt;
  }

  // The body of a declaration whose keyword is unknown, when its header opens one:
  // read as a dropped fact's when the keyword was meant as `fact` (its mistakes are
  // reported too), else passed over to its closing '}'. Returns whether it moved.
  bool skip_unknown_body(const std::string& meant) {
    std::optional<It> brace = body_brace(pos_);
    if (!brace) return false;
    It header = pos_;
    pos_ = *brace + 1;
    if (meant == "fact") {
      FactDecl dropped;
      dropped.name = name_after_keyword(header);
      parse_body(dropped);
      return true;
    }
    skip_to_closing_brace();
    return true;
  }

  // The name a declaration starting at `at` gives, after its (perhaps misspelt) keyword.
  std::string name_after_keyword(It at) const {
    It i = at + static_cast<std::ptrdiff_t>(word_at(at).size());
    while (i != end_ && is_blank(*i)) ++i;
    return std::string(i, i + static_cast<std::ptrdiff_t>(scan_ident(i, end_)));
  }

  // Moves past the '}' that closes the block the position is in (quotes and comments
  // aware), or to the next line that starts a declaration when it is never closed.
  void skip_to_closing_brace() {
    int depth = 1;
    while (pos_ != end_) {
      if (at_line_start(pos_) && contains(kDeclarationKeywords, word_at(pos_))) return;
      char c = *pos_;
      if (c == '#') {
        while (pos_ != end_ && *pos_ != '\n') ++pos_;
        continue;
      }
      if (c == '"') {
        std::size_t n = scan_quoted(pos_, end_);
        pos_ += n ? static_cast<std::ptrdiff_t>(n) : 1;
        continue;
      }
      ++pos_;
      if (c == '{') ++depth;
      if (c == '}' && --depth == 0) return;
    }
  }

  // `quote NAME { speaker: X  text: "..."  about: Y }`: items in any order, each once.
  bool parse_quote() {
    QuoteDecl quote;
    if (!run(parse_quote_header, quote)) return false;
    std::map<std::string, Span> given;
    // A quote with an item that did not parse is reported once, at the item, and
    // dropped: "no speaker" on top of a misspelt speaker line would only be noise.
    bool items_ok = true;
    if (!parse_items(quote.name, "quote", kQuoteItemKeywords, "a quote item: 'speaker', 'text' or 'about'",
                     [](const std::string&) { return true; },
                     [&](const std::string& word, BodyItem& item) {
                       It i = pos_;
                       Recoveries recovered;
                       auto failure = parse_quote_item(word, *file_, i, end_, item, recovered);
                       report_recovered(recovered);
                       if (!failure) pos_ = i;
                       return failure;
                     },
                     [&](BodyItem item) { merge(quote, std::move(item), given); }, items_ok)) {
      return true;
    }
    quote.span.end = static_cast<std::size_t>(pos_ - begin_);
    if (items_ok) out_.quotes.push_back(std::move(quote));
    return true;
  }

  // Reads the items of a declaration up to its closing `}` (the position is just after
  // the `{`): each starts with one of `keywords`, is checked by `ready` (which reports
  // what it refuses) and read by `parse_one`, then handed to `take`. Returns false when the closing brace was missing (reported); `items_ok`
  // turns false when an item did not parse (reported).
  template <typename Ready, typename ParseOne, typename Take>
  bool parse_items(const std::string& name, const char* what, const std::vector<std::string>& keywords,
                   const char* expected, Ready ready, ParseOne parse_one, Take take, bool& items_ok) {
    Span open_brace = span_at(pos_ - 1, pos_);
    for (;;) {
      skip_space();
      if (pos_ == end_ || (at_line_start(pos_) && contains(kDeclarationKeywords, word_at(pos_)))) {
        source::Diagnostic d = source::make_diagnostic(
            source::Severity::Error, found_span(pos_),
            std::string("expected '}' to close ") + what + " '" + name + "', found " + found_text(pos_));
        d.notes.push_back(source::make_diagnostic(source::Severity::Note, open_brace,
                                                  std::string(what) + " '" + name + "' starts here"));
        sink_.add(std::move(d));
        return false;
      }
      if (*pos_ == '}') {
        ++pos_;
        return true;
      }
      std::string word = word_at(pos_);
      if (!contains(keywords, word)) {
        unexpected(pos_, expected, keywords);
        skip_lines_until(keywords, true);
        items_ok = false;
        continue;
      }
      if (!ready(word)) {  // `ready` reported why
        skip_lines_until(keywords, true);
        items_ok = false;
        continue;
      }
      BodyItem item;
      if (auto failure = parse_one(word, item)) {
        report_expected(failure->where, failure->expected, &item);
        skip_lines_until(keywords, true);
        items_ok = false;
        continue;
      }
      take(std::move(item));
    }
  }

  // Records that `kw` was written at `where`; the second time, reports `message` there
  // (with a note at the first) and returns false.
  bool given_once(std::map<std::string, Span>& given, const std::string& kw, Span where, const std::string& message) {
    auto [it, inserted] = given.emplace(kw, where);
    if (inserted) return true;
    source::Diagnostic d = source::make_diagnostic(source::Severity::Error, where, message);
    d.notes.push_back(source::make_diagnostic(source::Severity::Note, it->second, "first given here"));
    sink_.add(std::move(d));
    return false;
  }

  // Folds one quote item into its declaration; an item given twice is an error.
  void merge(QuoteDecl& quote, BodyItem item, std::map<std::string, Span>& given) {
    const std::string& kw = item.keyword.text;
    Span kw_span = span_at(item.keyword.begin, item.keyword.end);
    if (!given_once(given, kw, kw_span, "'" + kw + "' is given twice in quote '" + quote.name + "'")) return;
    Span arg = span_at(item.argument.begin, item.argument.end);
    if (kw == "speaker") {
      quote.speaker = item.argument.text;
      quote.speaker_span = arg;
    } else if (kw == "about") {
      quote.about = item.argument.text;
      quote.about_span = arg;
    } else if (kw == "text") {
      quote.text = item.argument.text;
      quote.text_span = arg;
      quote.has_text = true;
    }
  }

  // Reads fact items up to the closing `}`; the position is just after the `{`. A fact
  // keeps the items that parsed: its other errors are worth reporting too.
  void parse_body(FactDecl& fact) {
    std::map<std::string, Span> options;
    if (fact.symmetric) options["symmetric"] = fact.symmetric_span;
    bool items_ok = true;
    parse_items(
        fact.name, "fact", kFactItemKeywords, "a fact item such as 'cue', 'pattern', 'example' or 'scope'",
        [&](const std::string& word) {
          return (word != "pattern" && word != "cue" && word != "unless" && word != "negative" && word != "allow") ||
                 nesting_ok(pos_);
        },
        [&](const std::string& word, BodyItem& item) {
          It i = pos_;
          Recoveries recovered;
          auto failure = parse_fact_item(word, *file_, i, end_, item, recovered);
          report_recovered(recovered);
          if (!failure) pos_ = i;
          return failure;
        },
        [&](BodyItem item) { merge(fact, std::move(item), options); }, items_ok);
    fact.span.end = static_cast<std::size_t>(pos_ - begin_);
    if (!items_ok) out_.unparsed.incomplete_facts.insert(fact.name);
  }

  // Folds one parsed item into its fact; options given twice are errors.
  void merge(FactDecl& fact, BodyItem item, std::map<std::string, Span>& options) {
    const std::string& kw = item.keyword.text;
    Span kw_span = span_at(item.keyword.begin, item.keyword.end);
    if (kw == "pattern" || kw == "cue" || kw == "unless" || kw == "negative" || kw == "allow" || kw == "require") {
      auto& list = kw == "pattern"   ? fact.patterns
                   : kw == "cue"     ? fact.cues
                   : kw == "unless"  ? fact.vetoes
                   : kw == "allow"   ? fact.allowed
                   : kw == "require" ? fact.required
                                     : fact.negatives;
      // `=> service=LeShuttle_Freight` (a pattern or cue line only: the grammar reads
      // no `=>` on the others).
      for (const Assignment& a : item.assignments) {
        item.pattern.fixes.push_back(
            RoleFix{a.role.text, a.value.text, span_at(a.role.begin, a.role.end), span_at(a.value.begin, a.value.end)});
      }
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
      known.year = item.argument.text;
      if (!known.year.empty()) known.year_span = span_at(item.argument.begin, item.argument.end);
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
    if (!given_once(options, kw, kw_span, "option '" + kw + "' is given twice in fact '" + fact.name + "'")) return;
    if (kw == "scope") {
      fact.scope = "year";
    } else if (kw == "compare") {
      fact.compare = std::move(item.compare);
    } else if (kw == "severity") {
      fact.severity = item.argument.text;
    } else if (kw == "ton") {
      fact.ton = item.argument.text;
      fact.ton_span = kw_span;
    } else if (kw == "split") {
      fact.split = item.argument.text;
      fact.split_span = kw_span;
    } else if (kw == "range") {
      fact.range_end = item.argument.text;
      fact.range_end_span = kw_span;
    } else if (kw == "duration") {
      fact.duration_from_dates = true;
      fact.duration_from_dates_span = kw_span;
    } else if (kw == "values") {
      fact.values_text = item.argument.text;
      fact.values_span = span_at(item.argument.begin, item.argument.end);
    } else if (kw == "currency") {
      fact.currencies_span = kw_span;
      for (const Tok& code : item.names) {
        fact.currencies.push_back(code.text);
        fact.currency_code_spans.push_back(span_at(code.begin, code.end));
      }
    } else if (const value::BareCurrency* bare = value::bare_currency(kw)) {
      fact.currency.*bare->code = item.argument.text;
      fact.currency_spans[std::string(bare->name)] = kw_span;
    } else if (kw == "priority") {
      fact.priority = to_int(item.argument.text);
      fact.priority_span = span_at(item.argument.begin, item.argument.end);
    } else if (kw == "window") {
      fact.window = to_int(item.argument.text);
      fact.window_span = span_at(item.argument.begin, item.argument.end);
    } else if (kw == "symmetric") {
      fact.symmetric = true;
      fact.symmetric_span = kw_span;
    } else if (kw == "count") {
      fact.count_ordinals = true;
      fact.count_ordinals_span = kw_span;
    } else if (kw == "plans") {
      fact.plans = true;
      fact.plans_span = kw_span;
    } else if (kw == "current") {
      fact.current_only = true;
      fact.current_only_span = kw_span;
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

  void skip_space() { lang::skip_space(pos_, end_); }

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

  // `item`, when given, is what the failing item had read: an example's text that
  // swallowed its own `=>` gets a note asking for the missing closing quote.
  void report_expected(It where, std::string expected, const BodyItem* item = nullptr) {
    // Never show X3's own descriptions (type names) to a rule author.
    if (expected.empty() || expected.find("::") != std::string::npos || expected.find("boost") != std::string::npos)
      expected = "valid rule syntax";
    It b = token_start(where);
    if (b != end_ && *b == '"' && scan_quoted(b, end_) == 0) {
      sink_.error(span_at(b, token_end(b)), "text in double quotes is missing its closing '\"'");
      return;
    }
    if (expected == kExpectScope && report_scope(b)) return;
    // "end of line\nwhy": what was expected, then after what was found, why.
    std::string why;
    if (std::size_t nl = expected.find('\n'); nl != std::string::npos) {
      why = ": " + expected.substr(nl + 1);
      expected.resize(nl);
    }
    std::string message = "expected " + expected + ", found " + found_text(where) + why;
    message += source::suggestion(source::did_you_mean(word_at(b), candidates_for(expected)));
    source::Diagnostic d = source::make_diagnostic(source::Severity::Error, found_span(where), message);
    if (item && item->text.begin && item->text.end <= where) {
      std::string_view text(item->text.begin, static_cast<std::size_t>(item->text.end - item->text.begin));
      if (std::size_t arrow = text.find("=>"); arrow != std::string_view::npos) {
        It at = item->text.begin + arrow;
        d.notes.push_back(source::make_diagnostic(source::Severity::Note, span_at(at, at + 2),
                                                  "the text in double quotes runs on past '=>': is its closing "
                                                  "'\"' missing before it?"));
      }
    }
    sink_.add(std::move(d));
  }

  // `scope per yaer`: the scope is two words, so the mistake may be the second one.
  // The caret goes under the word that is wrong and the message quotes both, with the
  // phrase meant. False when there is no second word on the line (the usual message).
  bool report_scope(It b) {
    It first_end = token_end(b);
    It second = first_end;
    while (second != end_ && is_blank(*second)) ++second;
    std::string first = word_at(b);
    std::string next = word_at(second);
    if (first.empty() || next.empty()) return false;
    std::string found = first + " " + next;
    Span wrong = first == "per" ? span_at(second, token_end(second)) : span_at(b, first_end);
    sink_.error(wrong, "expected " + std::string(kExpectScope) + ", found '" + found + "'" +
                           source::suggestion(source::did_you_mean(found, {"per year"})));
    return true;
  }

  // A mistake the grammar read past ("expected ',' between two aliases"): the caret
  // goes where the missing text belongs, the message names what comes next, even on
  // a later line.
  void report_recovered(const Recoveries& recovered) {
    for (const SyntaxError& r : recovered) {
      It next = r.where;
      lang::skip_space(next, end_);
      sink_.error(span_at(r.where, r.where), "expected " + r.expected + ", found " + found_text(next));
    }
  }

  // Reports `expected`, with the nearest of `keywords` to the word found; returns that
  // keyword, or "" when none is near.
  std::string unexpected(It where, const std::string& expected, const std::vector<std::string>& keywords) {
    std::string message = "expected " + expected + ", found " + found_text(where);
    std::string word = word_at(token_start(where));
    std::string meant = word.empty() ? std::string() : source::did_you_mean(word, keywords);
    message += source::suggestion(meant);
    sink_.error(found_span(where), message);
    return meant;
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
  // Documents in another encoding are read with a warning; a rule file is not: an
  // alias or cue with a Latin-1 "é" would never match the UTF-8 text of any document.
  if (std::optional<std::size_t> bad = source::find_invalid_utf8(file.text())) {
    sink.error({&file, *bad, *bad + 1},
               fmt::format("not UTF-8 (byte 0x{:02X}): save the rule file as UTF-8 (e.g. 'iconv -f CP1252 -t UTF-8'); "
                           "its words would match no document",
                           static_cast<unsigned>(static_cast<unsigned char>(file.text()[*bad]))));
  }
  FileParser(file, out, sink).run();
  return out;
}

}  // namespace factlint::lang
