// factlint config: check's settings once flags, .factlint.toml and defaults are settled.
#include "cli/config_command.h"

#include <memory>

#include <fmt/format.h>

#include "cli/check_flags.h"
#include "cli/output.h"
#include "project/config_file.h"
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
  if (!resolve_settings(cmd, flags, &settings)) return kExitCannotRun;
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
