// The HTML report; see html_report.h. Document text only ever reaches the page
// through html_escape, and the page's Content-Security-Policy allows only its own
// inline style and its one inline script, so even a missed escape runs nothing.
#include "report/counted.h"
#include "report/html_report.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <xxhash.h>

#include "report/finding_text.h"
#include "report/junit_report.h"
#include "source/display_text.h"

namespace factlint::report {

namespace {

constexpr std::string_view kStyle = R"css(
:root { --red: #b42318; --green: #067647; --amber: #b54708; --grey: #475467; --line: #d0d5dd; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 72rem;
       padding: 1rem 1.5rem 3rem; color: #101828; }
h1 { font-size: 1.4rem; margin: .5rem 0; }
.counts span { margin-right: 1.2rem; }
.filters { position: sticky; top: 0; background: #fff; padding: .6rem 0; border-bottom: 1px solid var(--line);
           display: flex; flex-wrap: wrap; gap: .6rem; align-items: center; z-index: 1; }
.filters input[type=search] { flex: 1 1 16rem; padding: .3rem .5rem; }
.finding { border: 1px solid var(--line); border-radius: 6px; margin: 1rem 0; padding: .6rem 1rem; }
.finding h2 { font-size: 1.05rem; margin: .2rem 0; }
.verdict { font-weight: 700; text-transform: uppercase; font-size: .8rem; letter-spacing: .03em; margin-right: .5rem; }
.conflicting .verdict { color: var(--red); } .consistent .verdict { color: var(--green); }
.single-source .verdict { color: var(--amber); }
.meta, .id, .reason { color: var(--grey); font-size: .85rem; }
.value { margin: .6rem 0 .2rem; font-weight: 600; }
.best { font-weight: 400; color: var(--green); font-size: .85rem; margin-left: .5rem; }
.deviates { font-weight: 400; color: var(--red); font-size: .85rem; margin-left: .5rem; }
.statement { margin: .2rem 0 .6rem 1rem; }
blockquote { margin: .2rem 0 0; padding-left: .7rem; border-left: 3px solid var(--line); }
mark { background: #fef0c7; padding: 0 .1em; }
.place { font-family: ui-monospace, monospace; font-size: .8rem; color: var(--grey); }
ol.doc { font-family: ui-monospace, monospace; font-size: .85rem; padding-left: 3.5rem; }
ol.doc li { white-space: pre-wrap; overflow-wrap: anywhere; } ol.doc li.stated { background: #fffaeb; }
ol.doc li:target { outline: 2px solid var(--amber); } .facts { color: var(--grey); font-family: system-ui, sans-serif; }
.decision { background: #ecfdf3; border-left: 3px solid var(--green); padding: .3rem .6rem; margin: .4rem 0; }
form.decide { margin: .6rem 0 .2rem; padding: .5rem .7rem; background: #f9fafb; border: 1px dashed var(--line);
               border-radius: 6px; }
form.decide div { margin: .25rem 0; display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; }
form.decide input[name=value] { flex: 0 1 14rem; } form.decide .note { flex: 1 1 20rem; }
.message { padding: .5rem .8rem; border-radius: 6px; background: #ecfdf3; white-space: pre-wrap; }
.message.error { background: #fef3f2; color: var(--red); }
form.undo { display: inline; margin-left: .5rem; }
@media print { form.decide, form.undo { display: none; } }
.problems li { font-family: ui-monospace, monospace; font-size: .85rem; }
.hidden { display: none; }
@media print { .filters { display: none; } .finding { break-inside: avoid; } .hidden { display: block; } }
)css";

constexpr std::string_view kScript = R"js(
(function () {
  var verdict = document.getElementById('f-verdict'), fact = document.getElementById('f-fact'),
      docSel = document.getElementById('f-document'), search = document.getElementById('f-search'),
      shown = document.getElementById('f-shown');
  var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  function apply() {
    var q = search.value.toLowerCase(), n = 0;
    findings.forEach(function (f) {
      var ok = (!verdict.value || f.dataset.verdict === verdict.value) &&
               (!fact.value || f.dataset.fact === fact.value) &&
               (!docSel.value || f.dataset.documents.split('\n').indexOf(docSel.value) >= 0) &&
               (!q || f.textContent.toLowerCase().indexOf(q) >= 0);
      f.classList.toggle('hidden', !ok);
      if (ok) n++;
    });
    shown.textContent = n + ' of ' + findings.length + ' facts shown';
  }
  [verdict, fact, docSel].forEach(function (e) { e.addEventListener('change', apply); });
  search.addEventListener('input', apply);
  apply();
})();
)js";

std::string e(std::string_view text) { return html_escape(source::printable(text)); }

// Only web links become links: a javascript: or data: URL in front matter stays text.
bool is_web_url(const std::string& url) {
  auto starts = [&](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(url[i])) != prefix[i]) return false;
    }
    return true;
  };
  return starts("https://") || starts("http://");
}

// The sentence with the first occurrence of the value's text marked.
std::string highlighted(const match::Statement& s) {
  std::size_t at = s.value.text.empty() ? std::string::npos : s.sentence.find(s.value.text);
  if (at == std::string::npos) return e(s.sentence);
  return e(s.sentence.substr(0, at)) + "<mark>" + e(s.value.text) + "</mark>" +
         e(s.sentence.substr(at + s.value.text.size()));
}

const DocumentEntry* entry_of(const ReportInput& input, const std::string& path) {
  for (const DocumentEntry& d : input.documents) {
    if (d.path == path) return &d;
  }
  return nullptr;
}

std::string source_line(const ReportInput& input, const match::Statement& s) {
  const DocumentEntry* d = entry_of(input, s.document);
  std::string title = d && !d->meta.title.empty() ? d->meta.title : s.document;
  std::string out = d && is_web_url(d->meta.url)
                        ? fmt::format("<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>", e(d->meta.url), e(title))
                        : e(title);
  if (d && !d->meta.publisher.empty()) out += " · " + e(d->meta.publisher);
  if (d && !d->meta.date.empty()) out += " · " + e(d->meta.date);
  return out;
}

// A path as a query value: every byte but RFC 3986's unreserved ones percent-encoded.
std::string query_value(std::string_view text) {
  std::string out;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      out += fmt::format("%{:02X}", u);
    }
  }
  return out;
}

// In the review app a statement's place opens its document there; in a report it is text.
std::string place_of(const match::Statement& s, bool review) {
  std::string place = fmt::format("{}", source::Place{e(s.document), s.location});
  if (!review) return place;
  return fmt::format("<a href=\"/document?path={}#L{}\">{}</a>", query_value(s.document), s.location.line, place);
}

void write_statement(std::string& out, const ReportInput& input, const match::Statement& s, bool review) {
  out += fmt::format(
      "<div class=\"statement\"><div>{} <span class=\"place\">{}</span></div>"
      "<blockquote>{}</blockquote></div>\n",
      source_line(input, s), place_of(s, review), highlighted(s));
}

std::set<std::string> documents_of(const compare::Finding& f) {
  std::set<std::string> paths;
  for (const compare::ValueGroup& g : f.values) {
    for (const match::Statement& s : g.statements) paths.insert(s.document);
  }
  return paths;
}

// The decision a form posts is about the finding's key, which reads well in the
// decisions file; a finding scoped per year is named by its id, which is the year's own.
std::string decision_target(const compare::Finding& f) { return f.scope.empty() ? f.key : f.id; }

void write_decide_form(std::string& out, const compare::Finding& f, const ReviewControls& review) {
  std::string places;
  for (const compare::ValueGroup& g : f.values) {
    for (const match::Statement& s : g.statements) {
      std::string place = fmt::format("{}", s.place());
      places += fmt::format("<option value=\"{}\">{} ({})</option>", e(place), e(place), e(s.value.text));
    }
  }
  // Each value as a document wrote it ("90 days") first, then as reports show it
  // ("90 d"): what goes into the decisions file should read as the documents do (a
  // newcomer's report).
  std::string suggestions;
  for (const compare::ValueGroup& g : f.values) {
    const std::string written = g.statements.empty() ? "" : g.statements.front().value.text;
    if (!written.empty() && written != g.value.display) suggestions += fmt::format("<option value=\"{}\">", e(written));
    suggestions += fmt::format("<option value=\"{}\">", e(g.value.display));
  }
  out += fmt::format(
      "<form class=\"decide\" method=\"post\" action=\"/decide\">"
      "<input type=\"hidden\" name=\"token\" value=\"{}\"><input type=\"hidden\" name=\"finding\" value=\"{}\">\n"
      "<div><input name=\"value\" list=\"values-{}\" placeholder=\"the true value, e.g. {}\" aria-label=\"canonical value\">"
      "<datalist id=\"values-{}\">{}</datalist> "
      "<button type=\"submit\" name=\"kind\" value=\"canonical\">Set canonical value</button> "
      "<button type=\"submit\" name=\"kind\" value=\"acknowledged\">Acknowledge disagreement</button></div>\n"
      "<div><select name=\"statement\" aria-label=\"statement\">{}</select> "
      "<button type=\"submit\" name=\"kind\" value=\"wrong-extraction\">Mark wrong extraction</button></div>\n"
      "<div><input name=\"note\" class=\"note\" placeholder=\"note: why, and the source\" aria-label=\"note\"> "
      "<input name=\"by\" value=\"{}\" placeholder=\"your name\" aria-label=\"decided by\"></div></form>\n",
      e(review.token), e(decision_target(f)), e(f.id), f.values.empty() ? "" : e(f.values.front().value.display), e(f.id),
      suggestions, places, e(review.author));
}

// In the review app each decision has an Undo button: it posts the entry as the page
// shows it (finding id, kind, statement, line in the file), so the app removes that
// entry and no other (app/undo_decision.h, docs/review-app.md).
void write_decision_with_undo(std::string& out, const compare::Finding& f, const compare::Decision& d,
                              const ReviewControls& review) {
  out += fmt::format(
      "<div class=\"decision\"><strong>Decided:</strong> {} "
      "<form class=\"undo\" method=\"post\" action=\"/undo\">"
      "<input type=\"hidden\" name=\"token\" value=\"{}\"><input type=\"hidden\" name=\"finding\" value=\"{}\">"
      "<input type=\"hidden\" name=\"kind\" value=\"{}\"><input type=\"hidden\" name=\"statement\" value=\"{}\">"
      "<input type=\"hidden\" name=\"line\" value=\"{}\">"
      "<button type=\"submit\" title=\"remove this decision from the decisions file\">Undo</button></form></div>\n",
      e(decision_text(d)), e(review.token), e(f.id), e(compare::decision_kind_name(d.kind)), e(d.statement),
      d.anchor.location.line);
}

// A conflict an editor acknowledged or gave a canonical value: decided, though its
// documents may still deviate. A wrong extraction alone leaves the conflict open.
bool settled(const compare::Finding& f) {
  return std::any_of(f.decisions.begin(), f.decisions.end(), [](const compare::Decision& d) {
    return d.kind != compare::Decision::Kind::WrongExtraction;
  });
}

void write_finding(std::string& out, const ReportInput& input, const compare::Finding& f,
                   const std::optional<ReviewControls>& review) {
  std::string verdict(compare::verdict_name(f.verdict));
  std::string documents;
  for (const std::string& p : documents_of(f)) documents += (documents.empty() ? "" : "\n") + e(p);
  out += fmt::format("<section class=\"finding {}\" data-verdict=\"{}\" data-fact=\"{}\" data-documents=\"{}\">\n",
                     verdict, verdict, e(f.fact), documents);
  out += fmt::format("<h2><span class=\"verdict\">{}</span>{}</h2>\n", verdict, e(scoped_key(f)));
  out += fmt::format("<div class=\"reason\">{} · <span class=\"id\">{}</span>{}</div>\n", e(f.reason), e(f.id),
                     input.baseline_state.count(f.id)
                         ? " · " + e(compare::baseline_state_name(input.baseline_state.at(f.id))) + " since the baseline"
                                                      : "");
  if (!f.explanation.empty()) out += fmt::format("<p>{}</p>\n", e(f.explanation));
  for (const compare::Decision& d : f.decisions) {
    if (review) {
      write_decision_with_undo(out, f, d, *review);
    } else {
      out += fmt::format("<p class=\"decision\"><strong>Decided:</strong> {}</p>\n", e(decision_text(d)));
    }
  }
  // As the text report marks them: the value the most sources give, and a value that
  // deviates from the canonical one (a quotation's from the verified wording).
  const char* deviates = f.fact == "quote" ? "differs from the verified quote" : "deviates from the canonical value";
  for (const compare::ValueGroup& g : f.values) {
    out += fmt::format("<div class=\"value\">{}{}{}</div>\n", e(g.value.display),
                       g.suggested ? "<span class=\"best\">best supported (most sources)</span>" : "",
                       g.deviates ? fmt::format("<span class=\"deviates\">{}</span>", deviates) : "");
    for (const match::Statement& s : g.statements) write_statement(out, input, s, review.has_value());
  }
  // Quotations are decided by the quotes' own rules (docs/quotes.md), not from here.
  if (review && f.verdict == compare::Verdict::Conflicting && f.fact != "quote") {
    // A settled conflict's form is folded: it is there to change the decision, not to make one.
    if (settled(f)) out += "<details class=\"redecide\"><summary>Change the decision</summary>\n";
    write_decide_form(out, f, *review);
    if (settled(f)) out += "</details>\n";
  }
  out += "</section>\n";
}

std::string options_of(const std::set<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += fmt::format("<option value=\"{}\">{}</option>", e(v), e(v));
  return out;
}

void write_filters(std::string& out, const ReportInput& input) {
  std::set<std::string> facts;
  for (const compare::Finding& f : input.findings) facts.insert(f.fact);
  std::set<std::string> documents;
  for (const DocumentEntry& d : input.documents) documents.insert(d.path);
  out += "<div class=\"filters\">"
         "<label>verdict <select id=\"f-verdict\"><option value=\"\">all</option>"
         "<option value=\"conflicting\">conflicting</option><option value=\"single-source\">single-source</option>"
         "<option value=\"consistent\">consistent</option></select></label>";
  out += fmt::format("<label>fact <select id=\"f-fact\"><option value=\"\">all</option>{}</select></label>",
                     options_of(facts));
  out += fmt::format("<label>document <select id=\"f-document\"><option value=\"\">all</option>{}</select></label>",
                     options_of(documents));
  out += "<input id=\"f-search\" type=\"search\" placeholder=\"search sentences, values, sources\" "
         "aria-label=\"search\"><span id=\"f-shown\" class=\"meta\"></span></div>\n";
}

// The script's nonce is a hash of the whole page body: it is the same for the same
// report (reproducible), and a document cannot guess it, since it depends on the very
// text a document would have to contain.
std::string nonce_for(const std::string& body) {
  XXH128_hash_t h = XXH3_128bits(body.data(), body.size());
  return fmt::format("{:016x}{:016x}", static_cast<unsigned long long>(h.high64), static_cast<unsigned long long>(h.low64));
}

// The page around `body`: its CSP, style and, when given, its one script with a
// nonce that is a hash of the body.
std::string page(const std::string& title, const std::string& body, const HtmlOptions& options,
                 std::string_view script) {
  std::string nonce = nonce_for(body);
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      "script-src 'nonce-{}'; img-src 'none'; form-action {}; base-uri 'none'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>{}</style></head><body>\n",
      nonce, options.review ? "'self'" : "'none'", e(title), kStyle);
  out += body;
  if (!script.empty()) out += fmt::format("<script nonce=\"{}\">{}</script>\n", nonce, script);
  out += "</body></html>\n";
  return source::break_workflow_commands(out, source::kXmlBreak);  // character references work in HTML too
}

