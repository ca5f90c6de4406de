// Editing factlint.decisions.toml block by block; see decisions_writer.h.
#include "project/decisions_writer.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <string_view>

#include <fmt/format.h>
#include <toml++/toml.h>

namespace factlint::project {

namespace {

const std::set<std::string, std::less<>> kKnownKeys{"finding", "kind", "value", "values", "statement", "note", "author", "when"};

// A TOML basic string: quotes and backslashes escaped, control characters as escapes,
// so a note with a newline or a quote stays one valid line.
std::string toml_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (u < 0x20 || u == 0x7f) {
          out += fmt::format("\\u{:04X}", u);
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string::npos ? text.size() : end + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

std::string_view trimmed(std::string_view line) {
  std::size_t a = line.find_first_not_of(" \t\r\n");
  if (a == std::string_view::npos) return {};
  std::size_t b = line.find_last_not_of(" \t\r\n");
  return line.substr(a, b - a + 1);
}

bool is_comment(std::string_view line) { return trimmed(line).starts_with('#'); }
bool is_blank(std::string_view line) { return trimmed(line).empty(); }

// The line (1-based) a header-defined table starts on, or 0 when it has no header of
// its own (an inline table, a dotted key).
int header_line(const toml::node& node, const std::vector<std::string>& lines) {
  auto line = static_cast<int>(node.source().begin.line);
  if (line < 1 || line > static_cast<int>(lines.size())) return 0;
  return trimmed(lines[line - 1]).starts_with('[') ? line : 0;
}

// The keys of `entry` that factlint does not read, as `key = value` lines.
std::string unknown_keys_of(const toml::table& entry) {
  toml::table unknown;
  for (const auto& [key, node] : entry) {
    if (kKnownKeys.count(key.str()) > 0) continue;
    unknown.insert(key, node);
    if (toml::table* t = unknown.get(key.str())->as_table()) t->is_inline(true);
  }
  if (unknown.empty()) return "";
  std::ostringstream out;
  out << toml::toml_formatter(unknown);
  std::string text = out.str();
  if (!text.empty() && text.back() != '\n') text += '\n';
  return text;
}

bool ends_with_blank_line(const std::string& text) { return text.size() >= 2 && text.ends_with("\n\n"); }

// A file whose every line ends in CRLF (written on Windows, or by a CRLF-minded editor)
// is edited as LF and written back as CRLF, so new entries match their neighbours and
// an untouched file still comes back byte for byte. Mixed files are left as they are.
bool every_line_ends_crlf(const std::string& text) {
  std::size_t newlines = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n') continue;
    if (i == 0 || text[i - 1] != '\r') return false;
    ++newlines;
  }
  return newlines > 0;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

}  // namespace

std::string decision_toml(const compare::Decision& d) {
  std::string out = "[[decision]]\n";
  out += "finding = " + toml_string(d.finding) + "\n";
  out += "kind = " + toml_string(compare::decision_kind_name(d.kind)) + "\n";
  if (!d.value.empty()) out += "value = " + toml_string(d.value) + "\n";
  if (!d.values.empty()) {
    out += "values = [";
    for (std::size_t i = 0; i < d.values.size(); ++i) out += (i ? ", " : "") + toml_string(d.values[i]);
    out += "]\n";
  }
  if (!d.statement.empty()) out += "statement = " + toml_string(d.statement) + "\n";
  if (!d.note.empty()) out += "note = " + toml_string(d.note) + "\n";
  if (!d.author.empty()) out += "author = " + toml_string(d.author) + "\n";
  // A date as `decide` writes it (checked by the reader) is a TOML date; anything else stays a string.
  bool iso = d.when.size() == 10 && std::all_of(d.when.begin(), d.when.end(), [](char c) {
               return (c >= '0' && c <= '9') || c == '-';
             });
  if (!d.when.empty()) out += "when = " + (iso ? d.when : toml_string(d.when)) + "\n";
  return out;
}

std::optional<DecisionsEditor> DecisionsEditor::parse(const std::string& path, const std::string& written,
                                                       source::DiagnosticSink& sink) {
  bool crlf = every_line_ends_crlf(written);
  const std::string text = crlf ? replace_all(written, "\r\n", "\n") : written;
  auto error = [&](const toml::source_region& where, std::string message) {
    source::Diagnostic d;
    d.path = path;
    d.message = std::move(message);
    d.location = {static_cast<int>(where.begin.line), static_cast<int>(where.begin.column)};
    sink.add(std::move(d));
  };
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    error(e.source(), std::string(e.description()));
    return std::nullopt;
  }
  std::vector<std::string> lines = split_lines(text);
  std::set<int> decision_lines, boundaries;
  std::map<int, std::string> unknown;
  for (const auto& [key, node] : root) {
    if (key.str() == "decision" && node.is_array()) {
      for (const toml::node& entry : *node.as_array()) {
        int line = entry.is_table() ? header_line(entry, lines) : 0;
        if (line == 0) {
          error(entry.source(), "factlint edits decisions written as [[decision]] tables; rewrite this entry as one");
          return std::nullopt;
        }
        decision_lines.insert(line);
        boundaries.insert(line);
        unknown[line] = unknown_keys_of(*entry.as_table());
      }
    } else if (node.is_table()) {
      if (int line = header_line(node, lines)) boundaries.insert(line);
    } else if (node.is_array_of_tables()) {
      for (const toml::node& entry : *node.as_array()) {
        if (int line = header_line(entry, lines)) boundaries.insert(line);
      }
    }
  }

