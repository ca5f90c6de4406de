// One row per statement; see csv_report.h.
#include "report/csv_report.h"

#include <cctype>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "source/display_text.h"

namespace factlint::report {

namespace {

constexpr std::size_t kFlushBytes = 1 << 20;

// Values as written ("-3.2%", "+5") start with what spreadsheets read as a formula:
// only cells a formula could be made of are made inert, numbers stay numbers.
bool starts_formula(std::string_view text) {
  if (text.empty()) return false;
  const char c = text.front();
  if (c == '=' || c == '@') return true;
  if (c != '+' && c != '-') return false;
  // "-3.2%", "+5", "-12,000": a signed figure is data.
  for (char d : text.substr(1)) {
    if (!(std::isdigit(static_cast<unsigned char>(d)) || d == '.' || d == ',' || d == '%' || d == ' ')) return true;
  }
  return text.size() == 1;
}

// An end of the statement's normalized interval, as a spreadsheet reads a number
// ("4184000", "0.5"); empty when the interval is open there.
std::string number_cell(double x) { return std::isfinite(x) ? fmt::format("{:.12g}", x) : ""; }

}  // namespace

std::string csv_cell(std::string_view text) {
  // One line, and no "##[" that a CI log would run (cells never start a line).
  std::string cell = source::break_workflow_commands(source::printable(text));
  if (starts_formula(cell)) cell = "'" + cell;
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

void write_csv_report(const ReportInput& input, const std::function<void(std::string_view)>& write) {
  std::map<std::string_view, const doc::Metadata*> meta;
  for (const DocumentEntry& d : input.documents) meta.emplace(d.path, &d.meta);
  std::string out(kCsvColumns);
  out += "\r\n";
  compare::Finding buffer;
  for (const compare::Finding& listed : input.findings) {
    const compare::Finding& f = input.whole(listed, buffer);
    // With --diff-base, what the change did to the finding (introduced, changed, ...).
    std::string change;
    if (input.change) {
      if (auto kind = input.change->kind_of(f.id)) change = compare::change_kind_name(*kind);
    }
    for (const compare::ValueGroup& g : f.values) {
      for (const match::Statement& s : g.statements) {
        auto m = meta.find(s.document);
        const doc::Metadata empty;
        const doc::Metadata& about = m == meta.end() ? empty : *m->second;
        out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\r\n", csv_cell(f.id), csv_cell(f.fact),
                           csv_cell(f.key), csv_cell(f.scope), compare::verdict_name(f.verdict), csv_cell(f.reason),
                           csv_cell(g.value.display), g.suggested ? "true" : "false", g.deviates ? "true" : "false",
                           csv_cell(s.document), s.location.line, s.location.column, csv_cell(s.value.text),
                           csv_cell(s.sentence), csv_cell(about.title), csv_cell(about.publisher),
                           csv_cell(about.date), csv_cell(about.url), number_cell(s.value.lo),
                           number_cell(s.value.hi), csv_cell(s.value.unit), change);
        if (out.size() >= kFlushBytes) {
          write(out);
          out.clear();
        }
      }
    }
  }
  write(out);
}

}  // namespace factlint::report
