// Facts in tables (docs/rules.md "Facts in tables"): a cue in a column or row
// header, the cell read with the header's unit, the year from the row or header,
// roles from the row or the text around the table. Tables written for these tests.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "doc/loader.h"
#include "lang/parse.h"
#include "match/matcher.h"
#include "match/table_cues.h"
#include "match/table_unit_note.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Alderport: port = "Alderport"
entity Brindle: port   = "Brindle Harbour", "Brindle"
entity Cobham: port    = "Cobham"

fact port_cargo(port: port) -> cargo: mass {
  cue cargo | throughput
  scope per year
}
fact port_revenue(port: port) -> revenue: money {
  cue revenue | turnover
  scope per year
}
fact quay_length(port: port) -> length: length {
  cue quay
}
fact port_staff(port: port) -> staff: count {
  cue employees | staff
  scope per year
}
)";

struct Fixture {
  Fixture() {
    source::DiagnosticSink sink;
    rules = lang::parse_rules_text("tables.facts", kRules, sink);
    REQUIRE(rules);
    matcher.emplace(*rules);
  }
  static doc::Document document(const std::string& text, const std::string& extension = "md") {
    source::DiagnosticSink sink;
    doc::Document d = doc::make_document("t." + extension, text, extension, sink);
    d.meta.date = "2024-03-01";
    return d;
  }
  std::vector<match::Statement> run(const std::string& text, const std::string& extension = "md") const {
    return matcher->run(document(text, extension));
  }
  // "fact(key) = value [scope, source]" per statement, in document order.
  std::vector<std::string> read(const std::string& text, const std::string& extension = "md") const {
    std::vector<std::string> out;
    for (const match::Statement& s : run(text, extension)) {
      out.push_back(s.key + " = " + s.value.display +
                    (s.scope.empty() ? "" : " [" + s.scope + ", " + s.scope_source + "]"));
    }
    return out;
  }
  std::optional<lang::RuleSet> rules;
  std::optional<match::Matcher> matcher;
};

using Lines = std::vector<std::string>;

const char* const kYearly =
    "Alderport handled more goods than ever.\n\n"
    "| Year | Cargo handled (million tonnes) | Containers (million TEU) |\n"
    "|------|-------------------------------:|-------------------------:|\n"
    "| 2019 | 469.4 | 14.8 |\n"
    "| 2020 | 436.8 | 14.3 |\n";

}  // namespace

TEST_CASE("a column whose header holds a cue states the fact in each yearly row", "[match][table]") {
  Fixture f;
  CHECK(f.read(kYearly) == Lines{"port_cargo(Alderport) = 469.4 million t [2019, table row]",
                                 "port_cargo(Alderport) = 436.8 million t [2020, table row]"});
}

TEST_CASE("a table statement keeps the cell as its place and the row as its sentence", "[match][table]") {
  Fixture f;
  const std::vector<match::Statement> found = f.run(kYearly);
  REQUIRE(found.size() == 2);
  const match::Statement& s = found[0];
  CHECK(s.text == "469.4");
  CHECK(s.location.line == 5);
  CHECK(s.value.text == "469.4 million tonnes");
  CHECK(s.sentence == "Year: 2019; Cargo handled (million tonnes): 469.4; Containers (million TEU): 14.8");
  CHECK(s.table_header == "Cargo handled (million tonnes)");
  CHECK(s.table_year == "2019");
  CHECK(s.role_texts == std::vector<std::string>{"Alderport"});  // named in the sentence before the table
}

TEST_CASE("a cell's value text keeps the document's letters, as a statement in prose does", "[match][table]") {
  Fixture f;
  const std::vector<match::Statement> found =
      f.run("Alderport.\n\n| Year | Revenue (USD billion) | Turnover (US$ Bn) | Staff |\n|---|---|---|---|\n"
            "| 2019 | 5.0 | 5.1 | 12 Thousand |\n");
  std::vector<std::string> texts;
  for (const match::Statement& s : found) texts.push_back(s.value.text);
  CHECK(texts == std::vector<std::string>{"USD 5.0 billion", "US$5.1 Bn", "12 Thousand"});
  CHECK(f.run("<table><tr><th>Port</th><th>Revenue in &euro;BN</th></tr><tr><td>Cobham</td><td>1.2</td></tr></table>",
              "html")
            .at(0)
            .value.text == "\u20ac1.2BN");
}

TEST_CASE("the phrase a cell was read as can be spelt in other letters", "[match][table]") {
  const value::ParseContext context;
  auto phrase = [&](std::string_view cell, std::string_view unit, std::string_view shown_unit) {
    auto v = match::read_cell(value::Type::Money, cell, unit, context);
    REQUIRE(v);
    return std::make_pair(v->value.text, match::phrase_text(v->phrase, cell, shown_unit));
  };
  CHECK(phrase("12", "\u20acbn", "\u20acBN") == std::make_pair(std::string("\u20ac12bn"), std::string("\u20ac12BN")));
  CHECK(phrase("39.7", "usd bn", "USD Bn") == std::make_pair(std::string("usd 39.7 bn"), std::string("USD 39.7 Bn")));
  CHECK(phrase("5", "us$ billion", "US$ Billion") ==
        std::make_pair(std::string("us$5 billion"), std::string("US$5 Billion")));
  // A sign alone: "2.40 £" reads as well, but is not how anyone writes it (a newcomer's report).
  CHECK(phrase("2.40", "\u00a3", "\u00a3") == std::make_pair(std::string("\u00a32.40"), std::string("\u00a32.40")));
}

