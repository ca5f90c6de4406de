// factlint config: check's settings once flags, .factlint.toml and defaults are settled.
#include "cli/config_command.h"

#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "cli/check_flags.h"
#include "cli/enter_project.h"
#include "cli/output.h"
#include "project/config_file.h"
#include "project/project_root.h"
#include "source/display_text.h"

namespace factlint::cli {

namespace {

std::string keys_help() {
  std::string out = "Keys of .factlint.toml (the long names of check's flags):";
  for (const std::string& key : project::config_keys()) out += " " + key;
  out += ". [[override]] tables set";
  for (const std::string& key : project::override_keys()) out += " " + key;
  return out + " for the documents their 'match' globs name. See docs/configuration.md.";
}

int print_settings(const CLI::App& cmd, CheckFlags& flags) {
  std::vector<Setting> settings;
  if (!enter_project(cmd, flags.corpus, check_paths(flags)) || !resolve_settings(cmd, flags, &settings)) {
    return kExitCannotRun;
  }
  // Every path below is relative to the root (docs/configuration.md#the-project-root).
  std::error_code ec;
  const std::filesystem::path root = std::filesystem::current_path(ec);
  const bool found = flags.corpus.config.empty() && !flags.corpus.no_config && project::find_project_root(root) == root;
  settings.insert(settings.begin(), Setting{"root", root.string(),
                                            found ? std::string("the folder of ") + project::kConfigFileName
                                                  : std::string("the working directory")});
  std::size_t width = 0;
  for (const Setting& s : settings) width = std::max(width, s.key.size() + 3 + s.value.size());
  std::string out;
  for (const Setting& s : settings) {
    std::string line = s.key + " = " + s.value;
    out += fmt::format("{:<{}}  # {}\n", source::printable(line), width, source::printable(s.origin));
  }
  return write_output("", out) ? kExitOk : kExitCannotRun;
}

}  // namespace

void add_config_command(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<CheckFlags>();
  CLI::App* cmd = app.add_subcommand(
      "config",
      "print the settings 'factlint check' would use with these options, and where each comes from: "
      "the command line, .factlint.toml (file:line:column) or the default. Exit 2 when the file has errors.");
  add_check_flags(*cmd, *flags);
  cmd->footer(keys_help());
  cmd->callback([cmd, flags, exit_code] { *exit_code = print_settings(*cmd, *flags); });
}

}  // namespace factlint::cli