// One line of a document with the values stated on it marked; a value found nowhere
// on the line (its text was normalized) leaves the line as it is.
std::string marked_line(std::string_view line, const std::vector<const match::Statement*>& on_line) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (const match::Statement* s : on_line) {
    std::size_t at = s->value.text.empty() ? std::string_view::npos : line.find(s->value.text);
    if (at != std::string_view::npos) spans.emplace_back(at, at + s->value.text.size());
  }
  std::sort(spans.begin(), spans.end());
  std::string out;
  std::size_t done = 0;
  for (auto [from, to] : spans) {
    if (from < done) continue;  // overlapping marks: the first wins
    out += e(line.substr(done, from - done)) + "<mark>" + e(line.substr(from, to - from)) + "</mark>";
    done = to;
  }
  return out + e(line.substr(done));
}

}  // namespace

// XML's escaping is HTML's too: the same five characters, and &apos; is HTML5.
std::string html_escape(std::string_view text) { return xml_escape(text, false); }

std::string document_page(const DocumentEntry& document, std::string_view text,
                          const std::vector<match::Statement>& statements, const HtmlOptions& options) {
  std::map<int, std::vector<const match::Statement*>> by_line;
  for (const match::Statement& s : statements) by_line[s.location.line].push_back(&s);
  std::string title = document.meta.title.empty() ? document.path : document.meta.title;
  std::string body = fmt::format("<p><a href=\"/\">&larr; all findings</a></p>\n<h1>{}</h1>\n", e(title));
  std::string about = e(document.path);
  if (is_web_url(document.meta.url)) {
    about += fmt::format(" · <a href=\"{}\" rel=\"noopener noreferrer\">{}</a>", e(document.meta.url),
                         e(document.meta.url));
  }
  if (!document.meta.publisher.empty()) about += " · " + e(document.meta.publisher);
  if (!document.meta.date.empty()) about += " · " + e(document.meta.date);
  body += fmt::format("<p class=\"meta\">{} · {} statement{}</p>\n<ol class=\"doc\">\n", about, statements.size(),
                      statements.size() == 1 ? "" : "s");
  int number = 0;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++number;
    auto it = by_line.find(number);
    if (it == by_line.end()) {
      body += fmt::format("<li id=\"L{}\">{}</li>\n", number, e(line));
    } else {
      std::string facts;
      for (const match::Statement* s : it->second) {
        facts += fmt::format("{}{} = {}", facts.empty() ? "" : "; ", e(scoped_key(*s)), e(s->value.display));
      }
      body += fmt::format("<li id=\"L{}\" class=\"stated\">{} <span class=\"facts\">[{}]</span></li>\n", number,
                          marked_line(line, it->second), facts);
    }
    if (end == text.size()) break;
    start = end + 1;
  }
  body += "</ol>\n";
  return page(title, body, options, "");
}

