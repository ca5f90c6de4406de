// Writing and reading the baseline file (nlohmann-json).
#include "project/baseline_file.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace factlint::project {

namespace {

using json = nlohmann::json;
using compare::Baseline;
using compare::BaselineEntry;
using compare::sort_by_id;

// nlohmann reports where it stopped as a count of bytes read, so the last byte read
// ends the offending token: widen the span back to the token's start ('"fact"', '-12.5').
// At the end of the input that byte is past the final newline; point at the end of the
// last line instead of an empty line after it.
source::Span parse_error_span(const source::SourceFile& file, std::size_t byte) {
  const std::string& text = file.text();
  std::size_t end = std::min(byte > 0 ? byte - 1 : 0, text.size());
  if (end == text.size() && !text.empty() && text.back() == '\n') --end;
  std::size_t begin = end;
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.'; };
  if (end < text.size() && text[end] == '"') {
    for (std::size_t i = end; i > 0 && text[i - 1] != '\n'; --i) {
      if (text[i - 1] == '"' && (i < 2 || text[i - 2] != '\\')) {
        begin = i - 1;
        break;
      }
    }
  } else if (end < text.size() && word(text[end])) {
    while (begin > 0 && word(text[begin - 1])) --begin;
  }
  return {&file, begin, std::min(end + 1, text.size())};
}

// "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error ..."
// without the parts our own location already says.
// Where the text an exception message quotes ('...') first occurs; the file's start
// when it does not.
source::Span number_span(const source::SourceFile& file, const std::string& what) {
  std::size_t open = what.find('\'');
  std::size_t close = open == std::string::npos ? open : what.find('\'', open + 1);
  if (close != std::string::npos && close > open + 1) {
    if (std::size_t at = file.text().find(what.substr(open + 1, close - open - 1)); at != std::string::npos) {
      return source::Span{&file, at, at + (close - open - 1)};
    }
  }
  return source::Span{&file, 0, std::min<std::size_t>(1, file.text().size())};
}

std::string parse_error_message(const std::string& what) {
  std::string message = what;
  if (auto bracket = message.find("] "); bracket != std::string::npos) message.erase(0, bracket + 2);
  if (message.rfind("parse error", 0) == 0) {
    if (auto colon = message.find(": "); colon != std::string::npos) message.erase(0, colon + 2);
  }
  return message;
}

struct Reader {
  const source::SourceFile& file;
  source::DiagnosticSink& sink;
  bool ok = true;

  // The first place `needle` occurs in the file, for errors about a value nlohmann
  // has already parsed (it keeps no positions); the whole file when it is not found.
  void error_near(const std::string& needle, const std::string& message) {
    ok = false;
    std::size_t at = needle.empty() ? std::string::npos : file.text().find(needle);
    if (at == std::string::npos) {
      sink.file_error(file.path(), message);
      return;
    }
    sink.error(source::Span{&file, at, at + needle.size()}, message);
  }

  std::optional<std::string> text(const json& entry, const char* field, bool optional, const std::string& where) {
    auto it = entry.find(field);
    if (it == entry.end()) {
      if (optional) return std::string();
      error_near(where, fmt::format("baseline entry without '{}'", field));
      return std::nullopt;
    }
    if (!it->is_string()) {
      error_near(where, fmt::format("'{}' must be a string", field));
      return std::nullopt;
    }
    return it->get<std::string>();
  }

