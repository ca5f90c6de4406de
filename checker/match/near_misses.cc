// Near misses: the sentences that nearly state a fact and what stopped each (a
// dropped entity, roles missing, a value passed over, a pattern that did not match),
// for explain --text and rules audit (match/matcher.h NearMiss).
#include "match/left_unread.h"
#include "match/matcher_impl.h"
#include "match/role_source.h"

namespace factlint::match {

namespace {

// Whether the normalized range [begin, end) is a header cell of a table that states
// `fact`: its cue was read there, so it is no near miss of the prose rules.
bool header_of_stated_table(const doc::Document& document, const std::vector<Statement>& found,
                            const std::string& fact, std::size_t begin, std::size_t end) {
  for (const doc::Table& table : document.tables) {
    if (table.rows.empty() || table.rows.front().cells.empty() || table.rows.back().cells.empty()) continue;
    const std::size_t first = table.rows.front().cells.front().begin, last = table.rows.back().cells.back().end;
    if (begin < first || end > last) continue;
    bool in_header = false;
    for (const doc::TableRow& row : table.rows) {
      for (const doc::TextRange& cell : row.cells) {
        in_header = in_header || (begin >= cell.begin && end <= cell.end && (row.header || &cell == &row.cells.front()));
      }
    }
    if (!in_header) return false;
    const std::size_t from = document.original_offset(first), to = document.original_offset(last);
    return std::any_of(found.begin(), found.end(), [&](const Statement& st) {
      return st.fact == fact && !st.table_header.empty() && st.value_begin >= from && st.value_end <= to;
    });
  }
  return false;
}

// When [begin, end) is a column header cell of a table that gave `fact` no statement,
// the first cell under it that holds a figure (a header's unit makes a bare "12,000" a
// mass), or nullopt: a header cue above figures no role reached, which the audit should
// show at the header (a newcomer's table whose city was named nowhere: only "no length
// value is" was said).
std::optional<doc::TextRange> figure_under_header(const doc::Document& document, const std::vector<Statement>& found,
                                                  const std::string& fact, std::size_t begin, std::size_t end) {
  for (const doc::Table& table : document.tables) {
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      const doc::TableRow& row = table.rows[r];
      if (!row.header) continue;
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        if (begin < row.cells[c].begin || end > row.cells[c].end) continue;
        const std::size_t from = document.original_offset(row.cells[c].begin);
        const std::size_t to = document.original_offset(
            table.rows.back().cells.empty() ? row.cells[c].end : table.rows.back().cells.back().end);
        if (std::any_of(found.begin(), found.end(), [&](const Statement& st) {
              return st.fact == fact && st.value_begin >= from && st.value_end <= to;
            })) {
          return std::nullopt;
        }
        for (std::size_t below = r + 1; below < table.rows.size(); ++below) {
          if (c >= table.rows[below].cells.size()) continue;
          const doc::TextRange& cell = table.rows[below].cells[c];
          const std::string_view text = std::string_view(document.normalized).substr(cell.begin, cell.end - cell.begin);
          if (std::any_of(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) return cell;
        }
        return std::nullopt;
      }
    }
  }
  return std::nullopt;
}

// The first phrase of `typed`'s type read only in part within [begin, end), or null.
const value::UnreadValue* unread_in(const TypedReadings& typed, std::size_t begin, std::size_t end) {
  for (const value::UnreadValue& u : typed.unread) {
    if (u.begin >= begin && u.end <= end) return &u;
  }
  return nullptr;
}

// The first reading of `typed` within [begin, end) that is a rate per something else
// than `fact`'s amounts are ("$30 per person" for a fact per vehicle), or null.
const value::ValueMatch* other_rate_in(const TypedReadings& typed, const lang::FactDecl& fact, std::size_t begin,
                                       std::size_t end) {
  if (fact.per_unit.empty()) return nullptr;
  for (const value::ValueMatch& r : typed.readings) {
    if (r.begin >= begin && r.end <= end && !value::per_denominator(r.value, fact.per_unit)) return &r;
  }
  return nullptr;
}

// The first reading of `typed` within [begin, end) outside `fact`'s plausible values
// (`values`), but for those `skip` holds, or null.
template <typename Skip, typename Admits>
const value::ValueMatch* outside_values_in(const TypedReadings& typed, const lang::FactDecl& fact, std::size_t begin,
                                           std::size_t end, Skip skip, Admits admits) {
  if (!fact.values.set && fact.currencies.empty()) return nullptr;
  for (const value::ValueMatch& r : typed.readings) {
    if (r.begin < begin || r.end > end || skip(r)) continue;
    if (!admits(r.value)) return &r;
  }
  return nullptr;
}

// "in 2021" read as a count: a count or number fact never takes a year (docs/rules.md,
// Cues, step 2), so its values passing it over explains nothing.
bool year_for_count(const lang::FactDecl& fact, const TypedReadings* years, const value::ValueMatch& r) {
  if (!years || (fact.value.type != "count" && fact.value.type != "number")) return false;
  auto at = std::lower_bound(years->readings.begin(), years->readings.end(), r.begin,
                             [](const value::ValueMatch& y, std::size_t begin) { return y.begin < begin; });
  return at != years->readings.end() && at->begin == r.begin && at->end == r.end;
}

// The figure of [begin, end) the fact's values passed over that is why the sentence gave
// no statement, or nullptr: with no values the reason is about (`about`, normalized byte
// ranges), the first passed over; else one of those, and only when none of them holds a
// value the fact may take (`admitted_in`): a missing role or a veto is the cause then.
// A figure `of_a_name` ("3" in "Terminal 3") is never the one.
template <typename AdmittedIn, typename Admits, typename OfAName>
const value::ValueMatch* passed_over_cause(const TypedReadings& typed, const lang::FactDecl& fact,
                                           const TypedReadings* years, std::size_t begin, std::size_t end,
                                           const std::vector<std::pair<std::size_t, std::size_t>>& about,
                                           AdmittedIn admitted_in, Admits admits, OfAName of_a_name) {
  auto year = [&](const value::ValueMatch& r) { return year_for_count(fact, years, r) || of_a_name(r); };
  if (about.empty()) return outside_values_in(typed, fact, begin, end, year, admits);
  if (std::any_of(about.begin(), about.end(), admitted_in)) return nullptr;
  for (const auto& range : about) {
    if (const value::ValueMatch* passed = outside_values_in(typed, fact, range.first, range.second, year, admits)) {
      return passed;
    }
  }
  return nullptr;
}

// A figure of `typed`'s type in [begin, end) of the normalized text that no statement
// read, in a clause where a statement of `fact` read another: the second of a list
// ("36% in the north and 33% in the central region") or the other end of a change
// ("from 160 million in 2022 to 155 million"). `clause_of` gives a reading's clause.
// None is: a figure `skip` holds (a year for a count, one inside a name, one the fact's
// values pass over), one any statement of any fact read, a vague one ("a few") or the
// word "one" (mostly a pronoun: "another one"), and one equal to a figure read (the same
// figure said again). Temporal facts are left out: a sentence stating one date names
// others for other events. nullptr when there is none.
template <typename Skip, typename ClauseOf>
const value::ValueMatch* second_figure_unread(const TypedReadings& typed, value::Type type, const std::string& fact,
                                              const doc::Document& document, const std::vector<Statement>& found,
                                              std::size_t begin, std::size_t end, Skip skip, ClauseOf clause_of) {
  if (value::is_temporal(type)) return nullptr;
  auto read_by = [&](const value::ValueMatch& r, bool own) -> const Statement* {
    const std::size_t from = document.original_offset(r.begin), to = document.original_offset(r.end);
    for (const Statement& st : found) {
      if ((!own || st.fact == fact) && st.value_begin < to && from < st.value_end) return &st;
    }
    return nullptr;
  };
  for (const value::ValueMatch& r : typed.readings) {
    if (r.begin < begin || r.end > end || skip(r) || r.value.vague || read_by(r, false) != nullptr) continue;
    if (source::ascii_lower(document.original_text(r.begin, r.end)) == "one") continue;
    const TokenMatch clause = clause_of(r);
    if (clause.begin < 0) continue;
    auto beside = [&](const value::ValueMatch& q) {
      const TokenMatch at = clause_of(q);
      const Statement* st = at.begin == clause.begin && at.end == clause.end ? read_by(q, true) : nullptr;
      return st != nullptr && !(st->value.lo == r.value.lo && st->value.hi == r.value.hi);
    };
    const bool beside_one_read = std::any_of(typed.readings.begin(), typed.readings.end(), beside);
    if (beside_one_read) return &r;
  }
  return nullptr;
}

// Why a cue match with a value gave no statement when nothing else explains it: a role
// was found neither in the sentence, the three before it, nor the topic. Names the roles.
std::string roles_missing_reason(const lang::FactDecl& fact) {
  std::string roles;
  for (const lang::RoleDecl& r : fact.roles) {
    roles += fmt::format("{}{} ({})", roles.empty() ? "" : ", ", r.name, r.type);
  }
  return fmt::format("a cue matched with a value, but its roles ({}) were not all named in the sentence, the three "
                     "before it or the document's title",
                     roles);
}

// A statement of another fact whose value lies in [begin, end) of the normalized text
// and is of `fact`'s value type: it read the value first (overlap is resolved across
// facts, docs/rules.md "When matches overlap"). nullptr when there is none.
// With `overlapping`, a statement whose value overlaps [begin, end) (one value's range).
const Statement* value_taken_in(const std::vector<Statement>& found, const lang::FactDecl& fact,
                                const doc::Document& document, std::size_t begin, std::size_t end,
                                bool overlapping = false) {
  const std::size_t from = document.original_offset(begin), to = document.original_offset(end);
  for (const Statement& st : found) {
    if (st.fact == fact.name) continue;
    if (overlapping ? (st.value_end <= from || st.value_begin >= to) : (st.value_begin < from || st.value_end > to)) {
      continue;
    }
    if (value::type_name(st.value.type) == fact.value.type) return &st;
  }
  return nullptr;
}

// The first year named in [begin, end) of the normalized text that comes after the
// document's publication year, else 0: why a cue's statement there was dropped as a
// forecast (dated_after_publication).
int year_after_publication(const doc::Document& document, const DocumentIndex& index, std::size_t begin,
                           std::size_t end) {
  const auto published = document.date();
  if (!published) return 0;
  for (value::Type type : {value::Type::Year, value::Type::Date}) {
    const TypedReadings* readings = index.readings_of(type);
    if (!readings) continue;
    for (const value::ValueMatch& m : readings->readings) {
      if (m.begin < begin || m.end > end || !std::isfinite(m.value.lo)) continue;
      const int year = value::civil_from_days(static_cast<long>(std::floor(m.value.lo))).year;
      if (year > published->year) return year;
    }
  }
  return 0;
}

}  // namespace

