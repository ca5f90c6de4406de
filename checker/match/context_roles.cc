// The roles a match leaves open, filled from elsewhere: the sentences before it, a
// sentence its kind noun points back to ("The canal, ..."), the document's title and
// topic, a role tied to one entity, a role's fallback entity; or none, when the
// sentence is about another thing (docs/rules.md "Roles resolved from context").
#include "match/matcher_impl.h"
#include "match/definite_kind.h"
#include "match/partitive_aside.h"
#include "match/row_thing.h"
#include "match/table_cues.h"

namespace factlint::match {

namespace {

// Whether the mention [begin, end) is a landmark of a place phrase ("..., upstream of
// the Three Gorges Dam, ..."): where another thing stands, never a role from context.
bool in_landmark_phrase(const DocumentIndex& index, int begin, int end) {
  const AttachedPhrase* p = phrase_holding(index.attached, begin, end);
  return p && p->landmark;
}

// Whether the mention [begin, end) names a noun after it inside a preposition's object:
// "it is shown on the Tube map in purple" speaks of the map, and a pronoun in the next
// sentence does not mean the Tube (docs/rules.md "Cues", step 3).
bool modifies_a_noun(const doc::Document& document, const DocumentIndex& index, int begin, int end) {
  static constexpr std::array<std::string_view, 15> kPrepositions = {
      "on", "in", "at", "of", "from", "to", "into", "onto", "across", "along", "around", "through", "for", "with", "by"};
  static constexpr std::array<std::string_view, 20> kNotNouns = {
      "and", "or", "but", "is", "was", "are", "were", "has", "had", "have", "it", "its", "which", "that",
      "who", "will", "would", "can", "could", "also"};
  const auto among = [&](const auto& list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
  };
  const int n = static_cast<int>(index.tokens.size());
  // The article may be part of the name ("the Tube" declared as an alias).
  const int article = index.token_text(begin) == "the" ? begin : begin - 1;
  if (article < 1 || end + 1 >= n || index.token_text(article) != "the" ||
      !among(kPrepositions, index.token_text(article - 1))) {
    return false;
  }
  const std::string_view noun = index.token_text(end);
  if (noun.size() < 3 || written_capitalized(document, index.tokens[static_cast<std::size_t>(end)]) ||
      !std::all_of(noun.begin(), noun.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
      noun.ends_with("ed") || noun.ends_with("ly") || among(kNotNouns, noun) || among(kPrepositions, noun)) {
    return false;
  }
  const std::string_view after = index.token_text(end + 1);
  return !index.has_word_char(end + 1) || among(kPrepositions, after) || after == "and" || after == "or";
}

// Whether one of the `wanted` roles takes the entity.
auto fits_wanted_of(const std::vector<const CaptureSlot*>& wanted) {
  return [&wanted](int entity) {
    return std::any_of(wanted.begin(), wanted.end(), [entity](const CaptureSlot* slot) {
      return slot->entity_fits.empty() || slot->entity_fits[static_cast<std::size_t>(entity)];
    });
  };
}

// Whether every mention in tokens [first, last) of an entity `fits` takes is the object
// of a preposition ("in front of Terminal 1", "at the Kell Dam", "from Orle"): where the
// sentence's subject stands or what it acts on. "It" as the next sentence's subject
// still means that subject ("Jewel sits in front of Terminal 1. It opened in 2019."
// speaks of Jewel; docs/rules.md "Roles resolved from context").
template <typename Fits>
bool named_only_after_prepositions(const DocumentIndex& index, int first, int last, const Fits& fits) {
  static constexpr std::array<std::string_view, 22> kPrepositions = {
      "on",   "in",     "at",      "of",    "from",   "to",     "into",  "onto",   "across", "along",    "around",
      "near", "beside", "behind",  "past",  "toward", "towards", "under", "above",  "below",  "opposite", "next"};
  bool any = false;
  for (int t = first; t < last;) {
    if (index.entity_forward.count(t) == 0) {
      ++t;
      continue;
    }
    const TokenEdge* fitting = nullptr;
    for (const TokenEdge* e = index.entity_forward.begin(t); e != index.entity_forward.end(t); ++e) {
      if (fits(e->payload)) fitting = e;
    }
    if (fitting) {
      any = true;
      int before = t - 1;
      if (before >= first && index.token_text(before) == "the") --before;
      if (before < first ||
          std::find(kPrepositions.begin(), kPrepositions.end(), index.token_text(before)) == kPrepositions.end()) {
        return false;
      }
    }
    t = index.entity_forward.begin(t)->to;
  }
  return any;
}

// Whether the mention starting at `begin` is where something else stands: right after
// "in front of", "next to", "close to", "across from", "near", "beside", "behind",
// "opposite" ("the" between allowed). "Jewel sits in front of Terminal 1. It opened in
// April 2019." is Jewel's opening: the terminal only places it (docs/rules.md "Cues",
// step 3).
bool places_another_thing(const DocumentIndex& index, int begin) {
  // The article before the name, when the name does not hold it ("the Metro" declared).
  const int t = index.token_text(begin) != "the" && begin > 0 && index.token_text(begin - 1) == "the" ? begin - 1 : begin;
  const auto word = [&](int k) { return k >= 0 ? index.token_text(k) : std::string_view{}; };
  const std::string_view w = word(t - 1);
  if (w == "near" || w == "beside" || w == "behind" || w == "opposite") return true;
  if ((w == "to" && (word(t - 2) == "next" || word(t - 2) == "close")) || (w == "from" && word(t - 2) == "across")) {
    return true;
  }
  return w == "of" && word(t - 2) == "front" && word(t - 3) == "in";
}

// Whether tokens [first, last) hold a pronoun that can point back to an earlier
// sentence's thing: "it", "its", "they", "their", "them", "he", "she", "his", "her", "him".
bool names_a_pronoun(const DocumentIndex& index, int first, int last) {
  static constexpr std::array<std::string_view, 10> kPronouns = {"it",  "its", "they", "their", "them",
                                                                  "he",  "she", "his",  "her",   "him"};
  // "Ten workers, eight of them British, were killed": "them" is the workers, named
  // right before it, no thing of an earlier sentence (match/partitive_aside.h).
  const std::vector<TokenMatch> asides = partitive_asides(index, first, last);
  for (int t = first; t < last; ++t) {
    if (std::find(kPronouns.begin(), kPronouns.end(), index.token_text(t)) != kPronouns.end() &&
        !inside_an_aside(asides, t, t + 1)) {
      return true;
    }
  }
  return false;
}

// Where the main clause of the sentence [first, last) begins when an adverbial clause
// opens it ("When MSC went past it at the start of last year, Maersk slipped ..."): the
// token after that clause's comma; else -1.
int main_clause(const DocumentIndex& index, int first, int last) {
  int t = first;
  while (t < last && !index.has_word_char(t)) ++t;
  if (t >= last) return -1;
  static constexpr std::array<std::string_view, 13> kSubordinators = {
      "when", "after", "before", "as", "while", "although", "though", "if", "since", "because", "once", "until",
      "whereas"};
  if (std::find(kSubordinators.begin(), kSubordinators.end(), index.token_text(t)) == kSubordinators.end()) return -1;
  for (++t; t < last; ++t) {
    if (index.token_text(t) == ",") return t + 1;
  }
  return -1;
}

// Whether the match holds a share "of the" whole: a percent followed by "of the" and a
// lowercase word ("17.8% of the population", "a fifth per cent of the land").
bool share_of_the_whole(const doc::Document& document, const DocumentIndex& index, const Candidate& candidate) {
  for (int t = candidate.tokens.begin; t + 3 < candidate.clause.end; ++t) {
    const std::string_view w = index.token_text(t);
    if (w != "%" && w != "percent" && w != "cent") continue;
    if (t < candidate.tokens.end - 1 && index.token_text(t + 1) != "of") continue;
    if (index.token_text(t + 1) == "of" && index.token_text(t + 2) == "the" &&
        index.entity_forward.count(t + 3) == 0) {
      if (index.has_word_char(t + 3) && !written_capitalized(document, index.tokens[static_cast<std::size_t>(t + 3)])) {
        return true;
      }
    }
  }
  return false;
}

// Whether tokens [first, last) say "the other", "'s other", "its other" or "another" and,
// at most one word on, one of `kind_words`: "Sydney's other great organ, the 8,672-pipe
// instrument ..." is about another organ than the one the sentences before name. "Like
// the other dams" compares the thing with the others, and stays about it.
bool names_another_of_kind(const DocumentIndex& index, const std::vector<int>& kind_words, int first, int last) {
  if (kind_words.empty()) return false;
  const auto is_kind = [&](int t) {
    return std::find(kind_words.begin(), kind_words.end(), index.words[static_cast<std::size_t>(t)]) != kind_words.end();
  };
  for (int t = first; t < last; ++t) {
    const std::string_view w = index.token_text(t);
    if (w != "other" && w != "another") continue;
    if (w == "other") {
      if (t == first) continue;
      const std::string_view before = index.token_text(t - 1);
      if (before != "the" && before != "'s" && before != "its" && before != "their") continue;
      if (t >= first + 2) {
        const std::string_view compare = index.token_text(t - 2);
        if (compare == "like" || compare == "unlike" || compare == "than" || compare == "among" || compare == "of" ||
            compare == "with" || compare == "all") {
          continue;
        }
      }
    }
    for (int k = t + 1; k < last && k <= t + 2; ++k) {
      if (is_kind(k)) return true;
    }
  }
  return false;
}

ResolvedRoles stopped_search() {
  ResolvedRoles out;
  out.stopped = true;
  return out;
}

}  // namespace

ResolvedRoles Matcher::Impl::roles_from_context(const doc::Document& document, const DocumentIndex& index,
                                                const Candidate& candidate,
                                                const std::vector<std::size_t>& from_context,
                                                const std::set<std::string>& seen) const {
  const std::vector<CaptureSlot>& slots = facts[candidate.fact].slots;
  if (names_excluded_kind(index, candidate, from_context)) return stopped_search();
  std::vector<const CaptureSlot*> wanted;
  for (std::size_t i : from_context) wanted.push_back(&slots[i]);
  // A cell of a row about another thing ("| Runway 2 | opened in 1984 |") is that thing's.
  const doc::TableRow* row =
      candidate.table ? &document.tables[static_cast<std::size_t>(candidate.table->table)]
                             .rows[static_cast<std::size_t>(candidate.table->row)]
                      : row_holding(document, candidate.begin);
  if (row) {
    const TokenMatch words = candidate.table ? tokens_in(index, candidate.table->cue_cell) : candidate.clause;
    auto kind_of = [&](int entity) -> std::string_view { return rules.entities[static_cast<std::size_t>(entity)].kind; };
    if (row_names_another_thing(index, *row, words, fits_wanted_of(wanted), kind_of)) return stopped_search();
  }
  // A table's rows are no sentences before one another: past its row, headers,
  // caption and lead-in (filled already), a cell takes the document's topic.
  ResolvedRoles found = candidate.table ? document_topic(index, seen, wanted)
                                        : context_entities(document, index, candidate, seen, wanted);
  if (found.empty() && !found.stopped) found = tied_entities(index, candidate.fact, from_context, seen);
  if (found.empty() && !found.stopped) {
    auto search = [&](const std::vector<std::size_t>& roles) {
      std::vector<const CaptureSlot*> these;
      for (std::size_t i : roles) these.push_back(&slots[i]);
      return candidate.table ? document_topic(index, seen, these)
                             : context_entities(document, index, candidate, seen, these);
    };
    found = fallback_entities(index, candidate.fact, from_context, seen, search);
  }
  return found;
}

ResolvedRoles Matcher::Impl::context_entities(const doc::Document& document, const DocumentIndex& index,
                                              const Candidate& candidate, const std::set<std::string>& bound,
                                              const std::vector<const CaptureSlot*>& wanted) const {
  auto fits = [&](const CaptureSlot& slot, int entity) {
    return slot.entity_fits.empty() || slot.entity_fits[static_cast<std::size_t>(entity)];
  };
  // An ignored entity declared with another kind than the role's (docs/rules.md
  // "Ignored entities").
  auto last_resort = [&](const CaptureSlot& slot, int entity) {
    return !slot.kind_fits.empty() && !slot.kind_fits[static_cast<std::size_t>(entity)] &&
           !rules.entities[static_cast<std::size_t>(entity)].kind.empty();
  };
  // A name of things of different kinds means the one of a wanted role's kind, else one
  // that fits a wanted role otherwise, else the first declared (docs/rules.md "One name
  // for things of different kinds").
  auto of_wanted_kind = [&](int entity) {
    return std::any_of(wanted.begin(), wanted.end(), [&](const CaptureSlot* slot) {
      return slot->kind_fits.empty() || slot->kind_fits[static_cast<std::size_t>(entity)];
    });
  };
  auto fits_wanted = [&](int entity) {
    return std::any_of(wanted.begin(), wanted.end(), [&](const CaptureSlot* slot) { return fits(*slot, entity); });
  };
  auto named_at = [&](int t) -> const TokenEdge& {
    const TokenEdge* e = index.name_at(t, of_wanted_kind);
    return of_wanted_kind(e->payload) ? *e : *index.name_at(t, fits_wanted);
  };
  // Fills the wanted slots, in order, from the distinct entities named in tokens
  // [first, last), leaving out `bound` ones; empty when they are not enough. Those of
  // [first, main) come after the others: a clause that opens the sentence with "When",
  // "After", "As" ... is not what it is about ("When MSC went past it, Maersk slipped to
  // second place. Today it is the number two" is Maersk's).
  auto fill = [&](int first, int last, int main = -1, bool no_last_resort = false) {
    std::vector<int> named;
    std::vector<int> subordinate;
    for (int t = first; t < last;) {
      if (index.entity_forward.count(t) == 0 || index.entity_forward.begin(t)->to > last) {
        ++t;
        continue;
      }
      const TokenEdge& hit = named_at(t);
      std::vector<int>& into = t < main ? subordinate : named;
      const bool earlier = first < index.sentence_tokens[candidate.sentence].first;
      if (!bound.count(rules.entities[hit.payload].name) && !compared_mention(index, t) &&
          !in_landmark_phrase(index, t, hit.to) && !another_of_its_sort(index, t, hit.to) &&
          !(earlier && (modifies_a_noun(document, index, t, hit.to) || places_another_thing(index, t))) &&
          std::find(into.begin(), into.end(), hit.payload) == into.end()) {
        into.push_back(hit.payload);
      }
      t = hit.to;
    }
    for (int e : subordinate) {
      if (std::find(named.begin(), named.end(), e) == named.end()) named.push_back(e);
    }
    std::vector<std::string> out;
    std::vector<bool> used(named.size(), false);
    for (const CaptureSlot* slot : wanted) {
      // An ignored entity of another kind than the role's only as a last resort: "Divers
      // counted parrotfish at Tallis Reef." is the reef's for a role of kind `reef`, with
      // the fish an ignored group, whichever the sentence names first.
      std::size_t k = 0;
      while (k < named.size() && (used[k] || !fits(*slot, named[k]) || last_resort(*slot, named[k]))) ++k;
      if (k == named.size() && !no_last_resort) {
        k = 0;
        while (k < named.size() && (used[k] || !fits(*slot, named[k]))) ++k;
      }
      if (k == named.size()) return std::vector<std::string>{};
      used[k] = true;
      out.push_back(rules.entities[named[k]].name);
    }
    return out;
  };
  const auto& sentences = index.sentence_tokens;
  // A sentence about a thing the rules do not know ("Hubble launched in 1990.") is not
  // about the fact's entities, nor is a sentence after it that names none of them ("It
  // cost $4.7 billion."): the nearest named subject is what a pronoun means. (A subject
  // that is an entity of another kind does not stop the search: "Putin arrived in
  // Beijing. Trade between the two countries ..." is about Russia and China.)
  auto foreign = [&](int s) {
    return static_cast<std::size_t>(s) < index.subjects.size() &&
           index.subjects[static_cast<std::size_t>(s)] == kForeignSubject;
  };
  // "there is another ship lift, which raises boats 114 m": the sentence is about a
  // thing of the sort a wanted role takes, not about the one the context names.
  for (int t = sentences[candidate.sentence].first; t < sentences[candidate.sentence].second; ++t) {
    if (index.entity_forward.count(t) == 0) continue;
    const TokenEdge& hit = named_at(t);
    if (another_of_its_sort(index, t, hit.to) && fits_wanted(hit.payload)) return stopped_search();
  }
  // "Sydney's other great organ, the 8,672-pipe instrument ...": another thing of the
  // role's kind than the one the sentences before name.
  for (const CaptureSlot* slot : wanted) {
    const auto role = static_cast<std::size_t>(slot - facts[candidate.fact].slots.data());
    if (role < facts[candidate.fact].kind_words.size() &&
        names_another_of_kind(index, facts[candidate.fact].kind_words[role], sentences[candidate.sentence].first,
                              candidate.tokens.end)) {
      return stopped_search();
    }
  }
  // The match's own sentence before it, then whole sentences further back.
  // An ignored entity of another kind was the cue's clause's last resort already; in
  // another clause of the sentence it is passed over (docs/rules.md "Ignored entities").
  std::vector<std::string> here = fill(sentences[candidate.sentence].first, candidate.tokens.begin, -1, true);
  if (!here.empty()) return {here, std::vector<std::string>(here.size(), "sentence")};
  // Then a pattern's own words: "Night Tube" in `night tube ... launched ... {day}`
  // names the railway when "Tube" is its alias (a cue match took the entities of its
  // clause already).
  if (!candidate.cue) {
    here = fill(candidate.tokens.begin, candidate.tokens.end);
    if (!here.empty()) return {here, std::vector<std::string>(here.size(), "match")};
  }
  // A sentence opening with "The canal" is about a canal, whatever name it holds: the
  // nearest one named before, never an ignored entity of another kind.
  auto fill_of_kind = [&](int first, int last, int main) { return fill(first, last, main, true); };
  if (auto by_kind = kind_referent(document, index, candidate, wanted, fill_of_kind)) {
    return by_kind->empty() ? stopped_search() : *by_kind;
  }
  // "Tallis make up 17.8% of the population": a share "of the" whole is a part of the
  // thing the context names, whatever the part's name (docs/rules.md "Roles resolved
  // from context").
  if (foreign(candidate.sentence) && !share_of_the_whole(document, index, candidate)) return stopped_search();
  // "Auckland has a population of 1.7 million", with Auckland a city and the role a
  // country: a sentence whose subject is a declared entity no wanted role takes, the
  // match right after its "has" or "is" in the same clause (past "a", "about", "home
  // to" ...), states that entity's figure, not one of the context's (docs/rules.md
  // "Roles resolved from context"). "Putin has said trade ...", "the maker has sunk
  // $11 billion into it" go on: with a verb between, the name acts on the context's thing.
  if (static_cast<std::size_t>(candidate.sentence) < index.subjects.size()) {
    const int subject = index.subjects[static_cast<std::size_t>(candidate.sentence)];
    const bool taken = subject < 0 || std::any_of(wanted.begin(), wanted.end(), [&](const CaptureSlot* slot) {
                         return fits(*slot, subject);
                       });
    int t = sentences[candidate.sentence].first;
    while (!taken && t < candidate.tokens.begin && index.entity_forward.count(t) == 0) ++t;
    if (!taken && t < candidate.tokens.begin && t >= candidate.clause.begin) {
      const TokenEdge& name = *index.name_at(t, [&](int e) { return e == subject; });
      static constexpr std::array<std::string_view, 5> kVerbs = {"has", "had", "have", "is", "was"};
      static constexpr std::array<std::string_view, 12> kFillers = {
          "a", "an", "about", "some", "around", "roughly", "nearly", "almost", "over", "just", "home", "to"};
      bool states = name.payload == subject && name.to < candidate.tokens.begin &&
                    candidate.tokens.begin - name.to <= 4 &&
                    std::find(kVerbs.begin(), kVerbs.end(), index.token_text(name.to)) != kVerbs.end();
      for (int k = name.to + 1; states && k < candidate.tokens.begin; ++k) {
        states = std::find(kFillers.begin(), kFillers.end(), index.token_text(k)) != kFillers.end();
      }
      // The match opens with the figure, or with a noun after "a" ("a population of"):
      // a cue that is a verb ("has sunk about $11 billion") is the name's act.
      const bool figure_first = !candidate.bindings.empty() && candidate.bindings.back().begin == candidate.tokens.begin;
      const std::string_view article = index.token_text(candidate.tokens.begin - 1);
      if (states && (figure_first || article == "a" || article == "an")) return stopped_search();
    }
  }
  // "the Tupolev Tu-144 is lighter, but its wings span only 28.8 m" (match/sentence_subject.h).
  if (candidate.cue && its_means_named_subject(document, index, sentences[candidate.sentence].first,
                                               sentences[candidate.sentence].second, candidate.clause.begin)) {
    return stopped_search();
  }
  if (opens_with_a_thing_of_another(document, index, candidate, wanted)) return stopped_search();
  if (pronoun_means_another(document, index, candidate, wanted, fill)) return stopped_search();
  // An ignored entity of another kind is what an earlier sentence is about only for a
  // pronoun of the match's sentence ("Divers counted parrotfish. They saw 40."): with
  // none ("Modules followed: the European Columbus lab. Sixteen nations signed up."),
  // it is passed over and the search goes on to the document's topic.
  const bool refers_back = names_a_pronoun(index, sentences[candidate.sentence].first, sentences[candidate.sentence].second);
  bool earlier_paragraph = false;
  for (int s = candidate.sentence - 1; s >= 0 && s >= candidate.sentence - lang::kContextSentences; --s) {
    earlier_paragraph = earlier_paragraph || opens_paragraph(document, s + 1);
    // Another thing's sentence in an earlier paragraph is no pronoun's antecedent: a new
    // paragraph goes back to what the document is about ("The Central line has 49
    // stations." does not make the next paragraph's "It opened in 1863" about it).
    if (foreign(s) && earlier_paragraph) break;
    if (foreign(s)) return stopped_search();
    const int main = main_clause(index, sentences[s].first, sentences[s].second);
    std::vector<std::string> there = fill(sentences[s].first, sentences[s].second, main);
    // An ignored entity is another thing too: named in an earlier paragraph it is no
    // antecedent either ("MySQL users know it." does not take the next paragraph's figure).
    if (!there.empty() && earlier_paragraph &&
        std::all_of(there.begin(), there.end(), [&](const std::string& e) { return ignored_entities.count(e) > 0; })) {
      break;
    }
    if (!refers_back) there = fill(sentences[s].first, sentences[s].second, main, true);
    std::string by;
    if (there.empty()) {
      // "line 13 as dam": the sentence opens with "The dam", the one dam the document names.
      int noun = -1;
      there = kind_in_sentence(index, sentences[s].first, sentences[s].second, wanted, &noun);
      if (!there.empty() && noun >= 0) by = " as " + std::string(index.token_text(noun));
    }
    if (!there.empty()) {
      const std::size_t at = sentences[s].first < sentences[s].second
                                 ? index.tokens[static_cast<std::size_t>(sentences[s].first)].begin
                                 : document.sentences[static_cast<std::size_t>(s)].begin;
      const std::string source = "line " + std::to_string(document.location(at).line) + by;
      return {there, std::vector<std::string>(there.size(), source)};
    }
    // A heading opens a section: what the section before it named is not this one's subject.
    if (is_heading(document, s)) break;
  }
  return document_topic(index, bound, wanted);
}

template <typename Fill>
bool Matcher::Impl::pronoun_means_another(const doc::Document& document, const DocumentIndex& index,
                                          const Candidate& candidate, const std::vector<const CaptureSlot*>& wanted,
                                          Fill& fill) const {
  const int s = candidate.sentence;
  const auto& sentences = index.sentence_tokens;
  if (s == 0 || opens_paragraph(document, s) || index.subjects.size() < static_cast<std::size_t>(s)) return false;
  const int before = index.subjects[static_cast<std::size_t>(s - 1)];
  if (before < 0 || std::any_of(wanted.begin(), wanted.end(), [&](const CaptureSlot* slot) {
        return slot->entity_fits.empty() || slot->entity_fits[static_cast<std::size_t>(before)];
      })) {
    return false;
  }
  // "it" as a subject: opening its clause, or after punctuation, a conjunction or the
  // figure ("With a height of 157 m it was ..."). After a verb or a preposition it is
  // an object ("Some 8.2 million people come to see it each year"): what is seen or
  // visited may be the topic as well as the thing just named, so the search goes on.
  const TypedReadings* figures =
      facts[candidate.fact].slots.back().entity ? nullptr : index.readings_of(facts[candidate.fact].slots.back().type);
  auto as_subject = [&](int t) {
    if (t == candidate.clause.begin || !index.has_word_char(t - 1)) return true;
    if (figures && figures->reverse.count(t) > 0) return true;
    static constexpr std::array<std::string_view, 18> kOpeners = {
        "and", "but", "when", "as", "because", "that", "where", "while", "since",
        "so", "if", "though", "although", "after", "before", "until", "once", "then"};
    return std::find(kOpeners.begin(), kOpeners.end(), index.token_text(t - 1)) != kOpeners.end();
  };
  const auto [first, last] = sentences[static_cast<std::size_t>(s - 1)];
  // "The truck shuttles fared better. In 2019 they carried 1.7 million lorries.": a
  // name written in the plural is what "they" and "their" mean.
  bool plural = false;
  for (int t = first; t < last; ++t) {
    if (index.entity_forward.count(t) == 0) continue;
    const std::string_view tail = index.token_text(index.entity_forward.begin(t)->to - 1);
    plural = tail.size() > 3 && tail.back() == 's' && !tail.ends_with("ss");
    break;
  }
  bool pronoun = false;
  int depth = 0;
  for (int t = candidate.clause.begin; t < candidate.clause.end && !pronoun; ++t) {
    const std::string_view w = index.token_text(t);
    depth += w == "(" ? 1 : w == ")" ? -1 : 0;
    pronoun = depth == 0 && (w == "its" || (w == "it" && as_subject(t)) ||
                             (plural && (w == "their" || (w == "they" && as_subject(t)))));
  }
  if (!pronoun) return false;
  if (!fill(first, last).empty() && !named_only_after_prepositions(index, first, last, fits_wanted_of(wanted))) {
    return false;
  }
  for (int t = first; t < last; ++t) {
    if (index.entity_forward.count(t) > 0) {
      const int end = index.entity_forward.begin(t)->to;
      if (end < last && index.token_text(end) == "'s") return false;  // "Vienna's underground"
      break;
    }
  }
  for (int t = first; t < last; ++t) {
    // A kind's noun inside a name ("Hall 2", "Terminal 1") is the name, checked above.
    if (index.entity_forward.count(t) > 0) {
      t = index.entity_forward.begin(t)->to - 1;
      continue;
    }
    auto kind = entities_of_noun.find(index.token_text(t));
    if (kind == entities_of_noun.end()) continue;
    for (int e : kind->second) {
      for (const CaptureSlot* slot : wanted) {
        if (slot->entity_fits.empty() || slot->entity_fits[static_cast<std::size_t>(e)]) return false;
      }
    }
  }
  return true;
}

template <typename Fill>
std::optional<ResolvedRoles> Matcher::Impl::kind_referent(const doc::Document& document, const DocumentIndex& index,
                                                          const Candidate& candidate,
                                                          const std::vector<const CaptureSlot*>& wanted,
                                                          Fill& fill) const {
  const CompiledFact& compiled = facts[candidate.fact];
  const auto& sentences = index.sentence_tokens;
  const int first = sentences[candidate.sentence].first;
  int noun = -1;
  for (const CaptureSlot* slot : wanted) {
    const auto role = static_cast<std::size_t>(slot - compiled.slots.data());
    if (role < compiled.kind_words.size()) {
      noun = refers_by_kind(index, definite_words, compiled.kind_words[role], first, candidate.tokens.end);
    }
    if (noun >= 0) break;
  }
  if (noun < 0) return std::nullopt;
  for (int s = candidate.sentence - 1; s >= 0 && s >= candidate.sentence - kKindReach; --s) {
    std::vector<std::string> there =
        fill(sentences[s].first, sentences[s].second, main_clause(index, sentences[s].first, sentences[s].second));
    if (!there.empty()) {
      const std::size_t at = index.tokens[static_cast<std::size_t>(sentences[s].first)].begin;
      // "line 12 by automaker": explain says which noun of the sentence led there.
      const std::string source = "line " + std::to_string(document.location(at).line) + " by " +
                                 std::string(index.token_text(noun));
      return ResolvedRoles{there, std::vector<std::string>(there.size(), source)};
    }
    if (is_heading(document, s)) break;
  }
  return std::nullopt;
}

// docs/rules.md "Cues", step 3: a name between "The" and a common noun describes that
// noun ("The Miraflores visitor centre", "The Orm ferry service"), the sentence's subject.
bool Matcher::Impl::opens_with_a_thing_of_another(const doc::Document& document, const DocumentIndex& index,
                                                  const Candidate& candidate,
                                                  const std::vector<const CaptureSlot*>& wanted) const {
  auto [first, last] = index.sentence_tokens[candidate.sentence];
  while (first < last && !index.has_word_char(first)) ++first;  // markup, a dash, a bracket
  if (first + 2 >= last || index.token_text(first) != "the" || index.entity_forward.count(first) > 0) return false;
  auto takes = [&](int entity) {
    return std::any_of(wanted.begin(), wanted.end(), [&](const CaptureSlot* slot) {
      return slot->entity_fits.empty() || slot->entity_fits[static_cast<std::size_t>(entity)];
    });
  };
  // "The first section of the U-Bahn opens": one to three lowercase words and "of"
  // before the name, then the rest of the sentence, the match included.
  if (index.entity_forward.count(first + 1) == 0) {
    int of = first + 1;
    while (of < last && of <= first + 3 && index.token_text(of) != "of") {
      const std::string_view w = index.token_text(of);
      if (w.empty() || written_capitalized(document, index.tokens[static_cast<std::size_t>(of)]) ||
          !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        return false;
      }
      ++of;
    }
    if (of >= last || of == first + 1 || index.token_text(of) != "of") return false;
    int at = of + 1;
    if (at < last && index.entity_forward.count(at) == 0 && index.token_text(at) == "the") ++at;
    if (at >= last || index.entity_forward.count(at) == 0) return false;
    const TokenEdge& whole = *index.name_at(at, takes);
    return whole.to <= candidate.tokens.end && whole.to < last && index.token_text(whole.to) != "'s" &&
           !takes(whole.payload);
  }
  const TokenEdge& name = *index.name_at(first + 1, takes);
  // One to three nouns between the name and the match, the subject's head: "The Orm
  // visitor centre costs $17". A verb right after the name ("The Americans finished it
  // and opened it") makes the name the subject itself; a word ending in "-ed" or "-ly",
  // a pronoun, an auxiliary or a function word is taken for such a clause.
  const int nouns = candidate.tokens.begin - name.to;
  if (nouns < 1 || nouns > 3) return false;
  static constexpr std::array<std::string_view, 40> kNotNouns = {
      "it",   "its",  "they", "them", "their", "he",   "she",  "his",   "her",   "and",
      "or",   "but",  "then", "to",   "in",    "on",   "at",   "of",    "for",   "by",
      "with", "the",  "a",    "an",   "has",   "had",  "have", "is",    "was",   "were",
      "are",  "be",   "been", "will", "would", "can",  "could", "also", "not",   "which"};
  for (int t = name.to; t < candidate.tokens.begin; ++t) {
    const std::string_view w = index.token_text(t);
    if (w.empty() || written_capitalized(document, index.tokens[static_cast<std::size_t>(t)])) return false;
    if (!std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; })) return false;
    if (w.ends_with("ed") || w.ends_with("ly") || w == "'s") return false;
    if (std::find(kNotNouns.begin(), kNotNouns.end(), w) != kNotNouns.end()) return false;
  }
  return !takes(name.payload);
}