  std::optional<BaselineEntry> entry(const json& node, std::size_t index) {
    // Entries are written one field a line, so the id's line is the entry's line.
    std::string where;
    if (node.is_object() && node.contains("id") && node["id"].is_string()) where = json(node["id"]).dump();
    if (!node.is_object()) {
      error_near(where, fmt::format("baseline entry {} must be an object", index + 1));
      return std::nullopt;
    }
    BaselineEntry e;
    auto id = text(node, "id", false, where);
    auto fact = text(node, "fact", false, where);
    auto key = text(node, "key", false, where);
    auto scope = text(node, "scope", true, where);
    auto verdict = text(node, "verdict", false, where);
    if (!id || !fact || !key || !scope || !verdict) return std::nullopt;
    e = {*id, *fact, *key, *scope, *verdict, {}};
    if (e.verdict != "conflicting" && e.verdict != "single-source") {
      error_near(where, fmt::format("unknown verdict '{}' in the baseline; expected 'conflicting' or 'single-source'",
                                    e.verdict));
      return std::nullopt;
    }
    auto values = node.find("values");
    bool strings = values != node.end() && values->is_array() &&
                   std::all_of(values->begin(), values->end(), [](const json& v) { return v.is_string(); });
    if (!strings) {
      error_near(where, "'values' must be an array of strings, e.g. [\"2,300 mi\", \"4,209 km\"]");
      return std::nullopt;
    }
    for (const json& v : *values) e.values.push_back(v.get<std::string>());
    std::sort(e.values.begin(), e.values.end());
    e.values.erase(std::unique(e.values.begin(), e.values.end()), e.values.end());
    return e;
  }

  std::optional<Baseline> baseline(const json& root) {
    if (!root.is_object()) {
      error_near("", fmt::format("a baseline must be a JSON object with \"schema\": \"{}\" and \"findings\"",
                                 kBaselineSchema));
      return std::nullopt;
    }
    auto schema = root.find("schema");
    if (schema == root.end()) {
      error_near("", fmt::format("baseline without \"schema\"; expected \"schema\": \"{}\"", kBaselineSchema));
      return std::nullopt;
    }
    if (!schema->is_string() || schema->get<std::string>() != kBaselineSchema) {
      error_near(schema->dump(), fmt::format("unknown baseline schema {}; expected '{}'",
                                             schema->is_string() ? "'" + schema->get<std::string>() + "'"
                                                                 : schema->dump(),
                                             kBaselineSchema));
      return std::nullopt;
    }
    auto findings = root.find("findings");
    if (findings == root.end() || !findings->is_array()) {
      error_near("\"findings\"", "'findings' must be an array of findings");
      return std::nullopt;
    }
    Baseline out;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < findings->size(); ++i) {
      auto e = entry((*findings)[i], i);
      if (!e) continue;
      if (!ids.insert(e->id).second) {
        error_near(json(e->id).dump(), fmt::format("finding '{}' is in the baseline twice", e->id));
        continue;
      }
      out.findings.push_back(std::move(*e));
    }
    if (!ok) return std::nullopt;
    sort_by_id(out.findings);
    return out;
  }
};

}  // namespace

std::string to_json_text(const Baseline& baseline) {
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  std::vector<BaselineEntry> entries = baseline.findings;
  sort_by_id(entries);
  for (BaselineEntry& e : entries) {
    std::sort(e.values.begin(), e.values.end());
    findings.push_back({{"id", e.id},
                        {"fact", e.fact},
                        {"key", e.key},
                        {"scope", e.scope},
                        {"verdict", e.verdict},
                        {"values", e.values}});
  }
  nlohmann::ordered_json root = {{"schema", kBaselineSchema}, {"findings", findings}};
  // A value read from a document with broken UTF-8 must not stop the file being written.
  return root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::optional<Baseline> read_baseline(const std::string& path, bool required, source::DiagnosticSink& sink) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (!required && !std::filesystem::exists(path)) return Baseline{};
    sink.file_error(path, "cannot read baseline file");
    return std::nullopt;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  source::SourceFile file(path, buffer.str());
  json root;
  try {
    root = json::parse(file.text());
  } catch (const json::parse_error& e) {
    sink.error(parse_error_span(file, e.byte), parse_error_message(e.what()));
    return std::nullopt;
  } catch (const json::exception& e) {
    // Valid syntax the parser still refuses, such as a number past the range of a
    // double ("8888888e889"): nlohmann names the text, not its offset.
    sink.error(number_span(file, e.what()), parse_error_message(e.what()));
    return std::nullopt;
  }
  Reader reader{file, sink};
  return reader.baseline(root);
}

}  // namespace factlint::project
