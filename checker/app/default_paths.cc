// The message for a missing default rules/ folder; see default_paths.h.
#include "app/default_paths.h"

#include <filesystem>
#include <optional>
#include <system_error>

#include "project/config_file.h"

namespace factlint::app {

namespace fs = std::filesystem;

namespace {

// The nearest folder above `start` with a rules/ folder, up to the git work tree's
// root (where find_config_file stops too); nullopt when there is none.
std::optional<fs::path> rules_above(const fs::path& start) {
  std::error_code ec;
  for (fs::path dir = start; dir.has_relative_path();) {
    if (fs::exists(dir / ".git", ec)) break;
    dir = dir.parent_path();
    if (fs::is_directory(dir / kDefaultRules, ec)) return dir;
  }
  return std::nullopt;
}

}  // namespace

bool default_rules_missing(const std::vector<std::string>& rule_paths, source::DiagnosticSink& sink) {
  std::error_code ec;
  if (rule_paths != std::vector<std::string>{kDefaultRules} || fs::exists(kDefaultRules, ec)) return false;
  const fs::path here = fs::current_path(ec);
  std::string message = "no rules/ folder here (" + here.string() + "); pass --rules PATH or write rules/*.facts (docs/rules.md)";
  if (std::optional<fs::path> above = rules_above(here)) {
    message += "; '" + above->string() + "' has a rules/ folder but no " + project::kConfigFileName +
               ": add one there (docs/configuration.md) and factlint finds the project from any of its subfolders";
  }
  sink.file_error(kDefaultRules, message);
  return true;
}

}  // namespace factlint::app
