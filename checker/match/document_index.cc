// Per-document precomputation for the matcher.
#include "match/document_index.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <deque>
#include <iterator>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "doc/sentence_at.h"
#include "match/compared_mention.h"
#include "match/compared_unit.h"
#include "match/name_digits.h"
#include "match/label_numbers.h"
#include "match/name_numbers.h"
#include "match/sorted_sentences.h"
#include "match/word_forms.h"
#include "match/written_case.h"

namespace factlint::match {

namespace {

// A token's vocabulary ids: its word and its stem (kUnknownWord when no rule uses it),
// and which distinct spelling of the document it is.
struct WordIds {
  int word = kUnknownWord;
  int stem = kUnknownWord;
  int spelling = 0;
};

// A word's vocabulary ids across the documents a thread reads (issue 10): a corpus
// repeats its words, and each word new to a document was looked up, stemmed and its
// stem looked up, a string made for each of the three (some 800 instructions a word;
// bench/README.md "Session 20"). For one state of one vocabulary (Vocabulary::state);
// bounded, emptied when full.
class WordIdCache {
 public:
  static WordIdCache& of(const Vocabulary& vocabulary) {
    thread_local WordIdCache cache;
    if (cache.state_ != vocabulary.state()) {
      cache.ids_.clear();
      cache.state_ = vocabulary.state();
    }
    return cache;
  }
  // The word id and stem id of `w` (kUnknownWord when the rules use none).
  std::pair<int, int> ids(std::string_view w, const Vocabulary& vocabulary) {
    if (auto it = ids_.find(w); it != ids_.end()) return it->second;
    std::pair<int, int> found{vocabulary.find(w), kUnknownWord};
    if (vocabulary.has_stems() && has_word_forms(w)) found.second = vocabulary.find_stem(word_stem(w));
    if (ids_.size() >= kMaxWords) ids_.clear();
    ids_.emplace(std::string(w), found);
    return found;
  }

 private:
  static constexpr std::size_t kMaxWords = std::size_t{1} << 15;  // a few MB at most
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view w) const { return std::hash<std::string_view>{}(w); }
  };
  std::unordered_map<std::string, std::pair<int, int>, Hash, std::equal_to<>> ids_;
  std::uint64_t state_ = 0;  // no vocabulary's
};

// The ids of a document's distinct words, each looked up (and stemmed, the costly
// part) once: an open-addressing table with a cheap hash, one probe per token where
// a word lookup and a stem lookup in std::unordered_map were two (issue 10). It grows
// with the distinct words, not the tokens, so a long document costs no more memory
// than the map did (docs/limits.md).
class DistinctWords {
 public:
  explicit DistinctWords(const Vocabulary& vocabulary) : slots_(256), known_(WordIdCache::of(vocabulary)) {}
  WordIds ids(std::string_view w, const Vocabulary& vocabulary) {
    const std::size_t h = hash(w);
    Slot& slot = find(h, w);
    if (slot.used) return slot.ids;
    slot.used = true;
    slot.hash = h;
    slot.text = w;
    std::tie(slot.ids.word, slot.ids.stem) = known_.ids(w, vocabulary);
    slot.ids.spelling = static_cast<int>(used_);
    const WordIds ids = slot.ids;
    if (++used_ * 2 > slots_.size()) grow();  // at most half full
    return ids;
  }
  int count() const { return static_cast<int>(used_); }

 private:
  struct Slot {
    std::string_view text;
    std::size_t hash = 0;
    WordIds ids;
    bool used = false;
  };
  static std::size_t hash(std::string_view w) {
    std::uint64_t h = 14695981039346656037ull;  // FNV-1a: words are a few bytes long
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
  // The slot holding `w`, or the empty one where it goes.
  Slot& find(std::size_t h, std::string_view w) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = h & mask;; at = (at + 1) & mask) {
      Slot& slot = slots_[at];
      if (!slot.used || (slot.hash == h && slot.text == w)) return slot;
    }
  }
  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.used) find(s.hash, s.text) = s;
    }
  }
  std::vector<Slot> slots_;
  std::size_t used_ = 0;
  WordIdCache& known_;
};

