// Writing conflicting findings as a SARIF 2.1.0 log.
#include "report/sarif_report.h"

#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "report/conflict_blame.h"
#include "report/finding_text.h"
#include "report/json_report.h"
#include "report/value_format.h"

namespace factlint::report {

namespace {

using json = nlohmann::ordered_json;

const char* level(const std::string& severity) {
  if (severity == "warning") return "warning";
  if (severity == "info") return "note";
  return "error";
}

const char* level(source::Severity severity) {
  switch (severity) {
    case source::Severity::Error: return "error";
    case source::Severity::Warning: return "warning";
    case source::Severity::Note: return "note";
  }
  return "error";
}

// A path as a URI reference relative to %SRCROOT%: every byte outside RFC 3986's
// unreserved set and '/' is percent-encoded, so '#', '?', '%', spaces and newlines in
// file names stay part of the path.
std::string uri_reference(std::string_view path) {
  std::string out;
  for (unsigned char c : path) {
    bool ascii_alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (ascii_alnum || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

json physical_location(const match::Statement& s) {
  json region = {{"startLine", s.location.line}, {"startColumn", s.location.column}};
  if (auto end = value_end_column(s)) region["endColumn"] = *end;
  region["snippet"] = {{"text", s.value.text}};
  return {{"artifactLocation", {{"uri", uri_reference(s.document)}, {"uriBaseId", "%SRCROOT%"}}}, {"region", region}};
}

std::string related_message(const ReportInput& input, const compare::ValueGroup& group, const match::Statement& s) {
  std::string provenance = input.provenance(s.document);
  return fmt::format("another source says '{}'{}", group.value, provenance.empty() ? "" : " (" + provenance + ")");
}

// At most kMaxRelatedLocations of the statements of the other values: a fact stated in
// thousands of documents would otherwise repeat every place in every result, and the
// log would grow with the square of the corpus. `left_out` counts the rest.
json related_locations(const ReportInput& input, const compare::Finding& f, std::size_t own_group,
                       std::size_t& left_out) {
  json out = json::array();
  int id = 1;
  left_out = 0;
  for (std::size_t g = 0; g < f.values.size(); ++g) {
    if (g == own_group) continue;
    for (const match::Statement& s : f.values[g].statements) {
      if (out.size() == kMaxRelatedLocations) {
        ++left_out;
        continue;
      }
      out.push_back({{"id", id++},
                     {"physicalLocation", physical_location(s)},
                     {"message", {{"text", related_message(input, f.values[g], s)}}}});
    }
  }
  return out;
}

json rules(const ReportInput& input, std::map<std::string, int>& index) {
  json out = json::array();
  for (const compare::Finding& f : input.findings) {
    if (index.count(f.fact)) continue;
    index[f.fact] = static_cast<int>(out.size());
    out.push_back({{"id", f.fact},
                   {"name", f.fact},
                   {"shortDescription", {{"text", fmt::format("sources disagree about {}", f.fact)}}},
                   {"fullDescription",
                    {{"text", fmt::format("Two or more statements of the fact '{}' with the same key have values "
                                          "that are not compatible.",
                                          f.fact)}}},
                   {"defaultConfiguration", {{"level", level(f.severity)}}}});
  }
  return out;
}

json notification(const source::Diagnostic& d) {
  json out = {{"level", level(d.severity)}, {"message", {{"text", d.message}}}};
  if (!d.path.empty()) {
    json physical = {{"artifactLocation", {{"uri", uri_reference(d.path)}, {"uriBaseId", "%SRCROOT%"}}}};
    if (d.location.line > 0) {
      physical["region"] = {{"startLine", d.location.line}, {"startColumn", d.location.column}};
    }
    out["locations"] = json::array({{{"physicalLocation", physical}}});
  }
  return out;
}

}  // namespace

std::string sarif_report(const ReportInput& input, const SarifOptions& options) {
  std::map<std::string, int> rule_index;
  json driver = {{"name", "factlint"}, {"version", options.tool_version}};
  if (!options.information_uri.empty()) driver["informationUri"] = options.information_uri;
  driver["rules"] = rules(input, rule_index);

  json results = json::array();
  std::size_t results_left_out = 0;
  const compare::ChangeScope* change = input.change ? &*input.change : nullptr;
  for (const compare::Finding& f : input.findings) {
    if (f.verdict != compare::Verdict::Conflicting) continue;
    // The same statements as the `github` annotations, at the same levels.
    const std::vector<std::vector<Blame>> blames = blame(f, change);
    for (std::size_t g = 0; g < f.values.size(); ++g) {
      // A document may state the same value twice; the occurrence number keeps their
      // fingerprints apart without depending on where the lines are.
      std::map<std::string, int> seen;
      for (std::size_t i = 0; i < f.values[g].statements.size(); ++i) {
        const match::Statement& s = f.values[g].statements[i];
        if (blames[g][i] == Blame::Left) continue;
        int occurrence = ++seen[s.document];
        if (results.size() == kMaxSarifResults) {
          ++results_left_out;
          continue;
        }
        std::size_t related_left_out = 0;
        json related = related_locations(input, f, g, related_left_out);
        std::string message = disagreement_message(f, g, &s);
        if (related_left_out > 0) {
          message += fmt::format(" ({} more statement{} of other values not listed here; the JSON or HTML report "
                                 "lists every one)",
                                 related_left_out, related_left_out == 1 ? "" : "s");
        }
        json result = {{"ruleId", f.fact},
                       {"ruleIndex", rule_index[f.fact]},
                       {"level", blames[g][i] == Blame::Context ? "note" : level(f.severity)},
                       {"message", {{"text", message}}},
                       {"locations", json::array({{{"physicalLocation", physical_location(s)}}})}};
        if (!related.empty()) result["relatedLocations"] = std::move(related);
        result["partialFingerprints"] = {
            {"factlint/findingId", f.id},
            {"factlint/statement", fmt::format("{}|{}|{}", s.document, f.values[g].value, occurrence)}};
        // SARIF's own word for a finding the committed baseline already knows is "unchanged".
        if (auto it = input.baseline_state.find(f.id); it != input.baseline_state.end()) {
          result["baselineState"] = it->second == compare::BaselineState::Known ? "unchanged" : "new";
        }
        result["properties"] = {{"key", f.key}, {"verdict", "conflicting"}, {"reason", f.reason}};
        if (!f.scope.empty()) result["properties"]["scope"] = f.scope;
        results.push_back(std::move(result));
      }
    }
  }

  json invocation = {{"executionSuccessful", true}};
  json notifications = json::array();
  for (const source::Diagnostic& d : input.errors) notifications.push_back(notification(d));
  if (results_left_out > 0) {
    notifications.push_back(
        {{"level", "warning"},
         {"message", {{"text", fmt::format("{} more results left out: a log holds at most {} (code scanning's limits); "
                                           "the JSON or HTML report lists every statement",
                                           results_left_out, kMaxSarifResults)}}}});
  }
  if (input.change) {
    notifications.push_back({{"level", "note"}, {"message", {{"text", change_note(*input.change)}}}});
  }
  if (input.filter && input.filter->hidden > 0) {
    notifications.push_back({{"level", "note"}, {"message", {{"text", filter_note(*input.filter)}}}});
  }
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);

  json run = {{"tool", {{"driver", driver}}},
              {"invocations", json::array({invocation})},
              {"columnKind", "unicodeCodePoints"},
              {"results", results}};
  json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", json::array({run})}};
  return json_text(log);
}

}  // namespace factlint::report
