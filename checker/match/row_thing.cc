// A table row is about the thing its first cell names.
#include "match/row_thing.h"

#include <vector>

#include "match/table_cues.h"

namespace factlint::match {

const doc::TableRow* row_holding(const doc::Document& document, std::size_t at) {
  for (const doc::Table& table : document.tables) {
    for (const doc::TableRow& row : table.rows) {
      if (row.header || row.cells.size() < 2) continue;
      for (std::size_t c = 1; c < row.cells.size(); ++c) {
        if (!row.cells[c].empty() && row.cells[c].begin <= at && at < row.cells[c].end) return &row;
      }
    }
  }
  return nullptr;
}

bool row_names_another_thing(const DocumentIndex& index, const doc::TableRow& row, TokenMatch words,
                             const std::function<bool(int)>& fits,
                             const std::function<std::string_view(int)>& kind_of) {
  if (row.cells.empty() || row.cells.front().empty()) return false;
  const TokenMatch first = tokens_in(index, row.cells.front());
  std::vector<int> named;
  for (int t = first.begin; t < first.end;) {
    if (index.entity_forward.count(t) == 0 || index.entity_forward.begin(t)->to > first.end) {
      // A label that names a thing in passing ("| Inscribed on the World Heritage List |
      // 2007 |") is a field of the topic: only names, "the" and punctuation make a row's thing.
      if (index.has_word_char(t) && index.token_text(t) != "the") return false;
      ++t;
      continue;
    }
    for (const TokenEdge* e = index.entity_forward.begin(t); e != index.entity_forward.end(t); ++e) {
      if (fits(e->payload)) return false;  // the row's thing is a role's, or may be
      named.push_back(e->payload);
    }
    t = index.entity_forward.begin(t)->to;
  }
  if (named.empty()) return false;
  for (int e : named) {
    const std::string_view kind = kind_of(e);
    if (kind.empty()) continue;
    for (int t = words.begin; t < words.end; ++t) {
      const std::string_view w = index.token_text(t);
      if (w == kind || (w.size() == kind.size() + 1 && w.starts_with(kind) && w.back() == 's')) return false;
    }
  }
  return true;
}

}  // namespace factlint::match