// Builds compressed rows from (row, edge) pairs; rows keep the pairs' order.
EdgeTable build_table(int boundaries, const std::vector<std::pair<int, TokenEdge>>& items) {
  EdgeTable table;
  const auto by_boundary = [](const auto& a, const auto& b) { return a.first < b.first; };
  if (std::is_sorted(items.begin(), items.end(), by_boundary)) {
    // Items come sorted by boundary (every caller sorts them): each offset is written
    // once, as runs of one value, without zeroing, counting and a copy of the offsets
    // first (a table per value type and direction per document, most of them nearly
    // empty: issue 10, bench/README.md "Session 19 (perf)"). The same table as below.
    table.offsets.reserve(static_cast<std::size_t>(boundaries) + 2);
    table.edges.reserve(items.size());
    for (std::size_t j = 0; j < items.size();) {
      const int at = items[j].first;
      // offsets[i] for i <= at: the items before boundary `at`'s.
      table.offsets.insert(table.offsets.end(), static_cast<std::size_t>(at) + 1 - table.offsets.size(),
                           static_cast<int>(j));
      for (; j < items.size() && items[j].first == at; ++j) table.edges.push_back(items[j].second);
    }
    table.offsets.insert(table.offsets.end(), static_cast<std::size_t>(boundaries) + 2 - table.offsets.size(),
                         static_cast<int>(items.size()));
    return table;
  }
  table.offsets.assign(boundaries + 2, 0);
  for (const auto& item : items) ++table.offsets[item.first + 1];
  for (int i = 0; i <= boundaries; ++i) table.offsets[i + 1] += table.offsets[i];
  table.edges.resize(items.size());
  std::vector<int> fill(table.offsets.begin(), table.offsets.end() - 1);
  for (const auto& item : items) table.edges[fill[item.first]++] = item.second;
  return table;
}

struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The sentences within `reach` of any of `sentences` (ascending), ascending, each once:
// `sentences` itself when `reach` is 0, else written into `out`.
std::span<const int> within_reach(std::span<const int> sentences, int reach, int count, std::vector<int>& out) {
  if (reach == 0) return sentences;
  out.clear();
  for (int h : sentences) {
    for (int t = std::max({0, h - reach, out.empty() ? 0 : out.back() + 1}); t <= std::min(count - 1, h + reach); ++t) {
      out.push_back(t);
    }
  }
  return out;
}

// Which sentences are live (ScanPlan): for some need, and for the needs naming each
// type they name.
struct LiveSentences {
  std::vector<char> any;
  std::vector<std::pair<value::Type, std::vector<char>>> named;
  // The sentences where `type` is read: its needs' when some need names it, else `any`.
  const std::vector<char>& of(value::Type type) const {
    for (const auto& [t, live] : named) {
      if (t == type) return live;
    }
    return any;
  }
};

LiveSentences live_sentences(const DocumentIndex& index, const ScanPlan& plan) {
  const int count = static_cast<int>(index.sentence_tokens.size());
  LiveSentences out;
  out.any.assign(static_cast<std::size_t>(count), 0);
  auto named = [&](value::Type type) -> std::vector<char>& {
    for (auto& [t, live] : out.named) {
      if (t == type) return live;
    }
    return out.named.emplace_back(type, std::vector<char>(static_cast<std::size_t>(count), 0)).second;
  };
  // Reused from need to need: most documents meet every need of the rules (issue 10).
  std::vector<int> holding;
  std::vector<int> near;
  std::vector<int> reached;
  for (const ScanPlan::Need& need : plan.needs) {
    for (value::Type type : need.types) named(type);  // read nowhere else, even when this need is not live
    // Most needs are of facts the document never mentions: one empty clause ends them.
    const bool possible = std::all_of(need.clauses.begin(), need.clauses.end(), [&](const std::vector<int>& clause) {
      return std::any_of(clause.begin(), clause.end(), [&](int id) { return index.holds_anywhere(id); });
    });
    if (!possible || need.clauses.empty()) continue;
    for (std::size_t c = 0; c < need.clauses.size(); ++c) {
      const std::span<const int> these =
          within_reach(index.sentences_holding(need.clauses[c], holding), need.reach, count, near);
      if (c == 0) {
        reached.assign(these.begin(), these.end());
      } else {
        keep_common(reached, these);
      }
      if (reached.empty()) break;
    }
    for (int t : reached) out.any[static_cast<std::size_t>(t)] = 1;
    for (value::Type type : need.types) {
      std::vector<char>& live = named(type);
      for (int t : reached) live[static_cast<std::size_t>(t)] = 1;
    }
  }
  return out;
}

