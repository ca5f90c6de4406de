// Parsing the decisions file with toml++.
//
//   [[decision]]
//   finding = "border_length(China, Russia)"   # a finding id or key
//   kind = "canonical"                         # canonical | acknowledged | wrong-extraction
//   value = "4,209 km"                         # canonical only
//   statement = "corpus/a.md:12:5"             # wrong-extraction only
//   note = "Russian border service"
//   author = "jdoe"
//   when = 2026-11-29                          # the date it was decided (a TOML date or "YYYY-MM-DD")
#include "project/decisions_file.h"

#include <filesystem>

#include <fmt/format.h>

#include "project/toml_source.h"

#include "value/civil_date.h"

namespace factlint::project {

namespace {

// "'a', 'b' or 'c'".
std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + ("'" + names[i] + "'");
  }
  return out;
}

struct Reader {
  const TomlSource& file;
  source::DiagnosticSink& sink;
  bool ok = true;

  void error_at(const toml::source_region& where, const std::string& message) {
    ok = false;
    file.error_at(where, message, sink);
  }

  std::string text(const toml::table& entry, const char* field) {
    if (auto v = entry[field].value<std::string>()) return *v;
    if (entry.contains(field)) error_at(entry.get(field)->source(), fmt::format("'{}' must be a string", field));
    return "";
  }

  // A value as written: a string, or a bare TOML number (`value = 2029`), which an
  // editor writes as naturally as "2029" and which the fact's type reads the same way.
  std::optional<std::string> value_text(const toml::node& node) {
    if (auto v = node.value_exact<std::string>()) return *v;
    if (auto v = node.value_exact<std::int64_t>()) return fmt::format("{}", *v);
    if (auto v = node.value_exact<double>()) return fmt::format("{}", *v);
    return std::nullopt;
  }

  // `value = "4,209 km"` or `value = 2029`; "" when missing or not a value (an error).
  std::string value(const toml::table& entry) {
    const toml::node* node = entry.get("value");
    if (node == nullptr) return "";
    if (auto v = value_text(*node)) return *v;
    error_at(node->source(), "'value' must be a string or a number, e.g. value = \"4,209 km\" or value = 2029");
    return "";
  }

  // `values = ["75%", "76%"]`: strings (or numbers) only.
  std::vector<std::string> texts(const toml::table& entry, const char* field) {
    std::vector<std::string> out;
    const toml::node* node = entry.get(field);
    if (node == nullptr) return out;
    const toml::array* list = node->as_array();
    if (list == nullptr) {
      error_at(node->source(), fmt::format("'{}' must be a list of strings, e.g. {} = [\"75%\", \"76%\"]", field, field));
      return out;
    }
    for (const toml::node& item : *list) {
      if (auto v = value_text(item)) {
        out.push_back(*v);
      } else {
        error_at(item.source(), fmt::format("each of '{}' must be a string or a number", field));
      }
    }
    return out;
  }

  std::optional<compare::Decision::Kind> kind(const toml::table& entry, const std::string& name) {
    if (auto k = compare::decision_kind_from_name(name)) return k;
    std::vector<std::string> names = compare::decision_kind_names();
    std::string hint = source::did_you_mean(name, names);
    const toml::node* at = entry.get("kind");
    error_at(at ? at->source() : entry.source(),
             fmt::format("unknown decision kind '{}'{}", name,
                         hint.empty() ? "; expected " + quoted_list(names) : source::suggestion(hint)));
    return std::nullopt;
  }

  // An ISO date, written by `factlint decide` as a TOML date; a string is accepted too.
  std::string date(const toml::table& entry) {
    const toml::node* node = entry.get("when");
    if (node == nullptr) return "";
    if (auto d = node->value<toml::date>()) {
      return fmt::format("{:04}-{:02}-{:02}", d->year, static_cast<int>(d->month), static_cast<int>(d->day));
    }
    auto text = node->value<std::string>();
    if (text && text->size() == 10 && value::parse_iso_date(*text)) return *text;
    error_at(node->source(), "'when' must be a date written YYYY-MM-DD, e.g. when = 2026-11-29");
    return "";
  }

  std::optional<compare::Decision> decision(const toml::table& entry) {
    compare::Decision d;
    d.finding = text(entry, "finding");
    d.value = value(entry);
    d.statement = text(entry, "statement");
    d.values = texts(entry, "values");
    d.note = text(entry, "note");
    d.author = text(entry, "author");
    d.when = date(entry);
    d.origin = fmt::format("{}:{}", file.path(), entry.source().begin.line);
    d.anchor = file.diagnostic_at(entry.source(), "");
    if (d.finding.empty()) {
      error_at(entry.source(), "decision without 'finding': give a finding id (f-...) or key");
      return std::nullopt;
    }
    auto k = kind(entry, text(entry, "kind"));
    if (!k) return std::nullopt;
    d.kind = *k;
    // A value of the wrong kind was reported where it stands; "needs 'value'" would
    // say it is missing.
    if (d.kind == compare::Decision::Kind::Canonical && d.value.empty() && !entry.contains("value")) {
      error_at(entry.source(), "a canonical decision needs 'value', e.g. value = \"4,209 km\"");
      return std::nullopt;
    }
    if (!d.values.empty() && d.kind != compare::Decision::Kind::Acknowledged) {
      error_at(entry.get("values")->source(), "'values' belongs to an acknowledged decision only");
      return std::nullopt;
    }
    if (d.kind == compare::Decision::Kind::WrongExtraction && d.statement.empty()) {
      error_at(entry.source(), "a wrong-extraction decision needs 'statement' = \"path:line:column\"");
      return std::nullopt;
    }
    return d;
  }
};

}  // namespace

std::optional<compare::Decisions> read_decisions(const std::string& path, bool required,
                                                 source::DiagnosticSink& sink) {
  // The default file is optional: without it there are no decisions.
  if (!required && !std::filesystem::exists(path)) return compare::Decisions{};
  std::optional<TomlSource> file =
      TomlSource::read(path, {"cannot read decisions file", "cannot read decisions file"}, sink);
  if (!file) return std::nullopt;
  const toml::table& root = file->root();
  Reader reader{*file, sink};
  compare::Decisions out;
  if (const toml::array* entries = root["decision"].as_array()) {
    for (const toml::node& node : *entries) {
      const toml::table* entry = node.as_table();
      if (entry == nullptr) {
        reader.error_at(node.source(), "each [[decision]] must be a table");
        continue;
      }
      if (auto d = reader.decision(*entry)) out.push_back(std::move(*d));
    }
  } else if (root.contains("decision")) {
    reader.error_at(root.get("decision")->source(), "'decision' must be an array of tables: write [[decision]]");
  }
  if (!reader.ok) return std::nullopt;
  return out;
}

}  // namespace factlint::project
