// The matcher: compiles every pattern once, then per document builds the token
// index, runs each pattern sentence by sentence, resolves overlaps and turns the
// kept matches into statements (see matcher.h for the order).
#include "match/matcher.h"
#include "match/matcher_impl.h"

#include "lang/clock_bounds.h"
#include "lang/value_bounds.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include <fmt/format.h>

#include "doc/limits.h"
#include "doc/sentence_at.h"
#include "doc/loader.h"
#include "doc/normalizer.h"
#include "match/definite_kind.h"
#include "value/early_year.h"
#include "source/ascii.h"
#include "match/document_index.h"
#include "match/attached_phrases.h"
#include "match/change_sign.h"
#include "match/conjoined_counts.h"
#include "match/respective_pairs.h"
#include "match/compared_mention.h"
#include "match/the_year.h"
#include "match/cue_finder.h"
#include "match/dimension.h"
#include "match/document_layout.h"
#include "match/document_title.h"
#include "match/entity_index.h"
#include "match/bracketed_conversion.h"
#include "match/lead_year.h"
#include "match/fact_key.h"
#include "match/headline_future.h"
#include "match/kind_reference.h"
#include "match/nfa_runner.h"
#include "match/pattern_compiler.h"
#include "match/inner_period.h"
#include "match/rank_order.h"
#include "match/sentence_subject.h"
#include "match/sorted_sentences.h"
#include "match/table_cues.h"
#include "match/until_clause.h"
#include "match/undated_years.h"
#include "match/year_list.h"
#include "match/value_holder.h"
#include "match/year_owner.h"
#include "match/after_publication.h"
#include "match/continued_year.h"
#include "match/scope_year.h"
#include "value/month_name.h"
#include "match/time_frame.h"
#include "match/token_range.h"
#include "value/named_year.h"
#include "match/vocabulary.h"
#include "match/written_case.h"
#include "source/diagnostic.h"
#include "value/misspelt_scale.h"
#include "value/per_unit.h"
#include "value/range_end.h"

namespace factlint::match {

namespace {

// Whether a table cell's cue cell (its row or column header) holds one of the fact's
// `negative` items and no word of a gain: "| Operating loss | EUR 293 million |" states a
// loss, as "an operating loss of EUR 293 million" does, while "| Operating profit (loss) |"
// says nothing of the sign (docs/rules.md "Negative values").
bool cue_cell_states_negative(const CompiledFact& fact, const DocumentIndex& index, const TableMatch& m) {
  if (fact.negatives.empty() || m.cue_cell.empty()) return false;
  const TokenMatch cell = tokens_in(index, m.cue_cell);
  if (cell.begin >= cell.end) return false;
  for (int t = cell.begin; t < cell.end; ++t) {
    const std::string_view w = index.token_text(t);
    if (w == "profit" || w == "profits" || w == "surplus" || w == "gain" || w == "gains" || w == "income" ||
        w == "earnings") {
      return false;
    }
  }
  NfaRunner runner;
  MatchStats stats;
  for (const CompiledPattern& negative : fact.negatives) {
    if (!runner.longest_matches(negative, index, cell.begin, cell.end, cell.begin, cell.end, stats).empty()) return true;
  }
  return false;
}

// The first token of the name that ends where a list joins the mention at token `t`
// (", ", " and ", ", and ", " or ", one plain word allowed before the mention: "and
// Seoul Incheon"); -1 when none does. The name before is a declared one, or up to
// three plain words right after a comparison ("behind Dubai, London Heathrow ...", with
// Dubai undeclared). A "," joins only a name the list goes on from (`next`: ",", "and",
// "or"): "behind MSC, Maersk is second" lists nothing.
int listed_name_before(const DocumentIndex& index, int t, std::string_view next) {
  auto joiner = [&](int i) {
    const std::string_view w = index.token_text(i);
    return w == "," || w == "and" || w == "or";
  };
  auto plain = [&](int i) {
    const std::string_view w = index.token_text(i);
    return !w.empty() && w != "and" && w != "or" && !clause_verb(w) &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  int at = t;
  if (at > 0 && index.token_text(at - 1) == "the") --at;
  if (at > 1 && !joiner(at - 1) && joiner(at - 2)) {
    if (!plain(at - 1)) return -1;
    --at;  // a word that says where the name is: "Seoul Incheon"
  }
  if (at < 2 || !joiner(at - 1)) return -1;
  if (index.token_text(at - 1) == "," && next != "," && next != "and" && next != "or") return -1;
  int end = at - 1;
  if (index.token_text(end) != "," && index.token_text(end - 1) == ",") --end;
  if (end < 1) return -1;
  int begin = -1;
  for (const TokenEdge* e = index.entity_reverse.begin(end); e != index.entity_reverse.end(end); ++e) {
    if (begin < 0 || e->to < begin) begin = e->to;
  }
  if (begin >= 0) return begin;
  // An undeclared name right after the comparison word ("behind Dubai,"), no article
  // or list of its own between.
  static constexpr std::array<std::string_view, 6> kComparing = {"behind", "after", "than", "unlike", "trailing", "beating"};
  for (int p = end - 1; p >= 1 && p >= end - 3 && plain(p); --p) {
    const std::string_view w = index.token_text(p - 1);
    if (std::find(kComparing.begin(), kComparing.end(), w) != kComparing.end() &&
        match::compared_mention([&](int i) { return index.token_text(i); }, p)) {
      return p;
    }
  }
  return -1;
}

}  // namespace

// compared_mention.h over a document's tokens, with the word after the name there.
// A name listed after a compared one is compared too, the list's names joined by ","
// or "and": "fourth, behind Dubai, London Heathrow and Seoul Incheon" compares all three.
bool compared_mention(const DocumentIndex& index, int t) {
  constexpr int kLongestList = 8;
  for (int k = 0; k < kLongestList && t >= 0; ++k) {
    const int end = index.entity_forward.count(t) > 0 ? index.entity_forward.begin(t)->to : -1;
    const std::string_view next =
        end >= 0 && end < static_cast<int>(index.tokens.size()) ? index.token_text(end) : std::string_view();
    if (match::compared_mention([&](int i) { return index.token_text(i); }, t, next)) return true;
    const int before = listed_name_before(index, t, next);
    if (before < 0 || before >= t) return false;
    t = before;
  }
  return false;
}

namespace {

// While it lives, the index reads fact `f`'s value type through the fact's plausible
// values (DocumentIndex::narrowed, docs/rules.md "Plausible values").
class NarrowedTo {
 public:
  NarrowedTo(const DocumentIndex& index, int f) : index_(index), before_(index.narrowed) {
    const auto i = static_cast<std::size_t>(f);
    index.narrowed = i < index.narrowings.size() ? index.narrowings[i].get() : nullptr;
  }
  ~NarrowedTo() { index_.narrowed = before_; }
  NarrowedTo(const NarrowedTo&) = delete;
  NarrowedTo& operator=(const NarrowedTo&) = delete;

 private:
  const DocumentIndex& index_;
  const TypedReadings* before_;
};

// How far back in its own paragraph a time counted back ("The previous year, ...")
// finds the statement it counts from, as a paragraph's year reaches (six sentences).
constexpr int kCountedBackInParagraph = 6;

// The latest cue candidate of fact `f` among `before` whose value ends by token `limit`,
// in sentence `s`, up to kContextSentences before it, or further back in its paragraph
// up to kCountedBackInParagraph: the statement a time counted from it ("A year earlier
// the figure had been 1.98 million") counts from. Null when there is none.
const Candidate* statement_counted_from(const doc::Document& document, const std::vector<Candidate>& before, int f,
                                        int s, int limit) {
  // The first sentence of the paragraph of `s`, within reach.
  int paragraph_first = s;
  while (paragraph_first > 0 && paragraph_first > s - kCountedBackInParagraph &&
         !opens_paragraph(document, paragraph_first)) {
    --paragraph_first;
  }
  const int reach = std::min(s - lang::kContextSentences, paragraph_first);
  const Candidate* anchor = nullptr;
  for (const Candidate& c : before) {
    if (c.fact != f || !c.cue || c.sentence > s || c.sentence < reach) continue;
    if (c.bindings.empty() || !c.bindings.back().bound() || c.bindings.back().end > limit) continue;
    if (!anchor || c.sentence > anchor->sentence ||
        (c.sentence == anchor->sentence && c.bindings.back().begin > anchor->bindings.back().begin)) {
      anchor = &c;
    }
  }
  return anchor;
}

bool ranks_before(const Candidate& a, const Candidate& b) {
  if (a.priority != b.priority) return a.priority > b.priority;
  // Patterns say a fact word by word; a cue match is a looser reading and yields to them.
  if (a.cue != b.cue) return !a.cue;
  // A figure the writer compares with the cue's value and dates by it ("9.1 million
  // TEU, against 9.8 million TEU the year before") is read as that comparison first:
  // the cue word beside it would read it too, dated by the sentence, a year late.
  if (a.cue && (a.year_offset != 0) != (b.year_offset != 0)) return a.year_offset != 0;
  if (a.cue && a.distance != b.distance) return a.distance < b.distance;
  // Two facts' cues on one value: the one whose entities the sentence names reads it
  // ("M3 is 15.5 km long" is the line's length, not the network's taken from context;
  // a newcomer's report, session 9).
  if (a.cue && a.open_roles != b.open_roles) return a.open_roles < b.open_roles;
  int la = a.tokens.end - a.tokens.begin;
  int lb = b.tokens.end - b.tokens.begin;
  if (!a.cue && la != lb) return la > lb;
  if (a.fact != b.fact) return a.fact < b.fact;
  if (a.pattern != b.pattern) return a.pattern < b.pattern;
  return a.begin < b.begin;
}

// Byte ranges already taken, for the overlap test.
class TakenRanges {
 public:
  bool overlaps(std::size_t begin, std::size_t end) const {
    auto it = ranges_.upper_bound(begin);  // first range starting after begin
    if (it != ranges_.end() && it->first < end) return true;
    if (it != ranges_.begin() && std::prev(it)->second > begin) return true;
    return false;
  }
  void take(std::size_t begin, std::size_t end) { ranges_[begin] = end; }