// The most mentions of an ignored entity that fits `slot` (an ignored entity fits every
// role). An ignored entity lists other things under one name ("Baihetan", "Wudongde" as
// Other_dams), so its mentions count several things and make none of them the topic;
// but a document naming those others more than the role's own candidate is about
// them, and gives the topic to no one.
static int ignored_rival_mentions(const lang::RuleSet& rules,
                                  const std::map<std::string, const lang::EntityDecl*>& ignored,
                                  const CaptureSlot& slot, const std::vector<int>& mentions,
                                  const std::vector<char>& in_title) {
  int most = 0;
  for (std::size_t e = 0; e < rules.entities.size(); ++e) {
    if (in_title[e] || ignored.count(rules.entities[e].name) == 0) continue;
    if (slot.entity_fits.empty() || slot.entity_fits[e]) most = std::max(most, mentions[e]);
  }
  return most;
}

// The last resort for "the countries" far from any naming sentence: the document's
// topic. Its title says best what it is about, so the entities the title names come
// first (the most-named of them first); then those of the right kind the whole
// document names most, at least twice each, most first. An ignored entity is the topic
// only when the title names it (ignored_rival_mentions says why).
ResolvedRoles Matcher::Impl::document_topic(const DocumentIndex& index, const std::set<std::string>& bound,
                                            const std::vector<const CaptureSlot*>& wanted) const {
  std::vector<int> mentions(rules.entities.size(), 0);
  std::copy_n(index.entity_mentions.begin(), std::min(index.entity_mentions.size(), mentions.size()), mentions.begin());
  // "the tunnel" is a mention of the one tunnel it can mean (match/definite_kind.h).
  const std::vector<int> by_kind = definite_kind_mentions(
      index, entities_of_noun, [&](int e) { return ignored_entities.count(rules.entities[e].name) > 0; },
      rules.entities.size());
  for (std::size_t e = 0; e < mentions.size(); ++e) mentions[e] += by_kind[e];
  std::vector<char> in_title(rules.entities.size(), 0);
  for (int e : index.title.entities) {
    if (static_cast<std::size_t>(e) < in_title.size()) in_title[static_cast<std::size_t>(e)] = 1;
  }
  std::vector<int> order;
  for (int e : index.title.entities) {
    if (static_cast<std::size_t>(e) < in_title.size()) order.push_back(e);
  }
  for (std::size_t e = 0; e < rules.entities.size(); ++e) {
    if (!in_title[e]) order.push_back(static_cast<int>(e));
  }
  const auto title_end = order.begin() + static_cast<std::ptrdiff_t>(index.title.entities.size());
  auto most_named = [&](int a, int b) { return mentions[a] > mentions[b]; };
  std::stable_sort(order.begin(), title_end, most_named);
  std::stable_sort(title_end, order.end(), most_named);
  ResolvedRoles out;
  std::vector<bool> used(order.size(), false);
  for (const CaptureSlot* slot : wanted) {
    auto fits = [&](int e) { return slot->entity_fits.empty() || slot->entity_fits[static_cast<std::size_t>(e)]; };
    // An ignored entity the title does not name is no one's topic (ignored_rival_mentions).
    auto ignored_here = [&](int e) {
      return !in_title[static_cast<std::size_t>(e)] && ignored_entities.count(rules.entities[e].name) > 0;
    };
    auto free_at = [&](std::size_t k) {
      return !used[k] && fits(order[k]) && !ignored_here(order[k]) && !bound.count(rules.entities[order[k]].name);
    };
    // A title that names more entities of the role's kind than the fact has roles to
    // fill ("Our tea goes to Pakistan, Egypt and Britain" for one country) singles none
    // out: then the document's most-named entity of the kind is its topic, titled or not.
    std::size_t titled_fits = 0;  // the things of the role's kind the title names
    for (std::size_t i = 0; i < index.title.entities.size(); ++i) {
      const int e = index.title.entities[i];
      if (static_cast<std::size_t>(e) >= in_title.size() || !fits(e) || bound.count(rules.entities[e].name)) continue;
      const bool many = ignored_entities.count(rules.entities[e].name) > 0 && i < index.title.names.size();
      titled_fits += many ? static_cast<std::size_t>(index.title.names[i]) : 1;
    }
    const bool title_chooses = titled_fits <= wanted.size();
    std::size_t k = order.size();
    for (std::size_t j = 0; j < order.size(); ++j) {
      if (!free_at(j)) continue;
      if (title_chooses) {
        k = j;
        break;
      }
      if (k == order.size() || mentions[order[j]] > mentions[order[k]]) k = j;
    }
    if (k == order.size()) return {};
    const bool titled = title_chooses && in_title[static_cast<std::size_t>(order[k])];
    // Named twice makes a topic (once may be in passing); "the tunnel" once does, in a
    // document that names nothing the role could take: no other thing is in view.
    // (An ignored entity fits every role so that its figures go; only one of the
    // role's kind is a thing in view.)
    const bool nothing_else = std::none_of(order.begin(), order.end(), [&](int e) {
      const auto x = static_cast<std::size_t>(e);
      const bool of_kind = slot->kind_fits.empty() ? fits(e) : slot->kind_fits[x] != 0;
      return of_kind && x < index.entity_mentions.size() && index.entity_mentions[x] > 0;
    });
    if (!titled && mentions[order[k]] < (nothing_else && by_kind[order[k]] > 0 ? 1 : 2)) return {};
    if (!titled && ignored_rival_mentions(rules, ignored_entities, *slot, mentions, in_title) > mentions[order[k]]) {
      return {};
    }
    used[k] = true;
    out.names.push_back(rules.entities[order[k]].name);
    out.sources.push_back(titled ? "title" : "most-named");
  }
  return out;
}

