// Screening raw bytes before loading: conservative answers about what the loader
// and the quote reader would find, so that a document they cannot matter to is not read.
#include "doc/raw_screen.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <string>

#include "doc/limits.h"
#include "doc/nesting_guard.h"
#include "doc/normalizer.h"
#include "source/byte_scan.h"
#include "source/utf8.h"

namespace factlint::doc {

namespace {

bool is_ascii_alnum(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// A byte that may be part of a word: an ASCII letter or digit, or any byte of a
// non-ASCII character (conservatively a letter).
bool is_word_byte(unsigned char c) { return is_ascii_alnum(c) || c >= 0x80; }

// Bytes that begin Markdown the reader may drop (doc/markdown_reader.cc). A table:
// markdown_may_join_words asks it of every byte of a body no literal is in (issue 10).
bool is_markup(char c) {
  static constexpr auto kMarkup = [] {
    std::array<bool, 256> table{};
    for (unsigned char m : std::string_view("*_~`[]<!&")) table[m] = true;
    return table;
  }();
  return kMarkup[static_cast<unsigned char>(c)];
}

// Whether normalization (NFKC, case folding, dropped characters) could turn a code
// point of the Basic Multilingual Plane into something a literal search of the raw
// bytes would miss: asked of the normalizer itself, once per code point a run meets.
// (The whole table, 63,360 normalizations made before the first document, was a
// twentieth of a neutral corpus's run, issue 10.) Threads that meet the same code
// point at once compute the same answer.
bool risky_code_point(char32_t c) {
  enum : unsigned char { kUnknown, kSafe, kRisky };
  static std::array<std::atomic<unsigned char>, 0x10000> known{};
  unsigned char answer = known[c].load(std::memory_order_relaxed);
  if (answer == kUnknown) {
    std::string in = source::encode_utf8(c);
    std::string out = normalize(in).text;
    bool bad = out.empty() || out.size() > in.size();
    for (unsigned char b : out) bad = bad || is_ascii_alnum(b);
    answer = bad ? kRisky : kSafe;
    known[c].store(answer, std::memory_order_relaxed);
  }
  return answer == kRisky;
}

bool has_risky_character(std::string_view body) {
  for (std::size_t i = 0; i < body.size();) {
    i = source::skip_blocks(body, i, source::block_holds_non_ascii);
    if (i >= body.size()) break;
    if (static_cast<unsigned char>(body[i]) < 0x80) {
      ++i;
      continue;
    }
    source::DecodedChar d = source::decode_utf8(body, i);
    // Surrogates are never valid UTF-8.
    if (!d.valid || d.code_point >= 0x10000 || risky_code_point(d.code_point)) return true;
    i += d.length;
  }
  return false;
}

// Past the ']' at `close`: its "(destination)" or "[label]", brackets balanced, if
// one follows. npos when a bracket is left open (nothing certain then).
std::size_t after_link_tail(std::string_view body, std::size_t close) {
  std::size_t k = close + 1;
  if (k >= body.size() || (body[k] != '(' && body[k] != '[')) return k;
  const char open = body[k];
  const char shut = open == '(' ? ')' : ']';
  int depth = 0;
  for (; k < body.size(); ++k) {
    if (body[k] == open) ++depth;
    if (body[k] == shut && --depth == 0) return k + 1;
  }
  return std::string_view::npos;
}

// Whether what follows dropped markup at `k` may continue the word before it.
bool continues_word(std::string_view body, std::size_t k) {
  if (k == std::string_view::npos) return true;
  if (k >= body.size()) return false;
  return is_word_byte(static_cast<unsigned char>(body[k])) || is_markup(body[k]);
}

bool markdown_may_join_words(std::string_view body) {
  if (body.find('<') != std::string_view::npos || body.find("![") != std::string_view::npos) return true;
  // Blocks without markup ('<' is settled above) are passed whole: most bodies hold none.
  const auto may_hold_markup = [](const char* p) { return source::block_holds(p, '*', '_', '~', '`', '[', ']', '!', '&'); };
  for (std::size_t i = 1; i < body.size(); ++i) {
    i = source::skip_blocks(body, i, may_hold_markup);
    if (i >= body.size()) break;
    const char c = body[i];
    if (!is_markup(c) || !is_word_byte(static_cast<unsigned char>(body[i - 1]))) continue;
    if (c == '*' || c == '_' || c == '~' || c == '`') {
      std::size_t k = i;
      while (k < body.size() && (body[k] == '*' || body[k] == '_' || body[k] == '~' || body[k] == '`')) ++k;
      if (continues_word(body, k)) return true;
      i = k - 1;
    } else if (c == ']') {
      if (continues_word(body, after_link_tail(body, i))) return true;
    } else {
      return true;  // '[' or '!' right after a word
    }
  }
  return false;
}

bool is_blank_line(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

}  // namespace

bool raw_may_hide_words(std::string_view body, std::string_view format) {
  if (format != "md" && format != "txt") return true;
  if (body.find('&') != std::string_view::npos) return true;
  if (format == "md" && markdown_may_join_words(body)) return true;
  return has_risky_character(body);
}

bool raw_may_warn(std::string_view body, std::string_view format) {
  if (format != "md" && format != "txt") return true;
  const bool markdown = format == "md";
  if (markdown && has_deep_markdown_lines(body, 0, kMaxMarkdownDepth)) return true;
  // HTML blocks (<pre>, comments) may run over blank lines too.
  if (markdown && body.find('<') != std::string_view::npos) return true;
  std::size_t paragraph = 0;  // bytes since the last blank line
  for (std::size_t begin = 0; begin < body.size();) {
    std::size_t end = std::min(body.find('\n', begin), body.size());
    std::string_view line = body.substr(begin, end - begin);
    if (is_blank_line(line)) {
      paragraph = 0;
    } else {
      // Code blocks run over blank lines: their sentences are bounded by nothing here.
      std::size_t indent = line.find_first_not_of(' ');
      if (markdown && (line[0] == '\t' || indent >= 4 || line.substr(indent).rfind("```", 0) == 0 ||
                       line.substr(indent).rfind("~~~", 0) == 0)) {
        return true;
      }
      paragraph += line.size() + 1;
      if (paragraph > kMaxSentenceBytes) return true;
    }
    begin = end + 1;
  }
  return false;
}

bool raw_is_plain(std::string_view body) {
  static constexpr auto kSpecial = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : std::string_view("\"&'*_~`[]!<")) table[c] = true;
    for (int c = 0x80; c < 0x100; ++c) table[static_cast<std::size_t>(c)] = true;
    return table;
  }();
  // By ranges, fewer tests than a comparison a byte: '!' '"', '&' '\'', '*', '<',
  // '[' to '`' (with '\\' and '^'), '{' and above (with '~' and every non-ASCII
  // byte). A block with '\\', '^', '{', '|', '}' or DEL is looked at again below.
  using UBytes16 = unsigned char __attribute__((vector_size(16)));
  const auto hits = [](const char* p) {
    UBytes16 u;
    std::memcpy(&u, p, sizeof u);
    return ((u - 0x21) <= 1) | ((u - 0x26) <= 1) | (u == 0x2A) | (u == 0x3C) | ((u - 0x5B) <= 5) | (u >= 0x7B);
  };
  const auto any = [](auto lanes) {
    std::uint64_t half[2];
    std::memcpy(half, &lanes, sizeof half);
    return (half[0] | half[1]) != 0;
  };
  const auto special = [&](const char* p) { return any(hits(p)); };
  std::size_t i = 0;
  // Four blocks a step, their tests joined before one is asked of them all.
  while (i + 4 * source::kBlock <= body.size()) {
    const char* p = body.data() + i;
    if (any(hits(p) | hits(p + 16) | hits(p + 32) | hits(p + 48))) break;
    i += 4 * source::kBlock;
  }
  while (true) {
    i = source::skip_blocks(body, i, special);
    if (i + source::kBlock > body.size()) break;
    for (std::size_t end = i + source::kBlock; i < end; ++i) {
      if (kSpecial[static_cast<unsigned char>(body[i])]) return false;
    }
  }
  for (; i < body.size(); ++i) {
    if (kSpecial[static_cast<unsigned char>(body[i])]) return false;
  }
  return true;
}

bool raw_may_hold_quotes(std::string_view body) {
  // One pass over the bytes that can begin a mark ('"', '&', '\'' and the lead bytes
  // of U+00AB/U+00BB and U+2018 to U+201E): string_view::find_first_of tests every
  // byte against its set by a call (a fifth of a neutral corpus's CPU, issue 10).
  static constexpr auto kMayOpen = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : std::string_view("\"&'\xC2\xE2")) table[c] = true;
    return table;
  }();
  // Blocks of sixteen bytes with none of them are passed whole first.
  const auto may_open = [](const char* p) {
    return source::block_holds_non_ascii(p) || source::block_holds(p, '"', '&', '\'');
  };
  const char* const data = body.data();
  for (std::size_t i = 0; i < body.size(); ++i) {
    i = source::skip_blocks(body, i, may_open);
    if (i >= body.size()) break;
    const auto c = static_cast<unsigned char>(data[i]);
    if (!kMayOpen[c]) continue;
    if (c == '"' || c == '&') return true;
    const bool after_alnum = i > 0 && is_ascii_alnum(static_cast<unsigned char>(data[i - 1]));
    if (c == '\'') {
      if (!after_alnum) return true;
      continue;
    }
    source::DecodedChar d = source::decode_utf8(body, i);
    switch (d.code_point) {
      case U'\u201C': case U'\u201D': case U'\u201E': case U'\u00AB': case U'\u00BB': case U'\u2018':
        return true;
      case U'\u2019':
        if (!after_alnum) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

}  // namespace factlint::doc
