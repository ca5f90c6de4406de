// What a document's title says (match/document_title.h): its entities are the topic a
// role left open falls back on before the entity merely named most, compared mentions
// make no topic, and the one year a look back names dates its sentences that name
// none. Each statement says where a role it does not name came from. Documents
// written for these tests only.
#include "match/document_title.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "doc/loader.h"
#include "support/rule_reader.h"

using namespace factlint;

namespace {

// Rival is declared first: where mentions tie, the old order took it.
const char* const kRules = R"(
entity Rival: company = "Rival Lines", "Rival"
entity Acme: company = "Acme Shipping", "Acme"
entity Ostwick: port = "Ostwick"
fact staff(company: company) -> people: count {
  cue employees | employed
  scope per year
}
fact port_staff(port: port) -> people: count {
  cue dockers
  scope per year
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
  // "fact(key) = value [scope, source] {role sources}" per statement.
  std::vector<std::string> read(const std::string& text, const std::string& date = "2024-03-01") const {
    source::DiagnosticSink sink;
    doc::Document d = doc::make_document("t.md", text, "md", sink);
    if (d.meta.date.empty()) d.meta.date = date;
    std::vector<std::string> out;
    for (const match::Statement& s : matcher().run(d)) {
      std::string sources;
      for (const std::string& source : s.role_sources) sources += "{" + source + "}";
      out.push_back(s.key + " = " + s.value.display + " [" + s.scope + ", " + s.scope_source + "]" + sources);
    }
    return out;
  }
};

using Lines = std::vector<std::string>;

std::optional<value::CivilDate> published(int year) { return value::CivilDate{year, 2, 6}; }

}  // namespace

TEST_CASE("the company a title names is the topic, before one the body names more often", "[match][title]") {
  Fixture f;
  const std::string body =
      "Freight rates rose. The new alliance with Rival Lines began in May, and Rival's ships joined it.\n\n"
      "## People\n\nThe group had 5,000 employees.\n";
  // Front matter's title, then a first heading: each names Acme, never named in the body.
  CHECK(f.read("---\ntitle: \"Acme Shipping: a year of detours\"\ndate: 2024-03-01\n---\n\n" + body) ==
        Lines{"staff(Acme) = 5,000 [2024, publication date]{title}"});
  CHECK(f.read("# Acme Shipping: a year of detours\n\n" + body) ==
        Lines{"staff(Acme) = 5,000 [2024, publication date]{title}"});
  // Without a title, the most-named company, as before.
  CHECK(f.read("# A year of detours\n\n" + body) == Lines{"staff(Rival) = 5,000 [2024, publication date]{most-named}"});
  // A title naming a company only as the one compared with gives nothing.
  CHECK(f.read("# Still behind Acme: a year of detours\n\n" + body) ==
        Lines{"staff(Rival) = 5,000 [2024, publication date]{most-named}"});
}

TEST_CASE("a company named only as the one compared with is not the topic", "[match][title]") {
  Fixture f;
  // Rival three times, each as what Acme is compared with; Acme twice as the subject.
  CHECK(f.read("# Notes\n\nAcme grew, but it stays behind Rival. Its margin was lower than Rival's. "
               "Acme sailed on, trailing Rival.\n\n## People\n\nThe group had 5,000 employees.\n") ==
        Lines{"staff(Acme) = 5,000 [2024, publication date]{most-named}"});
}

TEST_CASE("a statement says where a role it does not name came from", "[match][title]") {
  Fixture f;
  CHECK(f.read("# Notes\n\nAcme grew fast, and the group had 5,000 employees.\n") ==
        Lines{"staff(Acme) = 5,000 [2024, publication date]"});  // named in the cue's sentence: its own words
  CHECK(f.read("# Notes\n\nAcme grew fast.\nIt had 5,000 employees.\n") ==
        Lines{"staff(Acme) = 5,000 [2024, publication date]{line 3}"});
}

TEST_CASE("a look back at the one year its title names dates the sentences that name none", "[match][title]") {
  Fixture f;
  const std::string body = "\n\nAcme had 5,000 employees. In 2022 it had employed 4,000.\n";
  CHECK(f.read("---\ntitle: Acme Shipping annual report 2023\ndate: 2024-02-06\n---" + body) ==
        Lines{"staff(Acme) = 5,000 [2023, title's year]", "staff(Acme) = 4,000 [2022, value's sentence]{line 6}"});
  CHECK(f.read("---\ndate: 2024-02-06\n---\n# 2023 in review: Acme" + body) ==
        Lines{"staff(Acme) = 5,000 [2023, title's year]", "staff(Acme) = 4,000 [2022, value's sentence]{line 6}"});
  // A history, a split year and a title of the publication's own year give nothing new.
  CHECK(f.read("---\ntitle: Acme 1990-2023\ndate: 2024-02-06\n---" + body).front() ==
        "staff(Acme) = 5,000 [2024, publication date]");
  CHECK(f.read("---\ntitle: Acme in 2022/23\ndate: 2024-02-06\n---" + body).front() ==
        "staff(Acme) = 5,000 [2024, publication date]");
  CHECK(f.read("---\ntitle: Acme in 2024\ndate: 2024-02-06\n---" + body).front() ==
        "staff(Acme) = 5,000 [2024, publication date]");
  // A paragraph that opens with its year still sets it.
  CHECK(f.read("---\ntitle: Acme Shipping annual report 2023\ndate: 2024-02-06\n---\n\nIn 2021, Acme grew. "
               "It had 5,000 employees.\n") == Lines{"staff(Acme) = 5,000 [2021, paragraph's year]{line 6}"});
}

