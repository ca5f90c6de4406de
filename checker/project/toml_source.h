// A TOML file of the project (.factlint.toml, factlint.decisions.toml) read and parsed
// with toml++, and diagnostics located at any of its nodes. The readers of those
// files share it, so every TOML mistake reads the same: path:line:col and the line.
#pragma once

#include <optional>
#include <string>

#include <toml++/toml.h>

#include "source/diagnostic.h"
#include "source/source_file.h"

namespace factlint::project {

class TomlSource {
 public:
  // What to say when the file cannot be opened: "no such configuration file".
  struct OpenErrors {
    std::string missing;
    std::string unreadable;
  };

  // Reads and parses `path`. A file that cannot be opened is a file error in the sink
  // (the `missing` message when it does not exist); a TOML syntax error is an error
  // at its line and column. nullopt in both cases.
  static std::optional<TomlSource> read(const std::string& path, const OpenErrors& errors,
                                        source::DiagnosticSink& sink);

  const std::string& path() const { return path_; }
  const toml::table& root() const { return root_; }

  // A diagnostic (error severity) at the start of `where`, with its source line.
  source::Diagnostic diagnostic_at(const toml::source_region& where, std::string message) const;
  // The same, added to `sink`.
  void error_at(const toml::source_region& where, std::string message, source::DiagnosticSink& sink) const;

 private:
  TomlSource(std::string path, source::SourceFile file) : path_(std::move(path)), file_(std::move(file)) {}

  std::string path_;
  source::SourceFile file_;
  toml::table root_;
};

}  // namespace factlint::project
