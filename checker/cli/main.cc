// factlint's command line: parse options, call the library, map the outcome to an exit code.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app/check_run.h"
#include "cli/baseline_command.h"
#include "cli/check_command.h"
#include "cli/decide_command.h"
#include "cli/decisions_command.h"
#include "cli/config_command.h"
#include "cli/explain_command.h"
#include "cli/history_command.h"
#include "cli/huge_pages.h"
#include "cli/output.h"
#include "cli/parse_command.h"
#include "cli/rules_command.h"
#include "cli/serve_command.h"
#include "cli/test_command.h"
#include "source/diagnostic.h"
#include "source/display_text.h"

namespace {

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
  return names;
}

// A first word that is no path but nearly a command is a mistyped command, not a
// document folder: "factlint chek" says so instead of "no such file".
std::string mistyped_command(const std::string& word, const std::vector<std::string>& names) {
  std::error_code ec;
  if (word.empty() || word[0] == '-' || std::filesystem::exists(word, ec)) return "";
  return factlint::source::did_you_mean(word, names);
}

// The place of the first command name after leading options ("factlint --quiet check"
// or "factlint -j 2 report"), or npos. A word that is also an existing path stays a
// document folder, as it would after "check".
std::size_t late_command(const std::vector<std::string>& args, const std::vector<std::string>& names) {
  if (args.empty() || args[0].empty() || args[0][0] != '-') return std::string::npos;
  for (std::size_t i = 1; i < args.size(); ++i) {
    std::error_code ec;
    if (std::find(names.begin(), names.end(), args[i]) != names.end() && !std::filesystem::exists(args[i], ec)) {
      return i;
    }
  }
  return std::string::npos;
}

// `factlint` and `factlint corpus/` mean `factlint check ...`. Options given before
// the command belong to it: users write them there (a newcomer's "factlint --quiet
// check" read "check" as a folder).
std::vector<std::string> with_default_command(int argc, char** argv, const CLI::App& app) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::set<std::string> passthrough{"-h", "--help", "-V", "--version"};
  std::vector<std::string> names = command_names(app);
  if (std::size_t at = late_command(args, names); at != std::string::npos && passthrough.count(args[0]) == 0) {
    std::rotate(args.begin(), args.begin() + static_cast<std::ptrdiff_t>(at), args.begin() + static_cast<std::ptrdiff_t>(at) + 1);
    return args;
  }
  bool has_command = !args.empty() && (passthrough.count(args[0]) > 0 ||
                                       std::find(names.begin(), names.end(), args[0]) != names.end());
  if (!has_command) args.insert(args.begin(), "check");
  return args;
}

// "factlint parse money '-NOK 5'": a phrase that opens with '-' (a negative amount) is
// the text, not an option CLI11 does not know (a blind writer's "text is required").
// An argument of `parse` that starts with '-' and names none of its options moves
// after a "--", where CLI11 reads it as the positional it is; the others keep their
// order, so the type still comes first.
std::vector<std::string> dash_text_last(std::vector<std::string> args, const CLI::App& app) {
  if (args.empty() || args[0] != "parse" || std::find(args.begin(), args.end(), "--") != args.end()) return args;
  const CLI::App* parse = app.get_subcommand("parse");
  std::set<std::string> names;
  for (const CLI::Option* option : parse->get_options()) {
    for (const std::string& name : option->get_lnames()) names.insert("--" + name);
    for (const std::string& name : option->get_snames()) names.insert("-" + name);
  }
  std::vector<std::string> texts;
  std::vector<std::string> kept;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    // "--dat": a long option mistyped, which the error names; never a phrase.
    const bool option = arg.size() < 2 || arg[0] != '-' || arg[1] == '-' ||
                        names.count(arg.substr(0, arg.find('='))) > 0;
    // A number ("-5 km") CLI11 takes as a positional already.
    const bool number = arg.size() > 1 && (std::isdigit(static_cast<unsigned char>(arg[1])) || arg[1] == '.');
    if (option || number || i == 0) {
      kept.push_back(arg);
    } else {
      texts.push_back(arg);
    }
  }
  if (texts.empty()) return args;
  kept.push_back("--");
  kept.insert(kept.end(), texts.begin(), texts.end());
  return kept;
}

// The command CLI11 was reading when it stopped (the deepest one chosen), and how a
// user writes it: "factlint rules lint".
std::pair<const CLI::App*, std::string> chosen_command(const CLI::App& app) {
  const CLI::App* command = &app;
  std::string path = "factlint";
  for (;;) {
    auto chosen = command->get_subcommands();
    if (chosen.empty()) break;
    command = chosen.front();
    path += " " + command->get_name();
  }
  return {command, path};
}

