// Deciding, at each '.', '!' and '?', whether a sentence ends there.
#include "doc/sentence_splitter.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_set>

#include <utf8proc.h>

#include "source/ascii.h"
#include "source/utf8.h"

namespace factlint::doc {

namespace {

// Word lists as string_views: a lookup compares lengths first, where `const char*`
// entries were each measured (strlen) at every lookup (issue 10).
// Followed by a name: never the end of a sentence.
constexpr auto kTitles = std::to_array<std::string_view>({
    "mr", "mrs", "ms", "messrs", "mmes", "dr", "prof", "gen", "sen", "rep", "gov", "st", "rev",
    "capt", "lt", "col", "sgt", "hon", "pres", "mt", "ft", "adm", "cmdr", "maj", "supt", "fr",
    "e.g", "i.e", "cf", "vs", "viz", "approx", "ca"});
// Before a number they are abbreviations ("No. 1", "Sept. 16").
constexpr auto kBeforeNumbers = std::to_array<std::string_view>({
    "no", "nos", "vol", "vols", "p", "pp", "fig", "figs", "art", "sec", "ch", "op", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"});
// Usually mid-sentence; a sentence ends after them only before a typical first word.
constexpr auto kUsuallyInside = std::to_array<std::string_view>({
    "inc", "ltd", "co", "corp", "jr", "sr", "al", "bros", "llc", "plc", "dept", "univ", "est"});
// Words that often start a sentence: after "U.S." or an initial, they show a new one.
constexpr auto kStarters = std::to_array<std::string_view>({
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these",
    "those", "there", "his", "her", "its", "their", "our", "my", "but", "and", "or", "so", "yet",
    "in", "on", "at", "for", "as", "by", "with", "from", "after", "before", "since", "while",
    "when", "where", "if", "although", "though", "however", "meanwhile", "still", "also", "then",
    "now", "what", "why", "how", "who", "which", "both", "each", "many", "most", "some", "such",
    "instead", "indeed", "moreover", "during", "despite", "under", "until", "last", "today"});

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool is_closer(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }
bool is_opener(char c) { return c == '"' || c == '\'' || c == '(' || c == '['; }

enum class Shape { Upper, Lower, Digit, Other, End };

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<std::uint32_t>& to_source, std::string_view source,
           const std::vector<std::size_t>& breaks)
      : text_(text), to_source_(to_source), source_(source), breaks_(breaks) {}

  std::vector<Sentence> run() {
    std::size_t start = 0;
    std::size_t i = 0;
    quotes_ = 0;
    while (i < text_.size()) {
      char c = text_[i];
      if (c == ' ' && forced_break(i)) {
        close(start, i);
        start = i + 1;
        quotes_ = 0;
        ++i;
        continue;
      }
      if (c != '.' && c != '!' && c != '?') {
        if (c == '"') ++quotes_;
        ++i;
        continue;
      }
      std::size_t end = i;
      while (end < text_.size() && (text_[end] == '.' || text_[end] == '!' || text_[end] == '?')) ++end;
      std::size_t terminals = end - i;
      while (end < text_.size() && is_closer(text_[end])) ++end;
      if (end == text_.size()) break;
      if (text_[end] == ' ' && !inside_quoted_clause(i, end) && !is_list_marker(start, i) &&
          ends_sentence(i, terminals, end)) {
        close(start, end);
        start = end + 1;
        quotes_ = 0;
      } else {
        quotes_ += static_cast<int>(std::count(text_.begin() + static_cast<std::ptrdiff_t>(i + terminals),
                                               text_.begin() + static_cast<std::ptrdiff_t>(end), '"'));
      }
      i = end;
    }
    close(start, text_.size());
    return std::move(sentences_);
  }

 private:
  bool forced_break(std::size_t space) const {
    std::size_t from = to_source_[space];
    std::size_t to = to_source_[space + 1];
    auto it = std::lower_bound(breaks_.begin(), breaks_.end(), from);
    return it != breaks_.end() && *it < std::max(to, from + 1);
  }

  // A question or exclamation inside a quotation that ends with a comma, as in
  // titled "A permanent partnership? How Xi and Putin are shaping it," was held...
  // does not end the sentence around it.
  bool inside_quoted_clause(std::size_t at, std::size_t end) const {
    if (text_[at] == '.' || end > at + 1) return false;  // closers after '?' end the quote here
    if (quotes_ % 2 == 0) return false;
    std::size_t close = text_.substr(end, 400).find('"');
    if (close == std::string_view::npos) return false;
    close += end;
    if (text_[close - 1] != ',') return false;
    std::string_view between = text_.substr(end, close - end);
    if (between.find_first_of(".!?") != std::string_view::npos) return false;
    for (std::size_t k = end; k < close; ++k) {
      if (text_[k] == ' ' && forced_break(k)) return false;
    }
    return true;
  }

  // "1." or "a." opening a line is a list marker, not a sentence.
  bool is_list_marker(std::size_t start, std::size_t at) const {
    while (start < at && text_[start] == ' ') ++start;
    std::string_view word = text_.substr(start, at - start);
    if (word.empty() || word.size() > 3) return false;
    bool digits = source::all_digits(word);
    bool letter = word.size() == 1 && word[0] >= 'a' && word[0] <= 'z';
    return digits || letter;
  }

  // `at` is the first terminal character, `space` the space after it and any closers.
  bool ends_sentence(std::size_t at, std::size_t terminals, std::size_t space) const {
    std::size_t next = space + 1;
    while (next < text_.size() && is_opener(text_[next])) ++next;
    Shape shape = shape_at(next);
    if (shape == Shape::Lower) return opens_with_identifier(at, terminals, next);
    if (next < text_.size() && (text_[next] == ')' || text_[next] == ']')) return false;
    if (text_[at] != '.') return true;
    if (terminals > 1) return shape == Shape::Upper;  // an ellipsis
    std::string_view word = word_before(at);
    std::string_view next_word = word_at(next);
    // After a figure, a short word is its unit ("8,516 m.", "29,000 ft."), not an
    // initial or a title: a capital after it opens a sentence.
    if (shape == Shape::Upper && after_a_figure(at - word.size()) && word.find('.') == std::string_view::npos &&
        count_code_points(word) <= 3) {
      // ... but "in 1914 St. Petersburg": a title still goes before a name.
      return !contains(kTitles, word) || written_in_lowercase(next_word);
    }
    // A title inside a name ("the South Col.", "Mount St.") goes before a name; a word
    // the document writes in lowercase elsewhere ("Climbers") is no name.
    if (contains(kTitles, word)) return inside_a_name(at - word.size()) && written_in_lowercase(next_word);
    if (contains(kBeforeNumbers, word)) return shape != Shape::Digit;
    // A single digit is a number, no initial: "next to Hall 2. Visitors queue there."
    const bool digit = word.size() == 1 && word[0] >= '0' && word[0] <= '9';
    bool initial_or_dotted = word.find('.') != std::string_view::npos || (count_code_points(word) == 1 && !digit);
    if (initial_or_dotted || contains(kUsuallyInside, word)) return contains(kStarters, next_word);
    return true;
  }

  // A lowercase word does not open a sentence ("approx. two", "e.g. the"), except a
  // code identifier after a plain full stop: "It is 64MB. maintenance_work_mem is 2GB."
  // (writers of technical prose start sentences with setting names as written).
  bool opens_with_identifier(std::size_t at, std::size_t terminals, std::size_t next) const {
    if (text_[at] != '.' || terminals != 1) return false;
    const std::string_view before = word_before(at);
    if (before.find('.') != std::string_view::npos || count_code_points(before) < 2) return false;
    std::size_t end = next;
    while (end < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[end])) || text_[end] == '_')) ++end;
    const std::string_view word = text_.substr(next, end - next);
    const std::size_t underscore = word.find('_');
    return underscore != std::string_view::npos && underscore > 0 && underscore + 1 < word.size() &&
           std::isalpha(static_cast<unsigned char>(word[underscore + 1]));
  }

  // Whether the word before the one starting at `begin` is a figure ("8,516").
  bool after_a_figure(std::size_t begin) const {
    if (begin < 2 || text_[begin - 1] != ' ') return false;
    const char c = text_[begin - 2];
    return c >= '0' && c <= '9';
  }

  // Whether the word before the one starting at `begin` is capitalized and no title
  // itself: "South" in "the South Col.", not "Lt." in "Lt. Col.".
  bool inside_a_name(std::size_t begin) const {
    if (begin < 2 || text_[begin - 1] != ' ') return false;
    std::string_view before = word_before(begin - 1);
    if (before.empty() || before.back() == '.') return false;
    return shape_at(begin - 1 - before.size()) == Shape::Upper;
  }

  // Whether `word` (normalized) starts with a lowercase letter somewhere in the text:
  // a common word, not a name. Built once per document, on first use.
  bool written_in_lowercase(std::string_view word) const {
    if (word.empty()) return false;
    if (!lowercase_built_) {
      lowercase_built_ = true;
      for (std::size_t i = 0; i < text_.size();) {
        const bool starts = i == 0 || !(std::isalnum(static_cast<unsigned char>(text_[i - 1])) ||
                                        static_cast<unsigned char>(text_[i - 1]) >= 0x80);
        std::string_view w = starts ? word_at(i) : std::string_view{};
        if (!w.empty() && shape_at(i) == Shape::Lower) lowercase_.insert(w);
        i += w.empty() ? 1 : w.size();
      }
    }
    return lowercase_.count(word) > 0;
  }

  std::string_view word_before(std::size_t at) const {
    std::size_t begin = at;
    while (begin > 0 && text_[begin - 1] != ' ' && !is_opener(text_[begin - 1])) --begin;
    return text_.substr(begin, at - begin);
  }

  std::string_view word_at(std::size_t at) const {
    std::size_t end = at;
    while (end < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[end])) ||
                                  static_cast<unsigned char>(text_[end]) >= 0x80)) {
      ++end;
    }
    return text_.substr(at, end - at);
  }

  static int count_code_points(std::string_view s) {
    return static_cast<int>(std::count_if(s.begin(), s.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
  }

  // Capitalisation is gone from the normalized text, so read it in the source.
  Shape shape_at(std::size_t at) const {
    if (at >= text_.size()) return Shape::End;
    std::size_t offset = to_source_[at];
    if (offset >= source_.size()) return Shape::End;
    source::DecodedChar d = source::decode_utf8(source_, offset);
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(d.code_point))) {
      case UTF8PROC_CATEGORY_LU:
      case UTF8PROC_CATEGORY_LT:
        return Shape::Upper;
      case UTF8PROC_CATEGORY_LL:
        return Shape::Lower;
      case UTF8PROC_CATEGORY_ND:
        return Shape::Digit;
      case UTF8PROC_CATEGORY_LO:
        return Shape::Upper;  // scripts without case start sentences too
      default:
        return Shape::Other;
    }
  }

  void close(std::size_t begin, std::size_t end) {
    while (begin < end && text_[begin] == ' ') ++begin;
    while (end > begin && text_[end - 1] == ' ') --end;
    if (has_word_character(begin, end)) sentences_.push_back({begin, end});
  }

  bool has_word_character(std::size_t begin, std::size_t end) const {
    std::size_t i = begin;
    while (i < end) {
      source::DecodedChar d = source::decode_utf8(text_, i);
      auto category = utf8proc_category(static_cast<utf8proc_int32_t>(d.code_point));
      if (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_NO &&
          !(category >= UTF8PROC_CATEGORY_MN && category <= UTF8PROC_CATEGORY_ME)) {
        return true;
      }
      i += d.length;
    }
    return false;
  }

  std::string_view text_;
  const std::vector<std::uint32_t>& to_source_;
  std::string_view source_;
  const std::vector<std::size_t>& breaks_;
  std::vector<Sentence> sentences_;
  mutable bool lowercase_built_ = false;
  mutable std::unordered_set<std::string_view> lowercase_;
  int quotes_ = 0;  // '"' seen since the sentence started: odd means inside a quotation
};

}  // namespace

