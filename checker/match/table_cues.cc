// Cue matching in tables: headers are matched against a fact's cues and vetoes
// once; each cell under (or beside) a cue header is read with the header's unit.
#include "match/table_cues.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

#include "lang/ast.h"
#include "match/document_layout.h"
#include "match/document_title.h"
#include "match/table_unit_note.h"
#include "value/civil_date.h"
#include "value/named_year.h"

namespace factlint::match {

TokenMatch tokens_in(const DocumentIndex& index, doc::TextRange range) {
  auto first = std::lower_bound(index.tokens.begin(), index.tokens.end(), range.begin,
                                [](const Token& t, std::size_t at) { return t.begin < at; });
  auto last = std::lower_bound(first, index.tokens.end(), range.end,
                               [](const Token& t, std::size_t at) { return t.begin < at; });
  return {static_cast<int>(first - index.tokens.begin()), static_cast<int>(last - index.tokens.begin())};
}

namespace {

// Whether a lead line is a label line with its own figure ("Employees: 240", "Cost:
// about $5 billion", "Opened: 1 July 1981"): a statement of its own (docs/rules.md
// "Facts in tables"), never the caption of the table under it, whose columns it would
// otherwise name and date. "Table 2: Hard coral cover, per cent" and "Cargo by year:"
// are captions.
bool labels_a_figure(std::string_view line) {
  const std::size_t colon = line.find(": ");
  if (colon == std::string_view::npos) return false;
  std::string_view rest = line.substr(colon + 2);
  for (std::string_view hedge : {"about ", "around ", "approximately ", "some ", "over ", "nearly ", "almost ",
                                 "more than ", "less than ", "up to ", "c. ", "circa "}) {
    if (rest.substr(0, hedge.size()) == hedge) {
      rest.remove_prefix(hedge.size());
      break;
    }
  }
  const std::string_view first = rest.substr(0, rest.find(' '));
  return std::any_of(first.begin(), first.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// $, €, £, ¥, ₹, ₽, ₩: a sign the money reader wants before the figure.
constexpr std::array<std::string_view, 7> kCurrencySigns = {"$",      "\u20ac", "\u00a3", "\u00a5",
                                                            "\u20b9", "\u20bd", "\u20a9"};


value::ParseContext parse_context(const doc::Document& document) {
  value::ParseContext context;
  context.reference_date = document.date();
  context.reference_grain = document.date_grain();
  context.date_order = document.value_settings.date_order;
  context.ton = value::Ton::AsWritten;  // as the matcher reads prose: the fact's `ton` applies per statement
  static_cast<value::BareCodes&>(context) = value::BareCodes::none();  // and its `dollar`, `yen` and `shilling`
  return context;
}

// A cue found in a header cell, with the cue's captures.
struct HeaderCue {
  int cue = 0;
  std::vector<Binding> bindings;
  doc::TextRange cell;
};

class TableReader {
 public:
  TableReader(const std::vector<CompiledPattern>& cues, const std::vector<CompiledPattern>& vetoes,
              const doc::Document& document, const DocumentIndex& index, NfaRunner& runner, MatchStats& stats)
      : cues_(cues), vetoes_(vetoes), document_(document), index_(index), runner_(runner), stats_(stats),
        context_(parse_context(document)), type_(cues.front().forward.slots.back().type) {}

  void run(std::vector<TableMatch>& out) {
    for (std::size_t t = 0; t < document_.tables.size(); ++t) read_table(static_cast<int>(t), out);
  }

 private:
  std::optional<HeaderCue> cue_in(doc::TextRange cell) {
    if (cell.empty()) return std::nullopt;
    const TokenMatch tokens = tokens_in(index_, cell);
    if (tokens.begin >= tokens.end) return std::nullopt;
    for (int c = 0; c < static_cast<int>(cues_.size()); ++c) {
      for (TokenMatch m : runner_.longest_matches(cues_[c], index_, tokens.begin, tokens.end, tokens.begin,
                                                  tokens.end, stats_)) {
        auto bindings = runner_.bind(cues_[c], index_, m, stats_);
        if (!bindings || bindings->back().bound()) continue;  // a header states no value itself
        return HeaderCue{c, std::move(*bindings), cell};
      }
    }
    return std::nullopt;
  }

  bool vetoed(doc::TextRange cell) {
    if (cell.empty()) return false;
    const TokenMatch tokens = tokens_in(index_, cell);
    for (const CompiledPattern& veto : vetoes_) {
      if (!runner_.longest_matches(veto, index_, tokens.begin, tokens.end, tokens.begin, tokens.end, stats_).empty()) {
        return true;
      }
    }
    return false;
  }

  // The year a cell gives: a year or date read in it (from its first word on when
  // `from_start`). Cells are read here rather than taken from the index, which reads
  // values only in sentences a rule's words make live: a year cell holds none.
  std::optional<int> year_in(doc::TextRange cell, bool from_start) const {
    if (cell.empty()) return std::nullopt;
    const std::string_view words = text(cell);
    for (value::Type type : {value::Type::Year, value::Type::Date}) {
      for (const value::ValueMatch& m : value::scan_values(type, words, context_)) {
        if (from_start && m.begin > 0) break;
        if (!std::isfinite(m.value.lo)) continue;
        return value::named_year(m.value).value_or(value::civil_from_days(static_cast<long>(std::floor(m.value.lo))).year);
      }
    }
    return std::nullopt;
  }

  std::string_view text(doc::TextRange range) const {
    return std::string_view(document_.normalized).substr(range.begin, range.end - range.begin);
  }

  // The unit a header gives its cells, as a range of the normalized text (empty
  // when none): the cue's header cell first, then the column's other header cells.
  doc::TextRange unit_of(const std::vector<doc::TextRange>& headers, doc::TextRange first) const {
    auto unit_in = [&](doc::TextRange h) {
      const doc::TextRange unit = header_unit(text(h));
      return doc::TextRange{h.begin + unit.begin, h.begin + unit.end};
    };
    if (doc::TextRange unit = unit_in(first); !unit.empty()) return unit;
    for (doc::TextRange h : headers) {
      if (doc::TextRange unit = unit_in(h); !unit.empty()) return unit;
    }
    return {};
  }

  // The unit a title gives, its closing colon aside ("Weed cover by bay (%):").
  doc::TextRange title_unit(doc::TextRange title) const {
    while (title.end > title.begin &&
           (document_.normalized[title.end - 1] == ':' || document_.normalized[title.end - 1] == ' ')) {
      --title.end;
    }
    return unit_of({}, title);
  }

  // The phrase a cell was read as, in the document's own letters: "USD 5.0 billion"
  // where the normalized text read "usd 5.0 billion", as a statement in prose shows
  // what was written.
  std::string shown_phrase(const std::vector<PhrasePiece>& phrase, doc::TextRange cell, doc::TextRange unit) const {
    std::string out;
    for (const PhrasePiece& p : phrase) {
      const std::size_t base = p.from_unit ? unit.begin : cell.begin;
      if (p.space_before && !out.empty()) out += ' ';
      out += document_.sentence_text({base + p.begin, base + p.end});
    }
    return out;
  }

  // Token ranges of the caption and the sentences before the table, nearest first.
  std::vector<TokenMatch> surroundings(const doc::Table& table) const {
    std::vector<TokenMatch> out;
    if (!table.caption.empty()) out.push_back(tokens_in(index_, table.caption));
    const auto& sentences = document_.sentences;
    auto after = std::lower_bound(sentences.begin(), sentences.end(), table.begin,
                                  [](const doc::Sentence& s, std::size_t at) { return s.end <= at; });
    int s = static_cast<int>(after - sentences.begin()) - 1;
    for (int k = 0; k < lang::kContextSentences && s >= 0; ++k, --s) {
      if (static_cast<std::size_t>(s) < index_.sentence_tokens.size()) {
        out.push_back({index_.sentence_tokens[s].first, index_.sentence_tokens[s].second});
      }
      // The table's heading opens its section: what the section before it named is
      // not the table's subject, as for a sentence's context (docs/rules.md "Facts in
      // tables": a table under "## Five years at a glance" after a section on another
      // line is the report's).
      if (is_heading(document_, s)) {
        --s;
        break;
      }
    }
    // Then the document's first sentence, its title in most pages: a table far down
    // an annual report is about what the report is about.
    if (s >= 0 && !index_.sentence_tokens.empty()) {
      out.push_back({index_.sentence_tokens[0].first, index_.sentence_tokens[0].second});
    }
    return out;
  }

  // What the text around a table says of all of it (docs/rules.md "Facts in tables"):
  // its caption, the sentence directly before it, its heading; nearest first.
  struct Title {
    doc::TextRange range;
    const char* source;  // the year's scope_source
    bool caption = false;  // an HTML <caption>, whose year is read as a header's
  };

  std::vector<Title> titles_of(const doc::Table& table) const {
    std::vector<Title> out;
    if (!table.caption.empty()) out.push_back({table.caption, "table caption", true});
    if (!table.lead.empty()) {
      // The lead's last sentence: a caption line, or the lead-in of a paragraph; what
      // the paragraph said before it is prose about other things.
      doc::TextRange last = table.lead;
      const auto& sentences = document_.sentences;
      auto after = std::lower_bound(sentences.begin(), sentences.end(), table.lead.end,
                                    [](const doc::Sentence& s, std::size_t at) { return s.end < at; });
      if (after != sentences.end() && after->begin < table.lead.end) last.begin = std::max(last.begin, after->begin);
      // A sentence of prose (a full stop: "The line opened in 2015.") is no caption;
      // "Table 2: Hard coral cover, per cent" and "Cargo by year:" are.
      while (last.end > last.begin && document_.normalized[last.end - 1] == ' ') --last.end;
      const char end = last.empty() ? '.' : document_.normalized[last.end - 1];
      if (end != '.' && end != '!' && end != '?' && !labels_a_figure(text(last))) out.push_back({last, "table caption"});
    }
    // A heading that opens the document is its title, which dates its tables by its
    // own rule ("the title's year").
    const bool title = !document_.sentences.empty() && table.heading.begin <= document_.sentences.front().begin;
    if (!table.heading.empty() && !title) out.push_back({table.heading, "table heading"});
    return out;
  }

  // Whether a column's header cells say no more than when and in what unit ("2022",
  // "FY2023", "(%)", none at all): a column of the table's measure, which its title
  // names.
  bool bare_column(const std::vector<doc::TextRange>& headers) const {
    for (doc::TextRange h : headers) {
      std::string rest(text(h));
      const doc::TextRange unit = header_unit(rest);
      if (!unit.empty()) rest.replace(unit.begin, unit.end - unit.begin, std::string(unit.end - unit.begin, ' '));
      for (value::Type type : {value::Type::Year, value::Type::Date}) {
        for (const value::ValueMatch& m : value::scan_values(type, rest, context_)) {
          rest.replace(m.begin, m.end - m.begin, std::string(m.end - m.begin, ' '));
        }
      }
      if (std::none_of(rest.begin(), rest.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) {
        continue;
      }
      // Words left may be the unit itself ("Per cent", "km").
      std::string_view words = rest;
      const std::size_t b = words.find_first_not_of(" ()");
      words = b == std::string_view::npos ? std::string_view() : words.substr(b);
      while (!words.empty() && (words.back() == ' ' || words.back() == ')' || words.back() == '(')) words.remove_suffix(1);
      const std::optional<CellReading> read = read_cell(type_, "1", words, context_);
      if (!read || std::none_of(read->phrase.begin(), read->phrase.end(), [](const PhrasePiece& p) { return p.from_unit; })) {
        return false;
      }
    }
    return true;
  }

  // Whether a column's header cells all name a place in a ranking, and nothing more:
  // "Rank", "Pos.", "Position", "Place", "#" (docs/rules.md "Facts in tables"). "No."
  // is not one: it numbers rows in lists that rank nothing.
  bool place_column(const std::vector<doc::TextRange>& headers) const {
    static constexpr std::string_view kPlaces[] = {"rank", "ranking", "rk", "pos", "position", "place", "pl", "#"};
    if (headers.empty()) return false;
    for (doc::TextRange h : headers) {
      std::string_view words = text(h);
      while (!words.empty() && (words.back() == ' ' || words.back() == '.')) words.remove_suffix(1);
      while (!words.empty() && words.front() == ' ') words.remove_prefix(1);
      if (std::find(std::begin(kPlaces), std::end(kPlaces), words) == std::end(kPlaces)) return false;
    }
    return true;
  }

  // The cue the table's titles give its bare columns: the nearest title holding one,
  // none when a title holds a veto word ("## Forecast", "Targets for 2030").
  std::optional<HeaderCue> title_cue(const std::vector<Title>& titles) {
    std::optional<HeaderCue> found;
    for (const Title& title : titles) {
      if (vetoed(title.range)) return std::nullopt;
      if (!found) found = cue_in(title.range);
    }
    return found;
  }

  // A year the table's lead and heading give (the caption's is read before them, as
  // a header's is): the nearest naming exactly one, none when a title holds a veto
  // word (a heading "2030 targets" dates plans).
  std::optional<Title> title_year(const std::vector<Title>& titles, int& year) {
    for (const Title& title : titles) {
      if (vetoed(title.range)) return std::nullopt;
    }
    for (const Title& title : titles) {
      if (title.caption) continue;
      if (const int y = one_named_year({text(title.range)}); y != 0) {
        year = y;
        return title;
      }
    }
    return std::nullopt;
  }

  void read_table(int t, std::vector<TableMatch>& out) {
    const doc::Table& table = document_.tables[static_cast<std::size_t>(t)];
    std::size_t columns = 0;
    for (const doc::TableRow& row : table.rows) columns = std::max(columns, row.cells.size());
    std::vector<std::vector<doc::TextRange>> headers(columns);  // per column, its header cells
    for (const doc::TableRow& row : table.rows) {
      if (!row.header) continue;
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        if (!row.cells[c].empty()) headers[c].push_back(row.cells[c]);
      }
    }
    std::vector<std::optional<HeaderCue>> column_cue(columns);
    std::vector<char> column_vetoed(columns, 0);
    for (std::size_t c = 0; c < columns; ++c) {
      for (doc::TextRange h : headers[c]) {
        if (!column_cue[c]) column_cue[c] = cue_in(h);
        column_vetoed[c] = column_vetoed[c] || vetoed(h);
      }
    }
    // A column of the years something happened ("Opened", "Year founded") dates the
    // row's thing, not its figures: "| Green Line | 1994 | 14.2 |" under "Passengers
    // in 2023" is 2023's figure (a newcomer's report).
    std::vector<char> column_of_events(columns, 0);
    for (std::size_t c = 0; c < columns; ++c) {
      for (doc::TextRange h : headers[c]) column_of_events[c] = column_of_events[c] || names_an_event(text(h));
    }
    const bool any_column_cue =
        std::any_of(column_cue.begin(), column_cue.end(), [](const auto& c) { return c.has_value(); });
    if (!any_column_cue && columns < 2) return;  // no cue column, and no row to read across
    const std::vector<Title> titles = titles_of(table);
    // With no cue in its column headers, a table may take one from its titles ("## Coral
    // cover by region" over "| Region | 2021 | 2022 |"): for its columns headed by no
    // more than a year or a unit; a row header's own cue still comes first.
    std::optional<HeaderCue> titles_cue = any_column_cue ? std::nullopt : title_cue(titles);
    std::vector<char> title_column(columns, 0);
    if (titles_cue) {
      for (std::size_t c = 1; c < columns; ++c) title_column[c] = !column_vetoed[c] && bare_column(headers[c]);
      // A column of places ("| Rank |", "| Pos. |", "| # |"), often the first, holds
      // an ordinal fact's values when a title names the ranking ("## Final medal
      // table"): the header says what its numbers are, the title of what.
      for (std::size_t c = 0; type_ == value::Type::Ordinal && c < columns; ++c) {
        if (!column_vetoed[c] && place_column(headers[c])) title_column[c] = 1;
      }
    }
    // The corner cell's unit ("| (trillion yen) | FY2023 |") is the whole table's, for
    // cells whose own headers give none.
    const doc::TextRange corner_unit = column_cue[0] ? doc::TextRange{} : unit_of(headers[0], {});
    // A note in the paragraph above ("Figures in billions of yen, except employees.")
    // gives its unit to the cells that have none of their own, the rows it leaves out
    // aside.
    const UnitNote note = table.lead.empty() ? UnitNote{} : unit_note(text(table.lead));
    const doc::TextRange note_unit =
        note.unit.empty() ? doc::TextRange{}
                          : doc::TextRange{table.lead.begin + note.unit.begin, table.lead.begin + note.unit.end};
    // Read once per table, and only when a cell states the fact.
    std::optional<std::optional<int>> caption_year;
    std::optional<std::optional<Title>> titles_year;
    int titles_year_value = 0;
    std::optional<std::vector<TokenMatch>> around;
    std::optional<std::optional<HeaderCue>> measure_title;

    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      const doc::TableRow& row = table.rows[r];
      if (row.header || row.cells.empty()) continue;
      const doc::TextRange row_header = row.cells.front();
      // A transposed table names the fact in its first column, the years in its header row.
      std::optional<HeaderCue> row_cue = column_cue[0] ? std::nullopt : cue_in(row_header);
      if ((!any_column_cue && !row_cue && !titles_cue) || vetoed(row_header)) continue;
      const TokenMatch row_tokens{tokens_in(index_, row.cells.front()).begin,
                                  tokens_in(index_, row.cells.back()).end};
      // The row's year cell, looked for at most once per row: the first from the left,
      // outside cue columns (an empty cell when there is none).
      bool row_year_known = false;
      int row_year = 0;
      doc::TextRange row_year_cell;
      auto find_row_year = [&] {
        if (row_year_known) return;
        row_year_known = true;
        for (std::size_t k = 0; k < row.cells.size() && row_year_cell.empty(); ++k) {
          if (column_cue[k] || (k < columns && (column_of_events[k] || title_column[k]))) continue;
          if (auto year = year_in(row.cells[k], true)) {
            row_year = *year;
            row_year_cell = row.cells[k];
          }
        }
      };
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        const doc::TextRange cell = row.cells[c];
        if (cell.empty() || column_vetoed[c]) continue;
        const bool from_title = !column_cue[c] && !row_cue && c < columns && title_column[c];
        const HeaderCue* cue = column_cue[c]  ? &*column_cue[c]
                               : from_title   ? &*titles_cue
                               : c > 0 && row_cue ? &*row_cue
                                                  : nullptr;
        if (!cue) continue;
        const bool transposed = !column_cue[c] && !from_title;
        doc::TextRange unit = transposed ? unit_of({}, row_header)
                              : from_title ? unit_of(headers[c], {})
                                           : unit_of(headers[c], cue->cell);
        if (unit.empty()) unit = corner_unit;
        if (unit.empty() && from_title) unit = title_unit(cue->cell);  // "Table 2: Hard coral cover, per cent"
        if (unit.empty() && (note.except.empty() || text(row_header).find(note.except) == std::string_view::npos)) {
          unit = note_unit;
        }
        // A title that names the table's measure (holds one of the fact's cues) gives
        // its unit to cells whose headers, corner and note give none, whichever header
        // gave the cue: "## Annual clearing, 2012-2022 (km²)" over "| Year | Area
        // cleared |" (docs/rules.md "Facts in tables").
        if (unit.empty() && !from_title) {
          if (!measure_title) measure_title = title_cue(titles);
          if (*measure_title) unit = title_unit((*measure_title)->cell);
        }

        std::optional<CellReading> read = read_cell(type_, text(cell), text(unit), context_);
        if (!read) continue;
        read->value.text = shown_phrase(read->phrase, cell, unit);
        TableMatch m;
        m.cue = cue->cue;
        m.bindings = cue->bindings;
        m.reading = {cell.begin, cell.end, std::move(read->value)};
        m.cue_cell = cue->cell;
        m.from_title = from_title;
        m.cell = tokens_in(index_, cell);
        m.table = t;
        m.row = static_cast<int>(r);
        if (!transposed) find_row_year();
        if (!transposed && !row_year_cell.empty()) {
          m.year = row_year;
          m.year_cell = row_year_cell;
          m.year_source = "table row";
        } else {
          if (!caption_year) caption_year = year_in(table.caption, false);
          year_from_headers(m, headers[c], std::nullopt, {});
          // A key-figures row ("| Population, estimate | 8,258,035 | July 1, 2023 |")
          // dates its figure in its own cells when its column headers name no year:
          // its row header ("Adopted budget, fiscal 2025"), else its first other cell
          // that names a year, outside columns of events ("Opened"; docs/rules.md
          // "Facts in tables").
          if (transposed && !m.year) year_from_row(m, row, c, column_of_events);
          if (!m.year && c > 0) year_from_corner(m, headers[0]);
          if (!m.year) year_from_headers(m, {}, *caption_year, table.caption);
          if (!m.year) {
            if (!titles_year) titles_year = title_year(titles, titles_year_value);
            if (*titles_year) {
              m.year = titles_year_value;
              m.year_cell = (*titles_year)->range;
              m.year_source = (*titles_year)->source;
            }
          }
        }
        if (!around) around = surroundings(table);
        m.role_ranges.push_back(row_tokens);
        for (doc::TextRange h : headers[c]) m.role_ranges.push_back(tokens_in(index_, h));
        m.around_from = static_cast<int>(m.role_ranges.size());
        m.role_ranges.insert(m.role_ranges.end(), around->begin(), around->end());
        out.push_back(std::move(m));
      }
    }
  }

  // The year a transposed row gives its cell `c`: one named in its row header, else
  // in the first other cell of the row (left to right) that names one, outside columns
  // of events. A note cell that says what happened to the row's thing then ("opened
  // 2004", "declared 1975") dates no figure, as such a column does not.
  void year_from_row(TableMatch& m, const doc::TableRow& row, std::size_t c,
                     const std::vector<char>& column_of_events) const {
    for (std::size_t k = 0; k < row.cells.size(); ++k) {
      if (k == c || row.cells[k].empty() || (k < column_of_events.size() && column_of_events[k])) continue;
      const std::optional<int> year = k == 0 ? year_ending(row.cells[k]) : year_named_in(row.cells[k], true);
      if (year) {
        m.year = year;
        m.year_cell = row.cells[k];
        m.year_source = "table row";
        return;
      }
    }
  }

  // The year a row header names at its end, as the last word ("Adopted budget, fiscal
  // 2025") or opening a final parenthesis ("Passenger journeys (2017/18)", "Population
  // (2020 census)"). A year inside the header's words is a name's ("Reef 2050 Plan
  // funding", "Vision 2030 grants") and dates no figure.
  std::optional<int> year_ending(doc::TextRange cell) const {
    std::string_view words = text(cell);
    while (!words.empty() && words.back() == ' ') words.remove_suffix(1);
    std::size_t from = words.rfind(' ');
    from = from == std::string_view::npos ? 0 : from + 1;
    if (!words.empty() && words.back() == ')') {
      const std::size_t open = words.rfind('(');
      if (open == std::string_view::npos) return std::nullopt;
      from = open + 1;
      words = words.substr(0, words.size() - 1);
    }
    const std::string_view tail = words.substr(from);
    // "Deaths since 1922": an open span names no year of the figure.
    std::string_view before = words.substr(0, from);
    while (!before.empty() && (before.back() == ' ' || before.back() == '(')) before.remove_suffix(1);
    const std::string_view last_word = before.substr(std::min(before.size(), before.rfind(' ') + 1));
    for (std::string_view bound : {"since", "from", "until", "till", "through", "after", "before", "by"}) {
      if (last_word == bound) return std::nullopt;
    }
    for (value::Type type : {value::Type::Year, value::Type::Date}) {
      for (const value::ValueMatch& m : value::scan_values(type, tail, context_)) {
        if (m.begin > 0) break;
        if (!std::isfinite(m.value.lo) || !std::isfinite(m.value.hi)) return std::nullopt;
        // The year must end the header or open its parenthesis: "(2020 census)" does.
        if (auto y = value::named_year(m.value)) return y;
        return std::nullopt;
      }
    }
    return std::nullopt;
  }

  // The first year or date named in a cell, as the year it names: a split year or a
  // span of years by the year it ends (a survey "2018-2022" gives 2022's figure). An
  // open span ("since 1922", "from 2019") names no year of the figure; with
  // `events`, neither does a year after a word saying what happened then.
  std::optional<int> year_named_in(doc::TextRange cell, bool events) const {
    const std::string_view words = text(cell);
    std::vector<value::ValueMatch> found;
    for (value::Type type : {value::Type::Year, value::Type::Date}) {
      for (value::ValueMatch& m : value::scan_values(type, words, context_)) found.push_back(std::move(m));
    }
    // The earliest reading first, the longer on a tie ("April 1, 2020" over "2020").
    std::stable_sort(found.begin(), found.end(), [](const value::ValueMatch& a, const value::ValueMatch& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    auto open = [](const value::ValueMatch& m) { return !std::isfinite(m.value.lo) || !std::isfinite(m.value.hi); };
    for (const value::ValueMatch& m : found) {
      const bool inside_open = std::any_of(found.begin(), found.end(), [&](const value::ValueMatch& o) {
        return open(o) && o.begin <= m.begin && m.end <= o.end;
      });
      if (open(m) || inside_open) continue;
      if (events && names_an_event(words.substr(0, m.begin))) return std::nullopt;
      if (auto y = value::named_year(m.value)) return y;
      return value::civil_from_days(static_cast<long>(std::floor(m.value.hi))).year;
    }
    return std::nullopt;
  }

  // The one year the corner cell (the first column's header) names, for the whole
  // table: "| key figure (31 December 2019) | value |" dates each row's figure, as a
  // column header's year dates its column's (docs/rules.md "Facts in tables"). Not a
  // span, several years, nor the year of an event ("Opened 1994").
  void year_from_corner(TableMatch& m, const std::vector<doc::TextRange>& corner) const {
    for (doc::TextRange h : corner) {
      if (names_an_event(text(h))) continue;
      if (const int year = one_named_year({text(h)}); year != 0) {
        m.year = year;
        m.year_cell = h;
        m.year_source = "table header";
        return;
      }
    }
  }

  // A year in the column's header cells, else in the caption.
  void year_from_headers(TableMatch& m, const std::vector<doc::TextRange>& headers, std::optional<int> caption_year,
                         doc::TextRange caption) const {
    for (doc::TextRange h : headers) {
      if (auto year = year_in(h, false)) {
        m.year = year;
        m.year_cell = h;
        m.year_source = "table header";
        return;
      }
    }
    if (caption_year) {
      m.year = caption_year;
      m.year_cell = caption;
      m.year_source = "table caption";
    }
  }

  const std::vector<CompiledPattern>& cues_;
  const std::vector<CompiledPattern>& vetoes_;
  const doc::Document& document_;
  const DocumentIndex& index_;
  NfaRunner& runner_;
  MatchStats& stats_;
  value::ParseContext context_;
  value::Type type_;
};

// Whether `text` writes a year: a run of exactly four digits ("17 february 1980").
bool writes_year(std::string_view text) {
  std::size_t run = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      ++run;
      continue;
    }
    if (run == 4) return true;
    run = 0;
  }
  return false;
}

// A place in a ranking written as a bare number: "3" in a "Rank" or "Pos." column. In
// prose "3" is no rank, but a cell under a header that holds an ordinal fact's cue
// says what its numbers are. Only 1 to 999, without a leading zero: "03" is a code.
// "3" -> "3rd", read as prose reads it.
std::optional<std::string> bare_place(std::string_view text) {
  if (text.empty() || text.size() > 3 || text[0] == '0') return std::nullopt;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  const int n = std::stoi(std::string(text));
  const int tens = n % 100;
  const char* suffix = (tens >= 11 && tens <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
  return std::string(text) + suffix;
}

// The reading of `type` that spans all of `text`, or nullopt. A `year` cell may give
// its year as a whole date that writes it ("17 February 1980" under "First winter
// ascent"), as prose does, and an `ordinal` cell its place as a bare number
// (docs/rules.md "Facts in tables").
std::optional<value::Value> whole_reading(value::Type type, std::string_view text, const value::ParseContext& context) {
  if (type == value::Type::Ordinal) {
    if (const std::optional<std::string> place = bare_place(text)) return whole_reading(type, *place, context);
  }
  for (value::ValueMatch& m : value::scan_values(type, text, context)) {
    if (m.begin == 0 && m.end == text.size()) return std::move(m.value);
    if (m.begin > 0) break;
  }
  if (type == value::Type::Year && writes_year(text)) {
    for (value::ValueMatch& m : value::scan_values(value::Type::Date, text, context)) {
      if (m.begin != 0 || m.end != text.size() || !std::isfinite(m.value.lo)) break;
      return value::year_value(value::civil_from_days(static_cast<long>(m.value.lo)).year, "");
    }
  }
  return std::nullopt;
}

// Where the note a key-figures cell adds to its value begins: at " (" ("8,848 m
// (29,029 ft)", "USD 15,000 (since September)") or at ", " before a word ("1980,
// Reinhold Messner"; not "1,200, 1,300", a list of figures). npos when none.
std::size_t note_start(std::string_view cell) {
  for (std::size_t i = 1; i + 2 < cell.size(); ++i) {
    if (cell[i] == ' ' && cell[i + 1] == '(') return i;
    const unsigned char next = static_cast<unsigned char>(cell[i + 2]);
    if (cell[i] == ',' && cell[i + 1] == ' ' && !(next >= '0' && next <= '9')) return i;
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<TableMatch> find_table_matches(const std::vector<CompiledPattern>& cues,
                                           const std::vector<CompiledPattern>& vetoes, const doc::Document& document,
                                           const DocumentIndex& index, NfaRunner& runner, MatchStats& stats) {
  std::vector<TableMatch> out;
  if (cues.empty() || document.tables.empty() || cues.front().forward.slots.empty() ||
      cues.front().forward.slots.back().entity) {
    return out;
  }
  TableReader(cues, vetoes, document, index, runner, stats).run(out);
  return out;
}

bool names_an_event(std::string_view header) {
  std::size_t i = 0;
  while (i < header.size()) {
    while (i < header.size() && !std::isalpha(static_cast<unsigned char>(header[i]))) ++i;
    std::size_t end = i;
    while (end < header.size() && std::isalpha(static_cast<unsigned char>(header[end]))) ++end;
    const std::string_view word = header.substr(i, end - i);
    // A participle says what happened to the row's thing then ("opened", "founded",
    // "completed"), unless it dates the figure itself ("Year ended 31 March", "recorded").
    static constexpr std::string_view kFigureTimes[] = {
        "ended", "recorded", "measured", "surveyed", "counted", "reported", "estimated", "updated", "published",
        "audited", "released", "collected", "observed", "compiled", "revised", "adjusted"};
    const bool figure_time = std::find(std::begin(kFigureTimes), std::end(kFigureTimes), word) != std::end(kFigureTimes);
    if (word == "built" || word == "born" || word == "begun" ||
        (word.size() > 4 && word.ends_with("ed") && !word.ends_with("eed") && !figure_time)) {
      return true;
    }
    i = end;
  }
  return false;
}

std::string leading_scale(std::string_view unit) {
  constexpr std::array<std::string_view, 13> kScales = {"thousand",  "million",  "billion",  "trillion", "mn",
                                                        "mln",       "bn",       "m",        "k",        "thousands",
                                                        "millions",  "billions", "trillions"};
  std::string_view word = unit.substr(0, std::min(unit.find(' '), unit.size()));
  if (word.ends_with(',')) word.remove_suffix(1);  // "millions, rounded"
  return std::find(kScales.begin(), kScales.end(), word) != kScales.end() ? std::string(word) : std::string();
}

namespace {

// Where the words that say how a unit is counted, not what it is, end in a header's
// parenthesis: "(current US$)", "(in US dollars)", "(nominal, US$)" and "(current
// prices, €bn)" give their cells US$ and €bn, as the World Bank and statistics
// offices head their columns. Only before a unit that follows them: "(current)" alone
// keeps its word, and "(constant 2015 US$)" is a price basis, never stripped.
std::size_t unit_qualifiers_end(std::string_view header, std::size_t begin, std::size_t end) {
  static constexpr std::string_view kQualifiers[] = {"in ", "current prices, ", "current prices ", "current ",
                                                     "nominal, ", "nominal "};
  while (begin < end && header[begin] == ' ') ++begin;
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view q : kQualifiers) {
      if (end - begin > q.size() && header.substr(begin, q.size()) == q) {
        begin += q.size();
        stripped = true;
        break;
      }
    }
  }
  return begin;
}

// A parenthesis of figures only ("(2015)", "(2018/19)", "(31.12.2019)") dates or
// numbers its column; it names no unit. Taken for one, it was glued to every cell:
// "412" under "Port (2015)" read 4122015.
bool figures_only(std::string_view text) {
  bool digit = false;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c != ' ' && c != ',' && c != '.' && c != '/' && c != '-') {
      return false;
    }
  }
  return digit;
}

// Whether the words before a unit in a header's parenthesis are a note on the figures
// (their source or scope: "PRODES", "census", "est."), not part of the unit: words
// only, none a unit, a scale or a price basis ("constant", "real": what the money is
// worth is part of what it measures).
bool is_source_note(std::string_view words) {
  if (words.empty()) return false;
  const bool plain = std::all_of(words.begin(), words.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ' || c == '.' || c == '-' || c == '&';
  });
  if (!plain || !leading_scale(words).empty() || names_a_measure(words)) return false;
  for (std::string_view basis : {"constant", "real", "ppp", "chained", "inflation"}) {
    const std::size_t at = words.find(basis);
    if (at != std::string_view::npos && (at == 0 || words[at - 1] == ' ')) return false;
  }
  return true;
}

}  // namespace