 private:
  std::map<std::size_t, std::size_t> ranges_;
};

// Whether an entity role of `slots` is still unbound in `bindings`.
bool leaves_role_open(const std::vector<CaptureSlot>& slots, const std::vector<Binding>& bindings) {
  for (std::size_t i = 0; i + 1 < slots.size() && i < bindings.size(); ++i) {
    if (slots[i].entity && !bindings[i].bound()) return true;
  }
  return false;
}

// The sentences up to kContextSentences after a cue sentence that hold no cue of
// their own (those were read as cue sentences), ascending, each once. A paragraph
// is where a writer changes subject: continuing stops at its end.
std::vector<int> continued_sentences(const doc::Document& document, const std::vector<int>& cue_sentences,
                                     int sentence_count) {
  std::vector<int> out;
  for (int s : cue_sentences) {
    for (int t = s + 1; t <= s + lang::kContextSentences && t < sentence_count; ++t) {
      if (opens_paragraph(document, t)) break;
      if (!std::binary_search(cue_sentences.begin(), cue_sentences.end(), t)) out.push_back(t);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The one year the dates a duration was read from lie in (duration_between keeps their
// text): "from march to september 2021" is 2021; none for a span across years.
std::optional<int> span_year(const value::Value& duration) {
  const std::string text = doc::normalize(duration.text).text;  // as the document writes it
  auto span = value::first_value(value::Type::Date, text, {});
  if (!span || span->value.text != text) return std::nullopt;
  return value::named_year(span->value);
}

}  // namespace

std::vector<int> Matcher::Impl::candidate_sentences(const Program& program, const DocumentIndex& index,
                                                   int window, MatchStats& stats) const {
  const int count = static_cast<int>(index.sentence_tokens.size());
  std::vector<int> out;
  if (program.anchors.empty()) {
    out.resize(static_cast<std::size_t>(count));
    for (int s = 0; s < count; ++s) out[static_cast<std::size_t>(s)] = s;
    return out;
  }
  // Most patterns are of facts the document never mentions: a clause none of whose
  // words it holds ends them before a sentence list is built and sorted (issue 10:
  // with 1,000 facts that was a fifth of the run, growing with the rules).
  for (const std::vector<int>& clause : program.anchors) {
    if (std::none_of(clause.begin(), clause.end(), [&](int id) { return index.holds_anywhere(id); })) return out;
  }
  // A match starting in sentence s may read its words up to `window` sentences later:
  // s qualifies when, for every clause, one of s .. s + window holds one of its ids.
  // The index's own lists, narrowed in place: no list is copied (match/sorted_sentences.h).
  bool first = true;
  std::vector<int> merged;
  std::vector<int> starts;
  for (const std::vector<int>& clause : program.anchors) {
    std::span<const int> holding = index.sentences_holding(clause, merged);
    ++stats.sentence_lists;
    if (window > 0) {
      starts.clear();
      for (int h : holding) {
        for (int s = std::max(0, h - window); s <= h; ++s) starts.push_back(s);
      }
      std::sort(starts.begin(), starts.end());
      starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
      holding = starts;
    }
    if (first) {
      out.assign(holding.begin(), holding.end());
      first = false;
    } else {
      keep_common(out, holding);
    }
    if (out.empty()) break;
  }
  return out;
}

std::vector<Candidate> Matcher::Impl::candidates(const doc::Document& document, const DocumentIndex& index,
                                                 NfaRunner& runner, MatchStats& stats) const {
  std::vector<Candidate> out;
  const auto& sentences = index.sentence_tokens;
  const int sentence_count = static_cast<int>(sentences.size());
  for (int f = 0; f < static_cast<int>(facts.size()); ++f) {
    const NarrowedTo narrowed(index, f);
    const lang::FactDecl& fact = *facts[f].fact;
    const int window = std::max(0, fact.window);
    for (int p = 0; p < static_cast<int>(facts[f].patterns.size()); ++p) {
      const CompiledPattern& pattern = facts[f].patterns[p];
      for (int s : candidate_sentences(pattern.forward, index, window, stats)) {
        const auto [first, last] = sentences[s];
        if (first >= last) continue;
        // `window` is bounded by the rule checks; the subtraction keeps the index in range anyway.
        const int hi = sentences[s + std::min(window, sentence_count - 1 - s)].second;
        for (TokenMatch m : runner.longest_matches(pattern, index, first, hi, first, last, stats)) {
          Candidate c;
          c.fact = f;
          c.pattern = p;
          c.fixes = true;
          c.priority = fact.priority;
          c.tokens = m;
          c.begin = index.tokens[m.begin].begin;
          c.end = index.tokens[m.end - 1].end;
          c.sentence = s;
          c.clause = {first, last};
          // A vetoed match states nothing; a shorter one from its start may, when it
          // spans fewer sentences (`window`) than the veto word's.
          if (pattern_veto(f, p, index, s, m, runner, stats)) {
            std::optional<Candidate> shorter = shorter_candidate(c, index, runner, stats);
            if (!shorter) continue;
            c = *shorter;
          }
          out.push_back(c);
        }
      }
    }
    if (!facts[f].cues.empty()) {
      // The sentences a cue may match in, worked out once for both readers of cues.
      const std::vector<int> cue_sentences = cue_candidate_sentences(f, index, stats);
      cue_candidates(f, document, index, cue_sentences, runner, stats, out);
      if (facts[f].reads_modifiers) modifier_candidates(f, index, runner, stats, out);
      heading_label_candidates(f, document, index, cue_sentences, runner, stats, out);
      table_candidates(f, document, index, runner, stats, out);
    }
  }
  return out;
}

void Matcher::Impl::table_candidates(int f, const doc::Document& document, const DocumentIndex& index,
                                     NfaRunner& runner, MatchStats& stats, std::vector<Candidate>& out) const {
  if (document.tables.empty()) return;
  const CompiledFact& compiled = facts[f];
  for (TableMatch& m : find_table_matches(compiled.cues, compiled.vetoes, document, index, runner, stats)) {
    if (m.cell.begin >= m.cell.end) continue;
    if (!compiled.fact->values.admits(m.reading.value)) continue;  // outside its plausible values
    if (!in_currencies(*compiled.fact, document, m.reading.value)) continue;  // in a currency it leaves out
    std::vector<Binding> bindings = m.bindings;
    bindings.back() = Binding{m.cell.begin, m.cell.end, 0};  // the cell; its reading is the table match's
    if (m.from_title && !m.role_ranges.empty()) {
      // A cue the table's titles give names its measure, not which row is whose: a row
      // must name its thing ("| Northern region | 31 | 28 |"), or rows of other
      // measures ("Net income" under "## Operating income") would all take the topic.
      const auto open = [&] {
        return std::count_if(bindings.begin(), bindings.end() - 1, [](const Binding& b) { return !b.bound(); });
      };
      const auto before = open();
      fill_entity_roles(f, index, m.cell, m.role_ranges.front(), false, bindings);
      if (before > 0 && open() == before && !bind_header_named_row(f, document, index, m, bindings)) continue;
    }
    // Around the table, an ignored entity of another kind than a role's is no last
    // resort: "Projects: Quill, Inkwell" above a finance table names what the
    // organization runs, not whose the figures are; the roles go on to the title and
    // the topic (docs/rules.md "Facts in tables"; a blind writer's report).
    const std::vector<CaptureSlot>& slots = compiled.slots;
    for (std::size_t k = 0; k < m.role_ranges.size(); ++k) {
      if (static_cast<int>(k) < m.around_from) {
        fill_entity_roles(f, index, m.cell, m.role_ranges[k], false, bindings);
        if (k == 0) bind_header_named_row(f, document, index, m, bindings);
        continue;
      }
      std::vector<Binding> trial = bindings;
      fill_entity_roles(f, index, m.cell, m.role_ranges[k], false, trial);
      for (std::size_t i = 0; i + 1 < slots.size(); ++i) {
        if (bindings[i].bound() || !trial[i].bound()) continue;
        const lang::EntityDecl& e = rules.entities[static_cast<std::size_t>(trial[i].payload)];
        const bool other_kind = !slots[i].kind_fits.empty() &&
                                !slots[i].kind_fits[static_cast<std::size_t>(trial[i].payload)] && !e.kind.empty();
        if (!(e.ignored && other_kind)) bindings[i] = trial[i];
      }
    }
    Candidate c;
    c.fact = f;
    c.pattern = static_cast<int>(compiled.patterns.size()) + m.cue;
    c.fixes = true;
    c.priority = compiled.fact->priority;
    c.tokens = m.cell;
    c.begin = m.reading.begin;
    c.end = m.reading.end;
    c.sentence = std::max(0, doc::sentence_at(document.sentences, c.begin));
    c.clause = m.cell;
    c.cue = true;
    c.bindings = std::move(bindings);
    c.table = std::make_shared<const TableMatch>(std::move(m));
    out.push_back(std::move(c));
  }
}

std::vector<int> Matcher::Impl::cue_candidate_sentences(int f, const DocumentIndex& index, MatchStats& stats) const {
  // A sentence may hold any of the cues: the union of the sentences each may match in.
  std::vector<int> where;
  for (const CompiledPattern& cue : facts[f].cues) {
    std::vector<int> these = candidate_sentences(cue.forward, index, 0, stats);
    where.insert(where.end(), these.begin(), these.end());
  }
  std::sort(where.begin(), where.end());
  where.erase(std::unique(where.begin(), where.end()), where.end());
  return where;
}

void Matcher::Impl::cue_candidates(int f, const doc::Document& document, const DocumentIndex& index,
                                   const std::vector<int>& where, NfaRunner& runner, MatchStats& stats,
                                   std::vector<Candidate>& out) const {
  const CompiledFact& compiled = facts[f];
  const TypedReadings* years = index.readings_of(value::Type::Year);
  const auto& sentences = index.sentence_tokens;
  std::vector<int> cue_sentences;
  std::vector<int> questions;  // cue sentences without a value: the next may give it
  std::vector<char> capital_openings;  // match/sentence_subject.h, when a sentence may answer
  for (int s : where) {
    const auto [first, last] = sentences[s];
    bool cue_seen = false;
    std::vector<CueMatch> matches = find_cue_matches(compiled.cues, compiled.vetoes, index, cue_vocabulary, years,
                                                     counted_ordinals(f, index), compiled.about, first, last,
                                                     runner, stats, &cue_seen);
    // A question asserts nothing ("How many locks does it have?" read "many" locks; "Is
    // it 80 km long?"): its figure is none, and the next sentence may answer it.
    if (!matches.empty() && is_question(index, first, last)) matches.clear();
    if (!matches.empty()) {
      // "The programme cost $5.4 billion" after "an expansion programme" under `unless
      // expansion`: the thing the subject named before was vetoed, and so is its figure.
      int earliest = first;
      for (int back = s; back > 0 && back > s - lang::kContextSentences && !opens_paragraph(document, back); --back) {
        earliest = sentences[static_cast<std::size_t>(back - 1)].first;
      }
      if (const int subject_end =
              vetoed_antecedent(compiled.cues, compiled.vetoes, compiled.about.kinds, index, earliest, first, last,
                                runner, stats);
          subject_end >= 0) {
        std::erase_if(matches, [&](const CueMatch& m) { return m.cue_tokens.begin >= subject_end; });
      }
    }
    if (matches.empty() && cue_seen && compiled.slots.back().type == value::Type::Year && !compiled.slots.back().entity) {
      if (auto label = entry_label_year(document, index, s)) {
        if (auto m = find_label_year_match(compiled.cues, compiled.vetoes, index, cue_vocabulary, *label, first, last,
                                           runner, stats)) {
          matches.push_back(std::move(*m));
        }
      }
    }
    for (CueMatch& m : matches) {
      fill_entity_roles(f, index, m.cue_tokens, m.clause, true, m.bindings);
      if (new_things_figure(f, index, m) || compared_things_figure(index, m)) continue;
      // Past the cue's clause, an ignored entity of another kind is no last resort:
      // "..., and the crew is cut to two" is not the first clause's ignored name's.
      fill_entity_roles(f, index, m.cue_tokens, {first, last}, false, m.bindings, false);
      name_fixed_entities(f, index, static_cast<int>(compiled.patterns.size()) + m.cue, {first, last}, m.bindings);
      const TokenMatch clause = m.clause;
      Candidate c = cue_candidate(f, index, s, std::move(m));
      date_from_statement_before(f, document, index, s, clause, out, c);
      out.push_back(std::move(c));
    }
    if (cue_seen) cue_sentences.push_back(s);
    if (cue_seen && matches.empty()) questions.push_back(s);
  }
  // "How much freight does the Rhine carry? It was about 163 million tonnes last year."
  for (int s : questions) {
    if (s + 1 >= static_cast<int>(sentences.size()) ||
        std::binary_search(cue_sentences.begin(), cue_sentences.end(), s + 1) || is_heading(document, s + 1)) {
      continue;
    }
    // A statement's answer stands in its paragraph; a question's may open the next.
    const bool asked = is_question(index, sentences[s].first, sentences[s].second);
    if (opens_paragraph(document, s + 1) && !asked) continue;
    // "Norway came first in 2024.": a sentence about a thing the rules do not know, or
    // (after a statement, where nothing asked for the figure) that may be.
    if (static_cast<std::size_t>(s + 1) < index.subjects.size() &&
        index.subjects[static_cast<std::size_t>(s + 1)] == kForeignSubject) {
      continue;
    }
    if (!asked && capital_openings.empty()) capital_openings = capitalized_openings(document, index);
    if (!asked && capital_openings[static_cast<std::size_t>(s + 1)]) continue;
    const auto [first, last] = sentences[s + 1];
    if (auto m = find_answer_match(compiled.cues, compiled.vetoes, compiled.slots, index, cue_vocabulary, years,
                                   sentences[s].first, sentences[s].second, first, last, runner, stats)) {
      // Its roles are named before the answer, or in the sentence that asked: "1st (K2,
      // 8,611 m, is 2nd)" after "Rank among the world's mountains" is no rank of K2.
      fill_entity_roles(f, index, m->cue_tokens, {first, m->cue_tokens.begin}, false, m->bindings);
      out.push_back(cue_candidate(f, index, s + 1, std::move(*m)));
      if (asked) out.back().asked_in = s;
    }
  }
  // A continued sentence [first, last) of sentence s, or a cue sentence's clause after
  // ';' that counts back ("...; the figure two years earlier was 381").
  auto continue_in = [&](int s, int first, int last, bool counting_back_only) {
    for (CueMatch& m : find_continued_matches(compiled.vetoes, compiled.slots, index, cue_vocabulary, first, last,
                                              runner, stats, counting_back_only)) {
      // "A year earlier the figure had been 1.98 million": dated from the statement it
      // continues, the latest one before it. Without one, or for a fact with no year
      // scope (it would conflict with the figure it was before), nothing.
      if ((m.years_back != 0 || m.figure_for_year) && compiled.fact->scope != "year") continue;
      const Candidate* anchor = m.years_back != 0 ? statement_counted_from(document, out, f, s, first) : nullptr;
      if (m.years_back != 0 && !anchor) continue;
      if (another_conjuncts_value(f, index, m.bindings)) continue;
      fill_entity_roles(f, index, m.cue_tokens, {first, last}, false, m.bindings);
      Candidate c = cue_candidate(f, index, s, std::move(m));
      if (anchor) {
        c.compared_with = {anchor->bindings.back().begin, anchor->bindings.back().end};
        c.compared_sentence = anchor->sentence;
      }
      out.push_back(std::move(c));
    }
  };
  for (int s : cue_sentences) {
    const auto [first, last] = sentences[s];
    for (int t = first; t < last; ++t) {
      if (index.words[t] != cue_vocabulary.semicolon) continue;
      int end = t + 1;
      while (end < last && index.words[end] != cue_vocabulary.semicolon) ++end;
      continue_in(s, t + 1, end, true);
    }
  }
  for (int s : continued_sentences(document, cue_sentences, static_cast<int>(sentences.size()))) {
    const auto [first, last] = sentences[s];
    continue_in(s, first, last, false);
  }
}

void Matcher::Impl::modifier_candidates(int f, const DocumentIndex& index, NfaRunner& runner, MatchStats& stats,
                                        std::vector<Candidate>& out) const {
  const CompiledFact& compiled = facts[f];
  const auto& sentences = index.sentence_tokens;
  for (int s = 0; s < static_cast<int>(sentences.size()); ++s) {
    const auto [first, last] = sentences[static_cast<std::size_t>(s)];
    std::vector<CueMatch> matches =
        find_modifier_matches(compiled.vetoes, compiled.slots, compiled.about.kinds, compiled.about.dimensions, index,
                              cue_vocabulary, first, last, runner, stats);
    if (matches.empty() || is_question(index, first, last)) continue;
    for (CueMatch& m : matches) {
      // "the 38-kilometre tunnel" says "the tunnel": the one the noun can mean
      // (match/definite_kind.h) is the figure's thing.
      if (auto kind = entities_of_noun.find(index.token_text(m.cue_tokens.end - 1)); kind != entities_of_noun.end()) {
        const int e = meant_by_kind(index, kind->second,
                                    [&](int x) { return ignored_entities.count(rules.entities[x].name) > 0; });
        for (std::size_t i = 0; e >= 0 && i + 1 < compiled.slots.size(); ++i) {
          const CaptureSlot& slot = compiled.slots[i];
          if (!slot.entity || (!slot.entity_fits.empty() && !slot.entity_fits[static_cast<std::size_t>(e)])) continue;
          m.bindings[i] = Binding{m.cue_tokens.end - 1, m.cue_tokens.end, e};
          break;
        }
      }
      fill_entity_roles(f, index, m.cue_tokens, m.clause, true, m.bindings);
      if (new_things_figure(f, index, m) || compared_things_figure(index, m)) continue;
      fill_entity_roles(f, index, m.cue_tokens, {first, last}, false, m.bindings, false);
      out.push_back(cue_candidate(f, index, s, std::move(m)));
    }
  }
}

void Matcher::Impl::date_from_statement_before(int f, const doc::Document& document, const DocumentIndex& index,
                                               int sentence, TokenMatch clause,
                                               const std::vector<Candidate>& before, Candidate& c) const {
  // "In 2022 the plant generated 78.8 TWh. A year earlier it had produced 103.6 TWh.":
  // a cue clause that opens with a time counted from the statement before is dated
  // from that statement (the latest one of the fact before it, in an earlier clause or
  // up to three sentences back), not
  // from its paragraph or the publication date. docs/rules.md "Cues", step 5.
  if (facts[f].fact->scope != "year" || c.year_offset != 0 || c.compared_with.begin >= 0) return;
  if (c.bindings.empty() || !c.bindings.back().bound()) return;
  const int shift = opening_year_shift(index, cue_vocabulary, clause.begin, clause.end);
  if (shift == 0) return;
  // A year of its own in the clause says when ("A year earlier, in 2021, ...").
  if (const TypedReadings* years = index.readings_of(value::Type::Year)) {
    const std::size_t from = index.tokens[static_cast<std::size_t>(clause.begin)].begin;
    const std::size_t to = index.tokens[static_cast<std::size_t>(clause.end - 1)].end;
    for (const value::ValueMatch& y : years->readings) {
      if (y.begin >= from && y.end <= to) return;
    }
  }
  // In its own sentence, only a statement before its clause ("...; two years earlier ...").
  const Candidate* anchor = statement_counted_from(document, before, f, sentence, clause.begin);
  if (!anchor) {
    c.unanchored_shift = shift;
    return;
  }
  c.year_offset = shift;
  c.compared_with = {anchor->bindings.back().begin, anchor->bindings.back().end};
  c.compared_sentence = anchor->sentence;
}

std::optional<value::ValueMatch> Matcher::Impl::added_counts(const doc::Document& document, const DocumentIndex& index,
                                                             const Candidate& c, const Binding& value) const {
  const TypedReadings* counts = index.readings_of(value::Type::Count);
  if (!counts || c.cue_tokens.begin < 0) return std::nullopt;
  auto capitalized = [&](int t) {
    const Token& token = index.tokens[static_cast<std::size_t>(t)];
    const std::string said = document.original_text(token.begin, token.end);
    return !said.empty() && said[0] >= 'A' && said[0] <= 'Z';
  };
  const std::optional<ConjoinedCounts> pair = conjoined_counts(index, *counts, value.begin, value.end, capitalized);
  if (!pair) return std::nullopt;
  // A cue inside what the two figures count apart counts one of them: the figure alone.
  if (c.cue_tokens.begin >= pair->begin && c.cue_tokens.end <= pair->parts_end) return std::nullopt;
  const value::ValueMatch& a = counts->readings[static_cast<std::size_t>(pair->first)];
  const value::ValueMatch& b = counts->readings[static_cast<std::size_t>(pair->second)];
  value::ValueMatch sum;
  sum.begin = a.begin;
  sum.end = index.tokens[static_cast<std::size_t>(pair->end - 1)].end;
  sum.value = a.value;
  sum.value.lo = sum.value.hi = a.value.lo + b.value.lo;
  sum.value.precision = std::max(a.value.precision, b.value.precision);
  const bool grouped = a.value.display.find(',') != std::string::npos || b.value.display.find(',') != std::string::npos ||
                       sum.value.lo >= 10000;
  std::string total = fmt::format("{}", static_cast<long long>(sum.value.lo));
  if (grouped) {
    for (int at = static_cast<int>(total.size()) - 3; at > 0; at -= 3) total.insert(static_cast<std::size_t>(at), ",");
  }
  sum.value.display = total + " (" + a.value.display + " + " + b.value.display + ")";
  return sum;
}

Candidate Matcher::Impl::cue_candidate(int f, const DocumentIndex& index, int sentence, CueMatch m) const {
  Candidate c;
  c.fact = f;
  c.pattern = static_cast<int>(facts[f].patterns.size()) + m.cue;
  c.priority = facts[f].fact->priority;
  c.tokens = m.cue_tokens;
  for (const Binding& b : m.bindings) {
    if (!b.bound()) continue;
    c.tokens.begin = std::min(c.tokens.begin, b.begin);
    c.tokens.end = std::max(c.tokens.end, b.end);
  }
  c.begin = index.tokens[c.tokens.begin].begin;
  c.end = index.tokens[c.tokens.end - 1].end;
  c.sentence = sentence;
  c.clause = m.clause;
  c.cue = true;
  c.distance = m.distance;
  c.from_ordinal = m.from_ordinal;
  c.bindings = std::move(m.bindings);
  const std::vector<CaptureSlot>& slots = facts[f].slots;
  c.fixes = !m.continued;
  for (std::size_t i = 0; i + 1 < slots.size() && i < c.bindings.size(); ++i) {
    // A role the cue fixes is named by the cue itself.
    const bool fixed = c.fixes && facts[f].fixed(c.pattern, i) >= 0;
    if (slots[i].entity && !c.bindings[i].bound() && !fixed) ++c.open_roles;
  }
  c.compared_with = m.compared_with;
  c.cue_tokens = m.cue_tokens;
  c.year_offset = m.year_offset != 0 ? m.year_offset : -m.years_back;
  return c;
}

bool Matcher::Impl::another_conjuncts_value(int f, const DocumentIndex& index,
                                            const std::vector<Binding>& bindings) const {
  const Binding& value = bindings.back();
  if (!value.bound() || value.begin < 2) return false;
  // An entity whose name ends right before the value, or before one or two linking
  // words ("and Corvo is third", "and Corvo ranked third": docs/rules.md "Cues"),
  // itself after "and" or a comma.
  auto linking = [&](int t) {
    const std::string_view w = index.token_text(t);
    return w == "is" || w == "was" || w == "are" || w == "were" || w == "ranks" || w == "ranked" || w == "came" ||
           w == "comes" || w == "placed" || w == "sits" || w == "stood" || w == "in";
  };
  int name_end = value.begin;
  for (int k = 0; k <= 2 && name_end >= 2; ++k) {
    if (k > 0) {
      if (!linking(name_end - 1)) break;
      --name_end;
    }
    if (conjunct_names_entity(f, index, bindings, name_end)) return true;
  }
  return false;
}

bool Matcher::Impl::conjunct_names_entity(int f, const DocumentIndex& index, const std::vector<Binding>& bindings,
                                          int name_end) const {
  const std::vector<CaptureSlot>& slots = facts[f].slots;
  for (const TokenEdge* e = index.entity_reverse.begin(name_end); e != index.entity_reverse.end(name_end); ++e) {
    const int begin = e->to;
    if (begin < 1 || compared_mention(index, begin)) continue;
    const std::string_view before = index.token_text(begin - 1);
    if (before != "and" && before != ",") continue;
    // Each entity the name names (one name may name things of different kinds).
    for (const TokenEdge* g = index.entity_forward.begin(begin); g != index.entity_forward.end(begin); ++g) {
      if (g->to != name_end) continue;
      const int entity = g->payload;
      for (std::size_t i = 0; i + 1 < slots.size(); ++i) {
        if (!slots[i].entity || (bindings[i].bound() && bindings[i].payload == entity)) continue;
        if (slots[i].entity_fits.empty() || slots[i].entity_fits[static_cast<std::size_t>(entity)]) return true;
      }
    }
  }
  return false;
}

bool Matcher::Impl::compared_things_figure(const DocumentIndex& index, const CueMatch& m) const {
  const Binding& value = m.bindings.back();
  if (!value.bound()) return false;
  const AttachedPhrase* p = phrase_holding(index.attached, value.begin, value.end);
  return p && p->compared;
}

bool Matcher::Impl::new_things_figure(int f, const DocumentIndex& index, const CueMatch& m) const {
  const CompiledFact& compiled = facts[f];
  return leaves_role_open(compiled.slots, m.bindings) && m.bindings.back().bound() &&
         held_by_another_thing(index, compiled.cues, compiled.about.kinds, m.clause.begin, m.bindings.back().begin);
}

std::optional<Statement> Matcher::Impl::statement(const doc::Document& document, const DocumentIndex& index,
                                                  const Candidate& candidate, const std::vector<Binding>& bindings,
                                                  std::vector<int>* listed) const {
  const lang::FactDecl& fact = *facts[candidate.fact].fact;
  const std::vector<CaptureSlot>& slots = facts[candidate.fact].slots;
  Statement st;
  st.fact = fact.name;
  std::vector<std::string> ids(fact.roles.size());
  std::set<std::string> seen;
  std::vector<std::size_t> from_context;  // unbound roles the fact resolves from context
  std::vector<std::size_t> fixed;         // unbound roles its pattern's or cue's `=>` gives
  const CompiledFact& compiled = facts[candidate.fact];
  for (std::size_t i = 0; i < fact.roles.size(); ++i) {
    const Binding& b = bindings[i];
    const int fix = candidate.fixes ? compiled.fixed(candidate.pattern, i) : -1;
    if (!b.bound() && fix >= 0) {
      // `cue trucks => service=LeShuttle_Freight`: no entity of the sentence took the
      // role, so the cue gives it, before the sentences before and the topic.
      ids[i] = rules.entities[static_cast<std::size_t>(fix)].name;
      if (!seen.insert(ids[i]).second) return std::nullopt;
      fixed.push_back(i);
      continue;
    }
    if (b.bound() && fix >= 0 && b.payload != fix && slots[i].entity && st.dropped_because.empty()) {
      // The sentence names another entity for it, and not the cue's: the writer's words
      // and the rule disagree. The statement takes its figure, and is dropped.
      const std::string written =
          document.original_text(index.tokens[b.begin].begin, index.tokens[b.end - 1].end);
      const std::string cue = candidate.fixes && candidate.cue_tokens.begin >= 0
                                  ? " '" + document.original_text(index.tokens[candidate.cue_tokens.begin].begin,
                                                                  index.tokens[candidate.cue_tokens.end - 1].end) + "'"
                                  : "";
      st.dropped_because = fmt::format("dropped: its {} is '{}' ({}), but its {}{} gives that role {} (`=> {}={}`)",
                                       fact.roles[i].name, written, rules.entities[b.payload].name,
                                       candidate.cue ? "cue" : "pattern", cue,
                                       rules.entities[static_cast<std::size_t>(fix)].name, fact.roles[i].name,
                                       rules.entities[static_cast<std::size_t>(fix)].name);
    }
    if (!b.bound()) {
      const auto& context = fact.context_roles;
      // Cue matches take any entity role they could not find in the sentence from the
      // context; patterns only the roles the fact lists in `resolve ... from context`.
      const bool resolvable =
          candidate.cue || std::find(context.begin(), context.end(), fact.roles[i].name) != context.end();
      if (!slots[i].entity || !resolvable) {
        return std::nullopt;
      }
      from_context.push_back(i);
      continue;
    }
    if (slots[i].entity) {
      ids[i] = rules.entities[b.payload].name;
    } else {
      ids[i] = index.readings_of(slots[i].type)->readings[b.payload].value.display;
    }
    if (!seen.insert(ids[i]).second) return std::nullopt;  // "China's China"
  }
  if (!from_context.empty()) {
    const ResolvedRoles found = roles_from_context(document, index, candidate, from_context, seen);
    if (found.empty()) return std::nullopt;  // nothing named before: never invent a key
    st.role_sources.resize(fact.roles.size());
    for (std::size_t k = 0; k < from_context.size(); ++k) {
      ids[from_context[k]] = found.names[k];
      st.role_sources[from_context[k]] = found.sources[k];
    }
  }
  if (!fixed.empty()) {
    st.role_sources.resize(fact.roles.size());
    const std::string words = candidate.fixes && candidate.cue_tokens.begin >= 0
                                  ? document.original_text(index.tokens[candidate.cue_tokens.begin].begin,
                                                           index.tokens[candidate.cue_tokens.end - 1].end)
                                  : "";
    for (std::size_t i : fixed) st.role_sources[i] = !candidate.cue ? "pattern" : words.empty() ? "cue" : "cue " + words;
  }
  for (std::size_t i = 0; i < fact.roles.size(); ++i) {
    st.roles.emplace_back(fact.roles[i].name, ids[i]);
    const Binding& b = bindings[i];
    st.role_texts.push_back(b.bound() ? document.original_text(index.tokens[b.begin].begin, index.tokens[b.end - 1].end)
                                      : std::string());
  }
  st.key = fact_key(fact, st.roles);

  const CaptureSlot& value_slot = slots.back();
  const Binding& vb = bindings.back();
  if (!vb.bound() || value_slot.entity) return std::nullopt;
  const value::ValueMatch& reading = value_reading(index, candidate, vb);
  // A count or sum of a year-scoped fact stated at a point inside the year ("at the end
  // of the first quarter", "as of June 30") is that point's, not the year's.
  if (candidate.cue && !candidate.table && fact.scope == "year" && !fact.plans &&
      (value_slot.type == value::Type::Count || value_slot.type == value::Type::Money) &&
      inner_period_of(index, candidate.clause, vb.begin, vb.end, index.readings_of(value_slot.type),
                      value_slot.type == value::Type::Money)) {
    return std::nullopt;
  }
  st.value = reading.value;
  if (candidate.from_ordinal && value_slot.type == value::Type::Count) st.value = value::ordinal_as_count(reading.value);
  if (!candidate.table && st.value.type == value::Type::Percent && st.value.lo >= 0 &&
      change_sign.states_fall(index, vb.begin, vb.end)) {
    // A fact whose values leave out every fall measures the fall itself: "the forest
    // has lost 17%" is 17% of a share lost (docs/rules.md "Derived values").
    value::Value fallen = value::negated(st.value);
    if (admitted(fact, document, fallen) || !admitted(fact, document, st.value)) {
      st.value = std::move(fallen);
    }
  }
  if (st.value.lo >= 0 && stated_negative(facts[candidate.fact], index, candidate, vb)) {
    st.value = value::negated(st.value);
  } else if (st.value.lo > 0 && st.value.type == value::Type::Money &&
             cue_states_negative(facts[candidate.fact], index, candidate, vb) &&
             fact.values.admits(value::negated(st.value))) {
    st.value = value::negated(st.value);
  } else if (candidate.table && st.value.lo > 0 && st.value.type == value::Type::Money &&
             cue_cell_states_negative(facts[candidate.fact], index, *candidate.table) &&
             fact.values.admits(value::negated(st.value))) {
    st.value = value::negated(st.value);
  }
  if (!candidate.table && st.value.lo > 0 && restates_a_negative(candidate, index, vb, st.value.type)) {
    // "a loss of 14.1 percent, or NOK 1.64 trillion"; as for a fall, not where the
    // fact's values leave out every negative value.
    value::Value restated = value::negated(st.value);
    if (admitted(fact, document, restated) || !admitted(fact, document, st.value)) st.value = std::move(restated);
  }
  if (!candidate.table && st.value.type == value::Type::Date) {
    if (auto framed = dated_by_frame(document, index, reading)) st.value = std::move(*framed);
    // "on Monday" is the Monday on or before the publication date: in a sentence or
    // paragraph framed by another year ("In 2003 the level fell to 35 cm on Monday", a
    // timeline's "**2003.**") it is some other Monday, which nothing here says.
    const std::string_view said = std::string_view(document.normalized).substr(reading.begin, reading.end - reading.begin);
    if (names_weekday(said) && std::isfinite(st.value.lo)) {
      const int year = frame_year(document, index, reading.begin);
      if (year != 0 && year != value::civil_from_days(static_cast<long>(std::floor(st.value.lo))).year) {
        return std::nullopt;
      }
    }
  }
  std::size_t value_from = reading.begin, value_to = reading.end;
  if (candidate.cue && !candidate.table && !candidate.from_ordinal && value_slot.type == value::Type::Count) {
    // "all 31 passengers and three crew escaped" is 34 people (docs/rules.md "Counts added up").
    if (auto sum = added_counts(document, index, candidate, vb)) {
      st.value = std::move(sum->value);
      value_from = sum->begin;
      value_to = sum->end;
    }
  }
  // A cell's value was read with its header's unit: its text is what was read.
  if (!candidate.table) st.value.text = document.original_text(value_from, value_to);
  st.value = read_as_fact(fact, document, std::move(st.value));
  st.value = lang::clock_within(fact.values, std::move(st.value));  // "2:09" of a marathon: 2 h 9 min
  if (!fact.in_currencies(st.value)) return std::nullopt;  // `currency` leaves it out (docs/rules.md "Money")
  // A fact of money per vehicle reads "$35" as $35 per vehicle; "$30 per person" is
  // not its value (docs/rules.md "Amounts per something").
  auto per = value::per_denominator(st.value, fact.per_unit);
  if (!per) return std::nullopt;
  st.value = std::move(*per);

  st.document = document.path;
  st.begin = document.original_offset(candidate.begin);
  st.end = document.original_offset(candidate.end);
  st.value_begin = document.original_offset(value_from);
  st.value_end = document.original_offset(value_to);
  st.location = document.location(value_from);
  st.text = document.original_text(candidate.begin, candidate.end);
  st.pattern = candidate.pattern;
  st.priority = fact.priority;

  // The sentence(s) the match lies in.
  doc::Sentence sentence{0, document.normalized.size()};
  if (!document.sentences.empty()) {
    const int s = candidate.sentence;
    int last = s;
    while (last + 1 < static_cast<int>(document.sentences.size()) &&
           document.sentences[last + 1].begin < candidate.end) {
      ++last;
    }
    sentence = {document.sentences[s].begin, document.sentences[last].end};
  }
  st.sentence = document.excerpt(sentence, candidate.begin, candidate.end);
  std::size_t clause_begin = sentence.begin, clause_end = sentence.end;
  if (candidate.clause.end > candidate.clause.begin) {
    clause_begin = index.tokens[candidate.clause.begin].begin;
    clause_end = index.tokens[candidate.clause.end - 1].end;
  }
  // Plain variables, not structured bindings: clang 14 cannot capture those in a lambda.
  const int sentence_first = index.sentence_tokens[static_cast<std::size_t>(candidate.sentence)].first;
  const int figures_last =
      std::max(index.sentence_tokens[static_cast<std::size_t>(candidate.sentence)].second, candidate.tokens.end);
  auto figures_besides = [&](TokenMatch value) {
    return candidate.table ? std::vector<TokenMatch>{}
                           : other_figures(index, value_slot.type, sentence_first, figures_last, value);
  };
  std::pair<std::size_t, std::size_t> year_at{0, 0};
  // `split start`: "2023-24" is 2023 (docs/rules.md "Split years").
  const value::SplitYear split = fact.split == "start" ? value::SplitYear::Start : value::SplitYear::End;
  auto year_of_statement = [&] {
    return scope_year(document, index, year_words, sentence.begin, sentence.end, clause_begin, clause_end,
                      reading.begin, reading.end, figures_besides({vb.begin, vb.end}), &year_at, split,
                      value::month_of_name(fact.fiscal_end));
  };
  if (candidate.from_ordinal && value_slot.type == value::Type::Year) {
    // An anniversary counts back from the year it is stated of; with none, nothing.
    const std::string year = year_of_statement().first;
    if (year.empty()) return std::nullopt;
    st.value = value::anniversary_year(reading.value, std::stoi(year));
    st.value.text = document.original_text(reading.begin, reading.end);
  }
  if (candidate.table) return table_statement(document, index, *candidate.table, fact, std::move(st));
  if (fact.scope == "year") std::tie(st.scope, st.scope_source) = year_of_statement();
  // "Group revenue for the year came to ...": the year the sentence before names.
  if (fact.scope == "year" && st.scope_source == "publication date") {
    if (const int year =
            year_just_named(document, index, candidate.sentence, candidate.clause.begin, candidate.clause.end)) {
      st.scope = std::to_string(year);
      st.scope_source = "the year the sentence before names";
    }
  }
  if (fact.scope == "year" && !candidate.cue && candidate.pattern >= 0) {
    // `pattern 1937 ... {rank}`: the year the pattern writes is the match's, also inside
    // a relative clause (match/pattern_year.h).
    const auto p = static_cast<std::size_t>(candidate.pattern);
    const std::vector<std::vector<int>>& written = facts[candidate.fact].pattern_years;
    if (p < written.size()) {
      if (const int year = year_matched(index, candidate.tokens, written[p])) {
        st.scope = std::to_string(year);
        st.scope_source = "the year the pattern writes";
      }
    }
  }
  if (fact.scope == "year" && candidate.asked_in >= 0) year_of_question(document, index, candidate.asked_in, split, st);
  if (fact.scope == "year" && listed && year_at.second > year_at.first && candidate.compared_with.begin < 0) {
    if (const TypedReadings* years = index.readings_of(value::Type::Year)) {
      const int first = candidate.cue ? candidate.clause.begin : sentence_first;
      const int last = candidate.cue ? candidate.clause.end : figures_last;
      const TokenMatch year = token_range(index, year_at.first, year_at.second);
      *listed = listed_years(index, list_words, *years, year, first, last);
    }
  }
  if (fact.scope == "year" && candidate.year_offset != 0 && candidate.compared_with.begin >= 0) {
    // "up from $147 billion the year before": a year before the value it is compared with.
    const std::size_t b = index.tokens[static_cast<std::size_t>(candidate.compared_with.begin)].begin;
    const std::size_t e = index.tokens[static_cast<std::size_t>(candidate.compared_with.end - 1)].end;
    std::string year;
    if (candidate.compared_sentence >= 0) {
      // A continued sentence counting back from the one before: that sentence's year.
      const auto [first, last] = index.sentence_tokens[static_cast<std::size_t>(candidate.compared_sentence)];
      const std::size_t sb = index.tokens[static_cast<std::size_t>(first)].begin;
      const std::size_t se = index.tokens[static_cast<std::size_t>(last - 1)].end;
      year = scope_year(document, index, year_words, sb, se, sb, se, b, e,
                        other_figures(index, value_slot.type, first, last, candidate.compared_with), nullptr, split)
                 .first;
    } else {
      year = scope_year(document, index, year_words, sentence.begin, sentence.end, clause_begin, clause_end, b, e,
                        figures_besides(candidate.compared_with), nullptr, split)
                 .first;
    }
    if (year.empty()) return std::nullopt;
    st.scope = std::to_string(std::stoi(year) + candidate.year_offset);
    st.scope_source = candidate.year_offset == -1  ? "the year before the value it is compared with"
                      : candidate.year_offset == 1 ? "the year after the value it is compared with"
                      : candidate.year_offset > 1  ? "years after the value it is compared with"
                                                   : "years before the value it is compared with";
  }
  if (fact.scope == "year" && candidate.unanchored_shift != 0 && candidate.compared_with.begin < 0) {
    // "The previous year, it earned $3.2 billion" with no statement of the fact before
    // it: counted from the year its paragraph, title or first sentence set ("In 2022,
    // ..."); the publication year is no time the writer counted from, so nothing.
    const bool set_by_text = st.scope_source == "paragraph's year" || st.scope_source == "title's year" ||
                             st.scope_source == "first sentence's year";
    if (st.scope_source == "publication date" || st.scope_source == "none") return std::nullopt;
    if (set_by_text && scope_as_year(st) != 0) {
      st.scope = std::to_string(scope_as_year(st) + candidate.unanchored_shift);
      st.scope_source = "counted from the " + st.scope_source;
    }
  }
  // A plan's year is when it was told ("In 2014 the end was moved to 2024" is 2014's
  // plan), so it is not scoped by its own year.
  if (fact.scope == "year" && !fact.plans) {
    // A date or year says its own year: "the record of 25 cm set on 22 October 2018",
    // in a story of 2022, is 2018's record, whatever year the sentence is about.
    std::optional<int> own = value::named_year(st.value, split);
    // A duration read from two dates is of the year the two dates lie in: "lasted
    // from March to September 2021" is 2021's, in a story of 2024.
    if (!own && fact.duration_from_dates && st.value.type == value::Type::Duration) own = span_year(st.value);
    if (own) {
      st.scope = std::to_string(*own);
      st.scope_source = "value's own year";
      if (listed) listed->clear();
    }
  }
  // "Until Halvor Spire was completed, Osten Mast was the tallest": the figure held
  // before an event, so it is a past one; with no year of its own after the clause
  // (the clause's year is the event's), it is of no year a fact could file it under.
  if ((fact.current_only || fact.scope == "year") && candidate.cue) {
    const int sentence_last = index.sentence_tokens[static_cast<std::size_t>(candidate.sentence)].second;
    if (const int until = opening_until_clause_end(index, sentence_first, sentence_last);
        until >= 0 && vb.begin > until &&
        !holds_a_year(index, index.tokens[static_cast<std::size_t>(until)].end, sentence.end)) {
      return std::nullopt;
    }
  }
  // `current only`: a value told of a year before publication is a past one.
  if (fact.current_only && fact.scope.empty()) {
    const auto year = year_of_statement();  // sets year_at
    if (dated_before_publication(document, year, year_at) ||
        held_until_before_publication(document, index, clause_begin, clause_end)) {
      return std::nullopt;
    }
  }
  // A figure dated after its document was written is a forecast or a plan, whatever
  // words tell it ("cargo of 250 million tonnes in fiscal 2026", in a story of 2025).
  // Patterns are exact and keep theirs, as they keep a figure beside a veto word.
  // A fact of `plans` states exactly those.
  if (candidate.cue && !fact.plans && dated_after_publication(document, fact, st, value_slot.type)) return std::nullopt;
  // "Harbour Bridge to get $20 million repaint": a headline's "to" is its "will", a
  // default veto unless the fact allows it.
  if (candidate.cue && !fact.plans && headline_future(document, index, candidate.sentence, vb.begin)) {
    const std::vector<std::string> allowed = fact.allowed_words();
    if (std::find(allowed.begin(), allowed.end(), "will") == allowed.end()) return std::nullopt;
  }
  if (fact.plans && !plan_of_its_time(document, index, vb, st)) return std::nullopt;
  return st;
}

void Matcher::Impl::year_of_question(const doc::Document& document, const DocumentIndex& index, int question,
                                     value::SplitYear split, Statement& st) const {
  if (st.scope_source != "paragraph's year" && st.scope_source != "title's year" &&
      st.scope_source != "first sentence's year" && st.scope_source != "publication date") {
    return;
  }
  const auto [first, last] = index.sentence_tokens[static_cast<std::size_t>(question)];
  const std::size_t begin = index.tokens[static_cast<std::size_t>(first)].begin;
  const std::size_t end = index.tokens[static_cast<std::size_t>(last - 1)].end;
  // Scoped as a value at the question's end would be: its own words' year only.
  auto [year, source] = scope_year(document, index, year_words, begin, end, begin, end, end, end, {}, nullptr, split);
  if (source != "value's sentence" && source != "value's clause") return;
  st.scope = std::move(year);
  st.scope_source = "question it answers";
}

bool Matcher::Impl::plan_of_its_time(const doc::Document& document, const DocumentIndex& index, const Binding& value,
                                     Statement& st) const {
  // "originally due to open in 2027, it will now open in 2029": the plan given up.
  for (int t = std::max(0, value.begin - 5); t < value.begin; ++t) {
    const std::string_view w = index.token_text(t);
    if (w == "originally" || w == "initially" || w == "previously" || w == "formerly") return false;
  }
  // A plan is told by the time of its writing: a later year in the sentence is another
  // plan's ("due in 2027, will now open in 2029"), so the publication year dates it.
  const auto published = document.date();
  if (published && scope_as_year(st) > published->year) {
    st.scope = std::to_string(published->year);
    st.scope_source = "publication date";
  }
  return true;
}

Statement Matcher::Impl::table_statement(const doc::Document& document, const DocumentIndex& index,
                                         const TableMatch& m, const lang::FactDecl& fact, Statement st) const {
  const doc::Table& table = document.tables[static_cast<std::size_t>(m.table)];
  st.sentence = row_text(document, table, m.row);
  if (st.sentence.size() > doc::kMaxExcerptBytes) {
    st.sentence = document.sentence_text({m.reading.begin, m.reading.end});
  }
  st.table_header = document.sentence_text({m.cue_cell.begin, m.cue_cell.end});
  if (!m.year_cell.empty()) st.table_year = document.sentence_text({m.year_cell.begin, m.year_cell.end});
  if (fact.scope == "year") {
    if (m.year) {
      st.scope = std::to_string(*m.year);
      st.scope_source = m.year_source;
      // `split start`: a year cell "2023-24" is 2023 (docs/rules.md "Split years").
      if (fact.split == "start" && !m.year_cell.empty()) {
        const std::string_view cell =
            std::string_view(document.normalized).substr(m.year_cell.begin, m.year_cell.end - m.year_cell.begin);
        for (const value::ValueMatch& y : value::scan_values(value::Type::Year, cell, {})) {
          if (value::named_year(y.value) == *m.year) {
            st.scope = std::to_string(value::named_year(y.value, value::SplitYear::Start).value_or(*m.year));
            break;
          }
        }
      }
    } else if (index.title.year != 0) {
      st.scope = std::to_string(index.title.year);
      st.scope_source = "title's year";
    } else if (index.lead_year != 0) {
      st.scope = std::to_string(index.lead_year);
      st.scope_source = "first sentence's year";
    } else if (auto date = document.date()) {
      st.scope = std::to_string(date->year);
      st.scope_source = "publication date";
    } else {
      st.scope_source = "none";
    }
  }
  return st;
}

std::vector<std::vector<std::vector<std::string>>> Matcher::certain_words() const {
  std::vector<std::vector<std::vector<std::string>>> out;
  auto add = [&](const Program& program) {
    if (!program.valid) return;
    std::vector<std::vector<std::string>>& clauses = out.emplace_back();
    for (const std::vector<int>& clause : program.anchors) {
      std::vector<std::string>& words = clauses.emplace_back();
      for (int id : clause) words.push_back(impl_->vocabulary.text(id));
    }
  };
  for (const CompiledFact& f : impl_->facts) {
    for (const CompiledPattern& p : f.patterns) add(p.forward);
    for (const CompiledPattern& c : f.cues) add(c.forward);
  }
  return out;
}

namespace {

// Whether a year or date reading is a range of several years, months or days ("from
// 2014 to 2021", "February 2020 to July 2022"), or open on one side ("since 2014").
bool is_range(const value::Value& v) {
  if (std::isnan(v.lo) || std::isnan(v.hi)) return false;
  if (std::isfinite(v.lo) != std::isfinite(v.hi)) return true;
  if (!std::isfinite(v.lo)) return false;
  const value::CivilDate a = value::civil_from_days(static_cast<long>(std::floor(v.lo)));
  const value::CivilDate b = value::civil_from_days(static_cast<long>(std::floor(v.hi_inclusive ? v.hi : v.hi - 1)));
  switch (v.grain) {
    case value::Grain::Year: return a.year != b.year;
    case value::Grain::Month: return a.year != b.year || a.month != b.month;
    case value::Grain::Day: return !(a == b);
    case value::Grain::None: return false;
  }
  return false;
}

// The year, month or day (by the reading's grain) at one end of a range reading, as a
// value of `type`; nullopt when that end is open.
std::optional<value::Value> range_end_value(const value::Value& range, bool start, value::Type type) {
  const double at = start ? range.lo : (range.hi_inclusive ? range.hi : range.hi - 1);
  if (!std::isfinite(at)) return std::nullopt;
  value::Grain grain = type == value::Type::Year || type == value::Type::YearRange ? value::Grain::Year : range.grain;
  const auto [first, last] = value::grain_days(static_cast<long>(std::floor(at)), grain);
  value::Value v;
  v.type = type;
  v.lo = static_cast<double>(first);
  v.hi = static_cast<double>(last);
  v.grain = grain;
  v.approx = range.approx;
  v.text = range.text;
  v.display = value::format_day(v.lo, grain);
  return v;
}

// Whether a range reading writes two dates ("from May 2020 to July 2022", "2014-2021",
// "between 1959 and 1973"), not one period of the calendar ("later this month",
// "the first half of 2020", "the 1990s"): only the first states the time between its
// ends. "Fresh crew arrive later this month" says when, not for how long.
bool writes_two_dates(std::string_view text) {
  for (std::string_view joint : {" to ", " until ", " till ", " through ", " thru ", " and "}) {
    if (text.find(joint) != std::string_view::npos) return true;
  }
  for (std::string_view dash : {"-", "\u2013", "\u2014"}) {
    if (text.find(dash) != std::string_view::npos) return true;
  }
  return false;
}

// The time between the two ends of a range of dates, in the range's grain ("February
// 2020 to July 2022" is 29 months), as a duration read from those words; nullopt for
// an open range, one of no grain or one period written as one ("later this month").
std::optional<value::Value> duration_between(const value::Value& range) {
  if (!std::isfinite(range.lo) || !std::isfinite(range.hi)) return std::nullopt;
  if (!writes_two_dates(range.text)) return std::nullopt;
  const value::CivilDate a = value::civil_from_days(static_cast<long>(std::floor(range.lo)));
  const value::CivilDate b =
      value::civil_from_days(static_cast<long>(std::floor(range.hi_inclusive ? range.hi : range.hi - 1)));
  long n = 0;
  std::string unit;
  switch (range.grain) {
    case value::Grain::Year: n = b.year - a.year; unit = "years"; break;
    case value::Grain::Month: n = (b.year * 12L + b.month) - (a.year * 12L + a.month); unit = "months"; break;
    case value::Grain::Day: n = value::days_from_civil(b) - value::days_from_civil(a); unit = "days"; break;
    case value::Grain::None: return std::nullopt;
  }
  if (n <= 0) return std::nullopt;
  auto read = value::first_value(value::Type::Duration, fmt::format("{} {}", n, unit), {});
  if (!read) return std::nullopt;
  value::Value v = read->value;
  v.text = range.text;
  return v;
}

}  // namespace

namespace {

// A reading as its statement will state it: a date without its year in the year its
// sentence or paragraph sets ("**1981.** ... opens on 1 July"), so a fact's values
// weigh 1 July 1981, not the publication year's 1 July.
value::Value as_framed(const doc::Document& document, const DocumentIndex& index, const value::ValueMatch& m) {
  if (m.value.type == value::Type::Date) {
    if (auto framed = dated_by_frame(document, index, m)) return std::move(*framed);
  }
  return m.value;
}

}  // namespace

void Matcher::Impl::narrow_values(const doc::Document& document, DocumentIndex& index) const {
  for (std::size_t f = 0; f < facts.size(); ++f) {
    const lang::FactDecl& fact = *facts[f].fact;
    if (facts[f].slots.empty() || facts[f].slots.back().entity) continue;
    const value::Type type = facts[f].slots.back().type;
    const bool one_end = !fact.range_end.empty() &&
                         (type == value::Type::Year || type == value::Type::YearRange || type == value::Type::Date);
    const bool between = fact.duration_from_dates && type == value::Type::Duration;
    // `range start` / `range end` on a measure, count or money: "24 to 79 km" states one end.
    const bool figure_end = !fact.range_end.empty() && !one_end;
    if (!fact.values.set && fact.currencies.empty() && !one_end && !between && !figure_end) continue;
    // A count read from an ordinal passes the fact's `values` as any figure does.
    if (fact.count_ordinals && fact.values.set && type == value::Type::Count) {
      if (const TypedReadings* ordinals = index.readings_of(value::Type::Ordinal)) {
        std::vector<value::ValueMatch> counted = ordinals->readings;
        std::erase_if(counted, [&](const value::ValueMatch& m) {
          return !admitted(fact, document, value::ordinal_as_count(m.value));
        });
        if (index.counted_narrowings.size() < facts.size()) index.counted_narrowings.resize(facts.size());
        index.counted_narrowings[f] =
            std::make_unique<TypedReadings>(index.placed(value::Type::Ordinal, std::move(counted)));
      }
    }
    const TypedReadings* all = index.readings_of(type);
    if (!all) continue;
    std::vector<value::ValueMatch> matches = all->readings;
    if (figure_end) {
      for (value::ValueMatch& m : matches) {
        if (auto end = value::figure_range_end(m.value, fact.range_end == "start")) m.value = std::move(*end);
      }
    }
    // `range start` / `range end` (docs/rules.md "One end of a range") and `duration
    // from dates` ("Durations from two dates"): a range of years or dates stands for
    // one of its ends, or for the time between them, in place of the readings inside it.
    std::vector<value::ValueMatch> made;
    // A fact whose `values` reach below the year 1000 reads bare early years ("founded
    // in 930"), which no other fact reads (value/early_year.h).
    const bool early = fact.values.set && fact.values.lo < value::first_day_of_year_1000() &&
                       (type == value::Type::Year || type == value::Type::YearRange || type == value::Type::Date);
    if (early) {
      for (value::ValueMatch& m : value::early_years(type, document.normalized)) made.push_back(std::move(m));
    }
    if (one_end || between) {
      const TypedReadings* ranges = index.readings_of(
          between ? value::Type::Date : type == value::Type::Year ? value::Type::YearRange : type);
      for (const value::ValueMatch& r : ranges ? ranges->readings : std::vector<value::ValueMatch>{}) {
        if (!is_range(r.value)) continue;
        std::optional<value::Value> v = between ? duration_between(r.value)
                                                : range_end_value(r.value, fact.range_end == "start", type);
        if (v) made.push_back({r.begin, r.end, std::move(*v)});
      }
    }
    if (between && !made.empty()) {
      // Only where the sentence gives no duration of its own.
      auto sentence_of = [&](std::size_t at) {
        auto t = std::upper_bound(index.tokens.begin(), index.tokens.end(), at,
                                  [](std::size_t offset, const Token& token) { return offset < token.begin; });
        const int token = static_cast<int>(t - index.tokens.begin()) - 1;
        auto s = std::upper_bound(index.sentence_tokens.begin(), index.sentence_tokens.end(), token,
                                  [](int tk, const std::pair<int, int>& st) { return tk < st.first; });
        return static_cast<int>(s - index.sentence_tokens.begin()) - 1;
      };
      std::erase_if(made, [&](const value::ValueMatch& m) {
        const int s = sentence_of(m.begin);
        return std::any_of(matches.begin(), matches.end(), [&](const value::ValueMatch& d) {
          return sentence_of(d.begin) == s;
        });
      });
    }
    if (!made.empty()) {
      std::erase_if(matches, [&](const value::ValueMatch& m) {
        return std::any_of(made.begin(), made.end(),
                           [&](const value::ValueMatch& r) { return m.begin < r.end && r.begin < m.end; });
      });
      matches.insert(matches.end(), made.begin(), made.end());
      std::stable_sort(matches.begin(), matches.end(),
                       [](const value::ValueMatch& a, const value::ValueMatch& b) { return a.begin < b.begin; });
    }
    if (fact.values.set || !fact.currencies.empty()) {
      erase_with_conversions(document.normalized, matches, [&](const value::ValueMatch& m) {
        return !admitted(fact, document, as_framed(document, index, m));
      });
    }
    if (index.narrowings.size() < facts.size()) index.narrowings.resize(facts.size());
    index.narrowings[f] = std::make_unique<TypedReadings>(index.placed(type, std::move(matches)));
  }
}

std::vector<Statement> Matcher::Impl::run(const doc::Document& document, MatchStats& stats, bool keep_ignored) const {
  DocumentIndex index(document, vocabulary, entities, types, scan_plan);
  index.title = read_title(document, vocabulary, entities);
  add_undated_years(document, index);  // after the title: its year dates them too
  index.subjects = sentence_subjects(document, index, &index.lowercase_spellings);
  if (index.title.entities.empty()) {
    // "The building in figures": a title naming its thing by its kind, when the rules
    // declare one entity of that kind, names that entity.
    const int e = title_kind_entity(document, [&](std::string_view noun) {
      auto it = entities_of_noun.find(noun);
      if (it == entities_of_noun.end()) return -1;
      int one = -1;
      for (int x : it->second) {
        if (ignored_entities.count(rules.entities[static_cast<std::size_t>(x)].name) > 0) continue;
        if (one >= 0) return -1;
        one = x;
      }
      return one;
    });
    if (e >= 0) index.title.entities.push_back(e);
  }
  if (index.title.year == 0) index.lead_year = lead_year(document, index);
  index.attached = attached_phrases(index, attach_vocabulary);
  narrow_values(document, index);
  stats.value_bytes += index.scanned_bytes;
  NfaRunner runner;
  std::vector<Candidate> found = candidates(document, index, runner, stats);
  std::sort(found.begin(), found.end(), ranks_before);

  std::vector<TakenRanges> taken_matches(facts.size());  // per fact
  TakenRanges taken_values;                             // normalized byte ranges of values
  // Values of statements dropped below (an ignored entity's, a tied role's): still taken
  // from their own fact's other candidates ("K2 stands 8,611 m high" gives Everest
  // nothing), given back to the other facts' statements whose sentence names their
  // entities (docs/rules.md "Ignored entities").
  std::vector<TakenRanges> dropped_values(facts.size());  // per fact
  TakenRanges given_back;                                // all of them
  std::vector<Statement> out;
  // A pattern match that loses (its words or its value taken, no statement) gives way
  // to its next candidate: the longest shorter match from the same start ("{a} ... {amount}"
  // reaching past a figure another fact took may still end at its own). It ranks
  // after the longer one, so it joins the queue where it ranks.
  auto lose = [&](std::size_t i) {
    if (found[i].cue) return;
    if (auto next = shorter_candidate(found[i], index, runner, stats)) {
      auto at = std::upper_bound(found.begin() + static_cast<std::ptrdiff_t>(i) + 1, found.end(), *next, ranks_before);
      found.insert(at, std::move(*next));
    }
  };
  for (std::size_t i = 0; i < found.size(); ++i) {
    const Candidate c = found[i];  // a copy: a shorter candidate may be inserted into `found`
    const NarrowedTo narrowed(index, c.fact);
    // A cue match competes for its value only: a cue may find a second value in a
    // sentence a pattern of its fact matched already.
    if (!c.cue && taken_matches[c.fact].overlaps(c.begin, c.end)) {
      lose(i);
      continue;
    }
    // A match whose sentence holds none of its fact's `require` words is none: it takes
    // no value (docs/rules.md "Required words").
    // A table cell holds them in its row or headers too.
    if (!holds_required(facts[c.fact].required, document, index, c.sentence, c.tokens, runner, stats) &&
        !(c.table && table_holds_required(facts[c.fact].required, index, *c.table, runner, stats))) {
      continue;
    }
    std::optional<std::vector<Binding>> bindings;
    if (c.cue) {
      bindings = c.bindings;
    } else {
      bindings = runner.bind(facts[c.fact].patterns[c.pattern], index, c.tokens, stats);
    }
    if (!bindings) continue;
    if (!bindings->back().bound() && fixed_value(c)) bindings->back() = Binding{c.tokens.begin, c.tokens.end, kFixedValue};
    std::vector<int> listed;
    auto st = statement(document, index, c, *bindings, &listed);
    if (!st) {
      lose(i);
      continue;
    }
    const value::ValueMatch& reading = value_reading(index, c, bindings->back());
    if (taken_values.overlaps(reading.begin, reading.end) ||
        dropped_values[c.fact].overlaps(reading.begin, reading.end)) {
      lose(i);
      continue;
    }
    // A value given back goes only to a statement whose sentence names its entities:
    // one that took them from an earlier sentence or the title has less claim to it
    // than the name that stood beside it. A fact sheet's label line ("Founded: 14 May
    // 2006") is a field of the document's subject, so there the title's entity has
    // that claim too (a blind writer's report).
    const bool label_line = is_label_line(document, c.sentence);
    if (given_back.overlaps(reading.begin, reading.end) &&
        std::any_of(st->role_sources.begin(), st->role_sources.end(), [&](const std::string& source) {
          return !source.empty() && source != "sentence" && !(label_line && source == "title");
        })) {
      lose(i);
      continue;
    }
    taken_matches[c.fact].take(c.begin, c.end);
    if (dropped(*st)) {
      dropped_values[c.fact].take(reading.begin, reading.end);
      given_back.take(reading.begin, reading.end);
    } else {
      taken_values.take(reading.begin, reading.end);
    }
    // "Ruto and Odinga won 50.49% and 48.85% respectively": each name with its figure.
    if (auto pairs = respective_statements(document, index, c, *bindings); !pairs.empty()) {
      for (auto& [pair_reading, each] : pairs) {
        if (pair_reading->begin != reading.begin && taken_values.overlaps(pair_reading->begin, pair_reading->end)) {
          continue;
        }
        taken_values.take(pair_reading->begin, pair_reading->end);
        out.push_back(std::move(each));
      }
      continue;
    }
    out.push_back(std::move(*st));
    const Statement head = out.back();
    add_followers(document, index, c, *bindings, head, [&](std::size_t begin, std::size_t end) {
      if (taken_values.overlaps(begin, end)) return false;
      taken_values.take(begin, end);
      return true;
    }, out);
    // "ranked first in 2022, 2023 and 2024": the same value for each year of the list.
    for (int year : listed) {
      Statement each = head;
      each.scope = std::to_string(year);
      each.scope_source = "list of years";
      out.push_back(std::move(each));
    }
  }
  std::sort(out.begin(), out.end(), [](const Statement& a, const Statement& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end < b.end;
    if (a.fact != b.fact) return a.fact < b.fact;
    return a.scope < b.scope;  // a list of years' statements, in the years' order
  });
  date_by_sentence_before(document, rules, out);
  // An ignored entity's statements, and those of another entity than a role is tied to,
  // took their figures from every other candidate above; now they go (docs/rules.md
  // "Ignored entities", "A role tied to one entity").
  if (!keep_ignored) std::erase_if(out, [&](const Statement& st) { return dropped(st); });
  return out;
}

const std::pair<std::string, std::string>* Matcher::Impl::dropping_role(const Statement& st) const {
  for (const auto& role : st.roles) {
    if (ignored_entities.count(role.second)) return &role;
  }
  if (auto excluded = role_exclusions.find(st.fact); excluded != role_exclusions.end()) {
    for (const auto& [role, entity] : excluded->second) {
      for (const auto& r : st.roles) {
        if (r.first == role && r.second == entity) return &r;
      }
    }
  }
  auto ties = role_ties.find(st.fact);
  if (ties == role_ties.end()) return nullptr;
  for (const auto& [role, only] : ties->second) {
    for (const auto& r : st.roles) {
      if (r.first == role && r.second != only) return &r;
    }
  }
  return nullptr;
}

void Matcher::Impl::add_followers(const doc::Document& document, const DocumentIndex& index, const Candidate& c,
                                  const std::vector<Binding>& bindings, const Statement& head,
                                  const std::function<bool(std::size_t, std::size_t)>& claim,
                                  std::vector<Statement>& out) const {
  const std::vector<CaptureSlot>& slots = facts[c.fact].slots;
  if (slots.back().entity || slots.back().type != value::Type::Ordinal || c.table || c.from_ordinal) return;
  // Only an exact place counts on: "among the top five" says no place to add to.
  if (head.value.lo != head.value.hi || head.value.vague || !std::isfinite(head.value.lo)) return;
  // The ranked entity: the role named last, but not an owner ("Russia is China's
  // biggest partner, followed by India": India is China's second, Russia is the ranked one).
  std::size_t role = slots.size();
  for (std::size_t i = 0; i + 1 < slots.size(); ++i) {
    if (!slots[i].entity || !bindings[i].bound()) continue;
    const int after = bindings[i].end;
    const bool owner = after < static_cast<int>(index.tokens.size()) &&
                       (index.token_text(after) == "'s" || index.token_text(after) == "\u2019s");
    if (owner) continue;
    if (role == slots.size() || bindings[i].begin > bindings[role].begin) role = i;
  }
  // A role the cue fixes is the cue's entity's, never a follower's.
  if (role == slots.size() || (c.fixes && facts[c.fact].fixed(c.pattern, role) >= 0)) return;
  const int clause_end = c.cue ? c.clause.end : index.sentence_tokens[static_cast<std::size_t>(c.sentence)].second;
  const lang::FactDecl& fact = *facts[c.fact].fact;
  for (const RankFollower& f : rank_followers(index, rank_words, c.tokens, clause_end, slots[role].entity_fits)) {
    const std::string& name = rules.entities[static_cast<std::size_t>(f.entity)].name;
    Statement st = head;
    const bool named_twice = std::any_of(st.roles.begin(), st.roles.end(), [&](const auto& r) { return r.second == name; });
    if (named_twice) continue;
    const std::size_t mention_begin = index.tokens[static_cast<std::size_t>(f.mention.begin)].begin;
    const std::size_t said_begin = index.tokens[static_cast<std::size_t>(f.said.begin)].begin;
    const std::size_t end = index.tokens[static_cast<std::size_t>(f.mention.end - 1)].end;
    st.roles[role].second = name;
    st.role_texts[role] = document.original_text(mention_begin, end);
    if (role < st.role_sources.size()) st.role_sources[role].clear();
    st.key = fact_key(fact, st.roles);
    std::size_t value_begin = mention_begin, value_end = end, said_end = end;
    if (f.own_rank >= 0) {
      // "with Japan in third place": its own rank, as written.
      const value::ValueMatch& rank = index.readings_of(value::Type::Ordinal)->readings[static_cast<std::size_t>(f.own_rank)];
      if (!claim(rank.begin, rank.end)) continue;
      said_end = index.tokens[static_cast<std::size_t>(f.said.end - 1)].end;
      value_begin = rank.begin;
      value_end = rank.end;
      st.value = rank.value;
      st.value.text = document.original_text(said_begin, said_end);
    } else {
      st.value = value::rank_after(head.value, f.places, document.original_text(said_begin, end));
    }
    st.value_begin = document.original_offset(value_begin);
    st.value_end = document.original_offset(value_end);
    st.location = document.location(mention_begin);
    st.end = document.original_offset(said_end);
    st.text = document.original_text(c.begin, said_end);
    out.push_back(std::move(st));
  }
}

std::vector<std::pair<const value::ValueMatch*, Statement>> Matcher::Impl::respective_statements(
    const doc::Document& document, const DocumentIndex& index, const Candidate& c,
    const std::vector<Binding>& bindings) const {
  const std::vector<CaptureSlot>& slots = facts[c.fact].slots;
  if (c.table || c.from_ordinal || slots.back().entity) return {};
  const TypedReadings* values = index.readings_of(slots.back().type);
  if (!values) return {};
  const auto [first, last] = index.sentence_tokens[static_cast<std::size_t>(c.sentence)];
  const Binding& vb = bindings.back();
  for (std::size_t role = 0; role + 1 < slots.size(); ++role) {
    if (!slots[role].entity) continue;
    std::vector<RespectivePair> pairs =
        respective_pairs(index, respective_words, *values, first, last, slots[role].entity_fits);
    // "Runway A and Runway B, each 3,200 m long": every name with the one figure.
    if (pairs.empty()) {
      pairs = distributed_pairs(index, respective_words, vb.payload, TokenMatch{vb.begin, vb.end}, first,
                                slots[role].entity_fits);
    }
    const bool ours = std::any_of(pairs.begin(), pairs.end(), [&](const RespectivePair& p) {
      return p.figure.begin == vb.begin && p.figure.end == vb.end;
    });
    if (!ours) continue;
    std::vector<std::pair<const value::ValueMatch*, Statement>> out;
    for (const RespectivePair& p : pairs) {
      std::vector<Binding> each = bindings;
      each[role] = Binding{p.mention.begin, p.mention.end, p.entity};
      each.back() = Binding{p.figure.begin, p.figure.end, p.reading};
      if (auto st = statement(document, index, c, each, nullptr)) {
        out.emplace_back(&values->readings[static_cast<std::size_t>(p.reading)], std::move(*st));
      }
    }
    return out;
  }
  return {};
}

Matcher::Matcher(const lang::RuleSet& rules) : impl_(std::make_unique<Impl>(rules, nullptr)) {}
Matcher::Matcher(const lang::RuleSet& rules, source::DiagnosticSink& sink)
    : impl_(std::make_unique<Impl>(rules, &sink)) {}
Matcher::~Matcher() = default;
Matcher::Matcher(Matcher&&) noexcept = default;
Matcher& Matcher::operator=(Matcher&&) noexcept = default;

std::vector<Statement> Matcher::run(const doc::Document& document) const {
  MatchStats stats;
  return impl_->run(document, stats);
}

std::vector<Statement> Matcher::run(const doc::Document& document, MatchStats* stats) const {
  MatchStats local;
  return impl_->run(document, stats ? *stats : local);
}

namespace {

// Text held in memory as a plain-text document named "<example>" published on `date`.
doc::Document example_document(std::string_view text, std::optional<value::CivilDate> date,
                               const value::ValueSettings& settings) {
  source::DiagnosticSink sink;
  doc::Document document = doc::make_document("<example>", std::string(text), "txt", sink);
  if (date) document.meta.date = value::to_iso(*date);
  document.value_settings = settings;
  return document;
}

}  // namespace

std::vector<Statement> Matcher::run_text(std::string_view text, std::optional<value::CivilDate> date,
                                         const value::ValueSettings& settings) const {
  return run(example_document(text, date, settings));
}

std::vector<NearMiss> Matcher::near_misses(const doc::Document& document) const {
  return impl_->near_misses(document);
}

std::vector<NearMiss> Matcher::uncued_sentences(const doc::Document& document,
                                                const std::vector<NearMiss>& near) const {
  return impl_->uncued_sentences(document, near);
}

std::vector<NearMiss> Matcher::near_misses_text(std::string_view text, std::optional<value::CivilDate> date,
                                                const value::ValueSettings& settings) const {
  return near_misses(example_document(text, date, settings));
}

}  // namespace factlint::match