// docs/rules.md "Cues", step 3: "Then the dam itself. It is 185 metres high." in a
// document that names one dam, far back, is about that dam: a sentence before the match
// that opens with "the" and a noun of a wanted role's kind means the only entity of
// that kind the document names (ignored entities aside). Empty when there is none, or
// more.
std::vector<std::string> Matcher::Impl::kind_in_sentence(const DocumentIndex& index, int first, int last,
                                                         const std::vector<const CaptureSlot*>& wanted,
                                                         int* noun) const {
  if (wanted.size() != 1) return {};
  const CaptureSlot& slot = *wanted.front();
  // At the sentence's opening, as its subject, after at most one adverb ("Then the
  // dam itself.", "The dam, at least, ..."): "the dam" further in may be any dam.
  int t = first;
  while (t < last && !index.has_word_char(t)) ++t;
  static constexpr std::array<std::string_view, 7> kAdverbs = {"then", "now", "next", "and", "but", "so", "also"};
  if (t < last && std::find(kAdverbs.begin(), kAdverbs.end(), index.token_text(t)) != kAdverbs.end()) ++t;
  for (const int end = std::min(last - 1, t + 1); t < end; ++t) {
    if (index.token_text(t) != "the" || index.entity_forward.count(t + 1) > 0) continue;
    auto kind = entities_of_noun.find(index.token_text(t + 1));
    if (kind == entities_of_noun.end()) continue;
    for (int e : kind->second) {
      const bool fits = slot.entity_fits.empty() || slot.entity_fits[static_cast<std::size_t>(e)];
      const bool named = static_cast<std::size_t>(e) < index.entity_mentions.size() && index.entity_mentions[e] > 0;
      if (fits && named && ignored_entities.count(rules.entities[static_cast<std::size_t>(e)].name) == 0 &&
          alone_of_its_kind(index, slot, e)) {
        if (noun) *noun = t + 1;
        return {rules.entities[static_cast<std::size_t>(e)].name};
      }
    }
  }
  return {};
}