doc::TextRange header_unit(std::string_view header) {
  auto trim = [&](std::size_t b, std::size_t e) {
    while (b < e && header[b] == ' ') ++b;
    while (e > b && header[e - 1] == ' ') --e;
    return doc::TextRange{b, e};
  };
  std::size_t end = header.size();
  while (end > 0 && header[end - 1] == ' ') --end;
  if (end > 0 && header[end - 1] == ')') {
    std::size_t open = header.rfind('(', end - 1);
    if (open != std::string_view::npos) {
      const doc::TextRange unit = trim(unit_qualifiers_end(header, open + 1, end - 1), end - 1);
      return figures_only(header.substr(unit.begin, unit.end - unit.begin)) ? doc::TextRange{} : unit;
    }
  }
  const std::string_view head = header.substr(0, end);
  if (std::size_t in = head.rfind(" in "); in != std::string_view::npos) return trim(in + 4, end);
  if (std::size_t comma = head.rfind(", "); comma != std::string_view::npos) return trim(comma + 2, end);
  return {};
}

std::optional<CellReading> read_cell(value::Type type, std::string_view cell, std::string_view unit,
                                     const value::ParseContext& context) {
  using Phrase = std::vector<PhrasePiece>;
  const PhrasePiece whole_cell{false, 0, cell.size(), false};
  // A piece of the unit with its blanks moved out: a leading one becomes the space
  // before it, so each piece maps to text without blanks at its ends.
  auto unit_piece = [&](std::size_t b, std::size_t e, bool space_before) {
    while (b < e && unit[b] == ' ') {
      ++b;
      space_before = true;
    }
    while (e > b && unit[e - 1] == ' ') --e;
    return PhrasePiece{true, b, e, space_before};
  };
  auto with_space = [](PhrasePiece p) {
    p.space_before = true;
    return p;
  };
  std::vector<Phrase> tries;
  if (!unit.empty()) {
    const std::string u(unit);
    tries.push_back({whole_cell, unit_piece(0, u.size(), true)});  // "469.4 million tonnes"
    tries.push_back({whole_cell, unit_piece(0, u.size(), false)});
    // A currency goes before the figure: "€bn" -> "€12bn", "us$ billion" -> "us$12 billion".
    const std::size_t word_end = std::min(u.find(' '), u.size());
    std::size_t sign_end = std::string::npos;
    for (std::string_view sign : kCurrencySigns) {
      std::size_t at = u.substr(0, word_end).rfind(sign);
      if (at != std::string::npos) sign_end = std::max(sign_end == std::string::npos ? 0 : sign_end, at + sign.size());
    }
    if (sign_end != std::string::npos) {
      // Tried first: "2.40 £" reads too, but a report should quote "£2.40".
      tries.insert(tries.begin(), {unit_piece(0, sign_end, false), whole_cell, unit_piece(sign_end, u.size(), false)});
    }
    tries.push_back({unit_piece(0, word_end, false), with_space(whole_cell),
                     unit_piece(word_end, u.size(), false)});  // "usd bn" -> "usd 12 bn"
    // A note after a comma is no part of the unit: "(km, approx.)", "(millions,
    // rounded)" give "km" and "millions". Not a second unit or scale after the comma:
    // "(USD, millions)" is one unit in two words.
    if (const std::size_t comma = u.find(", "); comma != std::string::npos && comma > 0) {
      const std::string note = u.substr(comma + 2);
      const bool unit_words = std::any_of(note.begin(), note.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == '$' || static_cast<unsigned char>(c) >= 0x80;
      });
      bool scale_word = false;
      for (std::size_t b = 0; b < note.size();) {
        const std::size_t e = std::min(note.find(' ', b), note.size());
        scale_word = scale_word || !leading_scale(std::string_view(note).substr(b, e - b)).empty();
        b = e + 1;
      }
      if (!unit_words && !scale_word) tries.push_back({whole_cell, unit_piece(0, comma, true)});
      // And a note before it, the figures' source or scope: "(PRODES, km²)", "(census,
      // thousands)" give "km²" and "thousands". Not a price basis, which says what the
      // money is worth ("(constant prices, US$)"), and not when the part before the
      // comma is itself a unit or scale ("(USD, millions)" is read whole above).
      if (const std::size_t last = u.rfind(", "); last != std::string::npos && last + 2 < u.size()) {
        if (is_source_note(std::string_view(u).substr(0, last))) tries.push_back({whole_cell, unit_piece(last + 2, u.size(), true)});
      }
    }
    // "Billions of yen", "millions of dollars": the scale in the plural and "of" before
    // what it scales, read as "29,929.9 billion yen".
    const std::string scale = leading_scale(u);
    const bool scale_of = !scale.empty() && scale.back() == 's' && u.compare(scale.size(), 4, " of ") == 0;
    const std::size_t scaled_begin = scale.empty() ? 0 : scale_of ? scale.size() + 4 : scale.size();
    if (scale_of) {
      tries.push_back({whole_cell, unit_piece(0, scale.size() - 1, true), unit_piece(scaled_begin, u.size(), true)});
    }
    // A scale before a unit no reader knows: "million teu" still scales a count. Before
    // a unit of money or a measure ("billion yen", "million tonnes") it scales that
    // measure, never a count: a count read so would count yen.
    const bool counted = type == value::Type::Count || type == value::Type::Number;
    if (!scale.empty() && scale != u && !(counted && names_a_measure(std::string_view(u).substr(scaled_begin)))) {
      tries.push_back({whole_cell, unit_piece(0, scale_of ? scale.size() - 1 : scale.size(), true)});
    }
  }
  tries.push_back({whole_cell});
  for (Phrase& phrase : tries) {
    phrase.erase(std::remove_if(phrase.begin(), phrase.end(), [](const PhrasePiece& p) { return p.begin == p.end; }),
                 phrase.end());
    const std::string text = phrase_text(phrase, cell, unit);
    if (auto v = whole_reading(type, text, context)) {
      v->text = text;
      return CellReading{std::move(*v), std::move(phrase)};
    }
  }
  // A cell that does not read whole may be a value with a note after it: the value is
  // what comes before the note, read the same way.
  if (const std::size_t note = note_start(cell); note != std::string_view::npos) {
    return read_cell(type, cell.substr(0, note), unit, context);
  }
  return std::nullopt;
}

