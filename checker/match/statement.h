// A statement: one place where a document states a fact, with its key and value.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "source/place.h"
#include "source/source_file.h"
#include "value/value.h"

namespace factlint::match {

struct Statement {
  std::string fact;                                        // fact name
  std::vector<std::pair<std::string, std::string>> roles;  // key role -> canonical entity id
  std::vector<std::string> role_texts;  // per key role: the original words it was read from,
                                        // "" when resolved from context (explain shows them)
  // Per key role resolved from context, where its entity came from ("" for one read
  // from the statement's own words, and for all of a statement stored before sources
  // were kept): "sentence" (earlier in its sentence), "line N" (the earlier sentence
  // that begins on line N), "title" (the document's title names it) or "most-named"
  // (the entity the document names most). docs/contracts.md, "role_sources".
  std::vector<std::string> role_sources;
  std::string key;    // "border_length(China, Russia)": entity ids in role order, sorted when symmetric
  std::string scope;  // "" or the scope value, e.g. "2023" for `scope per year`
  // Where `scope` came from (facts with a scope only): "value's clause" (a cue's clause),
  // "value's sentence", "publication date", or "none" (no year found); for a table cell
  // "table row", "table header", "table caption" or "table heading" (docs/contracts.md).
  std::string scope_source;
  value::Value value;
  std::string document;           // Document::path
  std::size_t begin = 0;          // original byte range of the whole match
  std::size_t end = 0;
  source::Location location;      // of the value in the original file
  std::size_t value_begin = 0;    // original byte range of the value
  std::size_t value_end = 0;
  std::string text;               // original text of the match
  std::string sentence;           // original sentence, whitespace collapsed
  // Statements read from a table cell (docs/rules.md "Facts in tables"): the header
  // cell that holds the cue, and the cell the year was read from ("" when none);
  // both "" for statements in prose.
  std::string table_header;
  std::string table_year;
  int pattern = 0;                // index of the pattern within the fact
  int priority = 0;
  // Why the matcher drops it after it took its figure, when a rule says so beyond its
  // roles' entities: a sentence that names another entity for a role its cue fixes
  // (docs/rules.md "A cue that names a role's entity"). Never stored: such a
  // statement is dropped before any report or cache sees it.
  std::string dropped_because;

  // "corpus/a.md:49:184": where users are sent to read it.
  source::Place place() const { return {document, location}; }
};

}  // namespace factlint::match