// The byte ranges of runs of live sentences (`live`), ascending and disjoint.
std::vector<ByteRange> live_ranges(const std::vector<char>& live, const std::vector<doc::Sentence>& sentences,
                                   std::size_t text_size) {
  std::vector<ByteRange> out;
  for (std::size_t s = 0; s < live.size(); ++s) {
    if (!live[s]) continue;
    const std::size_t begin = sentences[s].begin;
    const std::size_t end = std::min(sentences[s].end, text_size);
    if (s > 0 && live[s - 1] && !out.empty()) {
      out.back().end = end;  // runs of live sentences are scanned as one text
    } else {
      out.push_back({begin, end});
    }
  }
  return out;
}

// Whether sentence `s` ends where the layout ends it, not at a full stop: a heading, a
// label line ("Routes operated: 12"), a table cell, a paragraph without end punctuation.
// The normalized text runs on into the next block ("12 years of service: 40"), whose
// first word a reader would take as the figure's unit; it is no part of the phrase.
bool ends_without_stop(const std::string& text, const doc::Sentence& s) {
  std::size_t end = std::min(s.end, text.size());
  while (end > s.begin && text[end - 1] == ' ') --end;
  if (end == s.begin) return false;
  char last = text[end - 1];
  if ((last == '"' || last == '\'' || last == ')' || last == ']') && end - 1 > s.begin) last = text[end - 2];
  return last != '.' && last != '!' && last != '?';
}

// `ranges` cut at every sentence that ends without a stop (ends_without_stop), so no
// value phrase is read across a block's end (docs/rules.md "Facts in tables", label
// lines).
std::vector<ByteRange> cut_at_block_ends(const std::vector<ByteRange>& ranges, const std::vector<doc::Sentence>& sentences,
                                         const std::string& text) {
  std::vector<ByteRange> out;
  std::size_t s = 0;
  for (ByteRange r : ranges) {
    while (s < sentences.size() && sentences[s].end <= r.begin) ++s;
    for (; s < sentences.size() && sentences[s].end < r.end; ++s) {
      if (!ends_without_stop(text, sentences[s]) || s + 1 >= sentences.size()) continue;
      const std::size_t next = std::min(sentences[s + 1].begin, r.end);
      if (sentences[s].end > r.begin) out.push_back({r.begin, sentences[s].end});
      r.begin = next;
    }
    if (r.end > r.begin) out.push_back(r);
  }
  return out;
}

// Of `starts` (per range of `live`, offsets into it), those in sentences `wanted` holds:
// a type its own needs name is read in the runs every type is read in, so its readers
// see the same text around each start, but only where its needs are live. A start
// between two sentences belongs to the one before.
std::vector<std::vector<std::uint32_t>> starts_in(const std::vector<std::vector<std::uint32_t>>& starts,
                                                  const std::vector<ByteRange>& live,
                                                  const std::vector<doc::Sentence>& sentences,
                                                  const std::vector<char>& wanted) {
  std::vector<std::vector<std::uint32_t>> out(starts.size());
  std::size_t s = 0;
  for (std::size_t i = 0; i < live.size(); ++i) {
    for (std::size_t k = 0; k < starts[i].size(); ++k) {
      const std::uint32_t at = starts[i][k];
      const std::size_t byte = live[i].begin + at;
      while (s + 1 < wanted.size() && sentences[s + 1].begin <= byte) ++s;
      if (s >= wanted.size() || !wanted[s]) continue;
      // Room for every start left at the first one kept: one allocation, not a
      // vector grown start by start (issue 10).
      if (out[i].empty()) out[i].reserve(starts[i].size() - k);
      out[i].push_back(at);
    }
  }
  return out;
}

// Where readings may start in each live range, found once per family of value types
// (value::same_starts): the walk over every byte is as costly as the reading itself,
// and a document is often read for four or five types of one family (issue 10).
class LiveStarts {
 public:
  LiveStarts(const std::string& text, const std::vector<ByteRange>& live) : text_(text), live_(live) {}
  // Per live range, the starts (offsets into the range) of `type`'s family.
  const std::vector<std::vector<std::uint32_t>>& of(value::Type type) {
    for (const Family& f : families_) {
      if (value::same_starts(f.type, type)) return f.starts;
    }
    Family& f = families_.emplace_back();
    f.type = type;
    for (const ByteRange& r : live_) f.starts.push_back(value::reading_starts(type, range(r)));
    return f.starts;
  }
  std::string_view range(const ByteRange& r) const { return std::string_view(text_).substr(r.begin, r.end - r.begin); }

