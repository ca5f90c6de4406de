// serve: bind 127.0.0.1, print the address with the session's token, serve until
// interrupted. 2 when the check cannot run or the port cannot be bound.
#include "cli/serve_command.h"

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "cli/check_flags.h"
#include "cli/corpus_flags.h"
#include "cli/enter_project.h"
#include "cli/output.h"
#include "cli/whole_number.h"
#include "project/decision_author.h"
#include "serve/review_server.h"

namespace factlint::cli {

namespace {

struct ServeFlags {
  CorpusFlags corpus;
  int port = 8765;
  std::string by;
};

serve::ReviewServer* running = nullptr;

extern "C" void stop_serving(int) {
  // httplib's stop() only flags the listening loop and shuts the socket down.
  if (running != nullptr) running->stop();
}

// The check the app would show, run once before it starts: where it cannot run (no
// rules, no corpus, a broken rule or decisions file) serving a page that says so
// helps nobody, so the errors go to the terminal as `check` prints them, and exit 2.
bool can_check(const app::CheckOptions& options) {
  app::CheckRun run = app::run_check(options);
  if (run.status == app::RunStatus::Ok) return true;
  print_diagnostics(run.diagnostics);
  const int errors = run.diagnostics.error_count();
  print_error(fmt::format("{} error{}; the review app was not started", errors, errors == 1 ? "" : "s"));
  return false;
}

int run(const ServeFlags& f) {
  serve::ReviewOptions options;
  options.check = f.corpus.options();
  options.check.decisions_required = false;  // the first decision creates the file
  if (!can_check(options.check)) return kExitCannotRun;
  options.port = f.port;
  options.tool_version = app::kToolVersion;
  options.author = !f.by.empty() ? f.by : project::decision_author();
  serve::ReviewServer server(std::move(options));
  if (server.bind() < 0) {
    print_error(fmt::format("cannot listen on 127.0.0.1:{}; try another --port, or --port 0 for any free one", f.port));
    return kExitCannotRun;
  }
  running = &server;
  std::signal(SIGINT, stop_serving);
  std::signal(SIGTERM, stop_serving);
  std::cout << "factlint serve: open " << server.url() << "\n"
            << "factlint serve: decisions go to '" << f.corpus.options().decisions_path
            << "'; Ctrl-C stops the server" << std::endl;
  bool ok = server.listen();
  running = nullptr;
  return ok ? kExitOk : kExitCannotRun;
}

}  // namespace

void add_serve_command(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<ServeFlags>();
  CLI::App* cmd = app.add_subcommand(
      "serve",
      "the review app: the HTML report, live, on http://127.0.0.1 only, with buttons to decide each conflict "
      "(canonical value, acknowledged disagreement, wrong extraction, with a note). Decisions go to "
      "factlint.decisions.toml through the same checks as 'factlint decide'. It prints an address with a "
      "per-session token; only a browser given it can use the app. See docs/review-app.md.");
  add_corpus_flags(*cmd, f->corpus);
  cmd->add_option("--port", f->port, "port on 127.0.0.1 (0: any free port, printed)")
      ->check(whole_number(0, 65535))
      ->capture_default_str();
  cmd->add_option("--by", f->by, "the name the forms fill in as who decided (default: $FACTLINT_AUTHOR, else git's user.name, else $USER)");
  cmd->callback([cmd, f, exit_code] {
    bool settled = enter_project(*cmd, f->corpus) && resolve_corpus_settings(*cmd, f->corpus);
    *exit_code = settled ? run(*f) : kExitCannotRun;
  });
}

}  // namespace factlint::cli
