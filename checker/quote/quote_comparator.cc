// Grouping matched quotes and judging each group against its reference wording.
#include "quote/quote_comparator.h"

#include <algorithm>
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


bool same_quote(const Quote& a, const Quote& b) {
  // One word is too little to tell a quote apart: it joins a longer quote only when
  // both are given to the same known speaker, never to call one a misattribution.
  bool one_word = (one_word_speech(a) || one_word_speech(b)) && a.speaker.known() && b.speaker.known() &&
                  !different_speakers(a.speaker.name, b.speaker.name);
  return similar_wordings(a.words, b.words, one_word);
}

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

Judgement judge(const std::vector<std::string>& reference, const Quote& other) {
  if (same_words(other.words, reference)) return {};
  if (auto cut = find_cut(reference, other.words, other.gaps)) {
    bool negation = has_negation(cut->before + " " + cut->elided + " " + cut->after);
    return {negation ? Relation::TruncatedNegation : Relation::Truncated,
            quoted(other.words) + " is cut from " + quoted(reference) + " (" + describe_cut(*cut) + ")" +
                (negation ? ": the cut removes a negation, which can reverse the meaning" : "")};
  }
  return {Relation::Altered, quoted(other.words) + " differs from " + quoted(reference) + ": " +
                                 describe_changes(word_diff(reference, other.words))};
}

const Quote& reference_of(const std::vector<const Quote*>& group) {
  auto better = [](const Quote* a, const Quote* b) {
    auto rank = [](const Quote* q) {
      return std::make_tuple(q->kind == QuoteKind::Speech, q->speaker.known(), q->words.size());
    };
    if (rank(a) != rank(b)) return rank(a) > rank(b);
    return std::tie(a->document, a->begin) < std::tie(b->document, b->begin);
  };
  return **std::min_element(group.begin(), group.end(), better);
}

// The group's quotations are moved into its variants.
QuoteFinding judge_group(std::vector<Quote*> group) {
  std::sort(group.begin(), group.end(), [](const Quote* a, const Quote* b) {
    return std::tie(a->document, a->begin) < std::tie(b->document, b->begin);
  });
  const Quote& reference = reference_of({group.begin(), group.end()});
  const std::string reference_document = reference.document;
  QuoteFinding f;
  f.words = reference.words;
  f.speaker = reference.speaker.name;
  f.about = reference.about;
  for (const Quote* q : group) {
    if (f.speaker.empty()) f.speaker = q->speaker.name;
    if (f.about.empty()) f.about = q->about;
  }
  // Variants: one per wording and speaker, the reference's first.
  std::map<std::pair<std::string, std::string>, std::size_t> index;
  auto variant_of = [&](const Quote& q) -> QuoteVariant& {
    auto key = std::make_pair(joined(q.words), q.speaker.name);
    auto [it, added] = index.emplace(key, f.variants.size());
    if (added) f.variants.push_back({q.words, q.speaker.name, {}, false});
    return f.variants[it->second];
  };
  variant_of(reference);
  std::set<std::string> documents;
  for (Quote* q : group) {
    documents.insert(q->document);
    variant_of(*q).quotes.push_back(std::move(*q));
  }

  Relation worst = Relation::Same;
  std::vector<std::string> details;
  std::vector<std::string> misattributions;
  for (const QuoteVariant& v : f.variants) {
    const Quote& q = v.quotes.front();
    Judgement j = judge(f.words, q);
    if (static_cast<int>(j.relation) > static_cast<int>(worst)) worst = j.relation;
    if (!j.detail.empty()) details.push_back(j.detail);
    if (different_speakers(f.speaker, v.speaker)) {
      misattributions.push_back(quoted(q.words) + " is given to " + v.speaker + " in " + q.document + ", to " +
                                f.speaker + " in " + reference_document);
    }
  }
  auto join_all = [](const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
    return out;
  };
  if (documents.size() < 2) {
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
    f.explanation = "the same words in " + std::to_string(documents.size()) + " documents";
  }
  return f;
}

}  // namespace

// A one-word quotation given to a speaker is a quotation that may be cut from a
// longer one; an unattributed one (a scare quote) is a label, and joins only its twin.
bool one_word_speech(const Quote& q) {
  return q.words.size() == 1 && q.kind == QuoteKind::Speech && q.speaker.known();
}