 private:
  struct Family {
    value::Type type = value::Type::Number;
    std::vector<std::vector<std::uint32_t>> starts;
  };
  const std::string& text_;
  const std::vector<ByteRange>& live_;
  std::deque<Family> families_;  // a deque: references handed out stay valid as it grows
};

// value::scan over each live range at `at` (LiveStarts, per range), with offsets into
// the whole text.
value::ScanResult scan_live(value::Type type, const value::ParseContext& context, const std::vector<ByteRange>& live,
                            const std::vector<std::vector<std::uint32_t>>& at, const LiveStarts& starts) {
  if (live.size() == 1 && live[0].begin == 0) return value::scan(type, starts.range(live[0]), at[0], context);
  value::ScanResult out;
  for (std::size_t i = 0; i < live.size(); ++i) {
    const ByteRange& r = live[i];
    value::ScanResult part = value::scan(type, starts.range(r), at[i], context);
    for (value::ValueMatch& m : part.matches) {
      m.begin += r.begin;
      m.end += r.begin;
      out.matches.push_back(std::move(m));
    }
    for (value::UnreadValue& u : part.unread) {
      u.begin += r.begin;
      u.end += r.begin;
      u.unread_begin += r.begin;
      u.unread_end += r.begin;
      out.unread.push_back(u);
    }
  }
  return out;
}

// A plain figure right before an entity's name: "192 S Stock trains", "40 A350s".
// The count reader refuses a figure a unit follows, and a name may begin with a word
// that is also a unit ("S" for seconds, "M" for metres): the name is no unit, so the
// figure is read alone. Offsets are into `text`.
std::vector<value::ValueMatch> figures_before_names(value::Type type, const std::string& text,
                                                    const std::vector<Token>& tokens, const EdgeTable& names,
                                                    const TypedReadings& readings) {
  std::vector<value::ValueMatch> out;
  const int n = static_cast<int>(tokens.size());
  for (int t = 1; t < n; ++t) {
    if (names.count(t) == 0) continue;
    const Token& figure = tokens[static_cast<std::size_t>(t - 1)];
    const std::string_view word = std::string_view(text).substr(figure.begin, figure.end - figure.begin);
    if (word.empty() || word.find_first_not_of("0123456789,") != std::string_view::npos || word[0] == ',') continue;
    if (readings.reverse.count(t) > 0) continue;  // already read, as itself or within more
    auto reading = value::first_value(type, word, {});
    if (!reading || reading->begin != 0 || reading->end != word.size()) continue;
    reading->begin += figure.begin;
    reading->end += figure.begin;
    out.push_back(std::move(*reading));
  }
  return out;
}

// "no wider than 32.3 m": a limit written with an adjective's comparative states the
// adjective's figure, so the comparative takes the stem of the rule word it is made
// from (`wide`), as an inflection would (docs/rules.md "Word forms"). Only between
// "no"/"not" and "than": "2 m wider than" and "wider than 8,000 m" compare two things.
void read_comparative_limits(std::string_view text, const std::vector<Token>& tokens, const Vocabulary& vocabulary,
                             std::vector<int>& stems) {
  auto word = [&](std::size_t i) { return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin); };
  for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
    if (stems[i] != kUnknownWord || word(i + 1) != "than" || (word(i - 1) != "no" && word(i - 1) != "not")) continue;
    for (const std::string& base : comparative_bases(word(i))) {
      const int id = vocabulary.find_stem(word_stem(base));
      if (id != kUnknownWord) {
        stems[i] = id;
        break;
      }
    }
  }
}

// Tokens [begin, end) written in capitals (entity_index.h, AliasOccurrence::capitals).
bool written_in_capitals(const doc::Document& document, const std::vector<Token>& tokens, int begin, int end) {
  for (int t = begin; t < end; ++t) {
    if (!written_in_capitals(document, tokens[static_cast<std::size_t>(t)])) return false;
  }
  return true;
}