// "Normal pool level: 175 m" in a fact sheet about the dam never names the reservoir a
// role is tied to: with no other entity of its kind anywhere in the document, the
// tied entity is the only one the figure can be of (docs/rules.md "A role tied to one
// entity").
ResolvedRoles Matcher::Impl::tied_entities(const DocumentIndex& index, int f, const std::vector<std::size_t>& open,
                                           const std::set<std::string>& bound) const {
  const lang::FactDecl& fact = *facts[f].fact;
  const std::vector<CaptureSlot>& slots = facts[f].slots;
  auto ties = role_ties.find(fact.name);
  if (ties == role_ties.end()) return {};
  ResolvedRoles out;
  for (std::size_t i : open) {
    auto tie = std::find_if(ties->second.begin(), ties->second.end(),
                            [&](const auto& t) { return t.first == fact.roles[i].name; });
    if (tie == ties->second.end() || bound.count(tie->second)) return {};
    const CaptureSlot& slot = slots[i];
    for (std::size_t e = 0; e < rules.entities.size(); ++e) {
      const bool fits = slot.entity_fits.empty() || slot.entity_fits[e];
      const bool named = e < index.entity_mentions.size() && index.entity_mentions[e] > 0;
      // An ignored entity fits every role only so that its figures go (and near it, the
      // sentences before take it): it is no other thing of the role's kind.
      const bool ignored = ignored_entities.count(rules.entities[e].name) > 0;
      if (fits && named && !ignored && rules.entities[e].name != tie->second) return {};
    }
    out.names.push_back(tie->second);
    out.sources.push_back("tied role");
  }
  return out;
}

