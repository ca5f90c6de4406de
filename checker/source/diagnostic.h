// Diagnostics: what the library reports about bad input (rule files, documents,
// options), collected in a sink and rendered compiler-style by the CLI.
#pragma once

#include <string>
#include <vector>

#include "source/source_file.h"

namespace factlint::source {

enum class Severity { Error, Warning, Note };

// One located message. `path` is empty for program-level problems; `line` 0 means
// the whole file. `length` is the span width in code points (1 draws just a caret).
struct Diagnostic {
  Severity severity = Severity::Error;
  std::string path;
  Location location;
  int length = 1;
  std::string message;
  std::string source_line;             // the line quoted under the message, if any
  std::vector<Diagnostic> notes;       // secondary locations ("note: first declared here")
};

// Builds a diagnostic located at `span`; a span without a file gives an unlocated one.
Diagnostic make_diagnostic(Severity severity, const Span& span, std::string message);

// Collects diagnostics; library code adds here and never prints.
class DiagnosticSink {
 public:
  void add(Diagnostic diagnostic);
  void error(const Span& span, std::string message);
  void warning(const Span& span, std::string message);
  // A diagnostic about a whole file (unreadable, not UTF-8, ...).
  void file_error(const std::string& path, std::string message);
  void file_warning(const std::string& path, std::string message);

  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  // Diagnostics ordered by path, line, column, then insertion order.
  std::vector<Diagnostic> sorted() const;
  bool has_errors() const;
  int error_count() const;
  int warning_count() const;
  // Errors, and warnings about a whole file or folder (skipped, empty, a broken link):
  // the inputs a run could not read, which `check --strict` fails on.
  int unread_input_count() const;
  void clear() { diagnostics_.clear(); }

 private:
  std::vector<Diagnostic> diagnostics_;
};

// "path:line:col: error: message", the source line, and a caret with tildes under
// the span; then the notes. Ends with a newline.
std::string render(const Diagnostic& diagnostic);

// The closest candidate within a small edit distance, or "" when none is close.
std::string did_you_mean(const std::string& name, const std::vector<std::string>& candidates);

// The one spelling of a suggestion, appended to a message: "; did you mean 'x'?" for
// `hint` "x", "" for an empty hint. "unknown unit 'kilometrs'" + suggestion("kilometers").
std::string suggestion(const std::string& hint);

}  // namespace factlint::source
