// Fuzz target: month and weekday names and relative dates ("last month", "two
// years ago") at each word start, against a reference date from the first bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "doc/normalizer.h"
#include "fuzz/fuzz_input.h"
#include "value/calendar.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace factlint::value;
  if (size < 3) return 0;
  // Years 1000-2999 and any month and day: month_end clamps impossible days.
  CivilDate ref{1000 + ((data[0] << 8 | data[1]) % 2000), 1 + data[2] % 12, 1 + data[2] % 28};
  std::string text = factlint::doc::normalize(factlint::fuzz::as_text(data + 3, size - 3)).text;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (pos > 0 && text[pos - 1] != ' ') continue;
    if (auto month = detail::read_month(text, pos); month && month->end > text.size()) std::abort();
    if (auto day = detail::read_weekday(text, pos); day && day->end > text.size()) std::abort();
    if (auto hit = detail::read_relative_date(text, pos, ref)) {
      if (hit->end > text.size() || hit->last < hit->first) std::abort();
    }
  }
  return 0;
}