// Before: "at 31 December" took the publication year, a day still to come, and the
// figure conflicted with the next year's (session 19, a retired held-out topic).
TEST_CASE("a look back's date without its year is of the year its title names", "[match][title]") {
  Fixture f;
  const std::string head = "---\ntitle: Acme Shipping annual report 2023\ndate: 2024-02-06\n---\n\n";
  CHECK(f.read(head + "Staff at 31 December: 5,000 employees at Acme.\n") ==
        Lines{"staff(Acme) = 5,000 [2023, value's sentence]"});
  // A year its paragraph sets still comes first, and so does one it writes.
  CHECK(f.read(head + "In 2021, Acme grew. On 31 December it had 5,000 employees.\n") ==
        Lines{"staff(Acme) = 5,000 [2021, value's sentence]{line 6}"});
  CHECK(f.read(head + "Staff at 31 December 2022: 5,000 employees at Acme.\n") ==
        Lines{"staff(Acme) = 5,000 [2022, value's sentence]"});
  // A day already past in the publication year is of it: the new year's news.
  CHECK(f.read(head + "On 14 January Acme had 5,000 employees.\n") ==
        Lines{"staff(Acme) = 5,000 [2024, value's sentence]"});
  // Without a look-back title the day is of the publication year, as before.
  CHECK(f.read("---\ntitle: Acme Shipping notes\ndate: 2024-02-06\n---\n\nStaff at 31 December: 5,000 "
               "employees at Acme.\n") == Lines{"staff(Acme) = 5,000 [2024, value's sentence]"});
}

TEST_CASE("a story early in a year whose first sentence looks back on the year before is about it", "[match][title]") {
  Fixture f;
  const std::string body = "Acme Shipping said on Tuesday that it had a weak year in 2023.\n\nAcme had 5,000 employees.\n";
  // Published in February, the first sentence naming 2023 alone: the undated figure is 2023's.
  CHECK(f.read("---\ndate: 2024-02-06\n---\n# Acme cuts back\n\n" + body) ==
        Lines{"staff(Acme) = 5,000 [2023, first sentence's year]"});
  // "last year" names it as well.
  CHECK(f.read("---\ndate: 2024-02-06\n---\n# Acme cuts back\n\nAcme Shipping shrank last year, it said.\n\n"
               "Acme had 5,000 employees.\n") == Lines{"staff(Acme) = 5,000 [2023, first sentence's year]"});
  // Later in the year, with two years, or with a span, the publication date stands.
  CHECK(f.read("---\ndate: 2024-06-06\n---\n# Acme cuts back\n\n" + body) ==
        Lines{"staff(Acme) = 5,000 [2024, publication date]"});
  CHECK(f.read("---\ndate: 2024-02-06\n---\n# Acme cuts back\n\nAcme Shipping, weak in 2022 and 2023, said so.\n\n"
               "Acme had 5,000 employees.\n") == Lines{"staff(Acme) = 5,000 [2024, publication date]"});
  CHECK(f.read("---\ndate: 2024-02-06\n---\n# Acme cuts back\n\nAcme Shipping, weak since 2023, said so.\n\n"
               "Acme had 5,000 employees.\n") == Lines{"staff(Acme) = 5,000 [2024, publication date]"});
  // A title's year comes first.
  CHECK(f.read("---\ntitle: Acme Shipping review 2022\ndate: 2023-02-06\n---\n\nAcme Shipping grew in 2022, "
               "it said.\n\nAcme had 5,000 employees.\n") == Lines{"staff(Acme) = 5,000 [2022, title's year]"});
}