std::string Matcher::Impl::roles_missing_cause(int f, const doc::Document& document, const DocumentIndex& index,
                                               int s, const CueMiss* miss) const {
  // What the role search met, so the writer need not bisect documents: a name that fits
  // a role but the search passed by, the names of the sentence no role takes ("The City
  // Council" read as "the city"), else the sentence about another thing that stopped the
  // search (docs/rules.md "Cues", step 3).
  const std::vector<CaptureSlot>& slots = facts[f].slots;
  const auto [first, last] = index.sentence_tokens[static_cast<std::size_t>(s)];
  if (std::string passed = role_names_passed_by(f, document, index, first, last, miss); !passed.empty()) return passed;
  std::vector<std::string> others;
  for (int t = first; t < last;) {
    if (index.entity_forward.count(t) == 0) {
      ++t;
      continue;
    }
    const TokenEdge& e = *index.name_at(t, [&](int entity) { return fits_a_role(slots, entity); });
    const bool fits = fits_a_role(slots, e.payload);
    const std::string written = document.original_text(index.tokens[static_cast<std::size_t>(t)].begin,
                                                       index.tokens[static_cast<std::size_t>(e.to - 1)].end);
    // Each entity the name names: "'The Amazon' (Amazon_Rainforest, forest; Amazon_River, river)".
    std::string named;
    for (const TokenEdge* g = index.entity_forward.begin(t); g != index.entity_forward.end(t); ++g) {
      const lang::EntityDecl& entity = rules.entities[static_cast<std::size_t>(g->payload)];
      named += fmt::format("{}{}{}{}", named.empty() ? "" : "; ", entity.name, entity.kind.empty() ? "" : ", ",
                           entity.kind);
    }
    const std::string said = fmt::format("'{}' ({})", written, named);
    if (!fits && std::find(others.begin(), others.end(), said) == others.end()) others.push_back(said);
    t = e.to;
  }
  if (!others.empty()) {
    std::string list;
    for (const std::string& o : others) list += (list.empty() ? "" : ", ") + o;
    return fmt::format("; the sentence names {}, which no role takes", list);
  }
  // "The Concert Hall holds 2,679 people. With 8.2 million visitors it ...": a pronoun
  // after a sentence that opens with an entity no role takes means that entity.
  if (s > 0 && !opens_paragraph(document, s) && static_cast<std::size_t>(s) <= index.subjects.size()) {
    const int before = index.subjects[static_cast<std::size_t>(s - 1)];
    const bool fits = before >= 0 && fits_a_role(slots, before);
    bool pronoun = false;
    for (int t = first; before >= 0 && t < last && !pronoun; ++t) {
      pronoun = index.token_text(t) == "it" || index.token_text(t) == "its";
    }
    if (before >= 0 && !fits && pronoun) {
      const lang::EntityDecl& entity = rules.entities[static_cast<std::size_t>(before)];
      return fmt::format("; 'it' may mean {}{}{}{}, which the sentence before opens with", entity.name,
                         entity.kind.empty() ? "" : " (", entity.kind, entity.kind.empty() ? "" : ")");
    }
  }
  // A sentence before it, in its paragraph, about a name the rules do not know.
  for (int back = 1; back <= lang::kContextSentences && s - back >= 0; ++back) {
    const int before = s - back;
    if (opens_paragraph(document, before + 1) || is_heading(document, before)) break;
    if (static_cast<std::size_t>(before) < index.subjects.size() &&
        index.subjects[static_cast<std::size_t>(before)] == kForeignSubject) {
      const std::size_t at = index.tokens[static_cast<std::size_t>(index.sentence_tokens[static_cast<std::size_t>(before)].first)].begin;
      return fmt::format("; the search stopped at the sentence at line {}, about a name the rules do not know",
                         document.location(at).line);
    }
  }
  return "";
}

