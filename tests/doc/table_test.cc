// Tests for tables as the readers find them (checker/doc/table.h, pipe_table.h): Markdown
// pipe tables and HTML <table>, their cells as ranges of the normalized text.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "doc/loader.h"
#include "doc/pipe_table.h"

using namespace factlint;

namespace {

doc::Document doc_of(const std::string& text, const std::string& extension) {
  source::DiagnosticSink sink;
  return doc::make_document("t." + extension, text, extension, sink);
}

// Each row as "cell|cell|...", "H:" before header rows.
std::vector<std::string> rows_of(const doc::Document& d, std::size_t table = 0) {
  std::vector<std::string> out;
  REQUIRE(table < d.tables.size());
  for (const doc::TableRow& row : d.tables[table].rows) {
    std::string line = row.header ? "H:" : "";
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      if (c > 0) line += "|";
      line += d.normalized.substr(row.cells[c].begin, row.cells[c].end - row.cells[c].begin);
    }
    out.push_back(line);
  }
  return out;
}

std::vector<std::string> cells_of(std::string_view line) {
  std::vector<std::string> out;
  for (const doc::TextRange& r : doc::split_pipe_row(line)) out.emplace_back(line.substr(r.begin, r.end - r.begin));
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a pipe row splits into trimmed cells, pipes at its ends optional and escaped pipes kept", "[doc]") {
  CHECK(cells_of("| 2019 | 469.4 |") == Lines{"2019", "469.4"});
  CHECK(cells_of("2019 | 469.4") == Lines{"2019", "469.4"});
  CHECK(cells_of("| a \\| b | c |") == Lines{"a \\| b", "c"});
  CHECK(cells_of("| x ||") == Lines{"x", ""});
  CHECK(doc::delimiter_columns("|---|:--:|") == 2);
  CHECK(doc::delimiter_columns("--- | ---:") == 2);
  CHECK(doc::delimiter_columns("---") == 0);
  CHECK(doc::delimiter_columns("| a |") == 0);
  CHECK(doc::delimiter_columns("| - | x- |") == 0);
}

TEST_CASE("a markdown pipe table gives its rows, the row above the delimiter as header", "[doc]") {
  const doc::Document d = doc_of(
      "Figures for the harbour:\n\n"
      "| Year | Cargo (Mt) |\n"
      "|------|-----------:|\n"
      "| 2019 | **469.4** |\n"
      "| 2020 | 436.8 |\n\n"
      "After the table.\n",
      "md");
  REQUIRE(d.tables.size() == 1);
  CHECK(rows_of(d) == Lines{"H:year|cargo (mt)", "2019|469.4", "2020|436.8"});
  // Every cell is a sentence of its own: nothing runs from one cell into the next.
  for (const doc::Sentence& s : d.sentences) {
    CHECK(d.normalized.substr(s.begin, s.end - s.begin).find("2019 469.4") == std::string::npos);
  }
  // The table starts after the sentence that leads into it.
  CHECK(d.normalized.substr(0, d.tables[0].begin).find("harbour") != std::string::npos);
  CHECK(d.normalized.substr(0, d.tables[0].begin).find("2019") == std::string::npos);
}

TEST_CASE("a pipe table without outer pipes is a table, its rows separate sentences", "[doc]") {
  const doc::Document d = doc_of(
      "Year | Length (km)\n"
      "--- | ---\n"
      "2001 | 4,209\n"
      "2002 | 4,210\n",
      "md");
  REQUIRE(d.tables.size() == 1);
  CHECK(rows_of(d) == Lines{"H:year|length (km)", "2001|4,209", "2002|4,210"});
  for (const doc::Sentence& s : d.sentences) {
    std::string text = d.normalized.substr(s.begin, s.end - s.begin);
    CHECK((text.find("4,209") == std::string::npos || text.find("2002") == std::string::npos));
  }
}

TEST_CASE("ragged rows and escaped pipes in a markdown table neither crash nor shift cells", "[doc]") {
  const doc::Document d = doc_of(
      "| Port | Cargo (Mt) | Note |\n"
      "|---|---|---|\n"
      "| Alpha \\| Beta | 12.5 |\n"
      "| Gamma | 7 | new | extra |\n"
      "|\n",
      "md");
  REQUIRE(d.tables.size() == 1);
  const Lines rows = rows_of(d);
  REQUIRE(rows.size() >= 3);
  CHECK(rows[1] == "alpha | beta|12.5");
  CHECK(rows[2] == "gamma|7|new|extra");
}

