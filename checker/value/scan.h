// Finding values of one type in text: the entry point the matcher and `factlint parse` use.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "value/civil_date.h"
#include "value/value.h"

namespace factlint::value {

// What a reader needs besides the text: the publication date resolves relative
// dates ("last month", "on Thursday"); without it relative dates are not read.
struct ParseContext {
  std::optional<CivilDate> reference_date;
};

// One reading of a value at [begin, end) byte offsets of the scanned text.
struct ValueMatch {
  std::size_t begin = 0;
  std::size_t end = 0;
  Value value;
};

// Every reading of a value of `type` in `text`, which must be normalized text
// (doc::normalize: lowercase, straight quotes, dashes as '-', single spaces).
// Several readings may start at the same offset with different ends ("10th" and
// "10th-largest"), so a pattern can use either; readings start and end on word
// boundaries. Sorted by begin, then longest first. Linear in the text length.
std::vector<ValueMatch> scan_values(Type type, std::string_view text, const ParseContext& context);

// The leftmost-longest reading, or nullopt: what `factlint parse TYPE TEXT` shows.
std::optional<ValueMatch> first_value(Type type, std::string_view text, const ParseContext& context);

}  // namespace factlint::value