std::string phrase_text(const std::vector<PhrasePiece>& pieces, std::string_view cell, std::string_view unit) {
  std::string out;
  for (const PhrasePiece& p : pieces) {
    const std::string_view from = p.from_unit ? unit : cell;
    if (p.space_before && !out.empty()) out += ' ';
    out += from.substr(std::min(p.begin, from.size()), p.end - std::min(p.begin, p.end));
  }
  return out;
}

std::string row_text(const doc::Document& document, const doc::Table& table, int row) {
  const doc::TableRow* header = nullptr;
  // The last of the leading header rows names the columns most closely; looking no
  // further than them keeps a row's text independent of the table's length.
  for (std::size_t r = 0; r < table.rows.size() && table.rows[r].header; ++r) header = &table.rows[r];
  const doc::TableRow& cells = table.rows[static_cast<std::size_t>(row)];
  std::string out;
  doc::TextRange previous{};
  for (std::size_t c = 0; c < cells.cells.size(); ++c) {
    const doc::TextRange cell = cells.cells[c];
    if (cell.begin == previous.begin && cell.end == previous.end && c > 0) continue;  // a colspan's repeat
    previous = cell;
    std::string value = cell.empty() ? std::string() : document.sentence_text({cell.begin, cell.end});
    std::string name;
    if (header && c < header->cells.size() && !header->cells[c].empty()) {
      name = document.sentence_text({header->cells[c].begin, header->cells[c].end});
    }
    if (!out.empty()) out += "; ";
    out += name.empty() ? value : name + ": " + value;
  }
  return out;
}

}  // namespace factlint::match
