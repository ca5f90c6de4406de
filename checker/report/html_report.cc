// The HTML report; see html_report.h. Document text only ever reaches the page
// through html_escape, and the page's Content-Security-Policy allows only its own
// inline style and its one inline script, so even a missed escape runs nothing.
#include "report/html_report.h"

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
.statement { margin: .2rem 0 .6rem 1rem; }
blockquote { margin: .2rem 0 0; padding-left: .7rem; border-left: 3px solid var(--line); }
mark { background: #fef0c7; padding: 0 .1em; }
.place { font-family: ui-monospace, monospace; font-size: .8rem; color: var(--grey); }
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

void write_statement(std::string& out, const ReportInput& input, const match::Statement& s) {
  out += fmt::format(
      "<div class=\"statement\"><div>{} <span class=\"place\">{}</span></div>"
      "<blockquote>{}</blockquote></div>\n",
      source_line(input, s), source::Place{e(s.document), s.location}, highlighted(s));
}

std::set<std::string> documents_of(const compare::Finding& f) {
  std::set<std::string> paths;
  for (const compare::ValueGroup& g : f.values) {
    for (const match::Statement& s : g.statements) paths.insert(s.document);
  }
  return paths;
}

void write_finding(std::string& out, const ReportInput& input, const compare::Finding& f) {
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
  for (const compare::ValueGroup& g : f.values) {
    out += fmt::format("<div class=\"value\">{}{}</div>\n", e(g.value.display),
                       g.suggested ? "<span class=\"best\">best supported (most sources, newest)</span>" : "");
    for (const match::Statement& s : g.statements) write_statement(out, input, s);
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

}  // namespace

// XML's escaping is HTML's too: the same five characters, and &apos; is HTML5.
std::string html_escape(std::string_view text) { return xml_escape(text, false); }

std::string html_report(const ReportInput& input, const HtmlOptions& options) {
  Summary s = input.summary();
  std::string body = "<h1>factlint report</h1>\n";
  body += fmt::format(
      "<p class=\"counts\"><span><strong>{}</strong> conflicting</span><span>{} single-source</span>"
      "<span>{} consistent</span><span class=\"meta\">{} documents, {} statements, {} facts</span></p>\n",
      s.conflicting, s.single_source, s.consistent, s.documents, s.statements, s.findings);
  if (input.change) body += fmt::format("<p class=\"meta\">{}</p>\n", e(change_note(*input.change)));
  write_filters(body, input);
  for (compare::Verdict v : {compare::Verdict::Conflicting, compare::Verdict::SingleSource,
                             compare::Verdict::Consistent}) {
    for (const compare::Finding& f : input.findings) {
      if (f.verdict == v) write_finding(body, input, f);
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
  std::string nonce = nonce_for(body);
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      "script-src 'nonce-{}'; img-src 'none'; form-action 'none'; base-uri 'none'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>factlint report</title>\n<style>{}</style></head><body>\n",
      nonce, kStyle);
  out += body;
  out += fmt::format("<script nonce=\"{}\">{}</script>\n</body></html>\n", nonce, kScript);
  return source::break_workflow_commands(out, source::kXmlBreak);  // character references work in HTML too
}

}  // namespace factlint::report
