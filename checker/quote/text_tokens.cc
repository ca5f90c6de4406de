// Tokenizing visible text for attribution.
#include "quote/text_tokens.h"

#include <array>

#include "quote/speech_verbs.h"
#include "source/utf8.h"

namespace factlint::quote {

namespace {

bool is_letter_or_digit(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  // Non-ASCII: letters of Latin-1 and beyond; general punctuation and symbols are not.
  return c >= 0xC0 && !(c >= 0x2000 && c <= 0x2BFF) && c != 0xFFFD && c != 0xD7 && c != 0xF7;
}

bool is_quote_mark(char32_t c) {
  return c == '"' || c == '\'' || c == U'\u201C' || c == U'\u201D' || c == U'\u2018' || c == U'\u2019' ||
         c == U'\u201E' || c == U'\u00AB' || c == U'\u00BB';
}

bool is_upper(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7); }

// decode_utf8 with ASCII, nearly every byte of prose, decided here without a call.
source::DecodedChar decode_at(std::string_view text, std::size_t i) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) return {b, 1, true};
  return source::decode_utf8(text, i);
}

// Into `out` in place: a token's string keeps its buffer, no temporary is made.
void assign_ascii_lower(std::string& out, std::string_view s) {
  out.assign(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Token> out;
  tokenize(text, begin, end, out);
  return out;
}

void tokenize(std::string_view text, std::size_t begin, std::size_t end, std::vector<Token>& out) {
  out.clear();
  std::size_t i = begin;
  end = std::min(end, text.size());
  // Prose averages a token per five or six bytes: one allocation instead of regrowing
  // (and moving every token's strings) a dozen times over a whole document.
  if (end > begin) out.reserve((end - begin) / 5 + 1);
  while (i < end) {
    source::DecodedChar d = decode_at(text, i);
    std::size_t len = std::max<std::size_t>(d.length, 1);
    if (d.code_point == ' ' || d.code_point == '\n' || d.code_point == '\t' || d.code_point == '\r' ||
        d.code_point == 0xA0) {
      i += len;
      continue;
    }
    // Built in place: a token holds a string, and moving it costs as much as filling it.
    Token& t = out.emplace_back();
    t.begin = i;
    if (is_letter_or_digit(d.code_point)) {
      t.word = true;
      t.capitalized = is_upper(d.code_point);
      std::size_t j = i + len;
      while (j < end) {
        source::DecodedChar e = decode_at(text, j);
        std::size_t elen = std::max<std::size_t>(e.length, 1);
        if (is_letter_or_digit(e.code_point) || e.code_point == '-') {
          j += elen;
          continue;
        }
        // An apostrophe between letters stays in the word: "don’t", "School’s".
        if ((e.code_point == '\'' || e.code_point == U'\u2019') && j + elen < end &&
            is_letter_or_digit(decode_at(text, j + elen).code_point)) {
          j += elen;
          continue;
        }
        break;
      }
      assign_ascii_lower(t.lower, text.substr(i, j - i));
      // Most words do not end in 's': only those are compared with the two suffixes.
      if (t.lower.size() > 2 && t.lower.back() == 's') {
        for (std::string_view suffix : {"'s", "\u2019s"}) {
          if (t.lower.size() > suffix.size() && t.lower.ends_with(suffix)) {
            t.possessive = true;
            t.lower.resize(t.lower.size() - suffix.size());
          }
        }
      }
      // Initials and abbreviated titles keep their period: "A.", "Mr.", "Dr.".
      if (j < end && text[j] == '.' && (j - i == 1 || is_title_word(t.lower))) ++j;
      t.text = text.substr(i, j - i);
      t.end = j;
      i = j;
      continue;
    }
    t.text = text.substr(i, len);
    t.lower = t.text;
    t.quote_mark = is_quote_mark(d.code_point);
    t.end = i + len;
    i += len;
  }
}

std::vector<TextSpan> name_spans(std::string_view text) {
  // Per byte: 1 for ASCII whitespace (a chunk ends), 2 for a byte that may begin a capital.
  static constexpr auto kClass = [] {
    std::array<unsigned char, 256> table{};
    for (unsigned char c : {' ', '\n', '\t', '\r'}) table[c] = 1;
    for (int c = 'A'; c <= 'Z'; ++c) table[static_cast<std::size_t>(c)] = 2;
    table[0xC3] = 2;
    return table;
  }();
  std::vector<TextSpan> out;
  bool open = false;          // the chunk before `previous` is in out.back()
  TextSpan previous{};        // the last chunk read: included if it or the next holds a capital
  bool previous_capital = false;
  bool has_previous = false;
  // Decides `previous` now that whether the chunk after it holds a capital is known.
  auto settle = [&](bool next_capital) {
    if (!has_previous) return;
    if (!previous_capital && !next_capital) {
      open = false;
    } else if (open) {
      out.back().end = previous.end;
    } else {
      out.push_back(previous);
      open = true;
    }
  };
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && kClass[bytes[i]] == 1) ++i;
    if (i >= text.size()) break;
    const std::size_t begin = i;
    unsigned char seen = 0;
    for (; i < text.size() && kClass[bytes[i]] != 1; ++i) seen |= kClass[bytes[i]];
    const bool capital = (seen & 2) != 0;
    settle(capital);
    previous = {begin, i};
    previous_capital = capital;
    has_previous = true;
  }
  settle(false);
  return out;
}

}  // namespace factlint::quote
