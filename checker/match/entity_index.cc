// The alias trie behind entity captures.
#include "match/entity_index.h"

#include <algorithm>
#include <optional>
#include <string>

#include "doc/normalizer.h"
#include "match/tokenizer.h"

namespace factlint::match {

namespace {

// An alias written in capitals, two letters or more and no lowercase one: "AIMS",
// "NYPD", "U.S.", "NYC DOE"; not "A380" (one letter) or "Aims".
bool in_capitals(std::string_view alias) {
  int capitals = 0;
  for (char c : alias) {
    if (c >= 'a' && c <= 'z') return false;
    capitals += c >= 'A' && c <= 'Z' ? 1 : 0;
  }
  return capitals >= 2;
}

// One word with a capital and then lowercase letters only: "Crown", "Leaf"; not
// "A380", "McLaren", "crown" or "Toyota Crown".
bool capitalized_word(std::string_view alias) {
  if (alias.size() < 2 || alias[0] < 'A' || alias[0] > 'Z') return false;
  return std::all_of(alias.begin() + 1, alias.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The plural of an alias of two words or more whose last word is a lowercase common
// noun: "Baikal seal" -> "Baikal seals", "golden eagle" -> "golden eagles", "Oro
// marsh" -> "Oro marshes", "Amber ferry" -> "Amber ferries". nullopt for one word
// ("Tube" is a name; "tubes" are not the Underground), for an alias opening with "the"
// or "a" ("the company" is one company; "the companies" are others), for a last word
// with a capital or anything but letters ("Lake Baikal", "Route 66") and for one that
// ends in "s" already.
std::optional<std::string> alias_plural(std::string_view alias) {
  const std::size_t space = alias.rfind(' ');
  if (space == std::string_view::npos) return std::nullopt;
  for (std::string_view article : {"the ", "The ", "a ", "A ", "an ", "An "}) {
    if (alias.starts_with(article)) return std::nullopt;
  }
  const std::string_view last = alias.substr(space + 1);
  if (last.size() < 3 || !std::all_of(last.begin(), last.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return std::nullopt;
  }
  const char end = last.back();
  if (end == 's') return std::nullopt;
  std::string out(alias);
  const bool sibilant = end == 'x' || end == 'z' || last.ends_with("ch") || last.ends_with("sh");
  const bool consonant_y = end == 'y' && std::string_view("aeiou").find(last[last.size() - 2]) == std::string_view::npos;
  if (consonant_y) {
    out.back() = 'i';
    out += "es";
  } else {
    out += sibilant ? "es" : "s";
  }
  return out;
}

}  // namespace

// An alias names one entity of each kind (docs/rules.md "One name for things of
// different kinds"): entity `e` joins those the alias names already when it and each
// of them have a kind, and no two the same one. Otherwise nothing could choose between
// them, and the first declared keeps it (lint warns or errs).
bool EntityIndex::shareable(const lang::RuleSet& rules, const Node& node, int e) {
  const std::string& kind = rules.entities[static_cast<std::size_t>(e)].kind;
  if (kind.empty()) return false;
  auto other_kind = [&](int other) {
    const std::string& k = rules.entities[static_cast<std::size_t>(other)].kind;
    return !k.empty() && k != kind && other != e;
  };
  return other_kind(node.entity) && std::all_of(node.also.begin(), node.also.end(), other_kind);
}

EntityIndex::EntityIndex(const lang::RuleSet& rules, Vocabulary& vocabulary) : nodes_(1) {
  // Adds `alias` of entity `e`; `only_if_free`: not where an alias of any entity ends
  // already (an alias's plural yields to every declared alias).
  auto add = [&](int e, const std::string& alias, bool only_if_free) {
    std::string normalized = doc::normalize(alias).text;
    std::vector<std::string_view> words = token_texts(normalized);
    if (words.empty()) return;
    int node = 0;
    for (std::string_view w : words) {
      int id = vocabulary.intern(w);
      int next = child(node, id);
      if (next < 0) {
        next = static_cast<int>(nodes_.size());
        nodes_.emplace_back();
        auto& edges = nodes_[node].next;
        edges.insert(std::lower_bound(edges.begin(), edges.end(), std::pair{id, 0}), std::pair{id, next});
      }
      node = next;
    }
    const bool capitals = in_capitals(alias);
    const bool capitalized = rules.entities[static_cast<std::size_t>(e)].ignored && capitalized_word(alias);
    Node& at = nodes_[node];
    if (at.entity < 0) {
      at.entity = e;
      at.capitals = capitals;
      at.capitalized = capitalized;
    } else if (only_if_free) {
      return;
    } else if (at.entity == e) {
      if (!capitals) at.capitals = false;  // "AIMS" and "Aims" both declared: any case
      if (!capitalized && !capitals) at.capitalized = false;  // "Crown" and "crown": any case
    } else if (shareable(rules, at, e)) {
      at.also.push_back(e);
    }
    max_length_ = std::max(max_length_, static_cast<int>(words.size()));
  };
  // Declared aliases first, then their plurals where no alias is declared: a plural
  // another entity declares as written is that entity's.
  for (const bool plurals : {false, true}) {
    for (std::size_t e = 0; e < rules.entities.size(); ++e) {
      for (const std::string& declared : rules.entities[e].aliases) {
        if (!plurals) {
          add(static_cast<int>(e), declared, false);
        } else if (std::optional<std::string> plural = alias_plural(declared)) {
          add(static_cast<int>(e), *plural, true);
        }
      }
    }
  }
}

int EntityIndex::child(int node, int word) const {
  const auto& edges = nodes_[node].next;
  auto it = std::lower_bound(edges.begin(), edges.end(), std::pair{word, 0});
  return it != edges.end() && it->first == word ? it->second : -1;
}

std::optional<EntityHit> EntityIndex::longest_at(const std::vector<int>& words, int at) const {
  std::optional<EntityHit> best;
  int node = 0;
  for (int i = at; i < static_cast<int>(words.size()); ++i) {
    if (words[i] == kUnknownWord) break;
    node = child(node, words[i]);
    if (node < 0) break;
    if (nodes_[node].entity >= 0) {
      const Node& at = nodes_[node];
      best = EntityHit{at.entity, i + 1, at.capitals, at.capitalized, at.also.empty() ? nullptr : &at.also};
    }
  }
  return best;
}

bool EntityIndex::names(const std::vector<int>& words, int begin, int end) const {
  int node = 0;
  for (int i = begin; i < end && node >= 0; ++i) node = words[i] == kUnknownWord ? -1 : child(node, words[i]);
  return node > 0 && nodes_[node].entity >= 0;
}

std::vector<AliasOccurrence> EntityIndex::occurrences(std::string_view text, const std::vector<Token>& tokens,
                                                      const std::vector<int>& words) const {
  const int n = static_cast<int>(tokens.size());
  std::vector<AliasOccurrence> out;
  std::vector<char> alias_ends(static_cast<std::size_t>(n) + 1, 0);
  auto hyphen_prefixed = [&](int i) {
    const std::size_t b = tokens[static_cast<std::size_t>(i)].begin;
    return i > 0 && b > 0 && text[b - 1] == '-' && tokens[static_cast<std::size_t>(i) - 1].end == b - 1;
  };
  for (int i = 0; i < n; ++i) {
    if (words[static_cast<std::size_t>(i)] == kUnknownWord) continue;
    if (auto hit = longest_at(words, i)) {
      if (hyphen_prefixed(i) && !alias_ends[static_cast<std::size_t>(i)]) continue;
      alias_ends[static_cast<std::size_t>(hit->end)] = 1;
      out.push_back({i, hit->end, hit->entity, hit->capitals, hit->capitalized, hit->also});
    }
  }
  // "The City Council" with the aliases "the city" and "City Council": an alias that
  // opens with "the" yields to one that begins at its next word and reaches further,
  // a longer name it is only the start of (docs/rules.md "Entities").
  std::vector<AliasOccurrence> kept;
  kept.reserve(out.size());
  for (std::size_t k = 0; k < out.size(); ++k) {
    const AliasOccurrence& a = out[k];
    const Token& first = tokens[static_cast<std::size_t>(a.begin)];
    const bool opens_with_the = a.end - a.begin >= 2 && text.substr(first.begin, first.end - first.begin) == "the";
    const bool yields = opens_with_the && k + 1 < out.size() && out[k + 1].begin == a.begin + 1 && out[k + 1].end > a.end;
    if (!yields) kept.push_back(a);
  }
  return kept;
}

}  // namespace factlint::match