std::string html_report(const ReportInput& input, const HtmlOptions& options) {
  Summary s = input.summary();
  std::string body = "<h1>factlint report</h1>\n";
  body += fmt::format(
      "<p class=\"counts\"><span><strong>{}</strong> conflicting{}</span><span>{} single-source</span>"
      "<span>{} consistent</span><span class=\"meta\">{}, {}, {}</span></p>\n",
      s.conflicting, s.acknowledged > 0 ? fmt::format(" ({} acknowledged)", s.acknowledged) : "", s.single_source, s.consistent, counted(s.documents, "document"), counted(s.statements, "statement"),
      counted(s.findings, "finding"));
  if (options.review && !options.review->message.empty()) {
    body += fmt::format("<p class=\"message{}\" role=\"status\">{}</p>\n",
                        options.review->message_is_error ? " error" : "",
                        // Several lines (the errors of a check that cannot run), shown as lines.
                        html_escape(source::printable_lines(options.review->message)));
  }
  if (input.change) body += fmt::format("<p class=\"meta\">{}</p>\n", e(change_note(*input.change)));
  if (input.filter && input.filter->hidden > 0) body += fmt::format("<p class=\"meta\">{}</p>\n", e(filter_note(*input.filter)));
  write_filters(body, input);
  // The conflicts no editor has decided come first: they are what a review is for.
  for (const compare::Finding& f : input.findings) {
    if (f.verdict == compare::Verdict::Conflicting && !settled(f)) write_finding(body, input, f, options.review);
  }
  for (const compare::Finding& f : input.findings) {
    if (f.verdict == compare::Verdict::Conflicting && settled(f)) write_finding(body, input, f, options.review);
  }
  for (compare::Verdict v : {compare::Verdict::SingleSource, compare::Verdict::Consistent}) {
    for (const compare::Finding& f : input.findings) {
      if (f.verdict == v) write_finding(body, input, f, options.review);
    }
  }
  if (!input.errors.empty()) {
    body += "<h2>Input problems</h2><ul class=\"problems\">\n";
    for (const source::Diagnostic& d : input.errors) {
      body += fmt::format("<li><pre>{}</pre></li>\n", html_escape(source::printable_lines(source::render(d))));
    }
    body += "</ul>\n";
  }
  body += fmt::format("<footer class=\"meta\">factlint {}{}</footer>\n", e(options.tool_version),
                      options.generated.empty() ? "" : " · " + e(options.generated));
  return page("factlint report", body, options, kScript);
}

}  // namespace factlint::report
