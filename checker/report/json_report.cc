// Writing findings as factlint/v1 JSON.
#include "report/json_report.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <optional>
#include <string>
#include <vector>

#include "quote/quote_findings.h"
#include "quote/quote_words.h"
#include "report/pretty_json.h"
#include "source/display_text.h"
#include "source/parallel_for.h"
#include "value/value_json.h"

namespace factlint::report {

namespace {

// `text` (one dumped value) with `spaces` more indentation on every line after its first.
void append_indented(std::string& out, const std::string& text, std::size_t spaces) {
  std::size_t from = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
    out.append(text, from, nl + 1 - from);
    out.append(spaces, ' ');
    from = nl + 1;
  }
  out.append(text, from, std::string::npos);
}

using json = nlohmann::ordered_json;

// A quotation's normalized form is its comparison words (docs/quotes.md): case folded,
// without punctuation or bracketed insertions, what matching and the diff work on.
json quote_normalized_json(const value::Value& v) {
  return {{"lo", 0}, {"hi", 0}, {"unit", ""}, {"words", quote::joined(quote::quote_words(v.text).words)}};
}

json normalized_json(const value::Value& v) {
  nlohmann::json full = value::to_json(v);
  json out = {{"lo", full["lo"]}, {"hi", full["hi"]}, {"unit", full["unit"]}};
  for (const char* extra : {"lo_inclusive", "hi_inclusive", "approx", "grain", "vague", "precision"}) {
    if (full.contains(extra)) out[extra] = full[extra];
  }
  return out;
}

bool has_role_source(const match::Statement& s) {
  for (std::size_t i = 0; i < s.roles.size() && i < s.role_sources.size(); ++i) {
    if (!s.role_sources[i].empty()) return true;
  }
  return false;
}

json statement_json(const match::Statement& s) {
  json out = {{"document", s.document},
              {"line", s.location.line},
              {"column", s.location.column},
              {"text", s.text},
              {"value_text", s.value.text},
              {"sentence", s.sentence}};
  // Each statement carries the value it states: a group's value is one member's
  // reading, and another member may have said "$1.02 billion" where it says "$1 billion".
  out["value"] = s.value.display;
  out["normalized"] = s.fact == quote::kQuoteFact ? quote_normalized_json(s.value) : normalized_json(s.value);
  if (!s.scope.empty()) out["scope"] = s.scope;
  // Where a scoped fact's scope came from, so a reader can judge the year it is filed under.
  if (!s.scope_source.empty()) out["scope_source"] = s.scope_source;
  // A statement read from a table cell: the header that named the fact, the cell that gave the year.
  if (!s.table_header.empty()) {
    out["table"] = {{"header", s.table_header}};
    if (!s.table_year.empty()) out["table"]["year_cell"] = s.table_year;
  }
  // A role the statement's words do not name: where it came from, so a reader can judge
  // the key it is filed under.
  if (has_role_source(s)) {
    json sources = json::object();
    for (std::size_t i = 0; i < s.roles.size() && i < s.role_sources.size(); ++i) {
      if (!s.role_sources[i].empty()) sources[s.roles[i].first] = s.role_sources[i];
    }
    out["role_sources"] = std::move(sources);
  }
  // Quote statements (issue 11) carry their speaker and whom they are about, as
  // roles; fact statements keep their key in the finding.
  if (s.fact == "quote") {
    for (std::size_t i = 0; i < s.roles.size(); ++i) {
      out[s.roles[i].first] = s.roles[i].second;
      if (i < s.role_texts.size() && !s.role_texts[i].empty()) out[s.roles[i].first + "_text"] = s.role_texts[i];
    }
  }
  return out;
}

// statement_json's text, dump()ed, written without building it (issue 10): a report's
// statements are most of its bytes. tests/report/pretty_json_test.cc holds the two equal.
//
constexpr std::string_view kTextSuffix = "_text";  // of a quotation's role whose words are given

// Whether `a` followed by `a_end` is `b` followed by `b_end`, without joining them.
bool same_joined(std::string_view a, std::string_view a_end, std::string_view b, std::string_view b_end) {
  if (a.size() + a_end.size() != b.size() + b_end.size()) return false;
  auto at = [](std::string_view x, std::string_view x_end, std::size_t k) {
    return k < x.size() ? x[k] : x_end[k - x.size()];
  };
  for (std::size_t k = 0; k < a.size() + a_end.size(); ++k) {
    if (at(a, a_end, k) != at(b, b_end, k)) return false;
  }
  return true;
}

// A statement written straight into the report at its place (issue 10): members as
// dump(2) writes them, `indent` spaces in, without an object, its text and an
// indented copy of it per statement (a seventh of a check's instructions).
class StatementWriter {
 public:
  StatementWriter(std::string& out, std::size_t indent) : out_(out), indent_(indent) {}