std::string Matcher::Impl::role_names_passed_by(int f, const doc::Document& document, const DocumentIndex& index,
                                                int first, int last, const CueMiss* miss) const {
  const std::vector<CaptureSlot>& slots = facts[f].slots;
  const TypedReadings* figures = slots.back().entity ? nullptr : index.readings_of(slots.back().type);
  const bool matched = miss && miss->cue.begin >= 0 && !miss->values.empty();
  const int match_end = matched ? std::max(miss->cue.end, miss->values.front().end) : last;
  auto text = [&](int begin, int end) {
    return document.original_text(index.tokens[static_cast<std::size_t>(begin)].begin,
                                  index.tokens[static_cast<std::size_t>(end - 1)].end);
  };
  for (int t = first; t < last;) {
    if (index.entity_forward.count(t) == 0 || index.entity_forward.begin(t)->to > last) {
      ++t;
      continue;
    }
    // A name of things of different kinds as the entity a role takes (DocumentIndex::name_at).
    const TokenEdge& e = *index.name_at(t, [&](int entity) { return fits_a_role(slots, entity); });
    const lang::EntityDecl& entity = rules.entities[static_cast<std::size_t>(e.payload)];
    const std::string said = fmt::format("'{}' ({}{}{})", text(t, e.to), entity.name, entity.kind.empty() ? "" : ", ",
                                         entity.kind);
    if (fits_a_role(slots, e.payload)) {
      if (compared_mention(index, t)) {
        // The comparison's word: before "the", an owner ("Japan's") and the list a
        // name continues ("after A and B").
        int k = t > first && index.token_text(t - 1) == "the" ? t - 1 : t;
        if (k - 2 >= first && index.token_text(k - 1) == "'s") k -= 2;
        const std::string_view joined = index.token_text(k - 1);
        if (joined == "and" || joined == "or") {
          const int head = compared_list_head([&](int i) { return index.token_text(i); }, k - 1);
          if (head > 0) k = head;
        }
        return fmt::format("; the sentence names {}, but after '{}', so as what the figure is compared with, "
                           "which fills no role",
                           said, index.token_text(k - 1));
      }
      // The first figure of the fact's type between the match and the name.
      for (int k = match_end; matched && figures && k < t; ++k) {
        if (figures->forward.count(k) == 0) continue;
        return fmt::format("; the sentence names {} after the figure '{}', which stands between it and the value "
                           "'{}': a name after another figure is that figure's, and fills no role of this one",
                           said, text(k, figures->forward.begin(k)->to),
                           text(miss->values.front().begin, miss->values.front().end));
      }
    }
    t = e.to;
  }
  return "";
}

