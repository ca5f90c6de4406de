// Counting verdicts and describing documents for writers.
#include "report/report_input.h"

#include <algorithm>

#include <fmt/format.h>

#include "source/display_text.h"

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

namespace {

// Documents are sorted by path, and writers ask once per statement.
const doc::Metadata* metadata_of(const std::vector<DocumentEntry>& documents, const std::string& path) {
  auto it = std::lower_bound(documents.begin(), documents.end(), path,
                             [](const DocumentEntry& d, const std::string& p) { return d.path < p; });
  return it == documents.end() || it->path != path ? nullptr : &it->meta;
}

std::string provenance_of(const doc::Metadata& meta) {
  std::string out = meta.publisher;
  if (!meta.date.empty()) out += (out.empty() ? "" : ", ") + meta.date;
  return out;
}

}  // namespace

std::string ReportInput::provenance(const std::string& path) const {
  const doc::Metadata* meta = metadata_of(documents, path);
  return meta ? provenance_of(*meta) : "";
}

// The title first, as a citation names it; cut short, as it shares a line with the
// statement's place and value (the JSON and HTML reports carry it whole).
std::string ReportInput::source_label(const std::string& path) const {
  const doc::Metadata* meta = metadata_of(documents, path);
  if (meta == nullptr) return "";
  std::string provenance = source::printable(provenance_of(*meta));
  if (meta->title.empty()) return provenance;
  std::string title = "\u201c" + source::printable_excerpt(meta->title, kTitleLength, source::ExcerptCut::AtWord) + "\u201d";
  return provenance.empty() ? title : title + ", " + provenance;
}

}  // namespace factlint::report