  void write(const match::Statement& s) {
    out_ += '{';
    string("document", s.document);
    raw("line", std::to_string(s.location.line));
    raw("column", std::to_string(s.location.column));
    string("text", s.text);
    string("value_text", s.value.text);
    string("sentence", s.sentence);
    string("value", s.value.display);
    key("normalized");
    normalized(s.fact, s.value);
    if (!s.scope.empty()) string("scope", s.scope);
    if (!s.scope_source.empty()) string("scope_source", s.scope_source);
    if (!s.table_header.empty()) {
      key("table");
      out_ += '{';
      StatementWriter table(out_, indent_ + 2);
      table.string("header", s.table_header);
      if (!s.table_year.empty()) table.string("year_cell", s.table_year);
      table.close();
    }
    if (has_role_source(s)) {
      // Two roles may share a name: an object keeps the first place and the last value.
      PrettyObject sources;
      for (std::size_t i = 0; i < s.roles.size() && i < s.role_sources.size(); ++i) {
        if (!s.role_sources[i].empty()) sources.set(s.roles[i].first, json_string(s.role_sources[i]));
      }
      key("role_sources");
      append_indented(sources.text(1), indent_);
    }
    if (s.fact == "quote") {
      for (std::size_t i = 0; i < s.roles.size(); ++i) {
        string(s.roles[i].first, s.roles[i].second);
        if (i < s.role_texts.size() && !s.role_texts[i].empty()) string(s.roles[i].first + "_text", s.role_texts[i]);
      }
    }
    close();
  }

  // The "normalized" object of a value of `fact` (a statement's or a group's) in an
  // object whose members are `indent` spaces in.
  void normalized(const std::string& fact, const value::Value& v) {
    out_ += '{';
    StatementWriter n(out_, indent_ + 2);
    if (fact == quote::kQuoteFact) {
      n.raw("lo", "0");
      n.raw("hi", "0");
      n.raw("unit", "\"\"");
      // One per thread: the report's findings are written on several (write_findings).
      thread_local quote::LastJoinedWords words;
      n.string("words", words.of(v.text));
      n.close();
      return;
    }
    n.end("lo", v, v.lo);
    n.end("hi", v, v.hi);
    n.string("unit", v.unit);
    n.raw("lo_inclusive", bool_text(v.lo_inclusive));
    n.raw("hi_inclusive", bool_text(v.hi_inclusive));
    n.raw("approx", bool_text(v.approx));
    if (value::is_temporal(v.type)) n.string("grain", value::grain_name(v.grain));
    if (v.vague) n.raw("vague", "true");
    if (v.precision != 0) {
      n.key("precision");
      append_json_number(out_, value::significant(v.precision));
    }
    n.close();
  }

  // Whether write() gives the members an object would: a quotation's roles are members
  // of their own, and one named as another member would replace it in its place.
  static bool keys_distinct(const match::Statement& s) {
    if (s.fact != "quote") return true;
    static const std::vector<std::string_view> kFixed = {"document", "line", "column", "text", "value_text",
                                                         "sentence", "value", "normalized", "scope", "scope_source",
                                                         "table", "role_sources"};
    // Role i's keys: its name, and its name with "_text" when it has a text. Compared
    // where they are, never built: a wire quotation's 154,000 statements each ask.
    const std::size_t roles = s.roles.size();
    auto has_text = [&s](std::size_t i) { return i < s.role_texts.size() && !s.role_texts[i].empty(); };
    auto same = [&s](std::size_t i, bool i_text, std::string_view other, bool other_text) {
      return same_joined(s.roles[i].first, i_text ? kTextSuffix : "", other, other_text ? kTextSuffix : "");
    };
    for (std::size_t i = 0; i < roles; ++i) {
      for (const bool text : {false, true}) {
        if (text && !has_text(i)) continue;
        for (std::string_view fixed : kFixed) {
          if (same(i, text, fixed, false)) return false;
        }
        for (std::size_t j = 0; j <= i; ++j) {
          for (const bool j_text : {false, true}) {
            if (j == i && j_text == text) break;  // the keys before this one
            if (j_text && !has_text(j)) continue;
            if (same(i, text, s.roles[j].first, j_text)) return false;
          }
        }
      }
    }
    return true;
  }

