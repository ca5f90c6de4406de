// What the matcher precomputes once per document before running any pattern:
// tokens and their word ids, the alias occurrence at each token, and the value
// readings of every type the rules need, all as edges between token positions.
#pragma once

#include <algorithm>

#include <memory>
#include <span>
#include <vector>

#include "doc/document.h"
#include "match/document_title.h"
#include "match/entity_index.h"
#include "match/tokenizer.h"
#include "match/vocabulary.h"
#include "value/scan.h"

namespace factlint::match {

// An edge over tokens: from one token boundary to another, carrying an entity index
// or a reading index. `to` is the end token (forward lists) or the begin token
// (reverse lists).
struct TokenEdge {
  int to = 0;
  int payload = 0;
};

// Edges grouped by token boundary 0..tokens (compressed rows).
struct EdgeTable {
  std::vector<int> offsets;  // size boundaries + 1
  std::vector<TokenEdge> edges;
  std::size_t count(int at) const { return offsets[at + 1] - offsets[at]; }
  const TokenEdge* begin(int at) const { return edges.data() + offsets[at]; }
  const TokenEdge* end(int at) const { return edges.data() + offsets[at + 1]; }
};

// The readings of one value type, with edges from begin token to end token (longest
// first) and from end token back to begin token.
struct TypedReadings {
  value::Type type = value::Type::Number;
  std::vector<value::ValueMatch> readings;
  // Value phrases of this type read only in part ("fifty-third" as a count): no
  // reading, so no statement; near misses say why (docs/rules.md).
  std::vector<value::UnreadValue> unread;
  EdgeTable forward;
  EdgeTable reverse;
  // The first reading that begins at or after byte `at` of the normalized text
  // (readings are sorted by begin), so a caller visits one sentence's readings only.
  std::vector<value::ValueMatch>::const_iterator first_at(std::size_t at) const {
    return std::lower_bound(readings.begin(), readings.end(), at,
                            [](const value::ValueMatch& m, std::size_t offset) { return m.begin < offset; });
  }
};

// Which sentences can hold a statement, so values are read only there (issue 10):
// reading values is most of a document's cost, and most sentences hold no word any
// rule needs. Each need is one pattern or cue: the certain words it must read, as
// clauses (one word or stem id of each clause, pattern_compiler.h's `anchors`), and
// how many sentences around a sentence holding them it may reach (a pattern's
// window, a cue's continued sentences). A sentence is live when, for some need,
// every clause is held within reach of it. `everywhere` when a pattern has no
// certain word: then every sentence is live.
//
// A need may name the value types only its own fact's matches read (`types`: the
// fact's amounts, figures of a unit or none); a type some need names is read only in
// the sentences those needs make live, as no other fact looks at its readings. The
// others (years, dates and ordinals serve every fact: scope years, the lead year,
// counted ordinals, rank orders) are read in every live sentence (issue 10,
// bench/README.md "Session 14").
struct ScanPlan {
  struct Need {
    std::vector<std::vector<int>> clauses;
    int reach = 0;
    std::vector<value::Type> types;
  };
  bool everywhere = true;
  std::vector<Need> needs;
};

// An appositive or a relative clause (match/attached_phrases.h): its words [begin,
// end) and the name they describe, [name_begin, name_end) standing for `entity`; a
// phrase that follows no name ("..., the biggest bet yet") comments on its clause and
// has name_begin == -1 and entity == -1.
struct AttachedPhrase {
  int begin = 0;
  int end = 0;
  int name_begin = -1;
  int name_end = -1;
  int entity = -1;
  // "..., (38 km) upstream of the Three Gorges Dam, ...": the phrase says where a thing
  // stands; the entities it names are landmarks, not the clause's subject.
  bool landmark = false;
  // "... than the Paris Metro, which is 226 km long": the phrase describes the thing
  // the clause is compared with (name_begin is its first word; entity is -1 when the
  // rules do not know it).
  bool compared = false;
};

struct DocumentIndex {
  // Tokenizes the document, finds aliases and scans values of each of `types` in the
  // sentences `plan` makes live (one scan per type and run of live sentences; readings
  // that do not begin and end on token boundaries are dropped). Linear in its length.
  DocumentIndex(const doc::Document& document, const Vocabulary& vocabulary, const EntityIndex& entities,
                const std::vector<value::Type>& types, const ScanPlan& plan = {});