TEST_CASE("units and scales in the header apply to the cell", "[match][table]") {
  Fixture f;
  CHECK(f.read("| Port | Revenue in €bn | Quay, km |\n|---|---|---|\n| Cobham | 1.2 | 3.5 |\n") ==
        Lines{"port_revenue(Cobham) = EUR 1.2 billion [2024, publication date]", "quay_length(Cobham) = 3.5 km"});
  CHECK(f.read("| Port | Revenue (US$ million) |\n|---|---|\n| Cobham | 850 |\n") ==
        Lines{"port_revenue(Cobham) = USD 850 million [2024, publication date]"});
  // A cell that carries its own unit reads as written.
  CHECK(f.read("| Port | Quay |\n|---|---|\n| Cobham | 3,500 m |\n") == Lines{"quay_length(Cobham) = 3,500 m"});
  // Without a unit of its type, a bare figure is no mass.
  CHECK(f.read("| Port | Cargo |\n|---|---|\n| Cobham | 12.5 |\n").empty());
}

TEST_CASE("a transposed table takes its cue from the row header and its years from the column headers",
          "[match][table]") {
  Fixture f;
  CHECK(f.read("Brindle Harbour in figures:\n\n"
               "| Indicator | 2021 | 2022 |\n"
               "|---|---|---|\n"
               "| Cargo throughput (mln t) | 12.1 | 13.4 |\n"
               "| Vessel calls | 900 | 950 |\n") ==
        Lines{"port_cargo(Brindle) = 12.1 million t [2021, table header]", "port_cargo(Brindle) = 13.4 million t [2022, table header]"});
}

TEST_CASE("a table of several entities gives each row's entity its own statement", "[match][table]") {
  Fixture f;
  // A sentence of prose before the table (a full stop) is no caption: its year dates nothing.
  CHECK(f.read("Cargo in 2022.\n\n"
               "| Port | Cargo (million tonnes) | Employees |\n"
               "|---|---|---|\n"
               "| Alderport | 469.4 | 12,000 |\n"
               "| Brindle Harbour | 13.4 | 800 |\n"
               "| Cobham | 2.2 | 95 |\n") ==
        Lines{"port_cargo(Alderport) = 469.4 million t [2024, publication date]",
              "port_staff(Alderport) = 12,000 [2024, publication date]",
              "port_cargo(Brindle) = 13.4 million t [2024, publication date]",
              "port_staff(Brindle) = 800 [2024, publication date]",
              "port_cargo(Cobham) = 2.2 million t [2024, publication date]",
              "port_staff(Cobham) = 95 [2024, publication date]"});
}

TEST_CASE("a forecast or target column is vetoed, and so is a forecast row", "[match][table]") {
  Fixture f;
  CHECK(f.read("Cobham, year by year:\n\n"
               "| Year | Cargo (mln t) | Cargo target (mln t) | Forecast cargo (mln t) |\n"
               "|---|---|---|---|\n"
               "| 2023 | 10.5 | 12 | 11 |\n"
               "| 2030 (planned) | 14 | 15 | 16 |\n") == Lines{"port_cargo(Cobham) = 10.5 million t [2023, table row]"});
}

TEST_CASE("a table whose headers hold no cue gives nothing", "[match][table]") {
  Fixture f;
  CHECK(f.read("Cobham in numbers.\n\n| Year | Vessel calls | Tonnes per call |\n|---|---|---|\n"
               "| 2019 | 900 (mln t) | 12 million t |\n")
            .empty());
}

TEST_CASE("an html table reads like a markdown one: caption, thead, colspan", "[match][table]") {
  Fixture f;
  CHECK(f.read("<html><body><h2>Brindle Harbour</h2>"
               "<table><caption>Throughput by year</caption>"
               "<thead><tr><th>Year</th><th>Cargo throughput (mln t)</th><th>Staff</th></tr></thead>"
               "<tbody><tr><th>2019</th><td>12.1</td><td>700</td></tr>"
               "<tr><th>2020</th><td>&nbsp;n/a</td><td>720</td></tr></tbody></table></body></html>",
               "html") == Lines{"port_cargo(Brindle) = 12.1 million t [2019, table row]",
                                "port_staff(Brindle) = 700 [2019, table row]",
                                "port_staff(Brindle) = 720 [2020, table row]"});
}

TEST_CASE("the caption's year scopes a table with no year cells", "[match][table]") {
  Fixture f;
  CHECK(f.read("<table><caption>Cargo in 2018</caption><tr><th>Port</th><th>Cargo (mln t)</th></tr>"
               "<tr><td>Cobham</td><td>2.5</td></tr></table>",
               "html") == Lines{"port_cargo(Cobham) = 2.5 million t [2018, table caption]"});
}

