// Race times and margins as a stopwatch shows them: "won by 6:17", "finished in
// 3:09:12", "7'29\" down", "1h 23' 45\"". Sport writes margins and times this way
// far more often than in words; a colon figure that is a time of day is left alone.
#include "value/race_time.h"

#include "value/text_cursor.h"
#include "value/unit_table.h"

namespace factlint::value::detail {

namespace {

const UnitInfo& unit(const char* symbol) {
  static const UnitInfo seconds = *find_unit(Type::Duration, "s");
  static const UnitInfo minutes = *find_unit(Type::Duration, "min");
  return symbol[0] == 's' ? seconds : minutes;
}

// A figure of digits only: "6", not "6.5", "1,200" or "six".
bool plain_digits(std::string_view text, std::size_t pos, const NumberReading& number) {
  if (number.scale != 1 || number.words || number.fraction || number.end <= pos || number.end - pos > 3) {
    return false;
  }
  for (std::size_t i = pos; i < number.end; ++i) {
    if (!is_digit(text[i])) return false;
  }
  return true;
}

// Two digits below 60 at `pos` with no third after them: the "17" of "6:17".
std::optional<int> sixty(std::string_view text, std::size_t pos) {
  if (pos + 1 >= text.size() || !is_digit(text[pos]) || !is_digit(text[pos + 1])) return std::nullopt;
  if (pos + 2 < text.size() && is_digit(text[pos + 2])) return std::nullopt;
  const int n = (text[pos] - '0') * 10 + (text[pos + 1] - '0');
  return n < 60 ? std::optional<int>(n) : std::nullopt;
}

// Tenths or hundredths of a second after the last part: ".4" of "9:58.4". Adds them
// to `seconds`, sets `precision` and returns where they end.
std::size_t decimal_seconds(std::string_view text, std::size_t pos, double& seconds, double& precision) {
  if (pos + 1 >= text.size() || text[pos] != '.' || !is_digit(text[pos + 1])) return pos;
  double step = 1;
  std::size_t p = pos + 1;
  while (p < text.size() && is_digit(text[p]) && step > 1e-3) {
    step /= 10;
    seconds += (text[p] - '0') * step;
    ++p;
  }
  precision = step;
  return p;
}

// Whether the colon figure at [begin, end) with `hours` in front is a time of day.
bool clock_time(std::string_view text, std::size_t begin, std::size_t end, int hours) {
  if (auto space = match_space(text, end)) {
    if (match_any_word(text, *space, {"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock", "h", "hrs",
                                      "hours", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst",
                                      "pdt", "local time"})) {
      return true;
    }
  }
  if (hours >= 24) return false;
  const std::string_view before = previous_word(text, begin);
  for (std::string_view word : {"at", "from", "until", "till", "since", "before", "after", "between"}) {
    if (before == word) return true;
  }
  return false;
}

std::optional<Magnitude> colon_time(std::string_view text, std::size_t pos, const NumberReading& number) {
  if (pos > 0 && text[pos - 1] == ':') return std::nullopt;  // the "17:05:11" of "6:17:05:11"
  int parts[3] = {static_cast<int>(number.value), 0, 0};
  int count = 1;
  std::size_t p = number.end;
  while (count < 3 && p < text.size() && text[p] == ':') {
    auto part = sixty(text, p + 1);
    if (!part) return std::nullopt;
    parts[count++] = *part;
    p += 3;
  }
  if (count < 2 || (p < text.size() && text[p] == ':')) return std::nullopt;
  double seconds = count == 2 ? parts[0] * 60.0 + parts[1] : parts[0] * 3600.0 + parts[1] * 60.0 + parts[2];
  double precision = 1;
  p = decimal_seconds(text, p, seconds, precision);
  if (!ends_word(text, p)) return std::nullopt;  // "6:17am", "6:17pm"
  if (clock_time(text, pos, p, parts[0])) return std::nullopt;
  NumberReading n = number;
  n.value = n.unscaled = seconds;
  n.precision = precision;
  n.ungrouped = false;
  return Magnitude{n, unit("s"), p};
}

// 6'17" or 6' 17'': minutes and seconds marks.
std::optional<Magnitude> marked_time(std::string_view text, const NumberReading& number) {
  std::size_t p = number.end;
  auto minutes = time_mark(text, p);
  if (!minutes || minutes->info.symbol != "min") return std::nullopt;
  p = minutes->end;
  if (p < text.size() && text[p] == ' ') ++p;
  std::size_t q = p;
  double seconds = 0;
  while (q < text.size() && is_digit(text[q]) && q - p < 2) seconds = seconds * 10 + (text[q++] - '0');
  if (q == p || seconds >= 60) return std::nullopt;
  double precision = 1;
  q = decimal_seconds(text, q, seconds, precision);
  auto mark = time_mark(text, q);
  if (!mark || mark->info.symbol != "s") return std::nullopt;
  NumberReading n = number;
  n.value = n.unscaled = number.value * 60 + seconds;
  n.precision = precision;
  n.ungrouped = false;
  return Magnitude{n, unit("s"), mark->end};
}

}  // namespace

std::optional<UnitMatch> time_mark(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  std::optional<UnitMatch> out;
  if (text.compare(pos, 2, "''") == 0) {
    out = UnitMatch{unit("s"), pos + 2};
  } else if (text[pos] == '"') {
    out = UnitMatch{unit("s"), pos + 1};
  } else if (text[pos] == '\'') {
    out = UnitMatch{unit("min"), pos + 1};
  }
  // "6's" is no time; a figure may follow a minute mark (6'17").
  if (out && out->end < text.size() && is_letter(text[out->end])) return std::nullopt;
  return out;
}

std::optional<Magnitude> read_race_time(std::string_view text, std::size_t pos, const NumberReading& number) {
  if (!plain_digits(text, pos, number) || number.end >= text.size()) return std::nullopt;
  if (text[number.end] == ':') return colon_time(text, pos, number);
  return marked_time(text, number);
}

}  // namespace factlint::value::detail
