// The whole-number flag validator.
#include "cli/whole_number.h"

#include <charconv>
#include <string>

#include "source/display_text.h"

namespace factlint::cli {

namespace {

// "0 or more", "1 or more", "0 to 65535": the range as the message states it.
std::string range_words(long long min, long long max) {
  if (max == std::numeric_limits<int>::max()) return std::to_string(min) + " or more";
  return std::to_string(min) + " to " + std::to_string(max);
}

}  // namespace

CLI::Validator whole_number(long long min, long long max) {
  return CLI::Validator(
      [min, max](std::string& given) -> std::string {
        long long n = 0;
        const char* end = given.data() + given.size();
        auto [stop, ec] = std::from_chars(given.data(), end, n);
        std::string shown = "'" + source::printable(given) + "'";
        if (given.empty() || ec == std::errc::invalid_argument || stop != end) {
          return shown + " is not a whole number (" + range_words(min, max) + ")";
        }
        if (ec == std::errc::result_out_of_range || n < min || n > max) {
          return shown + " is out of range (" + range_words(min, max) + ")";
        }
        return "";
      },
      max == std::numeric_limits<int>::max() ? ">=" + std::to_string(min)
                                             : std::to_string(min) + ".." + std::to_string(max));
}

}  // namespace factlint::cli
