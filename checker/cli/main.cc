// factlint's command line: parse options, call the library, map the outcome to an exit code.
#include <algorithm>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "app/check_run.h"
#include "cli/baseline_command.h"
#include "cli/check_command.h"
#include "cli/explain_command.h"
#include "cli/history_command.h"
#include "cli/output.h"
#include "cli/parse_command.h"
#include "cli/rules_command.h"
#include "cli/test_command.h"

namespace {

// `factlint` and `factlint corpus/` mean `factlint check ...`.
std::vector<std::string> with_default_command(int argc, char** argv, const CLI::App& app) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::set<std::string> passthrough{"-h", "--help", "--version"};
  bool has_command = false;
  if (!args.empty()) {
    has_command = passthrough.count(args[0]) > 0;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
      if (sub->get_name() == args[0]) has_command = true;
    }
  }
  if (!has_command) args.insert(args.begin(), "check");
  return args;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace factlint;
  CLI::App app{"factlint: checks whether a corpus of prose documents agrees with itself.\n"
               "Rules (rules/*.facts) describe facts; factlint finds every statement of each fact in the\n"
               "documents (corpus/), reads its value and reports each fact as consistent, conflicting or\n"
               "single-source. Run 'factlint COMMAND --help' for a command's options."};
  app.name("factlint");
  app.set_version_flag("--version", std::string("factlint ") + app::kToolVersion);
  app.require_subcommand(0, 1);
  int exit_code = cli::kExitOk;
  cli::add_check_command(app, &exit_code);
  cli::add_report_command(app, &exit_code);
  cli::add_parse_command(app, &exit_code);
  cli::add_test_command(app, &exit_code);
  cli::add_rules_command(app, &exit_code);
  cli::add_explain_command(app, &exit_code);
  cli::add_baseline_command(app, &exit_code);
  cli::add_history_command(app, &exit_code);

  std::vector<std::string> args = with_default_command(argc, argv, app);
  std::reverse(args.begin(), args.end());  // CLI11 takes arguments in reverse order
  try {
    app.parse(args);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return cli::kExitCannotRun;
  } catch (const std::exception& e) {
    cli::print_error(e.what());
    return cli::kExitCannotRun;
  }
  return exit_code;
}
