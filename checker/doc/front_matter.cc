// Parsing the front matter block and validating its date.
#include "doc/front_matter.h"

#include <string>

#include "source/ascii.h"
#include "source/trim.h"

namespace factlint::doc {

namespace {

using source::trim_line;

std::string unquote(std::string_view value) {
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
    std::string out;
    for (std::size_t i = 1; i + 1 < value.size(); ++i) {
      if (value[i] == '\\' && i + 2 < value.size()) ++i;
      out += value[i];
    }
    return out;
  }
  if (value.size() >= 2 && value.front() == '\'' && value.back() == '\'') {
    return std::string(value.substr(1, value.size() - 2));
  }
  return std::string(value);
}

// '"China and Russia' (no closing quote): YAML would fail on it; we read it as written.
bool opens_unclosed_quote(std::string_view value) {
  if (value.empty() || (value.front() != '"' && value.front() != '\'')) return false;
  return value.size() < 2 || value.back() != value.front();
}

bool is_fence(std::string_view line) { return trim_line(line) == "---"; }

// "date: 2024-05-01": a key of one word (as YAML writes them), a colon, then a space or
// the line's end. Prose such as "Note: the port..." has that form too; see unclosed_end.
bool is_key_line(std::string_view line) {
  std::string_view content = trim_line(line);
  std::size_t colon = content.find(':');
  if (colon == 0 || colon == std::string_view::npos) return false;
  if (colon + 1 < content.size() && content[colon + 1] != ' ' && content[colon + 1] != '\t') return false;
  for (char c : content.substr(0, colon)) {
    bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!word) return false;
  }
  return true;
}

bool names_known_key(std::string_view line) {
  std::string_view key = trim_line(trim_line(line).substr(0, trim_line(line).find(':')));
  return key == "title" || key == "publisher" || key == "date" || key == "url" || is_other_date_key(key);
}

// An opening '---' with no closing one: the block the writer meant is the run of
// 'key: value' lines after it, up to the first other line (a blank line, the text),
// when one of them sets a key factlint reads. Its last line, or 0 when the lines after
// the '---' are not such a block (a thematic break before "Note: ...").
int unclosed_end(const source::SourceFile& file) {
  int last = 0;
  bool known = false;
  for (int line = 2; line <= file.line_count(); ++line) {
    std::string_view text = file.line_text(file.line_start(line));
    if (!is_key_line(text)) break;
    known = known || names_known_key(text);
    last = line;
  }
  return known ? last : 0;
}

}  // namespace

std::optional<value::CivilDate> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto number = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  int year = number(0, 4), month = number(5, 2), day = number(8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return std::nullopt;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  if (day > days) return std::nullopt;
  return value::CivilDate{year, month, day};
}

std::optional<PublicationDate> parse_publication_date(std::string_view text) {
  if (auto day = parse_date(text)) return PublicationDate{*day, value::Grain::Day};
  auto digits = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  if (text.size() == 4 && digits(0, 4) >= 0) return PublicationDate{{digits(0, 4), 1, 1}, value::Grain::Year};
  if (text.size() == 7 && text[4] == '-' && digits(0, 4) >= 0) {
    int month = digits(5, 2);
    if (month >= 1 && month <= 12) return PublicationDate{{digits(0, 4), month, 1}, value::Grain::Month};
  }
  return std::nullopt;
}

bool is_valid_publication_date(std::string_view text) {
  return text == kUndated || parse_publication_date(text).has_value();
}

std::string_view without_time_of_day(std::string_view text) {
  if (text.size() > 11 && (text[10] == 'T' || text[10] == ' ') && text[11] >= '0' && text[11] <= '9' &&
      parse_date(text.substr(0, 10))) {
    return text.substr(0, 10);
  }
  return text;
}

bool is_other_date_key(std::string_view key) {
  const std::string lower = source::ascii_lower(std::string(key));
  return lower == "published" || lower == "publishdate" || lower == "pubdate" || lower == "published_at" ||
         lower == "date_published" || lower == "datepublished";
}

FrontMatter parse_front_matter(const source::SourceFile& file, source::DiagnosticSink& sink) {
  FrontMatter out;
  std::string other_date;  // "published:", "pubDate:" ...: used when there is no "date:"
  std::string_view text = file.text();
  std::size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  // line_text gives the whole first line, BOM included: the fence starts after it.
  if (file.line_count() < 1 || !is_fence(file.line_text(start).substr(start))) return out;
  int closing = 0;
  for (int line = 2; line <= file.line_count(); ++line) {
    if (is_fence(file.line_text(file.line_start(line)))) {
      closing = line;
      break;
    }
  }
  if (closing == 0) {
    // Its lines are no prose: read as text, "date: 2024-05-01" was a count of 2024
    // (a newcomer's report, session 11). Metadata is still not guessed from them.
    if (int end = unclosed_end(file)) {
      sink.warning({&file, start, start + 3},
                   "front matter has no closing '---'; the document is read without metadata, and lines 1-" +
                       std::to_string(end) + " are not read as text: add a '---' line after line " +
                       std::to_string(end));
      out.body_begin = file.line_start(end + 1);
      return out;
    }
    sink.warning({&file, start, start + 3},
                 "front matter has no closing '---'; the document is read without metadata");
    return out;
  }
  for (int line = 2; line < closing; ++line) {
    std::size_t begin = file.line_start(line);
    std::string_view raw = file.line_text(begin);
    std::string_view content = trim_line(raw);
    if (content.empty() || content.front() == '#') continue;
    std::size_t indent = static_cast<std::size_t>(content.data() - raw.data());
    std::size_t colon = content.find(':');
    if (colon == std::string_view::npos) {
      sink.warning({&file, begin + indent, begin + indent + content.size()},
                   "expected 'key: value' in front matter, found '" + std::string(content) + "'");
      continue;
    }
    std::string_view key = trim_line(content.substr(0, colon));
    std::string_view raw_value = trim_line(content.substr(colon + 1));
    std::string value = unquote(raw_value);
    std::size_t value_at = begin + static_cast<std::size_t>(raw_value.data() - raw.data());
    if (opens_unclosed_quote(raw_value)) {
      // Read as written, quote and all; the writer meant a quoted value (a newcomer's report).
      sink.warning({&file, value_at, value_at + 1},
                   "the quote that opens '" + std::string(key) + "' is not closed on its line; its value is read "
                   "as written, quote included");
    }
    if (key == "title") {
      out.meta.title = value;
    } else if (key == "publisher") {
      out.meta.publisher = value;
    } else if (key == "url") {
      out.meta.url = value;
    } else if (key == "date" || is_other_date_key(key)) {
      const std::string date(without_time_of_day(value));
      if (is_valid_publication_date(date)) {
        (key == "date" ? out.meta.date : other_date) = date;
      } else if (!value.empty()) {
        sink.warning({&file, value_at, value_at + raw_value.size()},
                     "invalid date '" + value + "' in front matter; expected YYYY-MM-DD, YYYY-MM, YYYY, a timestamp "
                     "such as 2025-01-16T08:30:00Z, or 'undated'");
      }
    }
  }
  if (out.meta.date.empty()) out.meta.date = other_date;
  out.body_begin = file.line_start(closing + 1);
  return out;
}

}  // namespace factlint::doc
