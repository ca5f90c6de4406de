// Building, sorting and rendering diagnostics.
#include "source/diagnostic.h"

#include <algorithm>

#include <fmt/format.h>

#include "source/display_text.h"
#include "source/edit_distance.h"
#include "source/place.h"
#include "source/source_file.h"
#include "source/utf8.h"

namespace factlint::source {

int DiagnosticSink::unread_input_count() const {
  return static_cast<int>(std::count_if(diagnostics_.begin(), diagnostics_.end(), [](const Diagnostic& d) {
    return d.severity == Severity::Error ||
           (d.severity == Severity::Warning && !d.path.empty() && d.location.line == 0);
  }));
}

namespace {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

}  // namespace

Diagnostic make_diagnostic(Severity severity, const Span& span, std::string message) {
  Diagnostic d;
  d.severity = severity;
  d.message = std::move(message);
  if (span.file == nullptr) return d;
  const SourceFile& file = *span.file;
  d.path = file.path();
  d.location = file.location(span.begin);
  d.source_line = std::string(file.line_text(span.begin));
  // Tildes stop at the end of the first line of a multi-line span.
  std::size_t line_end = file.line_start(d.location.line + 1);
  std::size_t end = std::min(std::max(span.end, span.begin + 1), line_end);
  if (end > span.begin) {
    d.length = std::max(1, count_code_points(std::string_view(file.text()).substr(span.begin, end - span.begin)));
  }
  return d;
}

void DiagnosticSink::add(Diagnostic diagnostic) { diagnostics_.push_back(std::move(diagnostic)); }

void DiagnosticSink::error(const Span& span, std::string message) {
  add(make_diagnostic(Severity::Error, span, std::move(message)));
}

void DiagnosticSink::warning(const Span& span, std::string message) {
  add(make_diagnostic(Severity::Warning, span, std::move(message)));
}

void DiagnosticSink::file_error(const std::string& path, std::string message) {
  Diagnostic d;
  d.path = path;
  d.message = std::move(message);
  add(std::move(d));
}

void DiagnosticSink::file_warning(const std::string& path, std::string message) {
  Diagnostic d;
  d.severity = Severity::Warning;
  d.path = path;
  d.message = std::move(message);
  add(std::move(d));
}

std::vector<Diagnostic> DiagnosticSink::sorted() const {
  std::vector<Diagnostic> out = diagnostics_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.path, a.location) < std::tie(b.path, b.location);
  });
  return out;
}

bool DiagnosticSink::has_errors() const { return error_count() > 0; }

int DiagnosticSink::error_count() const {
  return static_cast<int>(std::count_if(diagnostics_.begin(), diagnostics_.end(),
                                        [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

int DiagnosticSink::warning_count() const {
  return static_cast<int>(std::count_if(diagnostics_.begin(), diagnostics_.end(),
                                        [](const Diagnostic& d) { return d.severity == Severity::Warning; }));
}

namespace {

// The most code points of a source line a diagnostic quotes: enough for any rule line,
// short enough that a 50 MB line in a document never reaches the log whole.
constexpr int kMaxQuotedColumns = 160;

// The quoted source line and the caret line under it, both printable. Lines longer than
// kMaxQuotedColumns are cut to a window around the column, marked with "…".
std::pair<std::string, std::string> quoted_line(const std::string& line, int column, int length) {
  int first = std::max(1, column - kMaxQuotedColumns / 2);
  std::string text = first > 1 ? "\xE2\x80\xA6" : "";
  std::string pad = first > 1 ? " " : "";
  int at = 1;
  for (std::size_t i = 0; i < line.size(); ++at) {
    DecodedChar d = decode_utf8(line, i);
    std::string_view bytes(line.data() + i, d.length);
    i += d.length;
    if (at < first) continue;
    if (at >= first + kMaxQuotedColumns) {
      text += "\xE2\x80\xA6";
      break;
    }
    // Tabs stay tabs under the caret so the caret lines up in any terminal.
    std::string shown = bytes == "\t" ? "\t" : printable(bytes);
    text += shown;
    if (at < column) pad += bytes == "\t" ? std::string("\t") : std::string(count_code_points(shown), ' ');
  }
  int tildes = std::clamp(length - 1, 0, kMaxQuotedColumns);
  return {text, pad + "^" + std::string(tildes, '~')};
}

}  // namespace

std::string render(const Diagnostic& d) {
  std::string out;
  std::string path = printable(d.path);
  std::string message = printable(d.message);
  if (d.path.empty()) {
    out = fmt::format("factlint: {}: {}\n", severity_name(d.severity), message);
  } else if (d.location.line == 0) {
    out = fmt::format("{}: {}: {}\n", path, severity_name(d.severity), message);
  } else {
    out = fmt::format("{}: {}: {}\n", Place{path, d.location}, severity_name(d.severity), message);
    if (!d.source_line.empty()) {
      auto [text, caret] = quoted_line(d.source_line, d.location.column, d.length);
      out += fmt::format("{}\n{}\n", text, caret);
    }
  }
  for (const Diagnostic& note : d.notes) out += render(note);
  return out;
}

std::string did_you_mean(const std::string& name, const std::vector<std::string>& candidates) {
  // A code written in the other case ("aud" for "AUD") is that code, however far
  // apart its letters are.
  auto folded = [](std::string s) {
    for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return s;
  };
  for (const std::string& c : candidates) {
    if (c != name && folded(c) == folded(name)) return c;
  }
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(1, name.size() / 3) + 1;
  for (const std::string& c : candidates) {
    std::size_t d = edit_distance(name, c);
    if (d < best_distance && c != name) {
      best_distance = d;
      best = c;
    }
  }
  if (!best.empty() || name.size() < 3) return best;
  // The first words of a longer name: "max_users" for "max_users_per_workspace", when
  // only one candidate begins so.
  for (const std::string& c : candidates) {
    if (c.size() <= name.size() || c.compare(0, name.size(), name) != 0) continue;
    const char next = c[name.size()];
    if (next != '_' && next != ' ' && next != '-') continue;
    if (!best.empty()) return "";
    best = c;
  }
  if (!best.empty() || name.size() < 4) return best;
  // A word cut short: "conflict" for "conflicting", when only one candidate begins so.
  for (const std::string& c : candidates) {
    if (c.size() <= name.size() || c.compare(0, name.size(), name) != 0) continue;
    if (!best.empty()) return "";
    best = c;
  }
  return best;
}

std::string suggestion(const std::string& hint) { return hint.empty() ? "" : "; did you mean '" + hint + "'?"; }

}  // namespace factlint::source
