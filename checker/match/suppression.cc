// Finding and applying inline suppressions; see suppression.h.
#include "match/suppression.h"

#include <algorithm>

#include <fmt/format.h>

#include "doc/loader.h"

namespace factlint::match {

namespace {

constexpr std::string_view kWord = "factlint-ignore";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string trimmed(std::string_view text) {
  std::size_t b = 0, e = text.size();
  while (b < e && is_space(text[b])) ++b;
  while (e > b && is_space(text[e - 1])) --e;
  return std::string(text.substr(b, e - b));
}

// "border_length, crimea_annexation -- reason" -> facts and reason.
void read_body(std::string_view body, Suppression& s) {
  std::size_t dashes = body.find("--");
  std::string names(body.substr(0, dashes));
  if (dashes != std::string_view::npos) s.reason = trimmed(body.substr(dashes + 2));
  std::replace(names.begin(), names.end(), ',', ' ');
  std::size_t i = 0;
  while (i < names.size()) {
    while (i < names.size() && is_space(names[i])) ++i;
    std::size_t start = i;
    while (i < names.size() && !is_space(names[i])) ++i;
    if (i > start) s.facts.push_back(names.substr(start, i - start));
  }
}

// 1-based line of a byte offset, counting '\n'.
int line_of(const std::vector<std::size_t>& starts, std::size_t offset) {
  return static_cast<int>(std::upper_bound(starts.begin(), starts.end(), offset) - starts.begin());
}

std::vector<std::size_t> line_starts(const std::string& text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(i + 1);
  }
  return starts;
}

std::string_view line_text(const std::string& text, const std::vector<std::size_t>& starts, int line) {
  std::size_t b = starts[static_cast<std::size_t>(line - 1)];
  std::size_t e = text.find('\n', b);
  std::string_view out(text.data() + b, (e == std::string::npos ? text.size() : e) - b);
  if (!out.empty() && out.back() == '\r') out.remove_suffix(1);
  return out;
}

// The first line after `line` with text on it; the covered range ends there.
int next_text_line(const std::string& text, const std::vector<std::size_t>& starts, int line) {
  int last = static_cast<int>(starts.size());
  for (int l = line + 1; l <= last; ++l) {
    if (!trimmed(line_text(text, starts, l)).empty()) return l;
  }
  return line;
}

// The last line of the paragraph that starts at `line`: the line before the next blank one.
int paragraph_end(const std::string& text, const std::vector<std::size_t>& starts, int line) {
  int last = static_cast<int>(starts.size());
  while (line < last && !trimmed(line_text(text, starts, line + 1)).empty()) ++line;
  return line;
}

// Whether only blanks share the lines of [begin, end) with it: a comment on lines of its own.
bool alone_on_its_lines(const std::string& text, std::size_t begin, std::size_t end) {
  std::size_t newline = begin == 0 ? std::string::npos : text.rfind('\n', begin - 1);
  std::size_t line_begin = newline == std::string::npos ? 0 : newline + 1;
  std::size_t line_end = text.find('\n', end);
  if (line_end == std::string::npos) line_end = text.size();
  return trimmed(std::string_view(text).substr(line_begin, begin - line_begin)).empty() &&
         trimmed(std::string_view(text).substr(end, line_end - end)).empty();
}

// `begin` and `end` bound the whole comment (or line); `word_offset` is its keyword.
// Alone on its lines it covers them and the next paragraph; beside text, its own
// lines and the next line with text (docs/suppressions.md#what-it-covers).
Suppression make(const doc::Document& document, const std::vector<std::size_t>& starts, std::size_t word_offset,
                 std::size_t begin, std::size_t end) {
  const std::string& text = document.source.text();
  Suppression s;
  s.document = document.path;
  int line = line_of(starts, word_offset);
  s.location = document.source.location(word_offset);
  s.source_line = std::string(line_text(text, starts, line));
  s.first_line = line_of(starts, begin);
  int end_line = line_of(starts, end == begin ? end : end - 1);
  int next = next_text_line(text, starts, end_line);
  s.last_line = next > end_line && alone_on_its_lines(text, begin, end) ? paragraph_end(text, starts, next) : next;
  return s;
}

void find_in_comments(const doc::Document& document, const std::vector<std::size_t>& starts,
                      std::vector<Suppression>& out) {
  const std::string& text = document.source.text();
  std::size_t at = 0;
  while ((at = text.find("<!--", at)) != std::string::npos) {
    std::size_t close = text.find("-->", at + 4);
    std::size_t end = close == std::string::npos ? text.size() : close;
    std::size_t word = at + 4;
    while (word < end && is_space(text[word])) ++word;
    if (std::string_view(text).substr(word, kWord.size()) == kWord) {
      Suppression s = make(document, starts, word, at, close == std::string::npos ? text.size() : close + 3);
      read_body(std::string_view(text).substr(word + kWord.size(), end - word - kWord.size()), s);
      out.push_back(std::move(s));
    }
    at = close == std::string::npos ? text.size() : close + 3;
  }
}

void find_in_lines(const doc::Document& document, const std::vector<std::size_t>& starts,
                   std::vector<Suppression>& out) {
  const std::string& text = document.source.text();
  for (int line = 1; line <= static_cast<int>(starts.size()); ++line) {
    std::string_view raw = line_text(text, starts, line);
    std::size_t word = 0;
    while (word < raw.size() && is_space(raw[word])) ++word;
    for (std::string_view marker : {"#", "//"}) {
      if (raw.substr(word, marker.size()) == marker) {
        word += marker.size();
        while (word < raw.size() && is_space(raw[word])) ++word;
        break;
      }
    }
    if (raw.substr(word, kWord.size() + 1) != std::string(kWord) + ":") continue;
    std::size_t line_begin = starts[static_cast<std::size_t>(line - 1)];
    Suppression s = make(document, starts, line_begin + word, line_begin, line_begin + raw.size());
    read_body(raw.substr(word + kWord.size() + 1), s);
    out.push_back(std::move(s));
  }
}

source::Diagnostic warning(const Suppression& s, std::string message) {
  source::Diagnostic d;
  d.severity = source::Severity::Warning;
  d.path = s.document;
  d.location = s.location;
  d.length = static_cast<int>(kWord.size());
  d.source_line = s.source_line;
  d.message = std::move(message);
  return d;
}

}  // namespace

