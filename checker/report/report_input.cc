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

// At most `max` code points of `title`, cut after a whole word when one ends in its
// second half ("China and Russia: Exploring Ties Between Two…"), with "…" for the rest.
std::string short_title(std::string_view title, std::size_t max) {
  std::size_t end = 0, points = 0, last_space = 0, points_at_space = 0;
  for (; end < title.size() && points < max; ++end) {
    if ((static_cast<unsigned char>(title[end]) & 0xC0) == 0x80) continue;  // inside a code point
    if (title[end] == ' ') last_space = end, points_at_space = points;
    ++points;
  }
  while (end < title.size() && (static_cast<unsigned char>(title[end]) & 0xC0) == 0x80) ++end;
  if (end >= title.size()) return source::printable(title);
  if (title[end] != ' ' && points_at_space >= max / 2) end = last_space;
  return source::printable(title.substr(0, end)) + "\u2026";
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
  std::string title = "\u201c" + short_title(meta->title, kTitleLength) + "\u201d";
  return provenance.empty() ? title : title + ", " + provenance;
}

}  // namespace factlint::report