TEST_CASE("a figure told in the present is not of the year the story's first sentence looks back on",
          "[match][title]") {
  Fixture f;
  const std::string head = "---\ndate: 2024-02-06\n---\n# Acme cuts back\n\nAcme Shipping said on Tuesday that it had a "
                           "weak year in 2023.\n\n";
  CHECK(f.read(head + "Acme has 5,000 employees.\n") == Lines{"staff(Acme) = 5,000 [2024, publication date]"});
  CHECK(f.read(head + "Acme is a firm of 5,000 employees.\n") == Lines{"staff(Acme) = 5,000 [2024, publication date]"});
  // Told in the past, or in both tenses, it is the year looked back on.
  CHECK(f.read(head + "Acme had 5,000 employees.\n") == Lines{"staff(Acme) = 5,000 [2023, first sentence's year]"});
  CHECK(f.read(head + "Acme, which is based in Ostwick, had 5,000 employees.\n") ==
        Lines{"staff(Acme) = 5,000 [2023, first sentence's year]"});
}

// Before: "now" took the first sentence's year, and the figure conflicted with the
// year before's (a newcomer's report).
TEST_CASE("a figure said to hold now is the publication year's, whatever the story looked back on", "[match][title]") {
  Fixture f;
  const std::string head = "---\ndate: 2024-02-06\n---\n# Acme cuts back\n\nAcme Shipping said on Tuesday that it had a weak year in 2023.\n\n";
  CHECK(f.read(head + "Acme now has 5,000 employees.\n") == Lines{"staff(Acme) = 5,000 [2024, publication date]"});
  CHECK(f.read(head + "Acme currently has 5,000 employees.\n") == Lines{"staff(Acme) = 5,000 [2024, publication date]"});
  CHECK(f.read(head + "In 2021 it grew. At present Acme has 5,000 employees.\n") ==
        Lines{"staff(Acme) = 5,000 [2024, publication date]"});
  // A year in the clause still comes first.
  CHECK(f.read(head + "Acme now says it had 5,000 employees in 2022.\n") ==
        Lines{"staff(Acme) = 5,000 [2022, value's sentence]"});
}

TEST_CASE("a sentence that opens with a time counted back frames the rest of its paragraph", "[match][title]") {
  Fixture f;
  // "Last spring" (2023, read on 2024-01-22) frames the next sentence as "In 2023" would.
  CHECK(f.read("---\ndate: 2024-01-22\n---\n# Notes\n\nIt will not last. Last spring was hard for Acme. "
               "Acme had 5,000 employees.\n") == Lines{"staff(Acme) = 5,000 [2023, paragraph's year]"});
  // The nearest frame wins: "Last year" after "In 2018".
  CHECK(f.read("---\ndate: 2023-03-09\n---\n# Notes\n\nIn 2018 Acme grew. Last year the worst came in August. "
               "Acme had 5,000 employees.\n") == Lines{"staff(Acme) = 5,000 [2022, paragraph's year]"});
  // A time that does not open its sentence frames nothing.
  CHECK(f.read("---\ndate: 2024-01-22\n---\n# Notes\n\nAcme was weak last spring. Acme had 5,000 employees.\n") ==
        Lines{"staff(Acme) = 5,000 [2024, publication date]"});
}

TEST_CASE("a table row with no year of its own takes the title's year", "[match][title][table]") {
  Fixture f;
  CHECK(f.read("---\ntitle: Ostwick port review 2023\ndate: 2024-02-06\n---\n\n| Port | Dockers |\n|---|---|\n"
               "| Ostwick | 1,200 |\n") == Lines{"port_staff(Ostwick) = 1,200 [2023, title's year]"});
}

TEST_CASE("a title names one year when it names exactly one and the document looks back at it", "[match][title]") {
  using match::title_year;
  CHECK(title_year({"a.p. moller-maersk annual report 2024: the red sea year"}, published(2025)) == 2024);
  CHECK(title_year({"2019 in review"}, published(2020)) == 2019);
  CHECK(title_year({"the 2022 drought"}, published(2023)) == 2022);
  CHECK(title_year({"fy2023 results"}, published(2024)) == 2023);
  CHECK(title_year({"annual report 2024", "# the 2024 report"}, published(2025)) == 2024);
  // Not the year after: the publication's own year, a preview, an anniversary.
  CHECK(title_year({"annual report 2024"}, published(2024)) == 0);
  CHECK(title_year({"outlook 2025"}, published(2024)) == 0);
  CHECK(title_year({"ten years after the 2014 crash"}, published(2024)) == 0);
  CHECK(title_year({"annual report 2024"}, std::nullopt) == 0);
  // Several years, a span, a period from or to a year.
  CHECK(title_year({"1904-2024: the long voyage"}, published(2025)) == 0);
  CHECK(title_year({"the 2023/24 season"}, published(2025)) == 0);
  CHECK(title_year({"from 2019 to 2023"}, published(2024)) == 0);
  CHECK(title_year({"since 2023: a new course"}, published(2024)) == 0);
  CHECK(title_year({"the 2020s so far"}, published(2024)) == 0);
  CHECK(title_year({"annual report 2024", "the 2023 report"}, published(2025)) == 0);
  CHECK(title_year({"top 10 ports"}, published(2025)) == 0);
}
