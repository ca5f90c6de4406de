// A table row's first cell is often a name cut short, its kind noun left to the
// column's header: under "| region | 2021 | 2022 |" the row "| Northern | 27% | 36% |"
// is the Northern region's, as under "| line |" the row "| Northern |" is the Northern
// line's. Read together, cell then header, they name the row's thing when that is
// exactly an alias (docs/rules.md "Facts in tables", the roles).
#include "match/matcher_impl.h"

namespace factlint::match {

bool Matcher::Impl::bind_header_named_row(int f, const doc::Document& document, const DocumentIndex& index,
                                          const TableMatch& m, std::vector<Binding>& bindings) const {
  const doc::Table& table = document.tables[static_cast<std::size_t>(m.table)];
  const doc::TableRow& row = table.rows[static_cast<std::size_t>(m.row)];
  if (row.cells.empty() || row.cells.front().empty()) return false;
  doc::TextRange header;
  for (const doc::TableRow& r : table.rows) {
    if (r.header && !r.cells.empty() && !r.cells.front().empty()) header = r.cells.front();
  }
  if (header.empty()) return false;
  const TokenMatch cell = tokens_in(index, row.cells.front());
  const TokenMatch kind = tokens_in(index, header);
  if (cell.begin >= cell.end || kind.begin >= kind.end) return false;
  std::vector<int> words;
  for (int t = cell.begin; t < cell.end; ++t) words.push_back(index.words[static_cast<std::size_t>(t)]);
  for (int t = kind.begin; t < kind.end; ++t) words.push_back(index.words[static_cast<std::size_t>(t)]);
  const std::optional<EntityHit> hit = entities.longest_at(words, 0);
  // The whole of both, and a name written in words: an acronym wants its capitals,
  // which a header put after a cell cannot show.
  if (!hit || hit->end != static_cast<int>(words.size()) || hit->capitals) return false;
  std::vector<int> named{hit->entity};
  if (hit->also) named.insert(named.end(), hit->also->begin(), hit->also->end());
  const std::vector<CaptureSlot>& slots = facts[f].slots;
  for (std::size_t i = 0; i + 1 < slots.size(); ++i) {
    if (!slots[i].entity || bindings[i].bound()) continue;
    for (int e : named) {
      if (!slots[i].entity_fits.empty() && !slots[i].entity_fits[static_cast<std::size_t>(e)]) continue;
      bindings[i] = Binding{cell.begin, cell.end, e};
      return true;
    }
  }
  return false;
}

}  // namespace factlint::match
