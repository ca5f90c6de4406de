// Tests for source/byte_scan.h and the scans built on it: a byte looked for is never
// passed over, at any offset of a block or of the tail after the last whole block.
#include "source/byte_scan.h"

#include <catch2/catch.hpp>

#include <string>

#include "source/utf8.h"

using factlint::source::block_holds;
using factlint::source::block_holds_non_ascii;
using factlint::source::find_invalid_utf8;
using factlint::source::skip_blocks;

TEST_CASE("a block holds a byte at any of its sixteen places", "[source][byte_scan]") {
  for (std::size_t at = 0; at < 16; ++at) {
    std::string block(16, 'a');
    CHECK_FALSE(block_holds(block.data(), '"', '*'));
    CHECK_FALSE(block_holds_non_ascii(block.data()));
    block[at] = '*';
    CHECK(block_holds(block.data(), '"', '*'));
    CHECK_FALSE(block_holds(block.data(), '"'));
    block[at] = '\xE2';
    CHECK(block_holds_non_ascii(block.data()));
    CHECK(block_holds(block.data(), '\xE2'));
  }
}

TEST_CASE("skipping stops at the block holding the byte, or at the tail", "[source][byte_scan]") {
  const auto star = [](const char* p) { return block_holds(p, '*'); };
  const std::string plain(50, 'a');  // three whole blocks and a tail of two
  CHECK(skip_blocks(plain, 0, star) == 48);
  CHECK(skip_blocks(plain, 5, star) == 37);
  for (std::size_t at = 0; at < plain.size(); ++at) {
    std::string text = plain;
    text[at] = '*';
    std::size_t stop = skip_blocks(text, 0, star);
    INFO("at " << at);
    CHECK(stop <= at);
    CHECK(at < stop + 16);
  }
}

TEST_CASE("an invalid UTF-8 byte is found at any offset of a long ASCII text", "[source][byte_scan]") {
  const std::string plain(45, 'a');
  CHECK_FALSE(find_invalid_utf8(plain));
  for (std::size_t at = 0; at < plain.size(); ++at) {
    INFO("at " << at);
    std::string bad = plain;
    bad[at] = '\xFF';
    CHECK(find_invalid_utf8(bad) == at);
    std::string good = plain.substr(0, at) + "\u00e9\u2014" + plain.substr(at);
    CHECK_FALSE(find_invalid_utf8(good));
    CHECK(find_invalid_utf8(good + "\xC3") == good.size());  // cut short at the end
  }
}
