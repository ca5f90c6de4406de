// Mapping visible offsets to sentences and original locations.
#include "quote/document_view.h"

#include <algorithm>

namespace factlint::quote {

DocumentView::DocumentView(const doc::Document& document) : document_(document) {
  const auto& map = document.to_visible;
  for (const doc::Sentence& s : document.sentences) {
    if (map.empty()) break;
    std::size_t last = map.size() - 1;
    sentences_.push_back({map[std::min(s.begin, last)], map[std::min(s.end, last)]});
  }
}

std::size_t DocumentView::sentence_at(std::size_t at) const {
  auto it = std::upper_bound(sentences_.begin(), sentences_.end(), at,
                             [](std::size_t offset, const Segment& s) { return offset < s.begin; });
  return it == sentences_.begin() ? 0 : static_cast<std::size_t>(it - sentences_.begin() - 1);
}

Segment DocumentView::sentence_range(std::size_t index) const {
  if (index >= sentences_.size()) return {text().size(), text().size()};
  return sentences_[index];
}

std::size_t DocumentView::normalized_at(std::size_t at) const {
  const auto& map = document_.to_visible;
  auto it = std::lower_bound(map.begin(), map.end(), static_cast<std::uint32_t>(at));
  if (it == map.end()) return map.empty() ? 0 : map.size() - 1;
  return static_cast<std::size_t>(it - map.begin());
}

source::Location DocumentView::location(std::size_t at) const { return document_.location(normalized_at(at)); }

std::size_t DocumentView::original_offset(std::size_t at) const {
  return document_.original_offset(normalized_at(at));
}

bool DocumentView::paragraph_break_in(std::size_t begin, std::size_t end) const {
  std::string_view t = text().substr(std::min(begin, text().size()), end > begin ? end - begin : 0);
  std::size_t nl = t.find('\n');
  while (nl != std::string_view::npos) {
    std::size_t j = nl + 1;
    while (j < t.size() && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r')) ++j;
    if (j < t.size() && t[j] == '\n') return true;
    nl = t.find('\n', nl + 1);
  }
  return false;
}

}  // namespace factlint::quote