bool Matcher::Impl::alone_of_its_kind(const DocumentIndex& index, const CaptureSlot& slot, int e) const {
  for (std::size_t x = 0; x < rules.entities.size(); ++x) {
    const bool fits = slot.entity_fits.empty() || slot.entity_fits[x];
    const bool named = x < index.entity_mentions.size() && index.entity_mentions[x] > 0;
    // An ignored entity fits every role only so that its figures go: it is no other
    // thing of the role's kind.
    const bool ignored = ignored_entities.count(rules.entities[x].name) > 0;
    if (fits && named && !ignored && static_cast<int>(x) != e) return false;
  }
  return true;
}

// "The government may spend 3 percent of the fund" in a story that never names Norway
// as itself: with `country: country = Norway`, the rule is Norway's, as a tied role's
// would be, but the role still takes any country a sentence names (docs/rules.md "A
// role's fallback entity").
template <typename Search>
ResolvedRoles Matcher::Impl::fallback_entities(const DocumentIndex& index, int f, const std::vector<std::size_t>& open,
                                               const std::set<std::string>& bound, Search& search) const {
  const CompiledFact& compiled = facts[f];
  std::vector<std::size_t> rest;
  for (std::size_t i : open) {
    if (compiled.fallbacks[i] < 0) rest.push_back(i);
  }
  if (rest.size() == open.size()) return {};
  ResolvedRoles others;
  if (!rest.empty()) {
    others = search(rest);
    if (others.empty()) return others;
  }
  std::set<std::string> taken = bound;
  taken.insert(others.names.begin(), others.names.end());
  ResolvedRoles out;
  std::size_t k = 0;
  for (std::size_t i : open) {
    const int e = compiled.fallbacks[i];
    if (e < 0) {
      out.names.push_back(others.names[k]);
      out.sources.push_back(others.sources[k]);
      ++k;
      continue;
    }
    const std::string& name = rules.entities[static_cast<std::size_t>(e)].name;
    if (taken.count(name) || !alone_of_its_kind(index, compiled.slots[i], e)) return {};
    taken.insert(name);
    out.names.push_back(name);
    out.sources.push_back("fallback");
  }
  return out;
}

}  // namespace factlint::match