 public:
  void key(std::string_view name) {
    // The comma, line break and indent in one append: a report writes a key per member,
    // most of its appends (issue 10).
    static constexpr std::string_view kBreak = ",\n                                                                ";
    const std::size_t spaces = indent_ + 2;
    // The writer's own keys need no escape; a quotation's role names may.
    const bool plain =
        std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
    if (spaces + 2 <= kBreak.size()) {
      const std::string_view lead = first_ ? kBreak.substr(1, spaces + 1) : kBreak.substr(0, spaces + 2);
      first_ = false;
      // The break, the quoted key and its colon in one append: a few bytes copied
      // once, where four appends each checked the string's room.
      std::array<char, kBreak.size() + 40> joined;
      if (plain && lead.size() + name.size() + 4 <= joined.size()) {
        char* at = std::copy(lead.begin(), lead.end(), joined.data());
        *at++ = '"';
        at = std::copy(name.begin(), name.end(), at);
        at = std::copy_n("\": ", 3, at);
        out_.append(joined.data(), static_cast<std::size_t>(at - joined.data()));
        return;
      }
      out_ += lead;
    } else {
      out_ += first_ ? "\n" : ",\n";
      out_.append(spaces, ' ');
      first_ = false;
    }
    if (plain) {
      out_ += '"';
      out_ += name;
      out_ += std::string_view("\": ");
      return;
    }
    append_json_string(out_, name);
    out_ += ": ";
  }
  void raw(std::string_view name, std::string_view text) {
    key(name);
    out_ += text;
  }
  void string(std::string_view name, std::string_view text) {
    key(name);
    append_json_string(out_, text);
  }
  void close() {
    out_ += '\n';
    out_.append(indent_, ' ');
    out_ += '}';
  }
  // `text` (one dumped value, its first line already placed) `spaces` further in.
  void append_indented(const std::string& text, std::size_t spaces) { report::append_indented(out_, text, spaces); }