  // The readings of `type`, or null when it was not requested; `narrowed` instead
  // while it is set and of that type.
  const TypedReadings* readings_of(value::Type type) const;
  // The readings of `type` whatever `narrowed` holds: every figure of the type, also
  // those a fact's values pass over, which still own their words ("a width of 40 m").
  const TypedReadings* all_readings_of(value::Type type) const;
  // While the matcher works on one fact that reads its own readings of its value type
  // (DocumentIndex::narrowings), those: only its plausible values (`values`), so
  // patterns and cues pass the others over and read the next value, and ranges read
  // as one end or as the time between (docs/rules.md "Plausible values", "One end of
  // a range", "Durations from two dates"). Bindings made under it index it. Null otherwise.
  mutable const TypedReadings* narrowed = nullptr;
  // Per fact (the matcher's numbering), its own readings of its value type, when it
  // reads its own; the matcher fills them once per document (null: none).
  std::vector<std::unique_ptr<TypedReadings>> narrowings;
  // Per fact, the ordinals it may read as a count (`count ordinals`) when it has
  // `values`: those whose count it admits (null: all of them, or none read).
  std::vector<std::unique_ptr<TypedReadings>> counted_narrowings;
  // `matches` (sorted by begin) as readings of `type` with their edges, those that do
  // not begin and end on token boundaries dropped; the index is left as it is. For a
  // fact that reads its own readings (DocumentIndex::narrowings).
  TypedReadings placed(value::Type type, std::vector<value::ValueMatch> matches) const;
  // Adds readings of a requested `type` that no reader gives from the text alone
  // (match/undated_years.h); readings stay sorted by begin.
  void add_readings(value::Type type, std::vector<value::ValueMatch> more);

  std::string_view text;         // the document's normalized text (the document outlives its index)
  const EntityIndex* entities = nullptr;  // the aliases it was built with (they outlive it too)
  std::vector<Token> tokens;
  std::vector<int> words;        // vocabulary id per token (kUnknownWord when no rule uses it)
  std::vector<int> stems;        // vocabulary stem id per token (kUnknownWord when no rule uses it)
  // Per token, which of the document's distinct spellings it is (0, 1, ... in order of
  // first occurrence; equal exactly when the token texts are): a set of words can be
  // a vector of flags instead of a hash set of strings (issue 10).
  std::vector<int> spellings;
  int spelling_count = 0;
  EdgeTable entity_forward;      // at a begin token: the longest alias (to = end token)
  EdgeTable entity_reverse;      // at an end boundary: the aliases ending there (to = begin token)
  // (An alias declared for entities of different kinds, "the Amazon" for the forest and
  // the river, has an edge for each, the first declared's first: AliasOccurrence::also.)

  // The alias beginning at token `t` (null when none), as the entity `takes` accepts:
  // the first declared of those it names that `takes` does, else the first declared
  // (docs/rules.md "One name for things of different kinds": a role of a kind takes the
  // entity of that kind). `takes(entity)` gives a bool.
  template <typename Takes>
  const TokenEdge* name_at(int t, Takes&& takes) const {
    if (entity_forward.count(t) == 0) return nullptr;
    for (const TokenEdge* e = entity_forward.begin(t); e != entity_forward.end(t); ++e) {
      if (takes(e->payload)) return e;
    }
    return entity_forward.begin(t);
  }
  std::vector<TypedReadings> typed;
  std::vector<std::pair<int, int>> sentence_tokens;  // [first, last) token of each sentence
  // The prefilter's inverted index: per vocabulary id (word or stem), the sentences
  // holding it, ascending. Patterns run only on sentences holding one of their anchors.
  std::vector<std::vector<int>> sentences_with;
  // Sentences holding any of `ids` (sorted, each once): the index's own list for one
  // id, else merged into `buffer` (valid until the index or `buffer` changes).
  std::span<const int> sentences_holding(const std::vector<int>& ids, std::vector<int>& buffer) const;
  // The normalized text of token `t`.
  std::string_view token_text(int t) const {
    const Token& token = tokens[static_cast<std::size_t>(t)];
    return text.substr(token.begin, token.end - token.begin);
  }
  // Whether token `t` holds a letter or digit (any non-ASCII byte counts as a letter),
  // rather than markup or punctuation.
  bool has_word_char(int t) const;
  // Whether some sentence holds `id`.
  bool holds_anywhere(int id) const;
  std::size_t scanned_bytes = 0;  // bytes of the live sentences, read once per value type
  int longest_edge = 1;          // most tokens any alias or reading spans
  // Per sentence: the entity, or a name no entity stands for, it opens with
  // (match/sentence_subject.h); the matcher fills it, empty until then.
  std::vector<int> subjects;
  // Per spelling (`spellings`): whether the document writes it in lowercase somewhere
  // (match/sentence_subject.h); the matcher fills it with `subjects`, empty until then.
  // Found once a document: sentence_subjects and capitalized_openings both ask it.
  std::vector<char> lowercase_spellings;
  // The document's appositives and relative clauses, in order, none inside another
  // (match/attached_phrases.h); the matcher fills it, empty until then.
  std::vector<AttachedPhrase> attached;
  std::vector<int> entity_mentions;  // per entity index: mentions, overlapping aliases counted once,
                                     // compared ones ("behind MSC") not at all
                                     // (entities never mentioned may lie past the end)
  // The entities and the year the document's title names (match/document_title.h);
  // the matcher fills it, empty until then.
  DocumentTitle title;
  // The year the document's first sentence says it looks back on (match/lead_year.h);
  // the matcher fills it, 0 until then.
  int lead_year = 0;

 private:
  // Appends `matches` that begin and end on token boundaries to `typed_readings` and
  // builds its edges (the others are dropped).
  void place_readings(TypedReadings& typed_readings, std::vector<value::ValueMatch> matches);
  // The same, returning the most tokens a reading spans instead of raising longest_edge.
  int place_readings_only(TypedReadings& typed_readings, std::vector<value::ValueMatch> matches) const;
};

}  // namespace factlint::match
