// The readers, one per format: each turns an original file into the text the
// normalizer runs on, a map back to the original, and forced sentence breaks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "doc/document.h"
#include "doc/table.h"
#include "source/source_file.h"

namespace factlint::doc {

// A part of the document a reader skipped or degraded to stay within the limits
// of doc/limits.h: original byte range and what happened, for a located warning.
struct ReaderWarning {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string message;
};

struct ExtractedText {
  // For .txt and .md the original with non-text (front matter, markup) masked to
  // spaces, so offsets are the original's; for .html the visible text.
  std::string text;
  // Original byte offset per byte of `text`, size text.size() + 1; empty means identity.
  std::vector<std::uint32_t> to_original;
  // Sorted offsets into `text`, each inside whitespace, where a sentence must end
  // (paragraph and block boundaries, page-furniture lines).
  std::vector<std::size_t> breaks;
  // Metadata the format itself carries (HTML <title>, <meta>, canonical link),
  // used for fields that neither front matter nor sources.tsv give.
  Metadata meta;
  std::vector<ReaderWarning> warnings;
  // Tables (Markdown pipe tables, HTML <table>), their ranges offsets into `text`.
  std::vector<Table> tables;
};

// Plain text: every line break ends a sentence, unless the text is hard-wrapped,
// where only blank lines and short lines do. `body_begin` skips front matter.
ExtractedText read_text(const source::SourceFile& file, std::size_t body_begin);

// Markdown (CommonMark + GFM via cmark-gfm): headings, emphasis markers, link
// targets, code blocks, HTML and list bullets are masked; blocks end sentences.
// Lines opening more than kMaxMarkdownDepth containers are skipped first (a warning).
ExtractedText read_markdown(const source::SourceFile& file, std::size_t body_begin);

// HTML (gumbo): the visible text of the body, without script, style, nav, header
// and footer; block elements and <br> end sentences; entities are decoded.
// Elements nested deeper than kMaxHtmlDepth are flattened first (a warning).
// The head gives fallback metadata: <title>, og:site_name, article:published_time
// (or date, pubdate), and the canonical link (or og:url).
ExtractedText read_html(const source::SourceFile& file, std::size_t body_begin);

// Replaces bytes [begin, end) of `text` with spaces, keeping line breaks.
void mask(std::string& text, std::size_t begin, std::size_t end);

}  // namespace factlint::doc
