// Versions: dotted release numbers compared part by part as whole numbers, never as
// decimals or dates (docs/rules.md "Versions").
//
//   "2.1", "v2.1", "version 2.1.0"  -> 2.1.0        "2.10" -> 2.10.0 (not 2.1)
//   "version 2", "v2", "2.0"        -> 2.0.0        "2.0.1-beta", "2.0.1 beta" -> 2.0.1, label "beta"
//   "2.0.0-rc.1", "2.0.0-rc1"       -> label "rc1"  "1.4.2+build.7" -> 1.4.2 (build metadata ignored)
// Not read: "2.5 million", "2.5 GB", "2.5%" (amounts), "30.11.1985" (a date),
// "$2.10", and versions of more than three parts ("10.0.19041.1").
#include "value/version.h"

#include <array>
#include <string>

#include "value/reading.h"
#include "value/text_cursor.h"
#include "value/unread_text.h"

namespace factlint::value::detail {

namespace {

constexpr int kMaxParts = 3;
constexpr int kMaxPartDigits = 5;

// Words that name a pre-release when written after the number with a space:
// "2.0 beta", "3.1 rc 2". Attached with a hyphen any label is read ("2.0-nightly").
constexpr std::array<std::string_view, 5> kSpacedLabels{{"alpha", "beta", "preview", "rc", "pre"}};

struct Parts {
  std::array<long, kMaxParts> numbers{};
  int count = 0;
  std::size_t end = 0;
  std::size_t last_digits = 0;  // digits of the last part: "1985" of "30.11.1985" has four
  bool too_long = false;  // a part of more than five digits
};

// "2.10.1" at pos: up to three dot-separated whole numbers.
std::optional<Parts> read_parts(std::string_view text, std::size_t pos) {
  Parts parts;
  std::size_t p = pos;
  while (true) {
    std::size_t digits = 0;
    long n = 0;
    while (p < text.size() && is_digit(text[p])) {
      if (++digits <= kMaxPartDigits) n = n * 10 + (text[p] - '0');
      ++p;
    }
    if (digits == 0) return std::nullopt;
    if (digits > kMaxPartDigits) {
      parts.too_long = true;
      return parts;
    }
    parts.numbers[static_cast<std::size_t>(parts.count++)] = n;
    parts.end = p;
    parts.last_digits = digits;
    // A fourth part is left unread, so the scanner reports "1.2.3.4" as read only in part.
    if (parts.count < kMaxParts && p + 1 < text.size() && text[p] == '.' && is_digit(text[p + 1])) {
      ++p;
      continue;
    }
    return parts;
  }
}

// "30.11.1985": day, month and a four-digit year is a date (docs/rules.md "Dates").
bool looks_like_date(const Parts& parts) {
  return parts.count == 3 && parts.last_digits == 4 && parts.numbers[0] >= 1 && parts.numbers[0] <= 31 && parts.numbers[1] >= 1 &&
         parts.numbers[1] <= 12;
}

bool is_label_char(char c) { return is_letter(c) || is_digit(c) || c == '.'; }

// The pre-release label after the number, folded ("-rc.1" and " rc 1" are "rc1"),
// and where it ends; nullopt when there is none.
std::optional<std::pair<std::string, std::size_t>> read_label(std::string_view text, std::size_t end) {
  std::string label;
  std::size_t p = end;
  if (p + 1 < text.size() && text[p] == '-' && is_letter(text[p + 1])) {
    ++p;
    while (p < text.size() && (is_label_char(text[p]) || (text[p] == '-' && p + 1 < text.size() &&
                                                           is_word_char(text[p + 1])))) {
      if (is_letter(text[p]) || is_digit(text[p])) label += text[p];
      ++p;
    }
    while (text[p - 1] == '.') --p;  // a sentence's full stop is no part of the label
    return std::pair{label, p};
  }
  auto space = match_space(text, end);
  if (!space) return std::nullopt;
  for (std::string_view word : kSpacedLabels) {
    auto e = match_text(text, *space, word);
    if (!e) continue;
    std::size_t q = *e;
    if (q < text.size() && text[q] == ' ' && q + 1 < text.size() && is_digit(text[q + 1])) ++q;  // "rc 2"
    while (q < text.size() && is_digit(text[q])) ++q;
    if (!ends_word(text, q)) continue;
    for (std::size_t i = *space; i < q; ++i) {
      if (text[i] != ' ') label += text[i];
    }
    return std::pair{label, q};
  }
  return std::nullopt;
}

// "+build.7" after a version: semantic versioning's build metadata, which no
// comparison looks at. Where it ends.
std::size_t skip_build_metadata(std::string_view text, std::size_t end) {
  if (end + 1 >= text.size() || text[end] != '+' || !is_word_char(text[end + 1])) return end;
  std::size_t p = end + 1;
  while (p < text.size() && (is_label_char(text[p]) || text[p] == '-')) ++p;
  while (text[p - 1] == '.') --p;
  return p;
}

// A figure followed by a unit, a scale or a percent sign measures something: "2.5 GB",
// "2.1 million", "2.5%" hold no version.
bool measures_something(std::string_view text, std::size_t end) {
  if (end < text.size() && text[end] == '%') return true;
  auto space = match_space(text, end);
  return space && unit_or_scale_at(text, *space);
}

}  // namespace

void read_versions(std::string_view text, std::size_t pos, Readings& out) {
  if (pos > 0 && (text[pos - 1] == '$' || static_cast<unsigned char>(text[pos - 1]) >= 0x80)) return;
  // "version 2", "ver. 2", "v2", "v.2": a word that says a number is a version.
  std::size_t start = pos;
  bool named = false;
  if (auto p = match_any_word(text, pos, {"version", "ver."})) {
    auto space = match_space(text, *p);
    if (!space) return;
    start = *space;
    named = true;
  } else if (text[pos] == 'v') {
    start = pos + 1;
    if (start < text.size() && text[start] == '.') ++start;
    named = true;
  }
  if (start >= text.size() || !is_digit(text[start])) return;
  auto parts = read_parts(text, start);
  if (!parts || parts->too_long) return;
  // A bare whole number is a count, a year or a port; only "v2" or "version 2" is a version.
  if (!named && parts->count < 2) return;
  if (!named && looks_like_date(*parts)) return;
  if (measures_something(text, parts->end)) return;
  std::size_t end = parts->end;
  std::string label;
  if (auto l = read_label(text, end)) {
    label = std::move(l->first);
    end = l->second;
  }
  end = skip_build_metadata(text, end);
  if (!ends_word(text, end)) return;

  Version version;
  version.parts = parts->numbers;
  version.label = label;
  Value v;
  v.type = Type::Version;
  v.lo = v.hi = version_key(version);
  v.unit = label;
  v.text = std::string(text.substr(pos, end - pos));
  v.display = std::string(text.substr(start, parts->end - start)) + (label.empty() ? "" : "-" + label);
  out.matches.push_back({pos, end, std::move(v)});
}

}  // namespace factlint::value::detail