bool covers(const Suppression& s, const std::string& document, int line, const std::string& fact) {
  return document == s.document && line >= s.first_line && line <= s.last_line &&
         std::find(s.facts.begin(), s.facts.end(), fact) != s.facts.end();
}

std::vector<Suppression> find_suppressions(const doc::Document& document) {
  const std::string& text = document.source.text();
  if (text.find(kWord) == std::string::npos) return {};
  std::vector<std::size_t> starts = line_starts(text);
  std::vector<Suppression> out;
  std::string format = doc::document_format(document.path);
  if (format == "md" || format == "html") {
    find_in_comments(document, starts, out);
  } else {
    find_in_lines(document, starts, out);
  }
  return out;
}

const Suppression* suppression_covering(const std::vector<Suppression>& suppressions, const Statement& statement) {
  auto by = std::find_if(suppressions.begin(), suppressions.end(), [&](const Suppression& s) {
    return covers(s, statement.document, statement.location.line, statement.fact);
  });
  return by == suppressions.end() ? nullptr : &*by;
}

SuppressedStatement suppressed_by(Statement statement, const Suppression& by) {
  return {std::move(statement), fmt::format("{}", source::Place{by.document, by.location}), by.reason};
}

std::vector<SuppressedStatement> apply_suppressions(std::vector<Statement>& statements,
                                                    const std::vector<Suppression>& suppressions,
                                                    const lang::RuleSet& rules, source::DiagnosticSink& sink,
                                                    const OtherSuppressed& other) {
  std::vector<SuppressedStatement> suppressed;
  if (suppressions.empty()) return suppressed;
  std::vector<std::size_t> uses = other.uses;
  uses.resize(suppressions.size(), 0);
  std::vector<Statement> kept;
  for (Statement& statement : statements) {
    const Suppression* by = suppression_covering(suppressions, statement);
    if (by == nullptr) {
      kept.push_back(std::move(statement));
      continue;
    }
    ++uses[static_cast<std::size_t>(by - suppressions.data())];
    suppressed.push_back(suppressed_by(std::move(statement), *by));
  }
  statements = std::move(kept);
  check_suppression_use(suppressions, uses, rules, other.facts, sink);
  return suppressed;
}

void check_suppression_use(const std::vector<Suppression>& suppressions, const std::vector<std::size_t>& uses,
                           const lang::RuleSet& rules, const std::vector<std::string>& other_facts,
                           source::DiagnosticSink& sink) {
  // Quotations are not statements of a rule's fact: "quote" is a name only when the
  // caller compares them (docs/suppressions.md).
  std::vector<std::string> names = other_facts;
  for (const lang::FactDecl& f : rules.facts) names.push_back(f.name);
  for (std::size_t i = 0; i < suppressions.size(); ++i) {
    const Suppression& s = suppressions[i];
    if (s.facts.empty()) {
      sink.add(warning(s, "factlint-ignore names no fact; write the fact to ignore, e.g. 'factlint-ignore border_length'"));
      continue;
    }
    bool unknown = false;
    for (const std::string& fact : s.facts) {
      if (std::find(names.begin(), names.end(), fact) != names.end()) continue;
      unknown = true;
      sink.add(warning(s, fmt::format("factlint-ignore names unknown fact '{}'{}", fact,
                                      source::suggestion(source::did_you_mean(fact, names)))));
    }
    if (!unknown && (i >= uses.size() || uses[i] == 0)) {
      sink.add(warning(s, "this factlint-ignore matches no statement in what it covers (its own line and the "
                          "next paragraph, or beside text the next line with text); remove it"));
    }
  }
}

}  // namespace factlint::match