// "New York State Assembly" for the alias "New York": a capitalized alias that two
// more capitalized words continue, inside a sentence not written in title case, is
// the start of a longer name, another thing than the alias's entity (docs/rules.md
// "Entities"). Months, weekdays and articles continue no name.
bool continues_as_a_longer_name(const doc::Document& document, const std::vector<Token>& tokens,
                                const AliasOccurrence& hit) {
  const std::size_t end = static_cast<std::size_t>(hit.end);
  if (end + 1 >= tokens.size()) return false;
  const std::string_view text = document.normalized;
  auto word = [&](std::size_t t) { return text.substr(tokens[t].begin, tokens[t].end - tokens[t].begin); };
  auto lettered = [&](std::size_t t) {
    const std::string_view w = word(t);
    return !w.empty() && ((w[0] >= 'a' && w[0] <= 'z') || static_cast<unsigned char>(w[0]) >= 0x80);
  };
  static constexpr std::array<std::string_view, 24> kNoNames = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "the", "a", "an", "and", "of"};
  auto name_word = [&](std::size_t t) {
    return lettered(t) && written_capitalized(document, tokens[t]) &&
           std::find(kNoNames.begin(), kNoNames.end(), word(t)) == kNoNames.end();
  };
  if (!written_capitalized(document, tokens[end - 1]) || !name_word(end) || !name_word(end + 1)) return false;
  // One sentence, joined by spaces only (no hyphen, no line break between).
  for (std::size_t t = end - 1; t < end + 1; ++t) {
    const std::string_view gap = text.substr(tokens[t].end, tokens[t + 1].begin - tokens[t].end);
    if (gap != " ") return false;
  }
  // A title or a heading capitalizes every long word: its names say nothing.
  const int sentence = doc::sentence_at(document.sentences, tokens[end].begin);
  if (sentence < 0) return false;
  const doc::Sentence& s = document.sentences[static_cast<std::size_t>(sentence)];
  auto first = std::lower_bound(tokens.begin(), tokens.end(), s.begin,
                                [](const Token& t, std::size_t at) { return t.begin < at; });
  for (auto it = first; it != tokens.end() && it->end <= s.end; ++it) {
    const std::size_t t = static_cast<std::size_t>(it - tokens.begin());
    if (lettered(t) && word(t).size() >= 4 && !written_capitalized(document, tokens[t])) return true;
  }
  return false;
}

}  // namespace

