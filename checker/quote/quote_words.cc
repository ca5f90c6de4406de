// Normalizing quoted text into words for comparison.
#include "quote/quote_words.h"

#include <algorithm>

#include "doc/normalizer.h"

namespace factlint::quote {

namespace {

// ASCII letters and digits, and any non-ASCII byte (letters of other scripts survive
// NFKC and case folding as multi-byte sequences; punctuation there is already ASCII).
bool word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// How many runs of word bytes `text` holds: at least as many as its words (an inner
// apostrophe joins two runs into one word), so the word list is allocated once.
std::size_t word_runs(std::string_view text) {
  std::size_t runs = 0;
  bool in_word = false;
  for (char ch : text) {
    const bool w = word_byte(static_cast<unsigned char>(ch));
    if (w && !in_word) ++runs;
    in_word = w;
  }
  return runs;
}

void add_gap(QuoteWords& out) {
  if (out.gaps.empty() || out.gaps.back() != out.words.size()) out.gaps.push_back(out.words.size());
}

}  // namespace

QuoteWords quote_words(std::string_view text) {
  QuoteWords out;
  // Insertions are found in the printed text: the normalizer keeps brackets as they are.
  std::string visible;
  visible.reserve(text.size());  // grown a byte at a time, it was reallocated several times (issue 10)
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '[') {
      std::size_t close = text.find(']', i);
      if (close != std::string_view::npos) {
        out.insertions.emplace_back(text.substr(i, close + 1 - i));
        visible += ' ';
        i = close;
        continue;
      }
    }
    visible += text[i];
  }
  std::string norm = doc::normalize(visible).text;
  out.words.reserve(word_runs(norm));
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.words.push_back(std::move(word));
    word.clear();
  };
  for (std::size_t i = 0; i < norm.size(); ++i) {
    auto c = static_cast<unsigned char>(norm[i]);
    if (word_byte(c)) {
      word += static_cast<char>(c);
    } else if (c == '\'' && !word.empty() && i + 1 < norm.size() &&
               word_byte(static_cast<unsigned char>(norm[i + 1]))) {
      word += '\'';  // inner apostrophe: "we'll", "russia's"
    } else {
      flush();
      if (c == '.' && norm.compare(i, 3, "...") == 0) {
        add_gap(out);
        while (i + 1 < norm.size() && norm[i + 1] == '.') ++i;
      }
    }
  }
  flush();
  // An ellipsis at either end marks where the quote was cut, not a gap inside it.
  std::erase_if(out.gaps, [&](std::size_t g) { return g == 0 || g >= out.words.size(); });
  return out;
}

std::string joined(const std::vector<std::string>& words, std::size_t begin, std::size_t end) {
  std::string out;
  end = std::min(end, words.size());
  for (std::size_t i = begin; i < end; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

const std::string& LastJoinedWords::of(std::string_view text) {
  if (!held_ || text != text_) {
    words_ = joined(quote_words(text).words);
    text_ = text;
    held_ = true;
  }
  return words_;
}

}  // namespace factlint::quote