  DecisionsEditor editor;
  editor.crlf_ = crlf;
  std::vector<int> headers(boundaries.begin(), boundaries.end());
  std::vector<int> leads;
  for (std::size_t i = 0; i < headers.size(); ++i) {
    int floor = i == 0 ? 1 : headers[i - 1] + 1;
    int lead = headers[i];
    while (lead - 1 >= floor && is_comment(lines[lead - 2])) --lead;
    leads.push_back(lead);
  }
  auto join = [&](int from, int to) {  // lines [from, to), 1-based
    std::string out;
    for (int l = from; l < to; ++l) out += lines[l - 1];
    return out;
  };
  auto end = static_cast<int>(lines.size()) + 1;
  editor.preamble_ = join(1, leads.empty() ? end : leads[0]);
  for (std::size_t i = 0; i < headers.size(); ++i) {
    int next = i + 1 < headers.size() ? leads[i + 1] : end;
    int body_end = next;
    while (body_end - 1 > headers[i] && is_blank(lines[body_end - 2])) --body_end;
    Block b;
    b.lead = join(leads[i], headers[i]);
    b.body = join(headers[i], body_end);
    b.trail = join(body_end, next);
    b.decision = decision_lines.count(headers[i]) > 0;
    b.line = b.decision ? headers[i] : 0;
    for (int l = headers[i] + 1; b.decision && l < body_end; ++l) {
      if (is_comment(lines[l - 1])) b.inner_comments.push_back(lines[l - 1]);
    }
    if (b.decision) b.unknown_keys = unknown[headers[i]];
    editor.blocks_.push_back(std::move(b));
  }
  return editor;
}

std::vector<DecisionsEditor::Block>::iterator DecisionsEditor::find(int line) {
  return std::find_if(blocks_.begin(), blocks_.end(),
                      [&](const Block& b) { return b.decision && line > 0 && b.line == line; });
}

std::string DecisionsEditor::decision_body(const compare::Decision& d, const Block& old) {
  std::string table = decision_toml(d);
  std::size_t header_end = table.find('\n') + 1;
  std::string comments;
  for (const std::string& c : old.inner_comments) comments += c.ends_with('\n') ? c : c + "\n";
  return table.substr(0, header_end) + comments + table.substr(header_end) + old.unknown_keys;
}

bool DecisionsEditor::replace(int line, const compare::Decision& d) {
  auto it = find(line);
  if (it == blocks_.end()) return false;
  std::string body = decision_body(d, *it);
  // The old body's last line may lack its newline (the end of the file).
  if (!it->body.ends_with('\n') && it->trail.empty()) body.pop_back();
  it->body = std::move(body);
  return true;
}

void DecisionsEditor::add(const compare::Decision& d, int after_line) {
  auto at = find(after_line);
  std::size_t index = at == blocks_.end() ? blocks_.size() : static_cast<std::size_t>(at - blocks_.begin()) + 1;
  // The text before the new entry ends with a newline and a blank line.
  std::string& before = index == 0 ? preamble_ : blocks_[index - 1].trail;
  std::string previous = index == 0 ? preamble_ : blocks_[index - 1].body + blocks_[index - 1].trail;
  if (!previous.empty()) {
    if (!previous.ends_with('\n')) before += "\n";
    if (!ends_with_blank_line(previous + (previous.ends_with('\n') ? "" : "\n"))) before += "\n";
  }
  Block b;
  b.decision = true;
  b.body = decision_toml(d);
  if (index < blocks_.size()) b.trail = "\n";
  blocks_.insert(blocks_.begin() + static_cast<std::ptrdiff_t>(index), std::move(b));
}

bool DecisionsEditor::remove(int line) {
  auto it = find(line);
  if (it == blocks_.end()) return false;
  blocks_.erase(it);
  removed_ = true;
  return true;
}

std::vector<int> DecisionsEditor::entry_lines() const {
  std::vector<int> out;
  for (const Block& b : blocks_) {
    if (b.decision && b.line > 0) out.push_back(b.line);
  }
  return out;
}

std::string DecisionsEditor::text() const {
  std::string out = preamble_;
  for (const Block& b : blocks_) out += b.lead + b.body + b.trail;
  // After a removal the file ends with one newline, not with the removed entry's blank line.
  if (removed_) {
    while (out.ends_with("\n\n")) out.pop_back();
  }
  return crlf_ ? replace_all(out, "\n", "\r\n") : out;
}

}  // namespace factlint::project
