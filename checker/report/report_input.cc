// Counting verdicts and describing documents for writers.
#include "report/report_input.h"

#include <algorithm>

#include <fmt/format.h>

namespace factlint::report {

Summary ReportInput::summary() const {
  return filter ? filter->whole : compare::summarize(documents.size(), statement_count, findings);
}

const compare::Finding& ReportInput::whole(const compare::Finding& f, compare::Finding& buffer) const {
  if (!f.spilled || !spill) return f;
  buffer = spill->whole(f);
  return buffer;
}

std::string_view listed_as(const compare::Finding& f) {
  if (f.verdict == compare::Verdict::Conflicting && f.reason == "acknowledged") return "acknowledged";
  return compare::verdict_name(f.verdict);
}

void filter_verdicts(ReportInput& input, const std::vector<std::string>& shown) {
  VerdictFilter filter{shown, 0, input.summary(), input.change.has_value()};
  std::vector<compare::Finding> listed;
  for (compare::Finding& f : input.findings) {
    if (std::find(shown.begin(), shown.end(), listed_as(f)) != shown.end()) {
      listed.push_back(std::move(f));
    } else {
      ++filter.hidden;
    }
  }
  input.findings = std::move(listed);
  input.filter = std::move(filter);
}

std::string filter_note(const VerdictFilter& filter) {
  std::string shown;
  for (const std::string& v : filter.shown) shown += (shown.empty() ? "" : ", ") + v;
  // A change check's counts are of its own findings: "every finding" would claim the corpus.
  std::string counted = filter.of_change ? fmt::format("the {} finding{} of the change, listed or not", filter.whole.findings,
                                                       filter.whole.findings == 1 ? "" : "s")
                                         : "every finding";
  return fmt::format("{} finding{} not listed: this report lists {} only (--quiet, --show); the counts are of {}",
                     filter.hidden, filter.hidden == 1 ? "" : "s", shown.empty() ? "nothing" : shown, counted);
}

std::string ReportInput::provenance(const std::string& path) const {
  // Documents are sorted by path, and writers ask once per statement.
  auto it = std::lower_bound(documents.begin(), documents.end(), path,
                             [](const DocumentEntry& d, const std::string& p) { return d.path < p; });
  if (it == documents.end() || it->path != path) return "";
  std::string out = it->meta.publisher;
  if (!it->meta.date.empty()) out += (out.empty() ? "" : ", ") + it->meta.date;
  return out;
}

}  // namespace factlint::report