TEST_CASE("ragged rows, empty cells and escaped pipes do not crash or mis-assign cells", "[match][table]") {
  Fixture f;
  CHECK(f.read("| Port | Cargo (mln t) |\n|---|---|\n| Cobham |\n| Alderport \\| Brindle | 3.1 | 9 | 9 |\n|\n|||\n") ==
        Lines{"port_cargo(Alderport) = 3.1 million t [2024, publication date]"});
}

TEST_CASE("the header unit is the last parenthesis, a final 'in' or a final comma", "[match][table]") {
  auto unit = [](std::string_view header) {
    doc::TextRange r = match::header_unit(header);
    return std::string(header.substr(r.begin, r.end - r.begin));
  };
  CHECK(unit("cargo handled (million tonnes)") == "million tonnes");
  CHECK(unit("revenue in €bn") == "€bn");
  CHECK(unit("length, km") == "km");
  CHECK(unit("share (%)") == "%");
  CHECK(unit("year").empty());
  // Figures alone date or number a column; glued to a cell they made "412" 4122015.
  CHECK(unit("port (2015)").empty());
  CHECK(unit("staff (2018/19)").empty());
  CHECK(unit("staff (31.12.2019)").empty());
  CHECK(unit("cargo (1,000 t)") == "1,000 t");
}

TEST_CASE("a year in the first column's header is no unit of the cells", "[match][table]") {
  Fixture f;
  const Lines got = f.read("| Port (2015) | Employees |\n|---|---|\n| Alderport | 412 |\n");
  REQUIRE(got.size() == 1);
  CHECK(got[0].starts_with("port_staff(Alderport) = 412 "));
}

TEST_CASE("a cell is read whole with its header's unit or not at all", "[match][table]") {
  const value::ParseContext context;
  auto read = [&](value::Type type, std::string_view cell, std::string_view unit) {
    auto v = match::read_cell(type, cell, unit, context);
    return v ? v->value.display : std::string("-");
  };
  CHECK(read(value::Type::Mass, "469.4", "million tonnes") == "469.4 million t");
  CHECK(read(value::Type::Money, "12", "€bn") == "EUR 12 billion");
  CHECK(read(value::Type::Percent, "4.5", "%") == "4.5%");
  CHECK(read(value::Type::Length, "4,209", "km") == "4,209 km");
  CHECK(read(value::Type::Money, "39.7", "usd bn") == "USD 39.7 billion");
  CHECK(read(value::Type::Count, "12.9", "million ffe") == "12.9 million");  // the scale, though no reader knows FFE
  CHECK(read(value::Type::Money, "39.7", "usd") == "USD 39.7");
  CHECK(read(value::Type::Mass, "n/a", "million tonnes") == "-");
  CHECK(read(value::Type::Mass, "12 or 13", "mt") == "-");
}

TEST_CASE("a key-figures cell with a note after its value states the value", "[match][table]") {
  const value::ParseContext context;
  auto read = [&](value::Type type, std::string_view cell) {
    auto v = match::read_cell(type, cell, "", context);
    return v ? v->value.display : std::string("-");
  };
  CHECK(read(value::Type::Length, "612 m (2,008 ft), harbour survey, 2019") == "612 m");
  CHECK(read(value::Type::Money, "usd 40 (from 1 march)") == "USD 40");  // cells are read normalized
  CHECK(read(value::Type::Count, "14, the Brindle pilots") == "14");
  CHECK(read(value::Type::Ordinal, "3rd (after Cobham and Brindle)") == "3rd");
  // a list of figures is no value with a note, nor is a note alone
  CHECK(read(value::Type::Count, "1,200, 1,300") == "-");
  CHECK(read(value::Type::Count, "(none yet)") == "-");
  CHECK(read(value::Type::Count, "n/a, closed") == "-");
}

TEST_CASE("a year fact's cell may give the year as a whole date that writes it", "[match][table]") {
  const value::ParseContext context;
  auto read = [&](std::string_view cell) {
    auto v = match::read_cell(value::Type::Year, cell, "", context);
    return v ? v->value.display : std::string("-");
  };
  CHECK(read("3 october 1931") == "1931");
  CHECK(read("3 october 1931, by the harbour board") == "1931");
  CHECK(read("3 october") == "-");  // no year written: none is guessed
}

TEST_CASE("a two-column key-figures table reads each labelled value with its note", "[match][table]") {
  const char* const kRulesHere = R"(
entity Alderport: port = "Alderport"
fact quay_length(port: port) -> length: length {
  cue quay
}
fact port_rank(port: port) -> rank: ordinal {
  cue rank
}
fact port_opened(port: port) -> year: year {
  cue opened
}
)";
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("keyfigures.facts", kRulesHere, sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  doc::Document d = doc::make_document("t.md",
                                       "# Alderport in figures\n\n| | |\n|---|---|\n"
                                       "| Main quay | 612 m (2,008 ft), harbour survey, 2019 |\n"
                                       "| Rank among the coast's ports | 3rd (after Cobham) |\n"
                                       "| Opened | 3 October 1931, by the harbour board |\n",
                                       "md", sink);
  d.meta.date = "2024-03-01";
  std::vector<std::string> found;
  for (const match::Statement& s : matcher.run(d)) found.push_back(s.key + " = " + s.value.display);
  CHECK(found == Lines{"quay_length(Alderport) = 612 m", "port_rank(Alderport) = 3rd", "port_opened(Alderport) = 1931"});
}

