// Tests for report/html_report: the editors' page, and that document text in it is inert.
#include <catch2/catch.hpp>

#include "report/html_report.h"
#include "report_fixture.h"

using namespace factlint;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the HTML report is one page: counts, filters, conflicts first, highlighted values", "[report][html]") {
  report::ReportInput in = testing::input();
  in.documents[0].meta.url = "https://news.example/a";
  std::string html = report::html_report(in, {"0.1.0", "", std::nullopt});
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<strong>1</strong> conflicting") != std::string::npos);
  CHECK(html.find("id=\"f-verdict\"") != std::string::npos);
  CHECK(html.find("id=\"f-search\"") != std::string::npos);
  // Conflicts come before consistent facts.
  CHECK(html.find("data-verdict=\"conflicting\"") < html.find("data-verdict=\"consistent\""));
  CHECK(html.find("Russia guards its <mark>2,300-mile</mark> border.") != std::string::npos);
  CHECK(html.find("<a href=\"https://news.example/a\" rel=\"noopener noreferrer\">A</a> · MIT News · 2023-11-17") !=
        std::string::npos);
  // Self-contained: nothing is loaded from anywhere.
  CHECK(html.find("src=\"http") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(count(html, "<script") == 1);
}

TEST_CASE("document text, titles and URLs are inert in the HTML report", "[report][html]") {
  report::ReportInput in = testing::input();
  in.documents[0].meta.title = "<script>alert(1)</script>";
  in.documents[0].meta.url = "javascript:alert(2)";
  in.documents[1].meta.title = "\"><img src=x onerror=alert(3)>";
  in.documents[1].meta.url = "JaVaScRiPt:alert(4)";
  for (compare::Finding& f : in.findings) {
    for (compare::ValueGroup& g : f.values) {
      for (match::Statement& s : g.statements) s.sentence = "He said \"<b>no limits</b>\" & left <script>x()</script>";
    }
  }
  std::string html = report::html_report(in, {"0.1.0", "", std::nullopt});
  CHECK(count(html, "<script") == 1);  // only the report's own
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("href=\"javascript") == std::string::npos);
  CHECK(html.find("href=\"JaVaScRiPt") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("He said &quot;&lt;b&gt;no limits&lt;/b&gt;&quot; &amp; left") != std::string::npos);
  CHECK(html.find("script-src 'nonce-") != std::string::npos);
}

TEST_CASE("the script nonce changes with the content and is stable for the same report", "[report][html]") {
  report::ReportInput a = testing::input();
  report::ReportInput b = testing::input();
  b.findings[1].values[0].statements[0].sentence = "Another sentence.";
  auto nonce = [](const std::string& html) {
    std::size_t at = html.find("nonce-") + 6;
    return html.substr(at, html.find('\'', at) - at);
  };
  CHECK(nonce(report::html_report(a, {"0.1.0", "", std::nullopt})) == nonce(report::html_report(a, {"0.1.0", "", std::nullopt})));
  CHECK(nonce(report::html_report(a, {"0.1.0", "", std::nullopt})) != nonce(report::html_report(b, {"0.1.0", "", std::nullopt})));
}

TEST_CASE("html_escape covers element content and both attribute quotes", "[report][html]") {
  CHECK(report::html_escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&apos;");
}

// A newcomer's review: the acknowledged conflict sorted first with the full form, and
// the page did not say which value deviates, as the text report does.
TEST_CASE("the review page puts undecided conflicts first and marks the deviating value", "[report][html]") {
  report::ReportInput in = testing::input();
  compare::Finding decided = in.findings[1];
  decided.key = "border_length(A, China)";  // sorts before the undecided one
  decided.reason = "deviates-from-decision";
  decided.values[0].deviates = true;
  compare::Decision d;
  d.kind = compare::Decision::Kind::Canonical;
  d.finding = decided.key;
  d.value = "2,600 mi";
  decided.decisions.push_back(d);
  in.findings.insert(in.findings.begin() + 1, decided);
  const std::string html = report::html_report(in, {"0.1.0", "", report::ReviewControls{"t", "ana", "", false}});
  const std::size_t undecided_at = html.find("<h2><span class=\"verdict\">conflicting</span>border_length(China, Russia)");
  const std::size_t decided_at = html.find("<h2><span class=\"verdict\">conflicting</span>border_length(A, China)");
  REQUIRE(undecided_at != std::string::npos);
  REQUIRE(decided_at != std::string::npos);
  CHECK(undecided_at < decided_at);
  CHECK(count(html, "<span class=\"deviates\">deviates from the canonical value</span>") == 1);
  CHECK(html.find("2,300 mi<span class=\"deviates\">", decided_at) != std::string::npos);
  // The decided conflict's form is folded; the undecided one's is open.
  CHECK(count(html, "<form class=\"decide\"") == 2);
  CHECK(count(html, "<details class=\"redecide\"><summary>Change the decision</summary>") == 1);
  CHECK(html.find("<details class=\"redecide\">", decided_at) != std::string::npos);
}

// Before: only "2,300 mi", the report's display, was offered, and went into the
// decisions file so (a newcomer's report); the documents wrote "2,300-mile".
TEST_CASE("the review page offers each value as the documents wrote it, then as reports show it", "[report][html]") {
  report::ReportInput in = testing::input();
  const std::string html = report::html_report(in, {"0.1.0", "", report::ReviewControls{"t", "ana", "", false}});
  const std::size_t written = html.find("<option value=\"2,300-mile\">");
  const std::size_t shown = html.find("<option value=\"2,300 mi\">");
  REQUIRE(written != std::string::npos);
  REQUIRE(shown != std::string::npos);
  CHECK(written < shown);
}