std::vector<NearMiss> Matcher::Impl::near_misses(const doc::Document& document) const {
  MatchStats stats;
  const std::vector<Statement> found = run(document, stats, true);
  DocumentIndex index(document, vocabulary, entities, types);
  add_undated_years(document, index);
  index.subjects = sentence_subjects(document, index);
  index.attached = attached_phrases(index, attach_vocabulary);
  NfaRunner runner;
  const TypedReadings* years = index.readings_of(value::Type::Year);
  std::vector<NearMiss> out;
  const auto& sentences = index.sentence_tokens;
  for (int f = 0; f < static_cast<int>(facts.size()); ++f) {
    const CompiledFact& compiled = facts[f];
    for (int s = 0; s < static_cast<int>(sentences.size()); ++s) {
      const int first = sentences[s].first;  // not bound: lambdas capture it (clang 14)
      const int last = sentences[s].second;
      if (first >= last) continue;
      const std::size_t b = index.tokens[first].begin, e = index.tokens[last - 1].end;
      const bool stated = std::any_of(found.begin(), found.end(), [&](const Statement& st) {
        return st.fact == compiled.fact->name && st.value_begin < document.original_offset(e) &&
               document.original_offset(b) < st.value_end;
      });
      // A statement the rules drop on purpose (an ignored entity's, a tied role's) is no
      // miss; explain says so, so a writer sees the ignore at work (a newcomer's report).
      const auto dropped_here = std::find_if(found.begin(), found.end(), [&](const Statement& st) {
        return st.fact == compiled.fact->name && st.value_begin < document.original_offset(e) &&
               document.original_offset(b) < st.value_end && dropped(st);
      });
      // A near miss of this fact in this sentence; its reason is set by the caller.
      auto miss_here = [&] {
        NearMiss miss;
        miss.fact = compiled.fact->name;
        miss.document = document.path;
        miss.begin = document.original_offset(b);
        miss.end = document.original_offset(e);
        miss.location = document.location(b);
        miss.sentence = document.excerpt(doc::Sentence{b, e}, b, b);
        return miss;
      };
      if (dropped_here != found.end()) {
        NearMiss miss = miss_here();
        miss.reason = why_dropped(*dropped_here);
        miss.value_here = true;
        // An ignored entity the sentence names was dropped as the rules meant; one that
        // came from the sentences before or the title may well not be what the sentence
        // is about, and the audit lists it (a newcomer's cue found a sentence and lost it
        // to "Doha" a sentence back, and no line said so).
        const auto* role = dropping_role(*dropped_here);
        const auto at = role ? static_cast<std::size_t>(role - dropped_here->roles.data()) : 0;
        miss.on_purpose = role == nullptr || (at < dropped_here->role_texts.size() && !dropped_here->role_texts[at].empty());
        out.push_back(std::move(miss));
        continue;
      }
      const TypedReadings* typed =
          compiled.slots.back().entity ? nullptr : index.readings_of(compiled.slots.back().type);
      auto admits = [&](const value::Value& v) { return admitted(*compiled.fact, document, v); };
      // A figure inside a name ("3" in "Terminal 3") is none the fact's values passed over.
      auto of_a_name = [&](const value::ValueMatch& r) {
        const TokenMatch t = token_range(index, r.begin, r.end);
        return names_figure(index, first, t.begin, t.end);
      };
      if (stated && typed && (compiled.fact->values.set || !compiled.fact->currencies.empty())) {
        // The statement read another value; say which the fact's values passed over
        // (docs/rules.md "Plausible values"), so a writer sees the bounds at work.
        const auto st = std::find_if(found.begin(), found.end(), [&](const Statement& st) {
          return st.fact == compiled.fact->name && st.value_begin < document.original_offset(e) &&
                 document.original_offset(b) < st.value_end;
        });
        auto read_by_statement = [&](const value::ValueMatch& r) {
          return (document.original_offset(r.begin) < st->value_end &&
                  st->value_begin < document.original_offset(r.end)) ||
                 of_a_name(r);
        };
        if (const value::ValueMatch* passed =
                outside_values_in(*typed, *compiled.fact, b, e, read_by_statement, admits)) {
          NearMiss miss = miss_here();
          miss.reason = fmt::format("{}; the statement read '{}'",
                                    passed_over(*compiled.fact, document, passed->value,
                                                document.original_text(passed->begin, passed->end)),
                                    st->value.text);
          miss.value_here = true;
          miss.on_purpose = true;
          out.push_back(std::move(miss));
        }
      }
      if (stated && typed) {
        // A statement here, and a second figure of its type left unread: the audit shows
        // it, as no other line would (docs/rules.md "Finding what your rules miss").
        auto skip = [&](const value::ValueMatch& r) {
          return year_for_count(*compiled.fact, years, r) || of_a_name(r) || !admits(r.value);
        };
        const std::vector<TokenMatch> clauses = clauses_of(index, cue_vocabulary.clause_breaks, first, last);
        auto clause_of = [&](const value::ValueMatch& r) {
          const TokenMatch t = token_range(index, r.begin, r.end);
          for (const TokenMatch& c : clauses) {
            if (t.begin >= c.begin && t.end <= c.end) return c;
          }
          return TokenMatch{-1, -1};
        };
        if (const value::ValueMatch* left = second_figure_unread(*typed, compiled.slots.back().type,
                                                                 compiled.fact->name, document, found, b, e, skip,
                                                                 clause_of)) {
          const auto st = std::find_if(found.begin(), found.end(), [&](const Statement& st) {
            return st.fact == compiled.fact->name && st.value_begin < document.original_offset(e) &&
                   document.original_offset(b) < st.value_end;
          });
          NearMiss miss = miss_here();
          miss.reason = fmt::format("{} ('{}'), but left a second {} value, '{}', unread "
                                    "(a list of figures or the other end of a change)",
                                    kLeftUnreadOpening, st->value.text, value::type_name(compiled.slots.back().type),
                                    document.original_text(left->begin, left->end));
          miss.location = document.location(left->begin);
          miss.value_here = true;
          miss.rank = 1;
          out.push_back(std::move(miss));
        }
      }
      if (stated || header_of_stated_table(document, found, compiled.fact->name, b, e)) continue;
      // A question the next sentence answered (Cues, step 7) came to its statement.
      if (s + 1 < static_cast<int>(sentences.size()) && is_question(index, first, last)) {
        const auto [next_first, next_last] = sentences[s + 1];
        const std::size_t nb = document.original_offset(index.tokens[next_first].begin);
        const std::size_t ne = document.original_offset(index.tokens[next_last - 1].end);
        if (next_first < next_last && std::any_of(found.begin(), found.end(), [&](const Statement& st) {
              return st.fact == compiled.fact->name && st.value_begin >= nb && st.value_end <= ne;
            })) {
          continue;
        }
      }
      TokenMatch vetoed_match{-1, -1};
      std::optional<std::string> reason = vetoed_pattern(f, document, index, s, runner, stats, &vetoed_match);
      int rank = reason ? 0 : 2;
      // The values the reason is about, as normalized byte ranges: a figure the fact's
      // values pass over beside them is not why the sentence gave nothing (a blind
      // writer read "passed over '2021'" where the cue had its value and no role).
      std::vector<std::pair<std::size_t, std::size_t>> about;
      auto bytes_of = [&](TokenMatch m) {
        return std::pair{index.tokens[static_cast<std::size_t>(m.begin)].begin,
                         index.tokens[static_cast<std::size_t>(m.end - 1)].end};
      };
      if (reason && vetoed_match.begin >= 0 && vetoed_match.end > vetoed_match.begin) {
        about.push_back(bytes_of(vetoed_match));
      }
      // Whether a reading in the range is one the fact may take (a fact without
      // `values` or `currency` takes them all).
      auto admitted_in = [&](std::pair<std::size_t, std::size_t> range) {
        if (!typed || !(compiled.fact->values.set || !compiled.fact->currencies.empty())) return true;
        return std::any_of(typed->readings.begin(), typed->readings.end(), [&](const value::ValueMatch& r) {
          return r.begin >= range.first && r.end <= range.second && !year_for_count(*compiled.fact, years, r) &&
                 admits(r.value);
        });
      };
      if (auto miss = reason ? std::nullopt
                             : explain_cue_miss(compiled.cues, compiled.vetoes, index, cue_vocabulary, years,
                                                counted_ordinals(f, index), compiled.about, document.normalized,
                                                first, last, runner, stats)) {
        for (TokenMatch v : miss->values) about.push_back(bytes_of(v));
        reason = miss->matched ? roles_missing_reason(*compiled.fact) +
                                     roles_missing_cause(f, document, index, s, &*miss)
                               : miss->reason;
        const bool question = miss->matched && is_question(index, first, last);
        if (question) reason = "a question states nothing (Cues, step 7), and the sentence after it gave no answer";
        // Another fact's statement read the cue's value first only when it read every
        // value the cue had that the fact may take; else that is not what stopped it.
        const Statement* taken = nullptr;
        if (miss->matched && !question && about.empty()) {
          taken = value_taken_in(found, *compiled.fact, document, b, e);
        } else if (miss->matched && !question) {
          for (const auto& range : about) {
            if (!admitted_in(range)) continue;
            const Statement* here = value_taken_in(found, *compiled.fact, document, range.first, range.second, true);
            if (here == nullptr) {
              taken = nullptr;
              break;
            }
            if (taken == nullptr) taken = here;
          }
        }
        if (taken != nullptr) {
          // One cause named, not three guessed (a blind writer bisected documents to tell).
          reason = fmt::format("a cue matched with a value, but another statement read it first: {} = '{}' at {}",
                               taken->key, taken->value.text, taken->location);
        }
        if (auto figure = miss->matched && !question ? new_things_figure_in(f, document, index, s) : std::nullopt) {
          reason = fmt::format("a cue matched with '{}', but an indefinite phrase before it holds that figure "
                               "(a new thing, not your entity), and the clause names no entity for its roles",
                               *figure);
        }
        const bool plans = facts[static_cast<std::size_t>(f)].fact->plans;
        if (int later = miss->matched && !question && taken == nullptr && !plans
                            ? year_after_publication(document, index, b, e)
                            : 0) {
          reason = fmt::format("a cue matched with a value, but it is of {}, after the document's date: a forecast "
                               "or a plan (a fact that states plans says 'plans')",
                               later);
        }
        if (int earlier = miss->matched && !question && taken == nullptr && compiled.fact->current_only
                              ? year_before_publication(document, index, b, e)
                              : 0) {
          reason = fmt::format("a cue matched with a value, but it is told of {}, before the document's date, and the "
                               "fact says 'current only' (docs/rules.md \"Current values only\")",
                               earlier);
        }
        rank = miss->rank;
      }
      // `require`: a sentence without one of the words gives its fact nothing (said of a
      // cue that matched with a value; a sentence with no value has that cause first).
      if (reason && reason->rfind("a cue matched with", 0) == 0 && !compiled.required.empty() &&
          !holds_required(compiled.required, document, index, s, TokenMatch{last, last}, runner, stats)) {
        reason = "its sentence holds none of the fact's required words ('require'), nor does a pronoun point back to one";
      }
      bool value_here = false;
      for (int t = first; typed && t < last && !value_here; ++t) {
        value_here = typed->forward.count(t) > 0 && typed->forward.begin(t)->to <= last;
      }
      // A value phrase read only in part gives no reading, so no statement: when the
      // sentence holds the fact's words, that is the reason, said where the phrase is.
      const value::UnreadValue* unread = typed ? unread_in(*typed, b, e) : nullptr;
      // A pattern's words alone are common ("is", "in"): only beside a value of its type
      // does a sentence come near to stating the fact.
      if (!reason && (value_here || unread) && (reason = gap_pattern_miss(f, index, s, runner, stats))) rank = 1;
      if (!reason && (value_here || unread)) reason = pattern_miss(f, index, s);
      if (!reason && value_here && (reason = gap_cue_miss(f, document, index, s, runner, stats))) rank = 1;
      if (!reason) continue;
      NearMiss miss = miss_here();
      if (unread) {
        // The message quotes the phrase as written; reports escape it for their medium.
        const std::string left = document.original_text(unread->unread_begin, unread->unread_end);
        reason = fmt::format("dropped: '{}' \u2014 '{}' is not read{}", document.original_text(unread->begin, unread->end),
                             left, value::misspelling_note(left));
        miss.dropped = true;
        miss.location = document.location(unread->begin);
        rank = 0;
        value_here = true;
      } else if (const std::optional<doc::TextRange> cell =
                     value_here ? std::nullopt : figure_under_header(document, found, compiled.fact->name, b, e)) {
        // "cue 'x' is here, but no length value is" is true of the header cell alone.
        if (std::size_t but = reason->find(", but no "); but != std::string::npos) reason->resize(but);
        *reason += fmt::format("; the column it heads holds figures ('{}' at {}), but none gave a statement: "
                               "a veto word is in their rows or headers, or the fact's roles are named neither in "
                               "their rows nor in the table's caption, the sentences before it or the document's "
                               "title",
                               document.original_text(cell->begin, cell->end),
                               document.location(cell->begin));
        value_here = true;
        rank = 1;
      } else if (const value::ValueMatch* passed = typed ? passed_over_cause(*typed, *compiled.fact, years, b, e, about,
                                                                             admitted_in, admits, of_a_name)
                                                         : nullptr) {
        // The fact's words and a value its bounds pass over: that is why (docs/rules.md
        // "Plausible values"). Meant by the rule's author, so the audit leaves it out.
        reason = passed_over(*compiled.fact, document, passed->value, document.original_text(passed->begin, passed->end));
        miss.on_purpose = true;
        miss.location = document.location(passed->begin);
        rank = 0;
      } else if (const value::ValueMatch* other = typed ? other_rate_in(*typed, *compiled.fact, b, e) : nullptr) {
        // The fact's words and a rate per something else: that rate is why.
        const std::string written = document.original_text(other->begin, other->end);
        reason = fmt::format("dropped: '{}' \u2014 the amounts of {} are per {}, and this is {}", written,
                             compiled.fact->name, compiled.fact->per, other->value.display);
        miss.dropped = true;
        miss.location = document.location(other->begin);
        rank = 0;
      }
      miss.value_here = value_here;
      miss.reason = std::move(*reason);
      miss.rank = value_here ? rank : std::max(rank, 2);
      out.push_back(std::move(miss));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const NearMiss& a, const NearMiss& b) { return a.begin < b.begin; });
  return out;
}