  void end(std::string_view name, const value::Value& v, double end) {
    key(name);
    if (std::isfinite(end) && !value::is_temporal(v.type) && v.type != value::Type::Version) {
      append_json_number(out_, value::significant(end));
    } else {
      out_ += value::end_json(v, end).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
  }

  static std::string_view bool_text(bool b) { return b ? "true" : "false"; }

 private:
  std::string& out_;
  std::size_t indent_;
  bool first_ = true;
};

// A statement's "normalized" object as an object's text(1), for the rare statement
// whose keys repeat (written by statement_text).
std::string normalized_text(const match::Statement& s) {
  std::string out;
  StatementWriter(out, 0).normalized(s.fact, s.value);
  return out;
}

std::string statement_text(const match::Statement& s) {
  PrettyObject out;
  out.set("document", json_string(s.document));
  out.set("line", json_number(static_cast<long long>(s.location.line)));
  out.set("column", json_number(static_cast<long long>(s.location.column)));
  out.set("text", json_string(s.text));
  out.set("value_text", json_string(s.value.text));
  out.set("sentence", json_string(s.sentence));
  out.set("value", json_string(s.value.display));
  out.set("normalized", normalized_text(s));
  if (!s.scope.empty()) out.set("scope", json_string(s.scope));
  if (!s.scope_source.empty()) out.set("scope_source", json_string(s.scope_source));
  if (!s.table_header.empty()) {
    PrettyObject table;
    table.set("header", json_string(s.table_header));
    if (!s.table_year.empty()) table.set("year_cell", json_string(s.table_year));
    out.set("table", table.text(1));
  }
  if (has_role_source(s)) {
    PrettyObject sources;
    for (std::size_t i = 0; i < s.roles.size() && i < s.role_sources.size(); ++i) {
      if (!s.role_sources[i].empty()) sources.set(s.roles[i].first, json_string(s.role_sources[i]));
    }
    out.set("role_sources", sources.text(1));
  }
  if (s.fact == "quote") {
    for (std::size_t i = 0; i < s.roles.size(); ++i) {
      out.set(s.roles[i].first, json_string(s.roles[i].second));
      if (i < s.role_texts.size() && !s.role_texts[i].empty()) {
        out.set(s.roles[i].first + "_text", json_string(s.role_texts[i]));
      }
    }
  }
  return out.text();
}

// `with_statements` false: every group's "statements" is [] (write_finding fills them in).
json finding_json(const compare::Finding& f, const ReportInput& input, bool with_statements = true) {
  json values = json::array();
  for (const compare::ValueGroup& g : f.values) {
    json statements = json::array();
    if (with_statements) {
      for (const auto& s : g.statements) statements.push_back(statement_json(s));
    }
    json normalized = f.fact == quote::kQuoteFact ? quote_normalized_json(g.value) : normalized_json(g.value);
    // Assigned, not listed in braces: an initializer list copies every element it holds.
    json v = {{"value", g.value.display}};
    v["normalized"] = std::move(normalized);
    v["statements"] = std::move(statements);
    if (g.suggested) v["suggested"] = true;
    if (g.deviates) v["deviates_from_decision"] = true;
    values.push_back(std::move(v));
  }
  json out = {{"id", f.id},           {"fact", f.fact},         {"key", f.key},
              {"verdict", std::string(compare::verdict_name(f.verdict))},
              {"reason", f.reason},   {"severity", f.severity}, {"explanation", f.explanation}};
  out["values"] = std::move(values);
  if (!f.scope.empty()) out["scope"] = f.scope;
  if (!f.decisions.empty()) out["decisions"] = decisions_json(f.decisions);
  // Only when a baseline is in use, so reports without one stay exactly as before.
  if (auto it = input.baseline_state.find(f.id); it != input.baseline_state.end()) {
    out["baseline"] = compare::baseline_state_name(it->second);
  }
  // Only with --diff-base: what the change did to it.
  if (input.change) {
    if (auto kind = input.change->kind_of(f.id)) out["change"] = compare::change_kind_name(*kind);
  }
  return out;
}

const char* severity_name(source::Severity s) {
  switch (s) {
    case source::Severity::Error: return "error";
    case source::Severity::Warning: return "warning";
    case source::Severity::Note: return "note";
  }
  return "error";
}

json change_json(const compare::ChangeScope& scope) {
  json out;
  out["base"] = scope.base.empty() ? json(nullptr) : json(scope.base);
  out["changed_documents"] = scope.changed_documents;
  out["findings_left_out"] = scope.left_out;
  if (!scope.compared_with_base) return out;
  // --diff-base: the corpus was checked at the base too.
  out["deleted_documents"] = scope.deleted_documents;
  out["counts"] = {{"introduced", scope.count(compare::ChangeKind::Introduced)},
                   {"changed", scope.count(compare::ChangeKind::Changed)},
                   {"fixed", scope.count(compare::ChangeKind::Fixed)}};
  for (compare::ChangeKind kind : {compare::ChangeKind::Introduced, compare::ChangeKind::Changed}) {
    json ids = json::array();
    for (const auto& [id, k] : scope.kinds) {
      if (k == kind) ids.push_back(id);
    }
    out[compare::change_kind_name(kind)] = ids;
  }
  json fixed = json::array();
  for (const compare::FixedFinding& f : scope.fixed) {
    json entry = {{"id", f.id}, {"fact", f.fact}, {"key", f.key}};
    if (!f.scope.empty()) entry["scope"] = f.scope;
    entry["was"] = std::string(compare::verdict_name(f.was));
    entry["was_values"] = f.was_values;
    entry["now"] = f.now ? json(std::string(compare::verdict_name(*f.now))) : json(nullptr);
    fixed.push_back(std::move(entry));
  }
  out["fixed"] = fixed;
  return out;
}

}  // namespace

json diagnostic_json(const source::Diagnostic& d) {
  json out = {{"severity", severity_name(d.severity)}, {"message", d.message}};
  if (!d.path.empty()) out["path"] = d.path;
  if (d.location.line > 0) {
    out["line"] = d.location.line;
    out["column"] = d.location.column;
  }
  return out;
}

// docs/contracts.md#json-report: each decision with what, who, when and why.
json decisions_json(const compare::Decisions& decisions) {
  json out = json::array();
  for (const compare::Decision& d : decisions) {
    json j = {{"kind", std::string(compare::decision_kind_name(d.kind))}};
    if (!d.value.empty()) j["value"] = d.value;
    if (!d.values.empty()) j["values"] = d.values;
    if (!d.statement.empty()) j["statement"] = d.statement;
    if (!d.author.empty()) j["author"] = d.author;
    if (!d.when.empty()) j["when"] = d.when;
    if (!d.note.empty()) j["note"] = d.note;
    if (!d.origin.empty()) j["origin"] = d.origin;
    out.push_back(std::move(j));
  }
  return out;
}

namespace {

json document_json(const DocumentEntry& d) {
  json doc = {{"path", d.path}, {"title", d.meta.title}, {"publisher", d.meta.publisher}, {"date", d.meta.date}};
  if (!d.meta.url.empty()) doc["url"] = d.meta.url;
  return doc;
}

json suppressed_json(const match::SuppressedStatement& s) {
  json entry = {{"fact", s.statement.fact}, {"key", s.statement.key}, {"by", s.by}};
  if (!s.reason.empty()) entry["reason"] = s.reason;
  entry["statement"] = statement_json(s.statement);
  return entry;
}

// One member of the report object: a value, or an array made element by element
// so the text can be written without holding the whole report as JSON values.
struct Member {
  std::string key;
  std::optional<json> value;
  std::size_t count = 0;
  std::function<json(std::size_t)> element;
  // Set for findings: the element i written in pieces (write_finding) rather than built whole.
  const std::vector<compare::Finding>* findings = nullptr;
  // Set for documents: the element i written as text (write_document).
  const std::vector<DocumentEntry>* documents = nullptr;
};

// The report's members in the order of docs/contracts.md#json-report.
std::vector<Member> report_members(const ReportInput& input) {
  std::vector<Member> out;
  out.push_back({"schema", json("factlint/v1"), 0, {}});
  out.push_back({"documents", std::nullopt, input.documents.size(),
                 [&](std::size_t i) { return document_json(input.documents[i]); }, nullptr, &input.documents});
  out.push_back({"findings", std::nullopt, input.findings.size(),
                 [&](std::size_t i) {
                   compare::Finding read_back;
                   return finding_json(input.whole(input.findings[i], read_back), input);
                 },
                 &input.findings});
  out.push_back({"summary", summary_json(input.summary()), 0, {}});
  out.push_back({"errors", std::nullopt, input.errors.size(), [&](std::size_t i) { return diagnostic_json(input.errors[i]); }});
  // Only when a change is checked, so other reports stay exactly as before.
  if (input.change) out.push_back({"change", change_json(*input.change), 0, {}});
  // Only with --quiet or --show: what the findings array leaves out (summary counts all).
  if (input.filter) {
    out.push_back({"filter", json{{"shown", input.filter->shown}, {"findings_hidden", input.filter->hidden}}, 0, {}});
  }
  // Only when a document suppresses something (docs/suppressions.md).
  if (!input.suppressed.empty()) {
    out.push_back({"suppressed", std::nullopt, input.suppressed.size(),
                   [&](std::size_t i) { return suppressed_json(input.suppressed[i]); }});
  }
  return out;
}

std::string dump(const json& value) { return value.dump(2, ' ', false, json::error_handler_t::replace); }


std::string break_for_json(const std::string& text) { return source::break_workflow_commands(text, source::kJsonBreak); }

// "##[" written so no CI runner takes it for a command, in the text appended to
// `out` since `begin`: JSON lines start with blanks and a quote, brace or bracket,
// never "::", and a string never spans two such pieces, so only a "##[" inside a
// string is broken, as breaking the whole text would (docs/limits.md).
void break_since(std::string& out, std::size_t begin) {
  if (out.find("##[", begin) != std::string::npos) out.replace(begin, std::string::npos, break_for_json(out.substr(begin)));
}

// Output is handed on once it holds this much, so a huge finding never sits whole in memory.
constexpr std::size_t kFlushBytes = 1 << 20;

// A group's statements [from, to) as write_finding's loop writes them, each `indent`
// spaces in after its separator, appended to `out`.
void append_statements(const std::vector<match::Statement>& statements, std::size_t from, std::size_t to,
                       std::size_t indent, std::string& out) {
  for (std::size_t i = from; i < to; ++i) {
    out += i == 0 ? "[\n" : ",\n";
    out.append(indent, ' ');
    const std::size_t begin = out.size();  // a separator and indent hold no "##["
    const match::Statement& st = statements[i];
    if (StatementWriter::keys_distinct(st)) {
      StatementWriter(out, indent).write(st);
    } else {
      append_indented(out, break_for_json(statement_text(st)), indent);
    }
    break_since(out, begin);
  }
}

// Statements formatted this many at a time when a group is written on several threads.
constexpr std::size_t kStatementBlock = 4096;

// A large group's statements held in memory (an incremental run's wire quotation,
// 154,000 of them: 150 MB of report) formatted a block at a time on `jobs` threads
// while this one hands each finished block to `write`, in order: the text is the
// same, and writing it no longer waits for its making (issue 10, bench/README.md
// "Session 19 (wire)"). `out` (what precedes the statements) is handed on first.
void write_statements_in_parallel(const std::vector<match::Statement>& statements, std::size_t indent,
                                  std::size_t jobs, std::string& out,
                                  const std::function<void(std::string_view)>& write) {
  write(out);
  out.clear();
  const std::size_t blocks = (statements.size() + kStatementBlock - 1) / kStatementBlock;
  auto block = [&statements, indent](std::size_t b) {
    std::string text;
    append_statements(statements, b * kStatementBlock, std::min(statements.size(), (b + 1) * kStatementBlock),
                      indent, text);
    return text;
  };
  std::deque<std::future<std::string>> pending;
  std::size_t next = 0;
  for (; next < blocks && pending.size() < jobs; ++next) pending.push_back(std::async(std::launch::async, block, next));
  while (!pending.empty()) {
    std::string text = pending.front().get();
    pending.pop_front();
    if (next < blocks) pending.push_back(std::async(std::launch::async, block, next++));
    write(text);
  }
}

// One element of the findings array, `indent` spaces in, the text dump() of
// finding_json would give, written member by member (issue 10): a finding stated in
// 80,000 documents (a syndicated quotation) is one element, and its JSON built whole
// held several copies of the sentences in memory; a spilled finding's statements are
// read back one at a time as they are written. What few findings carry (decisions,
// a baseline state, a change) is dumped from its JSON.
void write_finding(const compare::Finding& f, const ReportInput& input, std::size_t indent, std::string& out,
                   const std::function<void(std::string_view)>& write) {
  std::optional<compare::FindingSpill::Reader> spilled;
  if (f.spilled && input.spill) spilled.emplace(*input.spill, f);
  std::size_t begin = out.size();
  out += '{';
  StatementWriter finding(out, indent);
  finding.string("id", f.id);
  finding.string("fact", f.fact);
  finding.string("key", f.key);
  finding.string("verdict", compare::verdict_name(f.verdict));
  finding.string("reason", f.reason);
  finding.string("severity", f.severity);
  finding.string("explanation", f.explanation);
  finding.key("values");
  if (f.values.empty()) out += "[]";
  for (std::size_t group = 0; group < f.values.size(); ++group) {
    const compare::ValueGroup& g = f.values[group];
    out += group == 0 ? "[\n" : ",\n";
    const std::size_t at = indent + 4;  // the group's brace
    out.append(at, ' ');
    out += '{';
    StatementWriter v(out, at);
    v.string("value", g.value.display);
    v.key("normalized");
    v.normalized(f.fact, g.value);
    v.key("statements");
    const std::size_t count = spilled ? spilled->count(group) : g.statements.size();
    if (count == 0) out += "[]";
    // The spilled statement being written: each is decoded into it, one per thread so
    // its strings' buffers serve every finding the thread writes (issue 10).
    thread_local match::Statement read;
    const bool in_parallel = !spilled && input.jobs > 1 && count >= 2 * kStatementBlock;
    if (in_parallel) {
      break_since(out, begin);  // the finding's and the group's members before its statements
      write_statements_in_parallel(g.statements, at + 4, input.jobs, out, write);
      begin = out.size();
    }
    for (std::size_t i = 0; i < count && !in_parallel; ++i) {
      out += i == 0 ? "[\n" : ",\n";
      out.append(at + 4, ' ');
      break_since(out, begin);
      begin = out.size();
      if (spilled) spilled->next(read);
      const match::Statement& st = spilled ? read : g.statements[i];
      if (StatementWriter::keys_distinct(st)) {
        StatementWriter(out, at + 4).write(st);
      } else {
        v.append_indented(break_for_json(statement_text(st)), at + 4);
      }
      break_since(out, begin);
      begin = out.size();
      if (out.size() >= kFlushBytes) {
        write(out);
        out.clear();
        begin = 0;
      }
    }
    if (count > 0) {
      out += '\n';
      out.append(at + 2, ' ');
      out += ']';
    }
    if (g.suggested) v.raw("suggested", "true");
    if (g.deviates) v.raw("deviates_from_decision", "true");
    v.close();
  }
  if (!f.values.empty()) {
    out += '\n';
    out.append(indent + 2, ' ');
    out += ']';
  }
  if (!f.scope.empty()) finding.string("scope", f.scope);
  if (!f.decisions.empty()) {
    finding.key("decisions");
    finding.append_indented(dump(decisions_json(f.decisions)), indent + 2);
  }
  // Only when a baseline is in use, so reports without one stay exactly as before.
  if (auto it = input.baseline_state.find(f.id); it != input.baseline_state.end()) {
    finding.string("baseline", compare::baseline_state_name(it->second));
  }
  // Only with --diff-base: what the change did to it.
  if (input.change) {
    if (auto kind = input.change->kind_of(f.id)) finding.string("change", compare::change_kind_name(*kind));
  }
  finding.close();
  break_since(out, begin);
}

// Findings are formatted a batch at a time on `ReportInput::jobs` threads, each into
// its own text, and written in order (issue 10): the report is a tenth of a check's
// work and ran on one core while the others waited. A batch holds at most this many
// bytes of statements, so the texts held at once stay near a megabyte; a finding
// heavier than that is written alone, streamed as it is made (write_finding).
constexpr std::uint64_t kBatchWeight = 256 << 10;
constexpr std::size_t kBatchFindings = 64;
// About what a held statement weighs in the spill (a finding not spilled has no size).
constexpr std::uint64_t kStatementWeight = 512;

std::uint64_t weight_of(const compare::Finding& f) {
  if (f.spilled) return f.spilled->bytes;
  std::uint64_t statements = 0;
  for (const compare::ValueGroup& g : f.values) statements += g.statements.size();
  return statements * kStatementWeight;
}

// The elements of the findings array, each after its separator, as the loop of
// write_json_report writes them one by one.
void write_findings(const std::vector<compare::Finding>& findings, const ReportInput& input, std::string& out,
                    const std::function<void(std::string_view)>& write) {
  for (std::size_t first = 0; first < findings.size();) {
    std::size_t end = first;
    std::uint64_t weight = 0;
    while (end < findings.size() && end - first < kBatchFindings) {
      const std::uint64_t w = weight_of(findings[end]);
      if (end > first && weight + w > kBatchWeight) break;
      weight += w;
      ++end;
    }
    if (end - first == 1) {
      out += first == 0 ? "\n    " : ",\n    ";
      write_finding(findings[first], input, 4, out, write);
      write(out);
      out.clear();
      first = end;
      continue;
    }
    std::vector<std::string> texts(end - first);
    std::vector<std::exception_ptr> failed(end - first);  // a damaged spill: thrown here, not on a worker
    source::parallel_for(end - first, input.jobs, [&](std::size_t k) {
      try {
        std::string tail;
        write_finding(findings[first + k], input, 4, tail, [&](std::string_view chunk) { texts[k] += chunk; });
        texts[k] += tail;
      } catch (...) {
        failed[k] = std::current_exception();
      }
    });
    for (std::size_t k = 0; k < texts.size(); ++k) {
      if (failed[k]) std::rethrow_exception(failed[k]);
      out += first + k == 0 ? "\n    " : ",\n    ";
      out += texts[k];
      write(out);
      out.clear();
    }
    first = end;
  }
}

// One element of the documents array, `indent` spaces in, as dump() of document_json
// writes it: a corpus of 190,000 documents built and dumped as many JSON values (issue 10).
void write_document(const DocumentEntry& d, std::size_t indent, std::string& out) {
  const std::size_t begin = out.size();
  out += '{';
  StatementWriter document(out, indent);
  document.string("path", d.path);
  document.string("title", d.meta.title);
  document.string("publisher", d.meta.publisher);
  document.string("date", d.meta.date);
  if (!d.meta.url.empty()) document.string("url", d.meta.url);
  document.close();
  break_since(out, begin);
}

}  // namespace

json json_report(const ReportInput& input) {
  json report = json::object();
  for (const Member& m : report_members(input)) {
    if (m.value) {
      report[m.key] = *m.value;
      continue;
    }
    json array = json::array();
    for (std::size_t i = 0; i < m.count; ++i) array.push_back(m.element(i));
    report[m.key] = std::move(array);
  }
  return report;
}

std::string json_report_text(const ReportInput& input) {
  std::string text;
  write_json_report(input, [&](std::string_view chunk) { text += chunk; });
  return text;
}

void write_json_report(const ReportInput& input, const std::function<void(std::string_view)>& write) {
  std::string out = "{";
  bool first = true;
  for (const Member& m : report_members(input)) {
    out += first ? "\n  " : ",\n  ";
    first = false;
    out += json(m.key).dump() + ": ";
    if (m.value) {
      append_indented(out, source::break_workflow_commands(dump(*m.value), source::kJsonBreak), 2);
      continue;
    }
    if (m.count == 0) {
      out += "[]";
      continue;
    }
    out += "[";
    if (m.findings && input.jobs > 1) {
      write_findings(*m.findings, input, out, write);
      out += "\n  ]";
      continue;
    }
    for (std::size_t i = 0; i < m.count; ++i) {
      out += i == 0 ? "\n    " : ",\n    ";
      // Each element starts a line after blanks: breaking commands in it alone is
      // what breaking them in the whole text does.
      if (m.findings) {
        write_finding((*m.findings)[i], input, 4, out, write);
      } else if (m.documents) {
        write_document((*m.documents)[i], 4, out);
        // A corpus's documents are handed on a megabyte at a time, not one by one.
        if (out.size() < kFlushBytes) continue;
      } else {
        append_indented(out, break_for_json(dump(m.element(i))), 4);
      }
      write(out);
      out.clear();
    }
    out += "\n  ]";
  }
  out += "\n}\n";
  write(out);
}

nlohmann::ordered_json summary_json(const Summary& s, bool with_acknowledged) {
  nlohmann::ordered_json j = {{"documents", s.documents},   {"statements", s.statements},
                              {"findings", s.findings},     {"consistent", s.consistent},
                              {"conflicting", s.conflicting}, {"single_source", s.single_source}};
  if (with_acknowledged) j["acknowledged"] = s.acknowledged;
  return j;
}

namespace {

template <typename Json>
std::string json_text_of(const Json& document) {
  std::string text = document.dump(2, ' ', false, Json::error_handler_t::replace);
  return source::break_workflow_commands(text, source::kJsonBreak) + "\n";
}

}  // namespace

std::string json_text(const nlohmann::ordered_json& document) { return json_text_of(document); }

std::string json_text(const nlohmann::json& document) { return json_text_of(document); }

}  // namespace factlint::report