DocumentIndex::DocumentIndex(const doc::Document& document, const Vocabulary& vocabulary,
                             const EntityIndex& entities, const std::vector<value::Type>& types,
                             const ScanPlan& plan) {
  const std::string& text = document.normalized;
  this->text = text;
  this->entities = &entities;
  tokens = tokenize(text);
  const int n = static_cast<int>(tokens.size());
  words.resize(static_cast<std::size_t>(n));
  stems.resize(static_cast<std::size_t>(n));
  spellings.resize(static_cast<std::size_t>(n));
  DistinctWords distinct(vocabulary);
  for (int i = 0; i < n; ++i) {
    const std::string_view w = std::string_view(text).substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    const WordIds ids = distinct.ids(w, vocabulary);
    words[static_cast<std::size_t>(i)] = ids.word;
    stems[static_cast<std::size_t>(i)] = ids.stem;
    spellings[static_cast<std::size_t>(i)] = ids.spelling;
  }
  spelling_count = distinct.count();
  if (vocabulary.has_stems()) read_comparative_limits(text, tokens, vocabulary, stems);

  std::vector<std::pair<int, TokenEdge>> forward;
  std::vector<std::pair<int, TokenEdge>> reverse;
  for (const AliasOccurrence& hit : entities.occurrences(text, tokens, words)) {
    if (hit.capitals && !written_in_capitals(document, tokens, hit.begin, hit.end)) continue;
    if (hit.capitalized && written_lowercase(document, tokens[static_cast<std::size_t>(hit.begin)])) continue;
    if (continues_as_a_longer_name(document, tokens, hit)) continue;
    forward.push_back({hit.begin, {hit.end, hit.entity}});
    reverse.push_back({hit.end, {hit.begin, hit.entity}});
    // A name of things of different kinds (docs/rules.md "One name for things of
    // different kinds"): an edge for each, after the first declared's (name_at).
    if (hit.also) {
      for (int e : *hit.also) {
        forward.push_back({hit.begin, {hit.end, e}});
        reverse.push_back({hit.end, {hit.begin, e}});
      }
    }
    longest_edge = std::max(longest_edge, hit.end - hit.begin);
  }
  entity_forward = build_table(n, forward);
  // Counted once here, for `resolve ... from context` falling back to the document's
  // most-named entities, rather than once per statement that needs it. A mention the
  // sentence compares with ("behind MSC") says what the document is not about.
  for (int i = 0; i < n;) {
    if (entity_forward.count(i) == 0) {
      ++i;
      continue;
    }
    // A name of things of different kinds counts for each: a document about "the Amazon"
    // is about the forest for a forest's role and the river for a river's.
    const int end = entity_forward.begin(i)->to;
    const std::string_view next = end < n ? token_text(end) : std::string_view();
    const bool compared = compared_mention([&](int t) { return token_text(t); }, i, next);
    for (const TokenEdge* hit = entity_forward.begin(i); hit != entity_forward.end(i); ++hit) {
      if (hit->payload >= static_cast<int>(entity_mentions.size())) entity_mentions.resize(hit->payload + 1, 0);
      if (!compared) ++entity_mentions[static_cast<std::size_t>(hit->payload)];
    }
    i = end;
  }
  std::stable_sort(reverse.begin(), reverse.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  entity_reverse = build_table(n, reverse);

  std::vector<doc::Sentence> sentences = document.sentences;
  if (sentences.empty() && !text.empty()) sentences.push_back({0, text.size()});
  int t = 0;
  for (const doc::Sentence& s : sentences) {
    while (t < n && tokens[t].begin < s.begin) ++t;
    int first = t;
    while (t < n && tokens[t].end <= s.end) ++t;
    sentence_tokens.push_back({first, t});
  }

  sentences_with.resize(static_cast<std::size_t>(vocabulary.size()));
  for (int si = 0; si < static_cast<int>(sentence_tokens.size()); ++si) {
    for (int k = sentence_tokens[si].first; k < sentence_tokens[si].second; ++k) {
      for (int id : {words[k], stems[k]}) {
        if (id == kUnknownWord) continue;
        auto& list = sentences_with[static_cast<std::size_t>(id)];
        if (list.empty() || list.back() != si) list.push_back(si);
      }
    }
  }

  const LiveSentences live_sentence = plan.everywhere ? LiveSentences{} : live_sentences(*this, plan);
  const std::vector<ByteRange> live =
      cut_at_block_ends(plan.everywhere ? std::vector<ByteRange>{{0, text.size()}}
                                        : live_ranges(live_sentence.any, sentences, text.size()),
                        sentences, text);
  for (const ByteRange& r : live) scanned_bytes += r.end - r.begin;

  value::ParseContext context;
  context.reference_date = document.date();
  context.reference_grain = document.date_grain();
  context.date_order = document.value_settings.date_order;
  // A bare ton is resolved per statement: a fact's `ton` option overrides the document's.
  context.ton = value::Ton::AsWritten;
  static_cast<value::BareCodes&>(context) = value::BareCodes::none();  // a bare "$", "¥" and "Sh" too
  // A declared name that holds a figure ("Merdeka 118") is a name wherever it stands,
  // no figure of any type: the readers see its digits as letters (match/name_digits.h).
  const std::string named = digits_of_names_as_letters(text, tokens, entity_forward);
  const std::string& read_text = named.empty() ? text : named;
  LiveStarts starts(read_text, live);
  for (value::Type type : types) {
    if (readings_of(type)) continue;
    const std::vector<std::vector<std::uint32_t>>& all_starts = starts.of(type);
    const std::vector<char>& wanted = live_sentence.of(type);
    value::ScanResult scanned =
        &wanted == &live_sentence.any ? scan_live(type, context, live, all_starts, starts)
                                      : scan_live(type, context, live, starts_in(all_starts, live, sentences, wanted), starts);
    if ((type == value::Type::Count || type == value::Type::Number)) {
      drop_numbers_in_names(document, scanned.matches);
      drop_label_numbers(document, scanned.matches);
    }
    TypedReadings typed_readings;
    typed_readings.type = type;
    typed_readings.unread = std::move(scanned.unread);
    typed.push_back(std::move(typed_readings));
    place_readings(typed.back(), std::move(scanned.matches));
    if (type == value::Type::Count || type == value::Type::Number) {
      add_readings(type, figures_before_names(type, read_text, tokens, entity_forward, typed.back()));
    }
    add_readings(type, compared_without_unit(type, read_text, typed.back().readings, context));
    add_readings(type, listed_without_unit(type, read_text, tokens, entity_forward, typed.back().readings, context));
  }
}

void DocumentIndex::place_readings(TypedReadings& typed_readings, std::vector<value::ValueMatch> matches) {
  longest_edge = std::max(longest_edge, place_readings_only(typed_readings, std::move(matches)));
}

TypedReadings DocumentIndex::placed(value::Type type, std::vector<value::ValueMatch> matches) const {
  TypedReadings out;
  out.type = type;
  place_readings_only(out, std::move(matches));
  return out;
}

int DocumentIndex::place_readings_only(TypedReadings& typed_readings, std::vector<value::ValueMatch> matches) const {
  int longest = 1;
  const int n = static_cast<int>(tokens.size());
  // Readings map to tokens by binary search: a table per byte cost more (allocating
  // and clearing it) than the few lookups a document's readings need.
  auto begin_token = [&](std::size_t at) {
    auto it = std::lower_bound(tokens.begin(), tokens.end(), at, [](const Token& t, std::size_t b) { return t.begin < b; });
    return it != tokens.end() && it->begin == at ? static_cast<int>(it - tokens.begin()) : -1;
  };
  auto end_token = [&](std::size_t at) {
    auto it = std::lower_bound(tokens.begin(), tokens.end(), at, [](const Token& t, std::size_t e) { return t.end < e; });
    return it != tokens.end() && it->end == at ? static_cast<int>(it - tokens.begin()) + 1 : -1;
  };
  std::vector<std::pair<int, TokenEdge>> fwd;
  std::vector<std::pair<int, TokenEdge>> rev;
  for (value::ValueMatch& m : matches) {
    if (m.begin >= m.end || m.end > text.size()) continue;
    int b = begin_token(m.begin);
    int e = end_token(m.end);
    if (b < 0 || e <= b) continue;
    int index = static_cast<int>(typed_readings.readings.size());
    typed_readings.readings.push_back(std::move(m));
    fwd.push_back({b, {e, index}});
    rev.push_back({e, {b, index}});
    longest = std::max(longest, e - b);
  }
  // Forward edges: longest reading first, so a pattern prefers it.
  std::stable_sort(fwd.begin(), fwd.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second.to > b.second.to;
  });
  std::stable_sort(rev.begin(), rev.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second.to < b.second.to;
  });
  typed_readings.forward = build_table(n, fwd);
  typed_readings.reverse = build_table(n, rev);
  return longest;
}

