// Moving to the project root before a command reads anything; see enter_project.h.
#include "cli/enter_project.h"

#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "cli/output.h"
#include "project/config_file.h"
#include "project/project_root.h"
#include "source/display_text.h"

namespace factlint::cli {

namespace fs = std::filesystem;

namespace {

bool given_on_command_line(const CLI::App& cmd, const char* option) {
  const CLI::Option* o = cmd.get_option_no_throw(option);
  return o != nullptr && o->count() > 0;
}

void rebase(const CLI::App& cmd, const GivenPaths& given, const fs::path& start_in_root) {
  for (const auto& [option, value] : given.one) {
    if (given_on_command_line(cmd, option)) *value = project::rebased_path(*value, start_in_root);
  }
  for (const auto& [option, values] : given.many) {
    if (!given_on_command_line(cmd, option)) continue;
    for (std::string& v : *values) v = project::rebased_path(v, start_in_root);
  }
  for (const auto& [option, values] : given.glob_lists) {
    if (!given_on_command_line(cmd, option)) continue;
    for (std::string& v : *values) {
      if (v.find('/') != std::string::npos) v = project::rebased_path(v, start_in_root);
    }
  }
}

}  // namespace

GivenPaths& GivenPaths::path(const char* option, std::string& value) {
  one.emplace_back(option, &value);
  return *this;
}

GivenPaths& GivenPaths::paths(const char* option, std::vector<std::string>& values) {
  many.emplace_back(option, &values);
  return *this;
}

GivenPaths& GivenPaths::globs(const char* option, std::vector<std::string>& values) {
  glob_lists.emplace_back(option, &values);
  return *this;
}

GivenPaths& GivenPaths::corpus(CorpusFlags& f) {
  return paths("paths", f.paths)
      .paths("--rules", f.rules)
      .path("--db", f.db)
      .path("--decisions", f.decisions)
      .globs("--exclude", f.exclude)
      .globs("--quote-ignore", f.quote_ignore);
}

bool enter_project(const CLI::App& cmd, const std::string& config, bool no_config, bool verbose,
                   const GivenPaths& given) {
  if (no_config || !config.empty()) return true;
  std::error_code ec;
  const fs::path start = fs::current_path(ec);
  if (ec) return true;  // nowhere to start from: the relative paths mean what they can
  std::optional<fs::path> root = project::find_project_root(start);
  if (!root || root->lexically_normal() == start.lexically_normal()) return true;
  rebase(cmd, given, start.lexically_relative(*root));
  fs::current_path(*root, ec);
  if (ec) {
    print_error(fmt::format("cannot work from the project root '{}', the folder of {}: {}",
                            source::printable(root->string()), project::kConfigFileName, ec.message()));
    return false;
  }
  if (verbose) {
    fmt::print(stderr, "factlint: note: working from the project root '{}' (the folder of {}); paths are relative to it\n",
               source::printable(root->string()), project::kConfigFileName);
  }
  return true;
}

bool enter_project(const CLI::App& cmd, CorpusFlags& corpus, GivenPaths more) {
  return enter_project(cmd, corpus.config, corpus.no_config, corpus.verbose, more.corpus(corpus));
}

}  // namespace factlint::cli