std::optional<std::string> Matcher::Impl::new_things_figure_in(int f, const doc::Document& document,
                                                               const DocumentIndex& index, int s) const {
  const CompiledFact& compiled = facts[f];
  const auto [first, last] = index.sentence_tokens[static_cast<std::size_t>(s)];
  NfaRunner runner;
  MatchStats stats;
  for (CueMatch& m : find_cue_matches(compiled.cues, compiled.vetoes, index, cue_vocabulary,
                                      index.readings_of(value::Type::Year), counted_ordinals(f, index), compiled.about,
                                      first, last, runner, stats)) {
    fill_entity_roles(f, index, m.cue_tokens, m.clause, true, m.bindings);
    if (!new_things_figure(f, index, m)) continue;
    const Binding& v = m.bindings.back();
    return document.original_text(index.tokens[static_cast<std::size_t>(v.begin)].begin,
                                  index.tokens[static_cast<std::size_t>(v.end - 1)].end);
  }
  return std::nullopt;
}

namespace {

// ", from the document's topic: its title": where a dropping role came from when the
// statement's words do not name it, so a writer sees why a figure that names no
// ignored entity went to one (a blind writer found a label line dropped by the topic
// and nothing said so); "" for a role the words name.
std::string taken_from(const Statement& st, std::size_t role) {
  if (role >= st.role_sources.size() || st.role_sources[role].empty()) return "";
  return ", " + role_source_text(st.role_sources[role]);
}

}  // namespace

