// Reading Windows-1252; see windows_1252.h.
#include "source/windows_1252.h"

#include <array>

#include "source/utf8.h"

namespace factlint::source {

namespace {

// 0x80-0x9F; 0xA0-0xFF are Latin-1, the code point equal to the byte. 0 = undefined.
constexpr std::array<char32_t, 32> kHigh = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

}  // namespace

bool looks_windows_1252(std::string_view text) {
  bool high = false;
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    high = true;
    DecodedChar d = decode_utf8(text, i);
    if (d.valid) return false;
    i += d.length;
  }
  return high;
}

std::string decode_windows_1252(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (unsigned char b : text) {
    if (b < 0x80) {
      out += static_cast<char>(b);
    } else if (b < 0xA0) {
      const char32_t c = kHigh[b - 0x80];
      out += c == 0 ? std::string("\xEF\xBF\xBD") : encode_utf8(c);
    } else {
      out += encode_utf8(b);
    }
  }
  return out;
}

}  // namespace factlint::source