TEST_CASE("a header whose column stated the fact is no near miss; one whose cells did not read still is",
          "[match][table]") {
  Fixture f;
  auto misses = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const match::NearMiss& m : f.matcher->near_misses(Fixture::document(text))) {
      if (m.fact == "port_cargo") out.push_back(m.sentence);
    }
    return out;
  };
  CHECK(misses(kYearly).empty());
  CHECK(misses("Cobham.\n\n| Year | Cargo (shiploads) |\n|---|---|\n| 2019 | 12 |\n") == Lines{"Cargo (shiploads)"});
}

TEST_CASE("table matching costs the same per row however many rows there are", "[match][table]") {
  Fixture f;
  auto work = [&](int rows) {
    std::string text = "Alderport.\n\n| Year | Cargo (million t) | Employees |\n|---|---|---|\n";
    for (int r = 0; r < rows; ++r) text += "| " + std::to_string(1900 + r % 100) + " | " + std::to_string(r) + ".5 | 12 |\n";
    match::MatchStats stats;
    const auto found = f.matcher->run(Fixture::document(text), &stats);
    CHECK(found.size() == static_cast<std::size_t>(2 * rows));
    return stats.nfa_steps;
  };
  const auto small = work(200), large = work(800);
  CHECK(large <= 5 * small);
}

TEST_CASE("a table far from any naming sentence takes its entity from the document's title", "[match][table]") {
  Fixture f;
  // Alderport is named more often, but the page is about Cobham.
  CHECK(f.read("# Cobham annual review\n\nAlderport, and Alderport again, were its rivals.\n\n"
               "Trade was hard. Costs rose. Staff stayed.\n\n"
               "| Year | Cargo (million t) |\n|---|---|\n| 2019 | 2.5 |\n") ==
        Lines{"port_cargo(Cobham) = 2.5 million t [2019, table row]"});
}

// Before: the three sentences before the table reached past its heading into the
// section before it, so a port that section named took the table's figures.
TEST_CASE("a table under its own heading takes no entity from the section before the heading", "[match][table]") {
  Fixture f;
  CHECK(f.read("# Cobham annual review\n\n## A rival\n\nAlderport opened a new quay. Its owners were pleased.\n\n"
               "## Ten years of cargo\n\n"
               "| Year | Cargo (million t) |\n|---|---|\n| 2019 | 2.5 |\n") ==
        Lines{"port_cargo(Cobham) = 2.5 million t [2019, table row]"});
  // A sentence of the table's own section still names its entity.
  CHECK(f.read("# Cobham annual review\n\n## Ten years of cargo\n\nAlderport kept these figures.\n\n"
               "| Year | Cargo (million t) |\n|---|---|\n| 2019 | 2.5 |\n") ==
        Lines{"port_cargo(Alderport) = 2.5 million t [2019, table row]"});
}

// Before: the header said only "cue 'cargo' is here, but no mass value is", and the
// audit left it out (no value in the header cell): a table whose port is named nowhere
// gave nothing, and nothing said why (a newcomer's report).
TEST_CASE("a header cue above values no role reached is a near miss that names the column's first value",
          "[match][table]") {
  Fixture f;
  const std::string text = "# Fact sheet\n\n| Year | Cargo (tonnes) |\n|---|---|\n| 2019 | 12,000 |\n";
  std::vector<match::NearMiss> misses;
  for (match::NearMiss& m : f.matcher->near_misses(Fixture::document(text))) {
    if (m.fact == "port_cargo") misses.push_back(std::move(m));
  }
  REQUIRE(misses.size() == 1);
  CHECK(misses[0].value_here);
  CHECK(misses[0].reason ==
        "cue 'cargo' is here; the column it heads holds figures ('12,000' at 5:10), but none gave a statement: "
        "a veto word is in their rows or headers, or the fact's roles are named neither in their rows nor in the "
        "table's caption, the sentences before it or the document's title");
  // Named before the table, the port takes the column: no miss at all.
  CHECK(f.read("Cobham.\n\n" + text.substr(text.find('|'))) ==
        std::vector<std::string>{"port_cargo(Cobham) = 12,000 t [2019, table row]"});
}

