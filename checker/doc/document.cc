// Positions and text of a loaded document, all reported in the original file.
#include "doc/document.h"

#include <algorithm>

#include "doc/front_matter.h"
#include "doc/limits.h"
#include "doc/normalizer.h"

namespace factlint::doc {

namespace {

// The [begin, end) range in a mapped text under normalized [begin, end). One input
// character can give several normalized bytes ("ﬁ" -> "fi"); an end inside them
// extends to the end of that character.
std::pair<std::size_t, std::size_t> mapped_range(const std::vector<std::uint32_t>& map, std::size_t begin,
                                                 std::size_t end) {
  if (map.empty() || end <= begin) return {0, 0};
  std::size_t last = map.size() - 1;
  end = std::min(end, last);
  begin = std::min(begin, end);
  if (end == begin) return {map[begin], map[begin]};
  std::size_t k = end;
  while (k < last && map[k] == map[end - 1]) ++k;
  return {map[begin], std::max(map[k], map[begin])};
}


}  // namespace

std::optional<value::CivilDate> Document::date() const {
  auto given = parse_publication_date(meta.date);
  return given ? given->first : std::optional<value::CivilDate>();
}

value::Grain Document::date_grain() const {
  auto given = parse_publication_date(meta.date);
  return given ? given->grain : value::Grain::None;
}

std::size_t Document::original_offset(std::size_t normalized_offset) const {
  if (to_original.empty()) return 0;
  return to_original[std::min(normalized_offset, to_original.size() - 1)];
}

source::Location Document::location(std::size_t normalized_offset) const {
  return source.location(original_offset(normalized_offset));
}

std::string Document::original_text(std::size_t normalized_begin, std::size_t normalized_end) const {
  auto [begin, end] = mapped_range(to_original, normalized_begin, normalized_end);
  return source.text().substr(begin, end - begin);
}

std::string Document::sentence_text(const Sentence& sentence) const {
  auto [begin, end] = mapped_range(to_visible, sentence.begin, sentence.end);
  return collapse_whitespace(std::string_view(visible).substr(begin, end - begin));
}

std::string Document::excerpt(const Sentence& sentence, std::size_t focus_begin, std::size_t focus_end) const {
  std::string whole = sentence_text(sentence);
  if (whole.size() <= kMaxExcerptBytes) return whole;
  // A window of the normalized sentence around the focus, narrowed to whole words.
  focus_begin = std::clamp(focus_begin, sentence.begin, sentence.end);
  focus_end = std::clamp(focus_end, focus_begin, sentence.end);
  std::size_t spare = kMaxExcerptBytes - std::min(kMaxExcerptBytes, focus_end - focus_begin);
  std::size_t begin = focus_begin - std::min(focus_begin - sentence.begin, spare / 2);
  std::size_t end = std::min(sentence.end, begin + kMaxExcerptBytes);
  if (end - begin < kMaxExcerptBytes) begin = end - std::min(end - sentence.begin, kMaxExcerptBytes);
  std::string_view text = normalized;
  if (begin > sentence.begin) {
    std::size_t space = text.find(' ', begin);
    if (space != std::string_view::npos && space < focus_begin) begin = space + 1;
  }
  if (end < sentence.end) {
    std::size_t space = text.rfind(' ', end);
    if (space != std::string_view::npos && space > std::max(focus_end, begin)) end = space;
  }
  std::string out = sentence_text({begin, end});
  bool cut_end = end < sentence.end;
  // Decoded text can be wider than normalized text: never quote more than the cap.
  if (out.size() > kMaxExcerptBytes) {
    std::size_t cut = kMaxExcerptBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
    cut_end = true;
  }
  if (begin > sentence.begin) out.insert(0, "...");
  if (cut_end) out += "...";
  return out;
}

std::string collapse_whitespace(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  bool space = false;
  for (char c : raw) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace factlint::doc
