// Grouping matched quotes and judging each group against its reference wording.
#include "quote/quote_comparator.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "doc/path_glob.h"
#include "quote/quote_words.h"
#include "quote/shingle_index.h"
#include "quote/word_diff.h"

namespace factlint::quote {

namespace {

// Share of the shorter wording's words found in order in the other: a changed
// word in four still matches, a shared phrase in two long quotes does not.
constexpr double kMinMatch = 0.75;

class DisjointSets {
 public:
  explicit DisjointSets(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void join(std::size_t a, std::size_t b) {
    a = find(a), b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<std::size_t> parent_;
};

std::set<std::string> speaker_set(const std::string& name) {
  std::set<std::string> out;
  std::size_t from = 0;
  while (from <= name.size()) {
    std::size_t at = name.find(" and ", from);
    std::string part = name.substr(from, at == std::string::npos ? std::string::npos : at - from);
    if (!part.empty()) out.insert(part);
    if (at == std::string::npos) break;
    from = at + 5;
  }
  return out;
}

// Whether two names may be one person: equal, or one is the other's last words
// ("Okafor" and "Samir Okafor"), as one document names a person in full and another
// by surname only.
bool same_person(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  return longer.size() > shorter.size() && longer.ends_with(shorter) &&
         longer[longer.size() - shorter.size() - 1] == ' ';
}

// Known speakers with no one in common: "Xi" and "Xi and Putin" agree.
bool different_speakers(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  std::set<std::string> x = speaker_set(a), y = speaker_set(b);
  return std::none_of(x.begin(), x.end(), [&](const std::string& s) {
    return std::any_of(y.begin(), y.end(), [&](const std::string& t) { return same_person(s, t); });
  });
}

// A one-word quotation given to a speaker is a quotation that may be cut from a
// longer one; an unattributed one (a scare quote) is a label, and joins only its twin.
// Templates over Quote and QuoteCore: the public functions of the header are these
// on whole quotations (the incremental run's), the full run uses them on cores.
template <class Q>
bool speech_word(const Q& q) {
  return word_count(q) == 1 && kind_of(q) == QuoteKind::Speech && known_speaker(q);
}

template <class Q>
std::string key_of(const Q& q) {
  std::string key;
  for (const std::string& w : words_of(q)) key += w + '\x1f';
  if (word_count(q) == 1) key += '\x1e' + speaker_of(q) + (speech_word(q) ? "+" : "-");
  return key;
}

// What tells one wording from another: its words, or a core's interned wording's
// address (quote_core.h), so a group of 100,000 cores makes no words to tell them.
std::string wording_of(const Quote& q) { return joined(q.words); }
std::string wording_of(const QuoteCore& q) { return std::string(reinterpret_cast<const char*>(&q.words), sizeof q.words); }

// What a variant keeps of a quotation of its group (HeldQuote): the quotation, moved
// from the run's list, or a pointer to the core.
Quote hold(Quote& q) { return std::move(q); }
const QuoteCore* hold(QuoteCore& q) { return &q; }

// The same partition as key_of, cheaper for a core: its interned wording's address
// stands for its words (quote_core.h).
std::string identity_of(const Quote& q) { return key_of(q); }
std::string identity_of(const QuoteCore& q) {
  std::string key = wording_of(q);
  if (word_count(q) == 1) key += '\x1e' + speaker_of(q) + (speech_word(q) ? "+" : "-");
  return key;
}

// `a` and `b` with their words' spelling ids (SpellingIds).
template <class Q>
bool same_quote(const Q& a, const Q& b, const std::vector<WordTable::Id>& a_words,
                const std::vector<WordTable::Id>& b_words) {
  // One word is too little to tell a quote apart: it joins a longer quote only when
  // both are given to the same known speaker, never to call one a misattribution.
  bool one_word = (speech_word(a) || speech_word(b)) && known_speaker(a) && known_speaker(b) &&
                  !different_speakers(speaker_of(a), speaker_of(b));
  return similar_wordings(a_words, b_words, one_word);
}

// The spelling key (word_diff.h) of each word as an id, each distinct word's key
// worked out once: what the comparison of a run's quotations compares (issue 10).
class SpellingIds {
 public:
  WordTable::Id of(const std::string& word) {
    WordTable::Id w = words_.id(word);
    if (w == key_of_word_.size()) key_of_word_.push_back(keys_.id(spelling_keys({word})[0]));
    return key_of_word_[w];
  }
  std::vector<WordTable::Id> of(const std::vector<std::string>& words) {
    std::vector<WordTable::Id> out;
    out.reserve(words.size());
    for (const std::string& w : words) out.push_back(of(w));
    return out;
  }
  std::vector<WordTable::Id> of(const Quote& q) { return of(q.words); }
  std::vector<WordTable::Id> of(const QuoteCore& q) {
    std::vector<WordTable::Id> out;
    out.reserve(q.words->ids.size());
    for (WordTable::Id id : q.words->ids) out.push_back(of(q.words->table->text(id)));
    return out;
  }
  // A word that is a spelling key already (CorpusShingles::single_words).
  WordTable::Id of_key(const std::string& key) { return keys_.id(key); }
  // The shingle as shingles_of spells it (shingle_index.h).
  std::string shingle_text(std::uint64_t shingle) const {
    auto first = static_cast<WordTable::Id>(shingle >> 32), second = static_cast<WordTable::Id>(shingle);
    return first == WordTable::kNone ? keys_.text(second) : keys_.text(first) + '\x1f' + keys_.text(second);
  }

 private:
  WordTable words_, keys_;
  std::vector<WordTable::Id> key_of_word_;  // by the id in words_
};

bool has_negation(const std::string& words) {
  std::size_t from = 0;
  while (from < words.size()) {
    std::size_t at = words.find(' ', from);
    std::string w = words.substr(from, at == std::string::npos ? std::string::npos : at - from);
    if (w == "not" || w == "no" || w == "never" || w == "nor" || w == "nothing" || w == "none" ||
        w == "without" || w == "cannot" || w.ends_with("n't")) {
      return true;
    }
    if (at == std::string::npos) break;
    from = at + 1;
  }
  return false;
}

enum class Relation { Same, Truncated, TruncatedNegation, Altered };

struct Judgement {
  Relation relation = Relation::Same;
  std::string detail;
};

std::string quoted(const std::vector<std::string>& words) { return "\"" + joined(words) + "\""; }

template <class Q>
Judgement judge(const std::vector<std::string>& reference, const Q& other) {
  if (same_words(words_of(other), reference)) return {};
  if (auto cut = find_cut(reference, words_of(other), gaps_of(other))) {
    bool negation = has_negation(cut->before + " " + cut->elided + " " + cut->after);
    return {negation ? Relation::TruncatedNegation : Relation::Truncated,
            quoted(words_of(other)) + " is cut from " + quoted(reference) + " (" + describe_cut(*cut) + ")" +
                (negation ? ": the cut removes a negation, which can reverse the meaning" : "")};
  }
  return {Relation::Altered, quoted(words_of(other)) + " differs from " + quoted(reference) + ": " +
                                 describe_changes(word_diff(reference, words_of(other)))};
}

// How many documents a group sorted by document quotes: counted along it, not
// gathered in a set (a wire quotation's group names most of a corpus, issue 10).
template <class Q>
std::size_t documents_in(const std::vector<Q*>& sorted) {
  std::size_t n = 0;
  const std::string* last = nullptr;
  for (const Q* q : sorted) {
    const std::string& d = document_of(*q);
    if (last == nullptr || d != *last) ++n;
    last = &d;
  }
  return n;
}

// The quotation a group is judged against; the group itself is read, not copied (a
// wire quotation's group is a million pointers, issue 10).
template <class Q>
const Q& reference_of(const std::vector<Q*>& group) {
  auto better = [](const Q* a, const Q* b) {
    auto rank = [](const Q* q) {
      return std::make_tuple(kind_of(*q) == QuoteKind::Speech, known_speaker(*q), word_count(*q));
    };
    if (rank(a) != rank(b)) return rank(a) > rank(b);
    return std::tie(document_of(*a), a->begin) < std::tie(document_of(*b), b->begin);
  };
  return **std::min_element(group.begin(), group.end(), better);
}

// Whether two quotations of a group fall in one variant for certain: the same words
// (a core's interned wording, one pointer) and speaker.
bool same_variant(const Quote& a, const Quote& b) { return a.words == b.words && a.speaker.name == b.speaker.name; }
bool same_variant(const QuoteCore& a, const QuoteCore& b) { return a.words == b.words && a.framing == b.framing; }

// Moves each quotation of `group` into the variant `variant_of` gives its index of,
// each variant's list made at its size once: a wire quotation's group is 150,000
// quotations of one wording, and a list grown one by one moved each several times
// (issue 10). A quotation of the wording before it is in the same variant.
template <class Q, class VariantOf>
void hold_in_variants(BasicQuoteFinding<Q>& f, const std::vector<Q*>& group, const VariantOf& variant_of) {
  std::vector<std::size_t> at(group.size());
  for (std::size_t i = 0; i < group.size(); ++i) {
    at[i] = i > 0 && same_variant(*group[i - 1], *group[i]) ? at[i - 1] : variant_of(*group[i]);
  }
  std::vector<std::size_t> sizes(f.variants.size(), 0);
  for (std::size_t v : at) ++sizes[v];
  for (std::size_t v = 0; v < sizes.size(); ++v) f.variants[v].quotes.reserve(f.variants[v].quotes.size() + sizes[v]);
  for (std::size_t i = 0; i < group.size(); ++i) f.variants[at[i]].quotes.push_back(hold(*group[i]));
}

// The group's quotations are moved into its variants.
template <class Q>
BasicQuoteFinding<Q> judge_group(std::vector<Q*> group) {
  std::sort(group.begin(), group.end(), [](const Q* a, const Q* b) {
    return std::tie(document_of(*a), a->begin) < std::tie(document_of(*b), b->begin);
  });
  const std::size_t documents = documents_in(group);
  const Q& reference = reference_of(group);
  const std::string reference_document = document_of(reference);
  BasicQuoteFinding<Q> f;
  f.words = words_of(reference);
  f.speaker = speaker_of(reference);
  f.about = about_of(reference);
  for (const Q* q : group) {
    if (f.speaker.empty()) f.speaker = speaker_of(*q);
    if (f.about.empty()) f.about = about_of(*q);
  }
  // Variants: one per wording and speaker, the reference's first.
  std::map<std::pair<std::string, std::string>, std::size_t> index;
  auto variant_of = [&](const Q& q) {
    auto key = std::make_pair(wording_of(q), speaker_of(q));
    auto [it, added] = index.emplace(key, f.variants.size());
    if (added) f.variants.push_back({words_of(q), speaker_of(q), {}, false});
    return it->second;
  };
  variant_of(reference);
  hold_in_variants(f, group, variant_of);

  Relation worst = Relation::Same;
  std::vector<std::string> details;
  std::vector<std::string> misattributions;
  for (const BasicQuoteVariant<Q>& v : f.variants) {
    const Q& q = held(v.quotes.front());
    Judgement j = judge(f.words, q);
    if (static_cast<int>(j.relation) > static_cast<int>(worst)) worst = j.relation;
    if (!j.detail.empty()) details.push_back(j.detail);
    if (different_speakers(f.speaker, v.speaker)) {
      misattributions.push_back(quoted(words_of(q)) + " is given to " + v.speaker + " in " + document_of(q) + ", to " +
                                f.speaker + " in " + reference_document);
    }
  }
  auto join_all = [](const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
    return out;
  };
  if (documents < 2) {
    f.verdict = compare::Verdict::SingleSource;
    f.reason = "single-source";
    f.explanation = "quoted in one document only";
    if (!details.empty()) f.explanation += " (" + join_all(details) + ")";
    return f;
  }
  if (!misattributions.empty()) {
    f.verdict = compare::Verdict::Conflicting;
    f.reason = "misattributed-quote";
    f.explanation = join_all(misattributions);
    if (!details.empty()) f.explanation += "; " + join_all(details);
  } else if (worst == Relation::Altered) {
    f.verdict = compare::Verdict::Conflicting;
    f.reason = "altered-quote";
    f.explanation = join_all(details);
  } else if (worst == Relation::Truncated || worst == Relation::TruncatedNegation) {
    f.verdict = worst == Relation::TruncatedNegation ? compare::Verdict::Conflicting : compare::Verdict::Consistent;
    f.reason = "truncated-quote";
    f.explanation = join_all(details);
  } else {
    f.verdict = compare::Verdict::Consistent;
    f.reason = "consistent";
    f.explanation = "the same words in " + std::to_string(documents) + " documents";
  }
  return f;
}

}  // namespace

bool one_word_speech(const Quote& q) { return speech_word(q); }
bool one_word_speech(const QuoteCore& q) { return speech_word(q); }

std::string entry_key(const Quote& q) { return key_of(q); }
std::string entry_key(const QuoteCore& q) { return key_of(q); }

namespace {

template <class Words>
bool similar(const Words& a, const Words& b, bool one_word_speech) {
  std::size_t common = common_words(a, b);
  std::size_t shorter = std::min(a.size(), b.size());
  if (shorter == 0) return false;
  if (shorter == 1) return common == 1 && (a.size() == b.size() || one_word_speech);
  return common >= 2 && static_cast<double>(common) >= kMinMatch * static_cast<double>(shorter);
}

}  // namespace

bool similar_wordings(const std::vector<std::string>& a, const std::vector<std::string>& b, bool one_word_speech) {
  return similar(a, b, one_word_speech);
}

bool similar_wordings(const std::vector<WordTable::Id>& a, const std::vector<WordTable::Id>& b, bool one_word_speech) {
  return similar(a, b, one_word_speech);
}

namespace {

// The quotations of one declaration, judged against its verified wording and speaker;
// they are moved into its variants.
template <class Q>
BasicQuoteFinding<Q> judge_declared(const lang::QuoteDecl& decl, const std::vector<std::string>& verified,
                                    std::vector<Q*> group) {
  std::sort(group.begin(), group.end(), [](const Q* a, const Q* b) {
    return std::tie(document_of(*a), a->begin) < std::tie(document_of(*b), b->begin);
  });
  const std::size_t documents = documents_in(group);
  BasicQuoteFinding<Q> f;
  f.declaration = decl.name;
  f.verified = decl.text;
  f.words = verified;
  f.speaker = decl.speaker;
  f.about = decl.about;
  for (const Q* q : group) {
    if (f.about.empty()) f.about = about_of(*q);
  }
  std::map<std::pair<std::string, std::string>, std::size_t> index;
  hold_in_variants(f, group, [&](const Q& q) {
    auto key = std::make_pair(wording_of(q), speaker_of(q));
    auto [it, added] = index.emplace(key, f.variants.size());
    if (added) f.variants.push_back({words_of(q), speaker_of(q), {}, false});
    return it->second;
  });
  Relation worst = Relation::Same;
  std::vector<std::string> details, misattributions;
  for (BasicQuoteVariant<Q>& v : f.variants) {
    const Q& q = held(v.quotes.front());
    Judgement j = judge(verified, q);
    if (static_cast<int>(j.relation) > static_cast<int>(worst)) worst = j.relation;
    if (!j.detail.empty()) details.push_back(j.detail);
    bool misattributed = different_speakers(decl.speaker, v.speaker);
    if (misattributed) {
      misattributions.push_back(quoted(words_of(q)) + " is given to " + v.speaker + " in " + document_of(q) +
                                "; the verified speaker is " + decl.speaker);
    }
    v.deviates = misattributed || j.relation != Relation::Same;
  }
  auto join_all = [](const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
    return out;
  };
  std::string against = "against quote '" + decl.name + "', verified as " + quoted(verified) + " by " +
                        decl.speaker + ": ";
  if (!misattributions.empty()) {
    f.verdict = compare::Verdict::Conflicting;
    f.reason = "misattributed-quote";
    f.explanation = against + join_all(misattributions);
    if (!details.empty()) f.explanation += "; " + join_all(details);
  } else if (worst == Relation::Altered) {
    f.verdict = compare::Verdict::Conflicting;
    f.reason = "altered-quote";
    f.explanation = against + join_all(details);
  } else if (worst == Relation::Truncated || worst == Relation::TruncatedNegation) {
    f.verdict = worst == Relation::TruncatedNegation ? compare::Verdict::Conflicting : compare::Verdict::Consistent;
    f.reason = "truncated-quote";
    f.explanation = against + join_all(details);
  } else {
    f.verdict = compare::Verdict::Consistent;
    f.reason = "consistent";
    std::size_t n = group.size();
    f.explanation = against + std::to_string(n) + " quotation" + (n == 1 ? "" : "s") + " in " +
                    std::to_string(documents) + " document" + (documents == 1 ? "" : "s") +
                    " use the verified words";
  }
  return f;
}

template <class Q>
bool ignored(const Q& q, const QuoteOptions& options) {
  return std::any_of(options.ignore.begin(), options.ignore.end(),
                     [&](const std::string& glob) { return doc::excluded_by(glob, document_of(q)); });
}

template <class Q>
bool compared(const Q& q, const QuoteOptions& options) {
  return !nested_of(q) && word_count(q) >= std::max<std::size_t>(options.min_words, 1) && !ignored(q, options);
}

}  // namespace

bool takes_part(const Quote& q, const QuoteOptions& options) { return compared(q, options); }
bool takes_part(const QuoteCore& q, const QuoteOptions& options) { return compared(q, options); }

std::vector<QuoteFinding> compare_quotes(const std::vector<Quote>& quotes, const QuoteOptions& options,
                                         const std::vector<lang::QuoteDecl>& declared) {
  return compare_quotes(std::vector<Quote>(quotes), options, declared);
}

namespace {

// Groups and judges the quotations of `quotes` (Quote or QuoteCore), moving each
// compared one into its finding. With `corpus` (an incremental run's part of the
// quotations), pairs are proposed with the whole corpus's shingle counts and single
// words, so a union of whole groups is grouped as the whole corpus would group it.
template <class Q, class Container>
std::vector<BasicQuoteFinding<Q>> compare_all(Container& quotes, const QuoteOptions& options,
                                              const std::vector<lang::QuoteDecl>& declared,
                                              const CorpusShingles* corpus) {
  std::vector<Q*> taken;
  for (Q& q : quotes) {
    if (compared(q, options)) taken.push_back(&q);
  }
  // A quotation repeated word for word (a wire story's quote in many papers) is one
  // entry of the index: its copies always join it, and a thousand copies would
  // otherwise make every shingle too common to propose any pair (shingle_index.h).
  // One-word quotes join on their speaker too (same_quote), so it is in their key.
  std::vector<std::uint32_t> first_of(taken.size());  // per quotation: its entry in `entries`
  std::vector<std::size_t> entries;                 // index in `taken` of each distinct quotation
  {
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < taken.size(); ++i) {
      auto [it, fresh] = seen.try_emplace(identity_of(*taken[i]), entries.size());
      if (fresh) entries.push_back(i);
      first_of[i] = static_cast<std::uint32_t>(it->second);
    }
  }
  // Declarations come first in the index, distinct quotations after them, each as the
  // ids of its words' spelling keys: indexed by spelling, so wordings that differ only
  // in it are compared at all, and compared as integers (issue 10).
  std::size_t nd = declared.size();
  std::vector<std::vector<std::string>> declared_words;
  for (const lang::QuoteDecl& d : declared) declared_words.push_back(quote_words(d.text).words);
  SpellingIds ids;
  std::vector<std::vector<WordTable::Id>> spellings;
  spellings.reserve(nd + entries.size());
  for (const auto& w : declared_words) spellings.push_back(ids.of(w));
  for (std::size_t e : entries) spellings.push_back(ids.of(*taken[e]));
  std::vector<WordTable::Id> single_words;
  if (corpus) {
    for (const std::string& key : corpus->single_words) single_words.push_back(ids.of_key(key));
  } else {
    for (std::size_t k = 0; k < entries.size(); ++k) {
      if (speech_word(*taken[entries[k]])) single_words.push_back(spellings[nd + k][0]);
    }
  }
  std::function<bool(std::uint64_t)> too_common;
  if (corpus) too_common = [&](std::uint64_t shingle) { return corpus->too_common(ids.shingle_text(shingle)); };
  std::vector<std::pair<std::size_t, std::size_t>> pairs = candidate_pairs(spellings, single_words, too_common);