TEST_CASE("a column of the years something happened does not date the row's figures", "[match][table]") {
  Fixture f;
  // "Opened" dates the port, not its staff: the header's 2023 is the figures' year.
  CHECK(f.read("| Port | Opened | Staff in 2023 |\n|---|---|---|\n| Cobham | 1994 | 1,200 |\n") ==
        Lines{"port_staff(Cobham) = 1,200 [2023, table header]"});
  // A year column of the figures' own time still dates them, "ended" and "recorded" included.
  CHECK(f.read("| Year ended 31 March | Port | Staff |\n|---|---|---|\n| 2022 | Cobham | 1,200 |\n") ==
        Lines{"port_staff(Cobham) = 1,200 [2022, table row]"});
  CHECK(f.read("| Port | Year recorded | Staff |\n|---|---|---|\n| Cobham | 2021 | 1,150 |\n") ==
        Lines{"port_staff(Cobham) = 1,150 [2021, table row]"});
  CHECK(match::names_an_event("year founded"));
  CHECK(match::names_an_event("built"));
  CHECK_FALSE(match::names_an_event("year"));
  CHECK_FALSE(match::names_an_event("top speed"));
}

// A blind writer's table under "## Coral cover by region" with columns "Region | 2021 |
// 2022" gave nothing: the measure was named only above the table.
TEST_CASE("a table whose columns are years takes its cue from its heading or the line before it", "[match][table]") {
  Fixture f;
  CHECK(f.read("Alderport and Cobham.\n\n## Staff at the two ports\n\n"
               "| Port | 2020 | 2021 |\n|---|---|---|\n| Alderport | 640 | 655 |\n| Cobham | 88 | 91 |\n") ==
        Lines{"port_staff(Alderport) = 640 [2020, table header]", "port_staff(Alderport) = 655 [2021, table header]",
              "port_staff(Cobham) = 88 [2020, table header]", "port_staff(Cobham) = 91 [2021, table header]"});
  // A caption line right above it, its unit after a final comma.
  CHECK(f.read("## Brindle Harbour\n\nSome words on the quays.\n\nTable 4: Cargo handled, million tonnes\n\n"
               "| Port | 2021 | 2022 |\n|---|---|---|\n| Brindle | 12.5 | 13.25 |\n") ==
        Lines{"port_cargo(Brindle) = 12.5 million t [2021, table header]",
              "port_cargo(Brindle) = 13.25 million t [2022, table header]"});
  // The same in HTML, a paragraph before the table.
  CHECK(f.read("<html><body><p>Cobham.</p><p>Employees at the port by year:</p>"
               "<table><tr><th>Port</th><th>2019</th></tr><tr><td>Cobham</td><td>77</td></tr></table></body></html>",
               "html") == Lines{"port_staff(Cobham) = 77 [2019, table header]"});
}

TEST_CASE("a header's own cue comes before the heading's, and a column that names something else takes neither",
          "[match][table]") {
  Fixture f;
  // The heading names staff, the header cargo: the cargo column is read, nothing else.
  CHECK(f.read("Cobham.\n\n## Staff and ships\n\n| Year | Cargo (mln t) | Vessel calls |\n|---|---|---|\n"
               "| 2022 | 3.5 | 410 |\n") == Lines{"port_cargo(Cobham) = 3.5 million t [2022, table row]"});
  // Columns that say what they count are no columns of the heading's measure.
  CHECK(f.read("Cobham.\n\n## Port staff\n\n| Port | Vessel calls | Berths |\n|---|---|---|\n| Cobham | 410 | 12 |\n")
            .empty());
  // A row header's cue comes before the heading's.
  CHECK(f.read("Cobham.\n\n## Port staff\n\n| Item | 2022 |\n|---|---|\n| Turnover (USD million) | 45 |\n") ==
        Lines{"port_revenue(Cobham) = USD 45 million [2022, table header]"});
  // A heading with a veto word gives no cue.
  CHECK(f.read("Cobham.\n\n## Staff forecast\n\n| Port | 2031 |\n|---|---|\n| Cobham | 95 |\n").empty());
  // A row that names no port is some other measure's, not the port's staff.
  CHECK(f.read("Cobham.\n\n## Staff\n\n| Item | 2022 |\n|---|---|\n| Pilots | 40 |\n| Cobham | 95 |\n") ==
        Lines{"port_staff(Cobham) = 95 [2022, table header]"});
}

