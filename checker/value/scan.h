// Finding values of one type in text: the entry point the matcher and `factlint parse` use.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "value/civil_date.h"
#include "value/value_settings.h"
#include "value/value.h"

namespace factlint::value {

// What a reader needs besides the text: the publication date resolves relative
// dates ("last month", "on Thursday"); without it relative dates are not read.
// A bare "$", "¥" and "Sh" are read as its BareCodes say ("" keeps them as written,
// the currencies "$", "¥" and "Sh": value/currency_reading.h).
struct ParseContext : BareCodes {
  std::optional<CivilDate> reference_date;
  // How precisely the publication date is known: a front matter "2008-07" is the
  // month (reference_date its first day). A relative date that reads differently on
  // the first and last day of that span ("last month" in 2008) is not read.
  Grain reference_grain = Grain::Day;
  DateOrder date_order = DateOrder::Unknown;
  Ton ton = Ton::Metric;  // how a bare "ton" is read
};

// One reading of a value at [begin, end) byte offsets of the scanned text.
struct ValueMatch {
  std::size_t begin = 0;
  std::size_t end = 0;
  Value value;
};

// A value phrase no reader could read whole: "1 point 5 ..." where only "1" was
// read. Extraction drops it, and `factlint parse` says which part was not read.
struct UnreadValue {
  std::size_t begin = 0;       // the whole phrase: the partial reading and what it left
  std::size_t end = 0;
  std::size_t unread_begin = 0;  // the part no reader took in
  std::size_t unread_end = 0;
};

struct ScanResult {
  std::vector<ValueMatch> matches;
  std::vector<UnreadValue> unread;  // sorted by begin
};

// Every reading of `type` in `text` (as scan_values), and the phrases read only in part.
ScanResult scan(Type type, std::string_view text, const ParseContext& context);

// The offsets of `text` where a reading of `type` may start: word starts whose word
// (if it is one) can lead a value phrase of the type's family. Finding them walks
// every byte; types for which same_starts() holds share them, so a document read for
// several types walks its text once (issue 10). `text` is at most 4 GB.
std::vector<std::uint32_t> reading_starts(Type type, std::string_view text);
bool same_starts(Type a, Type b);
// scan() reading only at `starts`, which must be reading_starts(type, text) (or of a
// type with the same starts): the same result.
ScanResult scan(Type type, std::string_view text, const std::vector<std::uint32_t>& starts,
                const ParseContext& context);

// Every reading of a value of `type` in `text`, which must be normalized text
// (doc::normalize: lowercase, straight quotes, dashes as '-', single spaces).
// Several readings may start at the same offset with different ends ("10th" and
// "10th-largest"), so a pattern can use either; readings start and end on word
// boundaries. Sorted by begin, then longest first. Linear in the text length.
// A reading that is only part of a value phrase ("1" of "1 point 5", "50" of
// "fifty-third") is never returned: the reader reads the whole phrase or nothing.
std::vector<ValueMatch> scan_values(Type type, std::string_view text, const ParseContext& context);

// The leftmost-longest reading, or nullopt: what `factlint parse TYPE TEXT` shows.
std::optional<ValueMatch> first_value(Type type, std::string_view text, const ParseContext& context);

}  // namespace factlint::value
