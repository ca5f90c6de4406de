// The review app's HTTP side; see review_server.h. Every request passes the
// RequestGuard first; pages come from report::html_report, so document text is escaped
// and the page's Content-Security-Policy holds here as in a saved report.
#include "serve/review_server.h"

#include <algorithm>
#include <fstream>
#include <mutex>
#include <sstream>

#include <fmt/format.h>
#include <httplib.h>

#include "app/record_decision.h"
#include "app/undo_decision.h"
#include "compare/decision.h"
#include "report/finding_text.h"
#include "report/html_report.h"
#include "serve/request_guard.h"
#include "source/ascii.h"
#include "source/diagnostic.h"

namespace factlint::serve {

namespace {

// Diagnostics as the page shows them, a line each: the place when there is one, and
// the message, without the CLI's "factlint: error: " voice or the quoted source line
// (its caret lines up only in a terminal). Warnings say so; errors are the message.
std::string page_text(const source::DiagnosticSink& sink) {
  std::string out;
  auto add = [&out](const source::Diagnostic& d) {
    if (!out.empty()) out += '\n';
    if (!d.path.empty()) {
      out += d.location.line > 0 ? fmt::format("{}:{}:{}: ", d.path, d.location.line, d.location.column) : d.path + ": ";
    }
    if (d.severity == source::Severity::Warning) out += "warning: ";
    out += d.message;
  };
  for (const source::Diagnostic& d : sink.sorted()) {
    add(d);
    for (const source::Diagnostic& note : d.notes) add(note);
  }
  return out;
}

}  // namespace

struct ReviewServer::Impl {
  ReviewOptions options;
  RequestGuard guard;
  httplib::Server server;
  int port = -1;
  std::mutex mutex;          // one check or decision at a time: they share the store and the file
  std::string flash;         // the outcome of the last decision, shown once
  bool flash_is_error = false;

  explicit Impl(ReviewOptions o) : options(std::move(o)), guard(options.token, options.port) {}

  // `body_read`: httplib reads a POST's body (and its form fields) only after the
  // pre-routing handler, so the form's token is checked again in the handler.
  RequestFacts facts_of(const httplib::Request& req, bool body_read) const {
    RequestFacts f;
    f.method = req.method;
    f.host = req.get_header_value("Host");
    f.origin = req.get_header_value("Origin");
    f.cookie = req.get_header_value("Cookie");
    f.query_token = req.method == "POST" ? "" : req.get_param_value("token");
    if (req.method == "POST") f.form_token = body_read ? req.get_param_value("token") : guard.token();
    return f;
  }

  void refuse(Access access, httplib::Response& res) {
    res.status = access == Access::WrongMethod ? 405 : 403;
    res.set_content(fmt::format("factlint serve: {}\n", access_message(access)), "text/plain; charset=utf-8");
  }

  // Refuses the request with a plain-text 403 unless the guard allows it.
  httplib::Server::HandlerResponse admit(const httplib::Request& req, httplib::Response& res) {
    Access access = guard.check(facts_of(req, false));
    if (access == Access::Allow) return httplib::Server::HandlerResponse::Unhandled;
    if (access == Access::AllowAndSetCookie) {
      // The token leaves the address bar (and the history) for the cookie.
      res.set_header("Set-Cookie", guard.cookie());
      res.set_redirect("/", 303);
      return httplib::Server::HandlerResponse::Handled;
    }
    refuse(access, res);
    return httplib::Server::HandlerResponse::Handled;
  }

  void page(httplib::Response& res) {
    std::lock_guard lock(mutex);
    app::CheckRun run = app::run_check(options.check);
    report::HtmlOptions html{options.tool_version, "", report::ReviewControls{guard.token(), options.author, "", false}};
    if (run.status != app::RunStatus::Ok) {
      html.review->message = "the check could not run:\n" + page_text(run.diagnostics);
      html.review->message_is_error = true;
    } else if (!flash.empty()) {
      html.review->message = flash;
      html.review->message_is_error = flash_is_error;
    }
    flash.clear();
    res.set_content(report::html_report(run.report_input(), html), "text/html; charset=utf-8");
  }

  // One document of the run in context. Only a path the run itself read is served,
  // exactly as the report spells it, so no other file can be asked for.
  void document(const httplib::Request& req, httplib::Response& res) {
    std::lock_guard lock(mutex);
    std::string path = req.get_param_value("path");
    app::CheckRun run = app::run_check(options.check);
    report::ReportInput input = run.report_input();
    auto entry = std::find_if(input.documents.begin(), input.documents.end(),
                              [&](const report::DocumentEntry& d) { return d.path == path; });
    std::ifstream in(path, std::ios::binary);
    if (path.empty() || entry == input.documents.end() || !in) {
      res.status = 404;
      res.set_content("factlint serve: no such document in this run\n", "text/plain; charset=utf-8");
      return;
    }
    std::stringstream text;
    text << in.rdbuf();
    std::vector<match::Statement> statements = run.statements_of(path);
    report::HtmlOptions html{options.tool_version, "", report::ReviewControls{guard.token(), options.author, "", false}};
    res.set_content(report::document_page(*entry, text.str(), statements, html), "text/html; charset=utf-8");
  }

