// End to end: facts stated in tables (docs/rules.md "Facts in tables") read by the
// real binary from a Markdown and an HTML document, checked in the JSON report and
// in explain.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "run_binary.h"

using factlint::testing::make_temp_dir;
using factlint::testing::run_factlint;
using factlint::testing::write_file;
using nlohmann::json;

namespace {

// A corpus of two documents on one port: a Markdown report with a yearly table and
// an HTML page with a transposed table; they agree on 2019 and disagree on 2020.
std::string port_corpus() {
  const std::string dir = make_temp_dir();
  write_file(dir + "/rules/port.facts",
             "entity Quillhaven: port = \"Quillhaven\", \"Port of Quillhaven\"\n"
             "fact port_cargo(port: port) -> cargo: mass {\n"
             "  cue cargo | throughput\n"
             "  scope per year\n"
             "  compare within 1%\n"
             "  example \"Quillhaven handled 12 million tonnes of cargo in 2019\" => port=Quillhaven "
             "cargo=\"12 million tonnes\"\n"
             "}\n");
  write_file(dir + "/corpus/report.md",
             "# Annual review\n\n"
             "The Port of Quillhaven had a mixed decade.\n\n"
             "| Year | Cargo handled (million tonnes) | Containers (million TEU) | Cargo target (million tonnes) |\n"
             "|------|------|------|------|\n"
             "| 2019 | 469.4 | 14.8 | 480 |\n"
             "| 2020 | 436.8 | 14.3 | 500 |\n");
  write_file(dir + "/corpus/page.html",
             "<html><head><title>Quillhaven</title></head><body>\n"
             "<p>Quillhaven is a deep-water port.</p>\n"
             "<table>\n<caption>Key figures</caption>\n"
             "<tr><th>Indicator</th><th>2019</th><th>2020</th></tr>\n"
             "<tr><th>Cargo throughput (mln t)</th><td>469.0</td><td>401.2</td></tr>\n"
             "</table>\n</body></html>\n");
  return dir;
}

}  // namespace

TEST_CASE("yearly figures in markdown and html tables become statements the report compares", "[e2e]") {
  const std::string dir = port_corpus();
  auto run = run_factlint("check --no-db --format json --rules " + dir + "/rules -- " + dir + "/corpus");
  INFO(run.err);
  REQUIRE(run.exit_code == 1);  // 2020 conflicts
  json report = json::parse(run.out);
  REQUIRE(report["findings"].size() == 2);
  const json& y2019 = report["findings"][0];
  const json& y2020 = report["findings"][1];
  CHECK(y2019["key"] == "port_cargo(Quillhaven)");
  CHECK(y2019["scope"] == "2019");
  CHECK(y2019["verdict"] == "consistent");
  CHECK(y2020["scope"] == "2020");
  CHECK(y2020["verdict"] == "conflicting");
  // The markdown statement of 2019: the cell, the row as its sentence, the table's parts named.
  json md, html;
  for (const json& group : y2019["values"]) {
    for (const json& s : group["statements"]) (s["document"].get<std::string>().ends_with(".md") ? md : html) = s;
  }
  REQUIRE(md.is_object());
  REQUIRE(html.is_object());
  CHECK(md["line"] == 7);
  CHECK(md["value_text"] == "469.4 million tonnes");
  CHECK(md["sentence"] == "Year: 2019; Cargo handled (million tonnes): 469.4; Containers (million TEU): 14.8; "
                          "Cargo target (million tonnes): 480");
  CHECK(md["scope_source"] == "table row");
  CHECK(md["table"] == json{{"header", "Cargo handled (million tonnes)"}, {"year_cell", "2019"}});
  CHECK(html["scope_source"] == "table header");
  CHECK(html["table"] == json{{"header", "Cargo throughput (mln t)"}, {"year_cell", "2019"}});
  CHECK(html["sentence"] == "Indicator: Cargo throughput (mln t); 2019: 469.0; 2020: 401.2");
  // The target column gave nothing: only the two actual figures per year.
  std::size_t statements = 0;
  for (const json& f : report["findings"]) {
    for (const json& group : f["values"]) statements += group["statements"].size();
  }
  CHECK(statements == 4);
}

TEST_CASE("explain says a statement came from a table: which header, which year cell", "[e2e]") {
  const std::string dir = port_corpus();
  auto check = run_factlint("check --no-db --format json --rules " + dir + "/rules -- " + dir + "/corpus");
  REQUIRE(check.exit_code == 1);
  const std::string id = json::parse(check.out)["findings"][1]["id"];  // 2020
  auto text = run_factlint("explain --no-db " + id + " " + dir + "/corpus --rules " + dir + "/rules");
  INFO(text.err);
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.find("table:     a cell under the header 'Cargo handled (million tonnes)', its year from the cell "
                      "'2020'") != std::string::npos);
  CHECK(text.out.find("table:     a cell under the header 'Cargo throughput (mln t)', its year from the cell "
                      "'2020'") != std::string::npos);
  CHECK(text.out.find("scope:     2020 (table header)") != std::string::npos);
  CHECK(text.out.find("sentence:  Year: 2020; Cargo handled (million tonnes): 436.8;") != std::string::npos);
  auto js = run_factlint("explain --no-db --format json " + id + " " + dir + "/corpus --rules " + dir + "/rules");
  REQUIRE(js.exit_code == 0);
  json j = json::parse(js.out);
  std::vector<json> tables;
  for (const json& group : j["values"]) {
    for (const json& s : group["statements"]) tables.push_back(s["table"]);
  }
  CHECK(tables.size() == 2);
  CHECK(std::count(tables.begin(), tables.end(), json{{"header", "Cargo throughput (mln t)"}, {"year_cell", "2020"}}) ==
        1);
}
