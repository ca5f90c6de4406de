// Writing the store's run history.
#include "report/history_report.h"

#include <fmt/format.h>

#include "report/json_report.h"

namespace factlint::report {

namespace {

std::vector<const store::RunSummary*> finished_newest_first(const std::vector<store::RunSummary>& runs) {
  std::vector<const store::RunSummary*> out;
  for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
    if (it->status == "finished") out.push_back(&*it);
  }
  return out;
}

std::string count(std::size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

std::string history_text(const std::vector<store::RunSummary>& runs) {
  std::string out;
  for (const store::RunSummary* run : finished_newest_first(runs)) {
    const compare::Summary& s = run->counts;
    out += fmt::format("run {}  {}  factlint {}  {}, {}, {}: {} conflicting, {} consistent, {} single-source\n",
                       run->id, run->finished_at, run->tool_version, count(s.documents, "document", "documents"),
                       count(s.statements, "statement", "statements"), count(s.findings, "finding", "findings"),
                       s.conflicting, s.consistent, s.single_source);
  }
  return out;
}

nlohmann::ordered_json history_json(const std::vector<store::RunSummary>& runs) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const store::RunSummary* run : finished_newest_first(runs)) {
    const compare::Summary& s = run->counts;
    list.push_back({{"id", run->id},
                    {"started_at", run->started_at},
                    {"finished_at", run->finished_at},
                    {"tool_version", run->tool_version},
                    {"rule_set_hash", run->rule_set_hash},
                    {"summary", summary_json(s, false)}});
  }
  return {{"schema", "factlint-history/v1"}, {"runs", list}};
}

}  // namespace factlint::report