  // The form's `kind`; nullopt after saying on the page that it is none.
  std::optional<compare::Decision::Kind> kind_of(const httplib::Request& req) {
    auto kind = compare::decision_kind_from_name(req.get_param_value("kind"));
    if (!kind) remember("unknown decision kind '" + req.get_param_value("kind") + "'", true);
    return kind;
  }

  void decide(const httplib::Request& req, httplib::Response& res) {
    if (Access access = guard.check(facts_of(req, true)); access != Access::Allow) return refuse(access, res);
    std::lock_guard lock(mutex);
    app::DecisionRequest r;
    r.target = req.get_param_value("finding");
    auto kind = kind_of(req);
    r.kind = kind.value_or(compare::Decision::Kind::Acknowledged);
    r.value = req.get_param_value("value");
    r.statement = req.get_param_value("statement");
    r.note = req.get_param_value("note");
    // The form sends the name it was prefilled with (or what the editor typed); a post
    // made without the field is by whoever started the server.
    r.author = req.has_param("by") ? req.get_param_value("by") : options.author;
    if (kind && r.kind == compare::Decision::Kind::Canonical && r.value.empty()) {
      remember("type the canonical value before setting it", true);
    } else if (kind) {
      app::RecordOutcome outcome = app::record_decision(options.check, r);
      bool ok = outcome.status == app::RecordStatus::Added || outcome.status == app::RecordStatus::Replaced;
      remember(ok ? fmt::format("recorded: {} for {} in {}", report::decision_text(outcome.decision),
                                outcome.finding_key, options.check.decisions_path)
                  : "not recorded: " + page_text(outcome.diagnostics),
               !ok);
    }
    res.set_redirect("/", 303);
  }

  // The page's Undo button: the entry it shows, named by its finding, kind, statement
  // and line, leaves the file (app/undo_decision.h); the page then shows the finding
  // judged without it.
  void undo(const httplib::Request& req, httplib::Response& res) {
    if (Access access = guard.check(facts_of(req, true)); access != Access::Allow) return refuse(access, res);
    std::lock_guard lock(mutex);
    app::UndoRequest r;
    r.finding = req.get_param_value("finding");
    auto kind = kind_of(req);
    r.kind = kind.value_or(compare::Decision::Kind::Acknowledged);
    r.statement = req.get_param_value("statement");
    const std::string line = req.get_param_value("line");
    const bool digits = line.size() <= 9 && source::all_digits(line);
    r.line = digits ? std::stoi(line) : 0;
    if (kind) {
      app::UndoOutcome outcome = app::undo_decision(options.check, r);
      bool ok = outcome.status == app::UndoStatus::Removed;
      // A key without its year decides every year: undoing it says so.
      std::string every_year =
          outcome.every_scope ? fmt::format(" (the entry named '{}': every year of it)", outcome.removed.finding) : "";
      remember(ok ? fmt::format("removed: {} for {}{} from {}", report::decision_text(outcome.removed),
                                outcome.finding_key, every_year, options.check.decisions_path)
                  : "not removed: " + page_text(outcome.diagnostics),
               !ok);
    }
    res.set_redirect("/", 303);
  }

  void remember(std::string message, bool error) {
    flash = std::move(message);
    flash_is_error = error;
  }
};

ReviewServer::ReviewServer(ReviewOptions options) {
  if (options.token.empty()) options.token = new_session_token();
  impl_ = std::make_unique<Impl>(std::move(options));
  Impl& impl = *impl_;
  impl.server.set_default_headers({
      {"Cache-Control", "no-store"},
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Content-Security-Policy", "frame-ancestors 'none'"},
      {"Referrer-Policy", "same-origin"},  // "no-referrer" would make the browser send Origin: null
  });
  impl.server.set_payload_max_length(64 * 1024);
  impl.server.set_pre_routing_handler(
      [&impl](const httplib::Request& req, httplib::Response& res) { return impl.admit(req, res); });
  impl.server.Get("/", [&impl](const httplib::Request&, httplib::Response& res) { impl.page(res); });
  impl.server.Get("/document", [&impl](const httplib::Request& req, httplib::Response& res) { impl.document(req, res); });
  impl.server.Post("/decide", [&impl](const httplib::Request& req, httplib::Response& res) { impl.decide(req, res); });
  impl.server.Post("/undo", [&impl](const httplib::Request& req, httplib::Response& res) { impl.undo(req, res); });
}

ReviewServer::~ReviewServer() = default;

int ReviewServer::bind() {
  int port = impl_->options.port == 0 ? impl_->server.bind_to_any_port("127.0.0.1")
                                      : (impl_->server.bind_to_port("127.0.0.1", impl_->options.port)
                                             ? impl_->options.port
                                             : -1);
  impl_->port = port;
  impl_->guard.set_port(port);
  return port;
}

bool ReviewServer::listen() { return impl_->port > 0 && impl_->server.listen_after_bind(); }

void ReviewServer::stop() { impl_->server.stop(); }

std::string ReviewServer::url() const {
  return fmt::format("http://127.0.0.1:{}/?token={}", impl_->port, impl_->guard.token());
}

}  // namespace factlint::serve
