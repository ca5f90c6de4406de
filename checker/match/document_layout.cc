// Paragraphs and headings, read from a document's original text.
#include "match/document_layout.h"

#include <algorithm>
#include <string_view>

#include "doc/label_lines.h"

namespace factlint::match {

bool blank_line_between(const doc::Document& document, std::size_t from, std::size_t to) {
  std::string_view between = std::string_view(document.source.text()).substr(from, to - from);
  for (std::size_t nl = between.find('\n'); nl != std::string_view::npos; nl = between.find('\n', nl + 1)) {
    std::size_t next = between.find_first_not_of(" \t\r", nl + 1);
    if (next != std::string_view::npos && between[next] == '\n') return true;
  }
  return false;
}

bool is_heading(const doc::Document& document, int s) {
  if (s < 0 || s >= static_cast<int>(document.sentences.size())) return false;
  const std::string_view text = document.source.text();
  std::size_t at = std::min(document.original_offset(document.sentences[static_cast<std::size_t>(s)].begin), text.size());
  std::size_t k = document.source.line_start_of(at);
  while (k < at && (text[k] == ' ' || text[k] == '\t')) ++k;
  return k < text.size() && text[k] == '#';
}

bool is_label_line(const doc::Document& document, int s) {
  if (s < 0 || s >= static_cast<int>(document.sentences.size())) return false;
  const std::string_view text = document.source.text();
  const std::size_t at =
      std::min(document.original_offset(document.sentences[static_cast<std::size_t>(s)].begin), text.size());
  const std::size_t start = document.source.line_start_of(at);
  std::size_t end = text.find('\n', at);
  if (end == std::string_view::npos) end = text.size();
  return doc::is_label_line(text.substr(start, end - start));
}

bool opens_paragraph(const doc::Document& document, int s) {
  const auto& sentences = document.sentences;
  if (s <= 0 || s >= static_cast<int>(sentences.size())) return s <= 0;
  return blank_line_between(document, document.original_offset(sentences[static_cast<std::size_t>(s - 1)].end),
                            document.original_offset(sentences[static_cast<std::size_t>(s)].begin));
}

}  // namespace factlint::match