std::vector<Sentence> split_sentences(std::string_view normalized, const std::vector<std::uint32_t>& to_source,
                                      std::string_view source, const std::vector<std::size_t>& breaks) {
  return Splitter(normalized, to_source, source, breaks).run();
}

std::vector<std::size_t> cut_long_sentences(std::vector<Sentence>& sentences, std::string_view normalized,
                                            std::size_t max_bytes) {
  std::vector<std::size_t> cut;
  if (max_bytes == 0) return cut;
  std::vector<Sentence> out;
  out.reserve(sentences.size());
  for (const Sentence& sentence : sentences) {
    if (sentence.end - sentence.begin <= max_bytes) {
      out.push_back(sentence);
      continue;
    }
    cut.push_back(sentence.begin);
    std::size_t begin = sentence.begin;
    while (sentence.end - begin > max_bytes) {
      std::size_t limit = begin + max_bytes;
      std::size_t space = normalized.rfind(' ', limit);
      std::size_t end = space != std::string_view::npos && space > begin ? space : limit;
      // Never inside a UTF-8 sequence: back up over continuation bytes.
      while (end > begin + 1 && (static_cast<unsigned char>(normalized[end]) & 0xC0) == 0x80) --end;
      out.push_back({begin, end});
      begin = end;
      while (begin < sentence.end && normalized[begin] == ' ') ++begin;
    }
    if (begin < sentence.end) out.push_back({begin, sentence.end});
  }
  sentences = std::move(out);
  return cut;
}

}  // namespace factlint::doc
