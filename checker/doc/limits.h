// The per-document limits that keep reading bounded in time and memory whatever
// a document holds (docs/limits.md states them as guarantees). Past a limit the
// offending part is skipped or split with a located warning; the rest is read.
#pragma once

#include <cstddef>

namespace factlint::doc {

// A larger file is skipped with a warning. Reading costs about 25 bytes of memory
// per byte of document (original, masked copy, normalized text and offset maps).
inline constexpr std::size_t kMaxDocumentBytes = 16u * 1024 * 1024;

// A sentence longer than this (bytes of normalized text) is cut at the last space
// before the limit, so matching and the quoted excerpt stay bounded per sentence.
inline constexpr std::size_t kMaxSentenceBytes = 4000;

// A statement quotes at most this much of its sentence (bytes, plus "..." at each
// cut end), around the match: reports and the store stay small per statement.
inline constexpr std::size_t kMaxExcerptBytes = 1000;

// HTML elements nested deeper than this are ignored (their text is kept), before
// gumbo sees them: its tree building grows with depth times the elements read.
inline constexpr std::size_t kMaxHtmlDepth = 200;

// A Markdown line opening more containers than this (block quotes, list items) is
// skipped before cmark-gfm sees it: container matching costs depth per line.
inline constexpr std::size_t kMaxMarkdownDepth = 32;

}  // namespace factlint::doc
