// Reading a project TOML file and locating diagnostics in it; see toml_source.h.
#include "project/toml_source.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace factlint::project {

std::optional<TomlSource> TomlSource::read(const std::string& path, const OpenErrors& errors,
                                           source::DiagnosticSink& sink) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    sink.file_error(path, std::filesystem::exists(path) ? errors.unreadable : errors.missing);
    return std::nullopt;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  TomlSource parsed(path, source::SourceFile(path, buffer.str()));
  try {
    parsed.root_ = toml::parse(parsed.file_.text(), path);
  } catch (const toml::parse_error& e) {
    parsed.error_at(e.source(), std::string(e.description()), sink);
    return std::nullopt;
  }
  return parsed;
}

source::Diagnostic TomlSource::diagnostic_at(const toml::source_region& where, std::string message) const {
  source::Diagnostic d;
  d.path = path_;
  d.message = std::move(message);
  d.location = {static_cast<int>(where.begin.line), static_cast<int>(where.begin.column)};
  if (d.location.line > 0) d.source_line = std::string(file_.line_text(file_.line_start(d.location.line)));
  return d;
}

void TomlSource::error_at(const toml::source_region& where, std::string message,
                          source::DiagnosticSink& sink) const {
  sink.add(diagnostic_at(where, std::move(message)));
}

}  // namespace factlint::project
