// A loaded document: original bytes, metadata, the normalized view matching runs
// on, the map from that view back to the original, and its sentences.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "doc/document_header.h"
#include "doc/table.h"
#include "source/source_file.h"
#include "value/civil_date.h"
#include "value/value_settings.h"

namespace factlint::doc {

// A sentence as a byte range of Document::normalized.
struct Sentence {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Its path, metadata and content hash are its header (document_header.h), all a run
// keeps of it once it is matched.
struct Document : DocumentHeader {
  source::SourceFile source;      // the original file, for line:column and quoting
  // How its ambiguous values are read: the project file's settings for its path
  // (docs/configuration.md), else the defaults.
  value::ValueSettings value_settings;
  // The reader its format chose ("markdown", "html", "text"): the same bytes read as
  // Markdown and as plain text give other sentences, so caches keyed by content need it.
  std::string reader;
  std::string normalized;         // NFKC, case folded, straight quotes, '-' dashes, single spaces
  std::vector<std::uint32_t> to_original;  // size normalized.size() + 1: original byte offset per byte
  std::vector<Sentence> sentences;
  // Tables (docs/rules.md "Facts in tables"), their ranges in `normalized`; every
  // cell is a sentence of its own.
  std::vector<Table> tables;
  // The text as readers see it (markup removed, entities decoded) and, per
  // normalized byte, its offset there: sentence_text quotes from it.
  std::string visible;
  std::vector<std::uint32_t> to_visible;  // size normalized.size() + 1
  // False when the loader's gate (loader.h BodyGate) found nothing in the raw body
  // that could matter: the text fields above are then empty.
  bool text_read = true;

  // The publication date, if the metadata has a valid one: the first day of the
  // month or year when it is given to the month or year ("2008-07" is 2008-07-01).
  std::optional<value::CivilDate> date() const;
  // How precisely date() is known: Day, Month or Year; None without a date.
  value::Grain date_grain() const;
  // Original byte offset of a normalized byte offset (the end offset maps to the end).
  std::size_t original_offset(std::size_t normalized_offset) const;
  // Line and column (code points, 1-based) in the original file of a normalized offset.
  source::Location location(std::size_t normalized_offset) const;
  // The original text under a normalized range.
  std::string original_text(std::size_t normalized_begin, std::size_t normalized_end) const;
  // The visible text of a sentence (markup removed) with whitespace runs collapsed to one space.
  std::string sentence_text(const Sentence& sentence) const;
  // The sentence as sentence_text gives it when that is at most kMaxExcerptBytes;
  // otherwise the words around the normalized range [focus_begin, focus_end) up to
  // that size, with "..." where the sentence goes on. What reports quote and the
  // store keeps for a statement, so neither grows with the sentence.
  std::string excerpt(const Sentence& sentence, std::size_t focus_begin, std::size_t focus_end) const;
};

}  // namespace factlint::doc