TEST_CASE("a paragraph with pipes but no delimiter row is no table", "[doc]") {
  CHECK(doc_of("Read a | b as prose.\nAnd | this too.\n", "md").tables.empty());
  CHECK(doc_of("| only | a row |\n", "md").tables.empty());
}

TEST_CASE("an html table gives its caption, header rows and colspans", "[doc]") {
  const doc::Document d = doc_of(
      "<html><body><p>Before the table.</p>"
      "<table><caption>Harbour cargo, 2019&ndash;2020</caption>"
      "<thead><tr><th>Year</th><th colspan=\"2\">Cargo (Mt)</th></tr></thead>"
      "<tbody><tr><td>2019</td><td>469.4</td><td>a</td></tr>"
      "<tr><td>2020</td><td><b>436.8</b></td></tr></tbody></table>"
      "<p>After.</p></body></html>",
      "html");
  REQUIRE(d.tables.size() == 1);
  CHECK(rows_of(d) == Lines{"H:year|cargo (mt)|cargo (mt)", "2019|469.4|a", "2020|436.8"});
  const doc::TextRange caption = d.tables[0].caption;
  CHECK(d.normalized.substr(caption.begin, caption.end - caption.begin) == "harbour cargo, 2019-2020");
}

TEST_CASE("an html table without thead takes its rows of th cells, else its first row, as header", "[doc]") {
  const doc::Document th = doc_of(
      "<table><tr><th>Indicator</th><th>2019</th></tr><tr><th>Cargo</th><td>469.4</td></tr></table>", "html");
  CHECK(rows_of(th) == Lines{"H:indicator|2019", "cargo|469.4"});
  const doc::Document plain = doc_of("<table><tr><td>Year</td><td>Cargo</td></tr><tr><td>2019</td><td>1</td></tr></table>",
                                     "html");
  CHECK(rows_of(plain) == Lines{"H:year|cargo", "2019|1"});
}

TEST_CASE("nested html tables are read as two tables", "[doc]") {
  const doc::Document d = doc_of(
      "<table><tr><th>A</th></tr><tr><td><table><tr><th>B</th></tr><tr><td>1</td></tr></table></td></tr></table>",
      "html");
  REQUIRE(d.tables.size() == 2);
  CHECK(rows_of(d, 0) == Lines{"H:b", "1"});
  CHECK(rows_of(d, 1).front() == "H:a");
}

TEST_CASE("a pipe table right under a paragraph line starts at its header row", "[doc]") {
  const doc::Document d = doc_of("Cargo by year:\n| Year | Cargo (Mt) |\n|---|---|\n| 2019 | 469.4 |\n", "md");
  REQUIRE(d.tables.size() == 1);
  CHECK(rows_of(d) == Lines{"H:year|cargo (mt)", "2019|469.4"});
  REQUIRE(!d.sentences.empty());
  CHECK(d.normalized.substr(d.sentences[0].begin, d.sentences[0].end - d.sentences[0].begin) == "cargo by year:");
}

TEST_CASE("a table keeps the nearest heading above it and the paragraph directly before it", "[doc]") {
  auto range = [](const doc::Document& d, doc::TextRange r) { return d.normalized.substr(r.begin, r.end - r.begin); };
  const doc::Document md = doc_of(
      "# Harbour notes\n\n## Cargo by year\n\nA word first.\n\nTable 1: cargo, Mt\n\n| Year | Cargo |\n|---|---|\n| 2019 | 1 |\n\n"
      "### Quays\n\nSome prose.\n\n- a list\n\n| Quay | Length |\n|---|---|\n| North | 300 |\n",
      "md");
  REQUIRE(md.tables.size() == 2);
  CHECK(range(md, md.tables[0].heading) == "cargo by year");
  CHECK(range(md, md.tables[0].lead) == "table 1: cargo, mt");
  CHECK(range(md, md.tables[1].heading) == "quays");
  CHECK(md.tables[1].lead.empty());  // a list stands between
  const doc::Document html = doc_of(
      "<html><body><h2>Cargo by year</h2><p>Prose.</p><div><p>Table 1: cargo</p></div>"
      "<table><tr><th>Year</th><th>Cargo</th></tr><tr><td>2019</td><td>1</td></tr></table>"
      "<h3>Quays</h3><table><tr><th>Quay</th></tr><tr><td>North</td></tr></table></body></html>",
      "html");
  REQUIRE(html.tables.size() == 2);
  CHECK(range(html, html.tables[0].heading) == "cargo by year");
  CHECK(range(html, html.tables[0].lead) == "table 1: cargo");
  CHECK(range(html, html.tables[1].heading) == "quays");
  CHECK(html.tables[1].lead.empty());
}