  // Each quotation matching a declaration goes to the one sharing most of its words.
  std::vector<std::size_t> entry_claimed_by(entries.size(), nd);
  std::vector<std::size_t> claimed_common(entries.size(), 0);
  for (auto [a, b] : pairs) {
    if (a >= nd || b < nd) continue;
    const Q& q = *taken[entries[b - nd]];
    bool one_word = speech_word(q) && !different_speakers(declared[a].speaker, speaker_of(q));
    if (!similar_wordings(spellings[a], spellings[b], one_word)) continue;
    std::size_t common = common_words(spellings[a], spellings[b]);
    if (entry_claimed_by[b - nd] == nd || common > claimed_common[b - nd]) {
      entry_claimed_by[b - nd] = a;
      claimed_common[b - nd] = common;
    }
  }
  std::vector<BasicQuoteFinding<Q>> out;
  for (std::size_t d = 0; d < nd; ++d) {
    std::vector<Q*> group;
    for (std::size_t i = 0; i < taken.size(); ++i) {
      if (entry_claimed_by[first_of[i]] == d) group.push_back(taken[i]);
    }
    if (!group.empty()) out.push_back(judge_declared(declared[d], declared_words[d], std::move(group)));
  }

  // Entries are joined, not quotations: a quotation's copies are its entry's. A set's
  // root is its first entry, whose first quotation is the group's first, so groups
  // come in the order of their first quotation.
  DisjointSets sets(entries.size());
  for (auto [a, b] : pairs) {
    if (a < nd) continue;
    std::size_t x = a - nd, y = b - nd;
    if (entry_claimed_by[x] != nd || entry_claimed_by[y] != nd) continue;
    if (same_quote(*taken[entries[x]], *taken[entries[y]], spellings[a], spellings[b])) sets.join(x, y);
  }
  // Each group sized before it is filled: a wire quotation's is most of a corpus's
  // quotations, and a vector doubling to it would hold up to twice that (issue 10).
  std::map<std::size_t, std::vector<Q*>> groups;
  {
    std::vector<std::size_t> sizes(entries.size(), 0);  // by root entry
    for (std::size_t i = 0; i < taken.size(); ++i) {
      if (entry_claimed_by[first_of[i]] == nd) ++sizes[sets.find(first_of[i])];
    }
    for (std::size_t root = 0; root < sizes.size(); ++root) {
      if (sizes[root] > 0) groups[root].reserve(sizes[root]);
    }
  }
  for (std::size_t i = 0; i < taken.size(); ++i) {
    if (entry_claimed_by[first_of[i]] == nd) groups[sets.find(first_of[i])].push_back(taken[i]);
  }
  // What a million quotations needed to be grouped is not held while they are judged.
  std::vector<Q*>().swap(taken);
  std::vector<std::uint32_t>().swap(first_of);
  std::vector<std::vector<WordTable::Id>>().swap(spellings);
  std::vector<std::pair<std::size_t, std::size_t>>().swap(pairs);
  for (auto& [root, group] : groups) {
    bool speech = std::any_of(group.begin(), group.end(), [](const Q* q) { return kind_of(*q) == QuoteKind::Speech; });
    if (speech) out.push_back(judge_group(std::move(group)));
  }
  std::sort(out.begin(), out.end(), [](const BasicQuoteFinding<Q>& a, const BasicQuoteFinding<Q>& b) {
    return std::tie(a.declaration, a.words, a.speaker) < std::tie(b.declaration, b.words, b.speaker);
  });
  return out;
}

}  // namespace

std::vector<QuoteFinding> compare_quotes(std::vector<Quote>&& quotes, const QuoteOptions& options,
                                         const std::vector<lang::QuoteDecl>& declared) {
  return compare_all<Quote>(quotes, options, declared, nullptr);
}

std::vector<QuoteFinding> compare_quotes(std::vector<Quote>&& quotes, const QuoteOptions& options,
                                         const std::vector<lang::QuoteDecl>& declared, const CorpusShingles& corpus) {
  return compare_all<Quote>(quotes, options, declared, &corpus);
}

std::vector<CoreQuoteFinding> compare_quotes(std::deque<QuoteCore>& quotes, const QuoteOptions& options,
                                             const std::vector<lang::QuoteDecl>& declared) {
  return compare_all<QuoteCore>(quotes, options, declared, nullptr);
}

std::vector<CoreQuoteFinding> compare_quotes(std::deque<QuoteCore>& quotes, const QuoteOptions& options,
                                             const std::vector<lang::QuoteDecl>& declared, const CorpusShingles& corpus) {
  return compare_all<QuoteCore>(quotes, options, declared, &corpus);
}

}  // namespace factlint::quote