// A blind writer's "Share of valid votes (%)" column under "## 2022 presidential
// election" took the publication year.
TEST_CASE("a table takes the year of its heading or lead when the heading names one year", "[match][table]") {
  Fixture f;
  const std::string table = "\n\n| Port | Cargo (mln t) |\n|---|---|\n| Cobham | 2.5 |\n";
  CHECK(f.read("Cobham.\n\n## The 2019 season" + table) == Lines{"port_cargo(Cobham) = 2.5 million t [2019, table heading]"});
  CHECK(f.read("Cobham.\n\n### Largest ports (2017 survey)" + table) ==
        Lines{"port_cargo(Cobham) = 2.5 million t [2017, table heading]"});
  CHECK(f.read("Cobham.\n\n## The 2019 season\n\nCargo handled in 2018:" + table) ==
        Lines{"port_cargo(Cobham) = 2.5 million t [2018, table caption]"});
  // A sentence of prose is no caption: "The port opened in 1990." dates nothing.
  CHECK(f.read("Cobham.\n\n## The 2019 season\n\nThe port opened in 1990." + table) ==
        Lines{"port_cargo(Cobham) = 2.5 million t [2019, table heading]"});
  // Several years, a span or a time from a year name no one year: the publication date.
  CHECK(f.read("Cobham.\n\n## The 2019 and 2020 seasons" + table) ==
        Lines{"port_cargo(Cobham) = 2.5 million t [2024, publication date]"});
  CHECK(f.read("Cobham.\n\n## Seasons 2015-2019" + table) == Lines{"port_cargo(Cobham) = 2.5 million t [2024, publication date]"});
  CHECK(f.read("Cobham.\n\n## Growth since 2015" + table) == Lines{"port_cargo(Cobham) = 2.5 million t [2024, publication date]"});
  // A row's own year cell still comes first.
  CHECK(f.read("Cobham.\n\n## The 2019 season\n\n| Year | Cargo (mln t) |\n|---|---|\n| 2021 | 2.5 |\n") ==
        Lines{"port_cargo(Cobham) = 2.5 million t [2021, table row]"});
  // HTML headings too.
  CHECK(f.read("<html><body><p>Cobham.</p><h4>The 2016 season</h4><table><tr><th>Port</th><th>Cargo (mln t)</th></tr>"
               "<tr><td>Cobham</td><td>2.5</td></tr></table></body></html>",
               "html") == Lines{"port_cargo(Cobham) = 2.5 million t [2016, table heading]"});
}

// A blind writer's "| (trillion yen) | FY2023 | FY2024 |" with rows "Sales revenues" and
// "Operating income" gave nothing.
TEST_CASE("the corner cell's unit applies to the cells whose own headers give none", "[match][table]") {
  Fixture f;
  CHECK(f.read("Brindle Harbour results.\n\n| (million tonnes) | 2021 | 2022 |\n|---|---|---|\n"
               "| Cargo handled | 12.1 | 13.0 |\n| Cargo target (Mt) | 14 | 15 |\n") ==
        Lines{"port_cargo(Brindle) = 12.1 million t [2021, table header]",
              "port_cargo(Brindle) = 13.0 million t [2022, table header]"});
  // A row header's own unit comes first.
  CHECK(f.read("Brindle Harbour results.\n\n| (million tonnes) | 2021 |\n|---|---|\n| Cargo handled (thousand tonnes) | 950 |\n") ==
        Lines{"port_cargo(Brindle) = 950 thousand t [2021, table header]"});
}

// Writers give a table's unit in a note above it as often as in its headers: an
// investor's fact sheet said "Figures in billions of yen, except employees." over a
// table of fiscal years, and its money rows read nothing.
TEST_CASE("a note above a table gives its unit to the cells whose headers give none", "[match][table]") {
  Fixture f;
  CHECK(f.read("Cobham results.\n\nYears end in June. Figures in millions of dollars, except staff.\n\n"
               "| | 2021 | 2022 |\n|---|---|---|\n| Revenue | 410.5 | 433.0 |\n| Staff | 1,200 | 1,250 |\n") ==
        Lines{"port_revenue(Cobham) = USD 410.5 million [2021, table header]",
              "port_revenue(Cobham) = USD 433.0 million [2022, table header]",
              "port_staff(Cobham) = 1,200 [2021, table header]", "port_staff(Cobham) = 1,250 [2022, table header]"});
  // As the last part of a lead-in: ", in thousands of tonnes."
  CHECK(f.read("Cobham, goods over the quay, in thousands of tonnes.\n\n| | 2021 |\n|---|---|\n| Cargo | 950 |\n") ==
        Lines{"port_cargo(Cobham) = 950 thousand t [2021, table header]"});
  // A paragraph that names no unit gives none.
  CHECK(f.read("Cobham grew in Europe.\n\n| | 2021 |\n|---|---|\n| Revenue | 410.5 |\n").empty());
}

TEST_CASE("a table's unit note is a sentence or a part of one that is 'in' and a unit", "[match][table]") {
  auto note = [](std::string_view paragraph) {
    const match::UnitNote n = match::unit_note(paragraph);
    return std::make_pair(std::string(paragraph.substr(n.unit.begin, n.unit.end - n.unit.begin)), n.except);
  };
  using Note = std::pair<std::string, std::string>;
  CHECK(note("fiscal years end in june. figures in billions of euros, except for staff.") ==
        Note{"billions of euros", "staff"});
  CHECK(note("all amounts are given in us$ million.") == Note{"us$ million", ""});
  CHECK(note("cobham and brindle, cargo handled, in millions of tonnes.") == Note{"millions of tonnes", ""});
  CHECK(note("in thousands.") == Note{"thousands", ""});
  CHECK(note("sales grew fastest in europe.") == Note{"", ""});
  CHECK(note("figures in 2023 were revised.") == Note{"", ""});
  CHECK(note("cargo rose, in part because of the strike.") == Note{"", ""});
}