std::string entry_key(const Quote& q) {
  std::string key;
  for (const std::string& w : q.words) key += w + '\x1f';
  if (q.words.size() == 1) key += '\x1e' + q.speaker.name + (one_word_speech(q) ? "+" : "-");
  return key;
}

bool similar_wordings(const std::vector<std::string>& a, const std::vector<std::string>& b, bool one_word_speech) {
  std::size_t common = common_words(a, b);
  std::size_t shorter = std::min(a.size(), b.size());
  if (shorter == 0) return false;
  if (shorter == 1) return common == 1 && (a.size() == b.size() || one_word_speech);
  return common >= 2 && static_cast<double>(common) >= kMinMatch * static_cast<double>(shorter);
}

namespace {

// The quotations of one declaration, judged against its verified wording and speaker;
// they are moved into its variants.
QuoteFinding judge_declared(const lang::QuoteDecl& decl, const std::vector<std::string>& verified,
                            std::vector<Quote*> group) {
  std::sort(group.begin(), group.end(), [](const Quote* a, const Quote* b) {
    return std::tie(a->document, a->begin) < std::tie(b->document, b->begin);
  });
  QuoteFinding f;
  f.declaration = decl.name;
  f.verified = decl.text;
  f.words = verified;
  f.speaker = decl.speaker;
  f.about = decl.about;
  for (const Quote* q : group) {
    if (f.about.empty()) f.about = q->about;
  }
  std::map<std::pair<std::string, std::string>, std::size_t> index;
  std::set<std::string> documents;
  for (Quote* q : group) {
    auto key = std::make_pair(joined(q->words), q->speaker.name);
    auto [it, added] = index.emplace(key, f.variants.size());
    if (added) f.variants.push_back({q->words, q->speaker.name, {}, false});
    documents.insert(q->document);
    f.variants[it->second].quotes.push_back(std::move(*q));
  }
  Relation worst = Relation::Same;
  std::vector<std::string> details, misattributions;
  for (QuoteVariant& v : f.variants) {
    const Quote& q = v.quotes.front();
    Judgement j = judge(verified, q);
    if (static_cast<int>(j.relation) > static_cast<int>(worst)) worst = j.relation;
    if (!j.detail.empty()) details.push_back(j.detail);
    bool misattributed = different_speakers(decl.speaker, v.speaker);
    if (misattributed) {
      misattributions.push_back(quoted(q.words) + " is given to " + v.speaker + " in " + q.document +
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
                    std::to_string(documents.size()) + " document" + (documents.size() == 1 ? "" : "s") +
                    " use the verified words";
  }
  return f;
}

bool ignored(const Quote& q, const QuoteOptions& options) {
  return std::any_of(options.ignore.begin(), options.ignore.end(),
                     [&](const std::string& glob) { return doc::excluded_by(glob, q.document); });
}

std::vector<QuoteFinding> compare_quotes(std::vector<Quote>&& quotes, const QuoteOptions& options,
                                         const std::vector<lang::QuoteDecl>& declared, const CorpusShingles* corpus);

}  // namespace

bool takes_part(const Quote& q, const QuoteOptions& options) {
  return !q.nested && q.words.size() >= std::max<std::size_t>(options.min_words, 1) && !ignored(q, options);
}

std::vector<QuoteFinding> compare_quotes(const std::vector<Quote>& quotes, const QuoteOptions& options,
                                         const std::vector<lang::QuoteDecl>& declared) {
  return compare_quotes(std::vector<Quote>(quotes), options, declared);
}

std::vector<QuoteFinding> compare_quotes(std::vector<Quote>&& quotes, const QuoteOptions& options,
                                         const std::vector<lang::QuoteDecl>& declared) {
  return compare_quotes(std::move(quotes), options, declared, nullptr);
}

std::vector<QuoteFinding> compare_quotes(std::vector<Quote>&& quotes, const QuoteOptions& options,
                                         const std::vector<lang::QuoteDecl>& declared, const CorpusShingles& corpus) {
  return compare_quotes(std::move(quotes), options, declared, &corpus);
}

namespace {

std::vector<QuoteFinding> compare_quotes(std::vector<Quote>&& quotes, const QuoteOptions& options,
                                         const std::vector<lang::QuoteDecl>& declared, const CorpusShingles* corpus) {
  std::vector<Quote*> taken;
  for (Quote& q : quotes) {
    if (takes_part(q, options)) taken.push_back(&q);
  }
  // A quotation repeated word for word (a wire story's quote in many papers) is one
  // entry of the index: its copies always join it, and a thousand copies would
  // otherwise make every shingle too common to propose any pair (shingle_index.h).
  // One-word quotes join on their speaker too (same_quote), so it is in their key.
  std::vector<std::size_t> first_of(taken.size());  // per quotation: its entry in `entries`
  std::vector<std::size_t> entries;                 // index in `taken` of each distinct quotation
  {
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < taken.size(); ++i) {
      auto [it, fresh] = seen.try_emplace(entry_key(*taken[i]), entries.size());
      if (fresh) entries.push_back(i);
      first_of[i] = it->second;
    }
  }
  // Declarations come first in the index, distinct quotations after them.
  std::size_t nd = declared.size();
  std::vector<std::vector<std::string>> words;
  words.reserve(nd + entries.size());
  for (const lang::QuoteDecl& d : declared) words.push_back(quote_words(d.text).words);
  for (std::size_t e : entries) words.push_back(taken[e]->words);
  // Indexed by spelling, so wordings that differ only in it are compared at all.
  std::vector<std::vector<std::string>> spellings;
  spellings.reserve(words.size());
  for (const auto& w : words) spellings.push_back(spelling_keys(w));
  std::set<std::string> single_words;
  for (std::size_t k = 0; k < entries.size(); ++k) {
    if (one_word_speech(*taken[entries[k]])) single_words.insert(spellings[nd + k][0]);
  }
  std::vector<std::pair<std::size_t, std::size_t>> pairs =
      corpus ? candidate_pairs(spellings, corpus->single_words, corpus->too_common)
             : candidate_pairs(spellings, single_words);

  // Each quotation matching a declaration goes to the one sharing most of its words.
  std::vector<std::size_t> entry_claimed_by(entries.size(), nd);
  std::vector<std::size_t> claimed_common(entries.size(), 0);
  for (auto [a, b] : pairs) {
    if (a >= nd || b < nd) continue;
    const Quote& q = *taken[entries[b - nd]];
    bool one_word = one_word_speech(q) && !different_speakers(declared[a].speaker, q.speaker.name);
    if (!similar_wordings(words[a], q.words, one_word)) continue;
    std::size_t common = common_words(words[a], q.words);
    if (entry_claimed_by[b - nd] == nd || common > claimed_common[b - nd]) {
      entry_claimed_by[b - nd] = a;
      claimed_common[b - nd] = common;
    }
  }
  std::vector<std::size_t> claimed_by(taken.size(), nd);
  for (std::size_t i = 0; i < taken.size(); ++i) claimed_by[i] = entry_claimed_by[first_of[i]];
  std::vector<QuoteFinding> out;
  for (std::size_t d = 0; d < nd; ++d) {
    std::vector<Quote*> group;
    for (std::size_t i = 0; i < taken.size(); ++i) {
      if (claimed_by[i] == d) group.push_back(taken[i]);
    }
    if (!group.empty()) out.push_back(judge_declared(declared[d], words[d], std::move(group)));
  }

  DisjointSets sets(taken.size());
  for (std::size_t i = 0; i < taken.size(); ++i) sets.join(i, entries[first_of[i]]);
  for (auto [a, b] : pairs) {
    if (a < nd) continue;
    std::size_t i = entries[a - nd], j = entries[b - nd];
    if (claimed_by[i] != nd || claimed_by[j] != nd) continue;
    if (same_quote(*taken[i], *taken[j])) sets.join(i, j);
  }
  std::map<std::size_t, std::vector<Quote*>> groups;
  for (std::size_t i = 0; i < taken.size(); ++i) {
    if (claimed_by[i] == nd) groups[sets.find(i)].push_back(taken[i]);
  }
  for (auto& [root, group] : groups) {
    bool speech = std::any_of(group.begin(), group.end(), [](const Quote* q) { return q->kind == QuoteKind::Speech; });
    if (speech) out.push_back(judge_group(std::move(group)));
  }
  std::sort(out.begin(), out.end(), [](const QuoteFinding& a, const QuoteFinding& b) {
    return std::tie(a.declaration, a.words, a.speaker) < std::tie(b.declaration, b.words, b.speaker);
  });
  return out;
}

}  // namespace

}  // namespace factlint::quote
