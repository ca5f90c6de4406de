// Facts in tables (docs/rules.md "Facts in tables"): a cell whose column header
// (or, in a transposed table, whose row header) holds one of a fact's cues states
// the fact when it reads as a value of the fact's type, the header's unit applied.
// Its year comes from a year cell of its row or from its column header. A table with
// no cue in its headers may take one from its titles (caption, the sentence before it,
// its heading) for its columns headed by a year or a unit only.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.h"
#include "match/document_index.h"
#include "match/match_stats.h"
#include "match/nfa_runner.h"
#include "value/scan.h"

namespace factlint::match {

// One cell stating a fact.
struct TableMatch {
  int cue = 0;                     // which cue of the fact the header holds
  std::vector<Binding> bindings;   // the cue's captures in its header; the value slot stays open
  value::ValueMatch reading;       // begin/end: the cell (normalized); the value read with the header's unit
  doc::TextRange cue_cell;         // the header cell that holds the cue
  doc::TextRange year_cell;        // the cell the year was read from; empty when none
  std::optional<int> year;         // the statement's year, when the table gives one
  std::string year_source;         // "table row", "table header", "table caption" or "table heading"; "" without a year
  TokenMatch cell;                 // the value cell's tokens
  // Where open entity roles are looked for, in order: the cell's row, the header
  // cells of its column, the caption, the sentences just before the table, the
  // document's first sentence (its title).
  std::vector<TokenMatch> role_ranges;
  int around_from = 0;             // role_ranges from here on lie outside the table
  int table = 0;                   // index in Document::tables
  int row = 0;
  // The cue came from the table's titles (its caption, the sentence before it, its
  // heading), not a header cell: role_ranges.front() (the row) must name the thing.
  bool from_title = false;
};

// Every cell of the document's tables that states the fact whose compiled cues and
// vetoes are given (its value type: the cues' last slot). A column whose header
// holds a veto word gives nothing, nor does a row whose row header holds one
// ("2030 (target)"). Cells that hold no value of the type, or more than one, give
// nothing. The cost is the tables' size: headers are matched once per fact, each cue
// column's cells read once.
std::vector<TableMatch> find_table_matches(const std::vector<CompiledPattern>& cues,
                                           const std::vector<CompiledPattern>& vetoes, const doc::Document& document,
                                           const DocumentIndex& index, NfaRunner& runner, MatchStats& stats);

// The unit or scale a header gives its cells, as a range of `header` (normalized
// text); empty when it gives none. The last parenthesis, else the words after a
// final " in ", else after a final comma.
// Examples: "cargo handled (million tonnes)" -> "million tonnes"; "revenue in €bn" ->
// "€bn"; "length, km" -> "km"; "share (%)" -> "%"; "year" -> ""; "port (2015)" -> ""
// (figures alone date or number a column).
doc::TextRange header_unit(std::string_view header);

// The scale word a unit opens with ("million" of "million teu", "billions" of
// "billions of yen"), "" when none.
std::string leading_scale(std::string_view unit);

// Whether a column header (normalized) names an event of the row's thing ("Opened",
// "Year founded", "Built"): its year cells date that event, not the row's figures.
bool names_an_event(std::string_view header);

// One piece of the phrase a cell was read as: a byte range of the cell's text or of
// its header's unit, after a space or not. "12" under "€bn" reads "€12bn": the
// unit's [0, 3) "€", the cell, the unit's [3, 5) "bn".
struct PhrasePiece {
  bool from_unit = false;
  std::size_t begin = 0;
  std::size_t end = 0;
  bool space_before = false;
};

// What a cell states: its value (whose `text` is the phrase read) and how that
// phrase was put together, so it can be shown in the document's own letters.
struct CellReading {
  value::Value value;
  std::vector<PhrasePiece> phrase;
};

// The value of `type` a cell states under a header unit: "469.4" with "million
// tonnes" reads "469.4 million tonnes"; "12" with "€bn" reads "€12bn". The cell must
// be read whole; the unit is put after the cell, then around it for currencies, then
// left out (a cell may carry its own unit: "14.8 million"). nullopt when nothing reads.
std::optional<CellReading> read_cell(value::Type type, std::string_view cell, std::string_view unit,
                                     const value::ParseContext& context);

// The phrase of `pieces` made of the given texts of the cell and the unit: read_cell's
// phrase in other letters, e.g. the document's own where it read the normalized text.
std::string phrase_text(const std::vector<PhrasePiece>& pieces, std::string_view cell, std::string_view unit);

// The tokens inside a range of the normalized text (a cell, a header).
TokenMatch tokens_in(const DocumentIndex& index, doc::TextRange range);

// A row as a reader sees it: each cell after its column's header, "Year: 2019;
// Cargo handled (million tonnes): 469.4". What a table statement quotes as its sentence.
std::string row_text(const doc::Document& document, const doc::Table& table, int row);

}  // namespace factlint::match