void DocumentIndex::add_readings(value::Type type, std::vector<value::ValueMatch> more) {
  auto it = std::find_if(typed.begin(), typed.end(), [&](const TypedReadings& r) { return r.type == type; });
  if (it == typed.end() || more.empty()) return;
  // Readings stay sorted by where they begin (scope_year and near misses search them
  // so); each payload is an index into them, so the edges are built again.
  std::vector<value::ValueMatch> all = std::move(it->readings);
  all.insert(all.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  std::stable_sort(all.begin(), all.end(),
                   [](const value::ValueMatch& a, const value::ValueMatch& b) { return a.begin < b.begin; });
  it->readings.clear();
  place_readings(*it, std::move(all));
}

bool DocumentIndex::has_word_char(int t) const {
  for (char ch : token_text(t)) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) return true;
  }
  return false;
}

bool DocumentIndex::holds_anywhere(int id) const {
  return id >= 0 && static_cast<std::size_t>(id) < sentences_with.size() && !sentences_with[static_cast<std::size_t>(id)].empty();
}

std::span<const int> DocumentIndex::sentences_holding(const std::vector<int>& ids, std::vector<int>& buffer) const {
  if (ids.size() == 1) {
    if (!holds_anywhere(ids[0])) return {};
    return sentences_with[static_cast<std::size_t>(ids[0])];
  }
  buffer.clear();
  for (int id : ids) {
    if (id < 0 || static_cast<std::size_t>(id) >= sentences_with.size()) continue;
    const auto& list = sentences_with[static_cast<std::size_t>(id)];
    buffer.insert(buffer.end(), list.begin(), list.end());
  }
  std::sort(buffer.begin(), buffer.end());
  buffer.erase(std::unique(buffer.begin(), buffer.end()), buffer.end());
  return buffer;
}

const TypedReadings* DocumentIndex::readings_of(value::Type type) const {
  if (narrowed && narrowed->type == type) return narrowed;
  return all_readings_of(type);
}

const TypedReadings* DocumentIndex::all_readings_of(value::Type type) const {
  for (const TypedReadings& r : typed) {
    if (r.type == type) return &r;
  }
  return nullptr;
}

}  // namespace factlint::match