std::string Matcher::Impl::why_dropped(const Statement& st) const {
  const auto* role = dropping_role(st);
  if (role == nullptr && !st.dropped_because.empty()) return st.dropped_because;
  if (role == nullptr) return "";
  // The words it was read from ("Lakeside"), with the entity they stand for.
  const std::size_t at = static_cast<std::size_t>(role - st.roles.data());
  const std::string written = at < st.role_texts.size() ? st.role_texts[at] : "";
  const std::string named = written.empty() || written == role->second
                                ? role->second
                                : fmt::format("'{}' ({})", written, role->second);
  auto ignored = ignored_entities.find(role->second);
  if (ignored != ignored_entities.end()) {
    const source::Span& span = ignored->second->span;
    std::string where = span.file == nullptr
                            ? ""
                            : fmt::format(" at {}:{}", span.file->path(), span.file->location(span.begin).line);
    return fmt::format("dropped: its {} is {}, an ignored entity (`ignore entity`{}){}", role->first, named, where,
                       taken_from(st, at));
  }
  if (auto excluded = role_exclusions.find(st.fact); excluded != role_exclusions.end()) {
    for (const auto& [r, entity] : excluded->second) {
      if (r == role->first && entity == role->second) {
        return fmt::format("dropped: its {} is {}, which the role excludes (`not {}`){}", role->first, named, entity,
                           taken_from(st, at));
      }
    }
  }
  return fmt::format("dropped: its {} is {}, and the fact ties that role to another entity", role->first, named);
}

}  // namespace factlint::match