// "--formt" after "check": the nearest long option of the command CLI11 was reading
// ("unknown option '--formt'; did you mean '--format'? (run 'factlint check --help'
// ...)"), or "" when no unknown option is near one.
std::string mistyped_option(const CLI::App& app, const std::vector<std::string>& args) {
  const auto [command, path] = chosen_command(app);
  std::vector<std::string> names;
  for (const CLI::Option* option : command->get_options()) {
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
  }
  for (const std::string& arg : args) {
    if (arg.size() < 3 || arg[0] != '-' || std::isdigit(static_cast<unsigned char>(arg[1]))) continue;
    std::string flag = arg.substr(0, arg.find('='));
    // "-format": a long option written with one dash.
    if (flag[1] != '-' && std::find(names.begin(), names.end(), "-" + flag) != names.end()) {
      return "unknown option '" + flag + "'; long options take two dashes: '-" + flag + "'";
    }
    if (flag[1] != '-') continue;
    if (std::find(names.begin(), names.end(), flag) != names.end()) continue;
    // Nothing near: still an unknown option, named, with where the options are.
    return "unknown option '" + factlint::source::printable(flag) + "'" +
           factlint::source::suggestion(factlint::source::did_you_mean(flag, names)) + " (run '" + path +
           " --help' for its options)";
  }
  return "";
}

// CLI11's own message for any other mistake, said as factlint says errors: prefixed,
// with where the command's options are ("factlint: error: parse: type is required (run
// 'factlint parse --help' for its options)"; was a bare line and "Run with --help").
std::string parse_error_text(const CLI::App& app, const CLI::ParseError& e) {
  return factlint::source::printable(e.what()) + " (run '" + chosen_command(app).second + " --help' for its options)";
}

// "factlint decisions rm": the command that needs one of its own commands, and the
// word given for it, named with the nearest ("unknown command 'rm' of 'factlint
// decisions'; did you mean 'remove'?"); "" when the error is another.
std::string missing_subcommand(const CLI::App& app, const std::vector<std::string>& args) {
  const auto [command, path] = chosen_command(app);
  std::vector<std::string> names = command_names(*command);
  if (names.empty()) return "";
  std::string listed;
  for (const std::string& n : names) listed += (listed.empty() ? "" : ", ") + n;
  auto at = std::find(args.begin(), args.end(), command->get_name());
  std::string word;
  for (auto it = at == args.end() ? at : at + 1; it != args.end(); ++it) {
    if (!it->empty() && (*it)[0] != '-') {
      word = *it;
      break;
    }
  }
  if (word.empty()) return "'" + path + "' needs a command: " + listed + " (run '" + path + " --help')";
  return "unknown command '" + factlint::source::printable(word) + "' of '" + path + "'" +
         factlint::source::suggestion(factlint::source::did_you_mean(word, names)) + " (its commands: " + listed + ")";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace factlint;
  cli::restart_with_huge_pages(argv);
  CLI::App app{"factlint: checks whether a corpus of prose documents agrees with itself.\n"
               "Rules (rules/*.facts) describe facts; factlint finds every statement of each fact in the\n"
               "documents (corpus/), reads its value and reports each fact as consistent, conflicting or\n"
               "single-source. Run 'factlint COMMAND --help' for a command's options."};
  app.name("factlint");
  app.set_version_flag("-V,--version", std::string("factlint ") + app::kToolVersion);
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
  cli::add_decide_command(app, &exit_code);
  cli::add_decisions_command(app, &exit_code);
  cli::add_serve_command(app, &exit_code);
  cli::add_config_command(app, &exit_code);

  if (argc > 1) {
    if (std::string guess = mistyped_command(argv[1], command_names(app)); !guess.empty()) {
      cli::print_error(fmt::format("unknown command '{}'{} (run 'factlint --help' for the commands)", argv[1],
                                   source::suggestion(guess)));
      return cli::kExitCannotRun;
    }
  }
  const std::vector<std::string> given = dash_text_last(with_default_command(argc, argv, app), app);
  std::vector<std::string> args(given.rbegin(), given.rend());  // CLI11 takes arguments in reverse order
  try {
    app.parse(args);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ExtrasError& e) {
    std::string mistyped = mistyped_option(app, given);
    cli::print_error(mistyped.empty() ? parse_error_text(app, e) : mistyped);
    return cli::kExitCannotRun;
  } catch (const CLI::RequiredError& e) {
    std::string missing = missing_subcommand(app, given);
    cli::print_error(missing.empty() ? parse_error_text(app, e) : missing);
    return cli::kExitCannotRun;
  } catch (const CLI::ParseError& e) {
    cli::print_error(parse_error_text(app, e));
    return cli::kExitCannotRun;
  } catch (const std::exception& e) {
    cli::print_error(e.what());
    return cli::kExitCannotRun;
  }
  return exit_code;
}