// "(billion yen)" once scaled a count: a "Sales revenues" row read as 29,929.9 billion
// vehicles under a count fact cued by "sales".
TEST_CASE("a scale before a unit of money or a measure scales no count", "[match][table]") {
  const value::ParseContext context;
  CHECK_FALSE(match::read_cell(value::Type::Count, "29,929.9", "billion yen", context));
  CHECK_FALSE(match::read_cell(value::Type::Count, "29,929.9", "billions of yen", context));
  CHECK_FALSE(match::read_cell(value::Type::Count, "14.8", "million tonnes", context));
  REQUIRE(match::read_cell(value::Type::Count, "14.8", "million teu", context));
  CHECK(match::read_cell(value::Type::Count, "10.74", "millions of vehicles", context)->value.text == "10.74 million");
  CHECK(match::read_cell(value::Type::Money, "29,929.9", "billions of yen", context)->value.text ==
        "29,929.9 billion yen");
}

// A label line's figure once ran on into the block after it, whose first word the
// reader took as its unit ("240 year"), so the line stated nothing: a blind writer's
// fact sheet lost its label line above a table, and one above a label line opening
// with "Years".
TEST_CASE("a label line's figure is read within its line, whatever block follows", "[match][table]") {
  Fixture f;
  CHECK(f.read("# Alderport at a glance\n\n"
               "Employees: 240\n\n"
               "| Year | Quay works |\n|---|---|\n| 2021 | North pier |\n") ==
        Lines{"port_staff(Alderport) = 240 [2024, publication date]"});
  CHECK(f.read("# Alderport at a glance\n\nEmployees: 250\nYears in service: 30\n") ==
        Lines{"port_staff(Alderport) = 250 [2024, publication date]"});
  // Plain text and a heading after the line end it too.
  CHECK(f.read("Alderport at a glance\n\nEmployees: 260\n\nYears of growth\n\nThe port grew.\n", "txt") ==
        Lines{"port_staff(Alderport) = 260 [2024, publication date]"});
  CHECK(f.read("# Alderport at a glance\n\nEmployees: 270\n\n## Years of growth\n\nThe port grew.\n") ==
        Lines{"port_staff(Alderport) = 270 [2024, publication date]"});
}

// "Staff: 240" over a table of yearly columns named the table's columns: each row's
// figures became staff counts of the row's port. A label line with its own figure is a
// statement, no caption; "Staff by port:" still is one.
TEST_CASE("a label line with its own figure is no caption of the table under it", "[match][table]") {
  Fixture f;
  const std::string table = "| Port | 2022 | 2023 |\n|---|---|---|\n| Cobham | 51 | 58 |\n";
  CHECK(f.read("# Alderport at a glance\n\nStaff: 240\n\n" + table) ==
        Lines{"port_staff(Alderport) = 240 [2024, publication date]"});
  CHECK(f.read("# Alderport at a glance\n\nStaff: about 240\n\n" + table) ==
        Lines{"port_staff(Alderport) = about 240 [2024, publication date]"});
  CHECK(f.read("# Alderport at a glance\n\nStaff by port:\n\n" + table) ==
        Lines{"port_staff(Cobham) = 51 [2022, table header]", "port_staff(Cobham) = 58 [2023, table header]"});
}

TEST_CASE("a key-figures row names its figure's year in its own cells when no header does", "[match][table]") {
  Fixture f;
  // The year ending the row header first, then the first other cell naming one; a
  // span of years gives the year it ends.
  CHECK(f.read("Cobham at a glance:\n\n"
               "| indicator | figure | period and source |\n"
               "|---|---|---|\n"
               "| Staff, payroll count | 1,240 | March 31, 2021 (harbour board) |\n"
               "| Cargo handled | 41.5 million tonnes | calendar year 2022 |\n"
               "| Revenue, financial 2023 | $310 million | approved May 2022 |\n"
               "| Quay | 2,300 m | survey of 2019 |\n"
               "| Staff, average | 1,190 | 2016-2020 (five-year survey) |\n") ==
        Lines{"port_staff(Cobham) = 1,240 [2021, table row]",
              "port_cargo(Cobham) = 41.5 million t [2022, table row]",
              "port_revenue(Cobham) = USD 310 million [2023, table row]", "quay_length(Cobham) = 2,300 m",
              "port_staff(Cobham) = 1,190 [2020, table row]"});
  // A cell without a year leaves the figure to the table's titles and the date, as before;
  // a column of events dates no figure.
  CHECK(f.read("Cobham at a glance:\n\n"
               "| indicator | figure | notes |\n"
               "|---|---|---|\n"
               "| Staff | 1,240 | full-time posts only |\n") ==
        Lines{"port_staff(Cobham) = 1,240 [2024, publication date]"});
  CHECK(f.read("Cobham at a glance:\n\n"
               "| indicator | figure | first opened |\n"
               "|---|---|---|\n"
               "| Staff | 1,240 | October 1931 |\n") ==
        Lines{"port_staff(Cobham) = 1,240 [2024, publication date]"});
  // An open span names no year of the figure, nor a year after what happened then.
  CHECK(f.read("Cobham at a glance:\n\n"
               "| indicator | figure | notes |\n"
               "|---|---|---|\n"
               "| Staff hired since 2015 | 640 | |\n"
               "| Harbour 2040 Fund staff | 75 | |\n"
               "| Staff | 1,240 | harbour board founded 1931 |\n") ==
        Lines{"port_staff(Cobham) = 640 [2024, publication date]", "port_staff(Cobham) = 75 [2024, publication date]",
              "port_staff(Cobham) = 1,240 [2024, publication date]"});
  // Years in the column headers still come first.
  CHECK(f.read("Cobham in figures:\n\n"
               "| Indicator | 2021 | note |\n"
               "|---|---|---|\n"
               "| Staff | 1,300 | count of 2019 |\n") == Lines{"port_staff(Cobham) = 1,300 [2021, table header]"});
}

TEST_CASE("a note after a comma in a header's unit is no part of the unit", "[match][table]") {
  Fixture f;
  CHECK(f.read("| Year | Staff employed at Cobham (thousands, rounded) |\n|---|---|\n| 2022 | 3.5 |\n") ==
        Lines{"port_staff(Cobham) = 3.5 thousand [2022, table row]"});
  CHECK(f.read("| Port | Quay (km, approx.) |\n|---|---|\n| Cobham | 3.5 |\n") == Lines{"quay_length(Cobham) = 3.5 km"});
  // A scale or currency after the comma is part of the unit: nothing read short.
  CHECK(f.read("| Port | Revenue (USD, millions) |\n|---|---|\n| Cobham | 850 |\n") !=
        Lines{"port_revenue(Cobham) = USD 850 [2024, publication date]"});
}

TEST_CASE("the one year the corner cell names dates the rows that name none", "[match][table]") {
  Fixture f;
  // A key-figures table whose first column's header says when its figures were taken.
  CHECK(f.read("## Brindle Harbour\n\n| Figures at 30 June 2017 | |\n|---|---|\n"
               "| Employees | 412 |\n| Cargo (million tonnes) | 3.1 |\n") ==
        Lines{"port_staff(Brindle) = 412 [2017, table header]", "port_cargo(Brindle) = 3.1 million t [2017, table header]"});
  // A row's own year cell still comes first; a span or an event names no year of the table.
  CHECK(f.read("## Brindle Harbour\n\n| Ports of 2015 | Employees | Year |\n|---|---|---|\n| Brindle | 412 | 2017 |\n") ==
        Lines{"port_staff(Brindle) = 412 [2017, table row]"});
  CHECK(f.read("## Brindle Harbour\n\n| Figures 2015-2017 | |\n|---|---|\n| Employees | 412 |\n") ==
        Lines{"port_staff(Brindle) = 412 [2024, publication date]"});
  CHECK(f.read("## Brindle Harbour\n\n| Opened 1987 | |\n|---|---|\n| Employees | 412 |\n") ==
        Lines{"port_staff(Brindle) = 412 [2024, publication date]"});
}

// A fact sheet put the unit of a yearly table in its heading, "(survey, km²)", and the
// measure in the column header, "| year | area cleared |": its bare figures read
// nothing, neither the column's cue nor the title's unit reaching them.
TEST_CASE("a title naming the table's measure gives its unit to a cue column with none", "[match][table]") {
  Fixture f;
  CHECK(f.read("# Cobham\n\n## Cargo through Cobham, 2019-2020 (million tonnes)\n\n"
               "| Year | Cargo handled |\n|---|---|\n| 2019 | 12.5 |\n| 2020 | 11.9 |\n") ==
        Lines{"port_cargo(Cobham) = 12.5 million t [2019, table row]",
              "port_cargo(Cobham) = 11.9 million t [2020, table row]"});
  // A title about another measure gives no unit: the bare figures still read nothing.
  CHECK(f.read("# Cobham\n\n## Cobham's workforce (thousands)\n\n"
               "| Year | Cargo handled |\n|---|---|\n| 2019 | 12.5 |\n").empty());
  // The column's own unit comes first.
  CHECK(f.read("# Cobham\n\n## Cargo through Cobham (million tonnes)\n\n"
               "| Year | Cargo handled (thousand tonnes) |\n|---|---|\n| 2019 | 950 |\n") ==
        Lines{"port_cargo(Cobham) = 950 thousand t [2019, table row]"});
}

TEST_CASE("a note before a comma in a header's unit, the figures' source, is no part of the unit",
          "[match][table]") {
  Fixture f;
  CHECK(f.read("| Year | Cargo at Cobham (harbour board, million tonnes) |\n|---|---|\n| 2022 | 3.5 |\n") ==
        Lines{"port_cargo(Cobham) = 3.5 million t [2022, table row]"});
  CHECK(f.read("# Cobham\n\n## Cargo through Cobham, 2019-2020 (harbour board, million tonnes)\n\n"
               "| Year | Cargo handled |\n|---|---|\n| 2019 | 12.5 |\n") ==
        Lines{"port_cargo(Cobham) = 12.5 million t [2019, table row]"});
  // A price basis before the comma says what the money is worth: not passed over.
  CHECK(f.read("| Year | Revenue at Cobham (constant prices, USD) |\n|---|---|\n| 2022 | 850 |\n").empty());
}
