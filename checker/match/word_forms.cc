// Stems via Snowball's English (Porter2) stemmer from libstemmer, Debian's
// libstemmer-dev: the standard stemmer of search engines, small and fast, and it
// needs no dictionary. It knows no irregular verbs, so a short table of those
// commonly used in reporting figures comes first.
#include "match/word_forms.h"

#include <libstemmer.h>

#include <algorithm>
#include <memory>
#include <unordered_map>

namespace factlint::match {

namespace {

// Past forms of irregular verbs, to their base. Only forms that are not also common
// words of another meaning are listed ("left", "saw", "found", "lay" are not).
const std::unordered_map<std::string_view, std::string_view>& irregular_forms() {
  static const std::unordered_map<std::string_view, std::string_view> table = {
      {"rose", "rise"},      {"risen", "rise"},       {"fell", "fall"},       {"fallen", "fall"},
      {"grew", "grow"},      {"grown", "grow"},       {"sank", "sink"},       {"sunk", "sink"},
      {"shrank", "shrink"},  {"shrunk", "shrink"},    {"stood", "stand"},     {"won", "win"},
      {"lost", "lose"},      {"sold", "sell"},        {"bought", "buy"},      {"paid", "pay"},
      {"spent", "spend"},    {"built", "build"},      {"began", "begin"},     {"begun", "begin"},
      {"brought", "bring"},  {"took", "take"},        {"taken", "take"},      {"gave", "give"},
      {"given", "give"},     {"made", "make"},        {"met", "meet"},        {"held", "hold"},
      {"said", "say"},       {"told", "tell"},        {"wrote", "write"},     {"written", "write"},
      {"spoke", "speak"},    {"spoken", "speak"},     {"signed", "sign"},     {"came", "come"},
      {"went", "go"},        {"gone", "go"},          {"became", "become"},   {"ran", "run"},
      {"struck", "strike"},  {"drew", "draw"},        {"drawn", "draw"},      {"hit", "hit"},
      {"cost", "cost"},      {"sent", "send"},        {"led", "lead"},        {"kept", "keep"},
      {"hid", "hide"},       {"hidden", "hide"},      {"knew", "know"},       {"known", "know"},
      {"chose", "choose"},   {"chosen", "choose"},    {"forecast", "forecast"}, {"overtook", "overtake"},
      {"overtaken", "overtake"}, {"undertook", "undertake"}, {"withdrew", "withdraw"},
      {"withdrawn", "withdraw"}, {"was", "be"},       {"were", "be"},         {"been", "be"},
      {"is", "be"},          {"are", "be"},           {"am", "be"},           {"has", "have"},
      {"had", "have"},       {"did", "do"},           {"does", "do"},         {"done", "do"},
  };
  return table;
}

// One Snowball stemmer per thread: a stemmer keeps state between calls.
struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

sb_stemmer* thread_stemmer() {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("english", "UTF_8"));
  return stemmer.get();
}

bool all_letters(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  });
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The letters of `word` after its Porter2 stem, where the stem is a prefix of it
// (allowing for the stemmer's y -> i and a dropped final e); "" where it is not.
std::string_view letters_after(std::string_view word, std::string_view stem) {
  if (word.starts_with(stem)) return word.substr(stem.size());
  if (stem.size() < 2) return {};
  const std::string_view most = stem.substr(0, stem.size() - 1);
  if (!word.starts_with(most)) return {};
  if (stem.back() == 'i' && word.size() >= stem.size() && word[most.size()] == 'y') return word.substr(stem.size());
  if (stem.back() == 'e') return word.substr(most.size());  // "hoping" of "hope"
  return {};
}

// What Porter2 took off `word` beyond an inflection, as letters: "ator" for
// "operators", "at" for "operated", "operates" and "operating", "" for "climbed".
// The stemmer strips derivational suffixes too, so "operator", "operation" and
// "operated" share the stem "oper"; docs/rules.md promises a rule word its
// inflections, not every word made from the same root.
std::string derivation_of(std::string_view word, std::string_view stem) {
  std::string rest(letters_after(word, stem));
  if (rest.ends_with("ing")) {
    rest.resize(rest.size() - 3);
  } else if (rest.ends_with("ed")) {
    rest.resize(rest.size() - 2);
  } else if (rest.ends_with("s") && !rest.ends_with("ss")) {
    rest.pop_back();
  } else if (rest == "d" && stem.ends_with("e")) {
    rest.clear();  // "traded" of "trade"
  }
  if (rest.ends_with("e")) rest.pop_back();       // "operate" and "operated" alike
  if (rest.ends_with("i")) rest.back() = 'y';     // "capacities" and "capacity"
  if (rest.size() == 1 && !stem.empty() && rest[0] == stem.back() && !is_vowel(rest[0])) rest.clear();  // "stopped"
  return rest;
}

// The stem of a word of letters, uncached: its Porter2 stem, and after a '+' what
// derivation_of says the stemmer took off beyond an inflection.
std::string stem_of(std::string_view word) {
  if (auto it = irregular_forms().find(word); it != irregular_forms().end()) word = it->second;
  sb_stemmer* stemmer = thread_stemmer();
  if (!stemmer) return std::string(word);
  const sb_symbol* stemmed =
      sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (!stemmed) return std::string(word);
  std::string stem(reinterpret_cast<const char*>(stemmed), static_cast<std::size_t>(sb_stemmer_length(stemmer)));
  std::string derivation = derivation_of(word, stem);
  return derivation.empty() ? stem : stem + kDerivationMark + derivation;
}

bool is_preposition_stem(std::string_view stem) {
  for (std::string_view word : {"in", "of", "on", "at", "to", "by", "up"}) {
    if (stem == word) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> comparative_bases(std::string_view word) {
  std::vector<std::string> out;
  if (word.size() < 5 || !all_letters(word) || !ends_with(word, "er")) return out;
  const std::string w(word.substr(0, word.size() - 2));  // "wid", "bigg", "heavi", "long"
  const std::size_t n = w.size();
  if (w.back() == 'i') out.push_back(w.substr(0, n - 1) + "y");                          // heavier
  if (n >= 3 && w[n - 1] == w[n - 2] && !is_vowel(w[n - 1])) out.push_back(w.substr(0, n - 1));  // bigger
  out.push_back(w + "e");                                                                 // wider
  out.push_back(w);                                                                       // longer
  return out;
}

bool has_word_forms(std::string_view word) { return word.size() >= 2 && all_letters(word); }

std::string word_stem(std::string_view word) {
  if (!has_word_forms(word)) return std::string(word);
  // Documents repeat their words: a per-thread cache (bounded) spares the stemmer.
  constexpr std::size_t kCacheWords = 200'000;
  thread_local std::unordered_map<std::string, std::string> cache;
  const std::string key(word);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() >= kCacheWords) cache.clear();
  return cache.emplace(key, stem_of(word)).first->second;
}

std::vector<std::string> irregular_forms_with_stem(std::string_view stem) {
  // Stemmed once: a rule set of 1,000 facts asks for every one of its stems.
  static const std::unordered_map<std::string, std::vector<std::string>> by_stem = [] {
    std::unordered_map<std::string, std::vector<std::string>> out;
    for (const auto& [form, base] : irregular_forms()) out[stem_of(base)].emplace_back(form);
    for (auto& [s, forms] : out) std::sort(forms.begin(), forms.end());
    return out;
  }();
  auto it = by_stem.find(std::string(stem));
  return it == by_stem.end() ? std::vector<std::string>{} : it->second;
}

std::vector<std::string> rule_word_stems(std::string_view word) {
  std::vector<std::string> out;
  if (!has_word_forms(word)) return out;
  auto add = [&](std::string stem) {
    if (std::find(out.begin(), out.end(), stem) == out.end()) out.push_back(std::move(stem));
  };
  for (const std::string& spelling : spelling_variants(word)) {
    add(word_stem(spelling));
    const std::size_t n = spelling.size();
    // Snowball undoubles these after "-ed"/"-ing" ("hopped" -> "hop"), and so takes
    // a base that ends doubled ("add") to another stem than its own.
    if (n >= 3 && spelling[n - 1] == spelling[n - 2] && std::string_view("bdfgmnprt").find(spelling[n - 1]) != std::string_view::npos) {
      // Not when the undoubled stem is a preposition every sentence writes: `inn`
      // and `off` would match "in" and "of" ("inned" and "offing" are rare enough).
      for (const std::string& stem : {word_stem(spelling + "ed"), word_stem(spelling + "ing")}) {
        if (!is_preposition_stem(stem)) add(stem);
      }
    }
  }
  return out;
}

std::vector<std::string> spelling_variants(std::string_view word) {
  std::vector<std::string> out{std::string(word)};
  if (!has_word_forms(word)) return out;
  auto add = [&](std::string twin) {
    if (std::find(out.begin(), out.end(), twin) == out.end()) out.push_back(std::move(twin));
  };
  const std::string w(word);
  auto swap_suffix = [&](std::string_view from, std::string_view to, std::size_t min_stem) {
    if (ends_with(w, from) && w.size() - from.size() >= min_stem) {
      add(w.substr(0, w.size() - from.size()) + std::string(to));
    }
  };
  // -our / -or (neighbour, labour); "four", "hour", "your" are too short to change.
  for (std::string_view s : {"our", "ours", "oured", "ouring", "ourer"}) {
    std::string american(s);
    american.erase(1, 1);
    swap_suffix(s, american, 2);
  }
  for (std::string_view s : {"or", "ors", "ored", "oring"}) {
    // Only after a consonant pair or "v"/"b"/"l" + vowel patterns would be guesses; the
    // twin is harmless when it is no word, so add it for words of six letters or more.
    if (w.size() >= 6) {
      std::string british(s);
      british.insert(1, "u");
      swap_suffix(s, british, 3);
    }
  }
  // -re / -er after a consonant (kilometre, centre, litre, fibre).
  if (w.size() >= 4 && ends_with(w, "re") && !is_vowel(w[w.size() - 3])) add(w.substr(0, w.size() - 2) + "er");
  if (w.size() >= 5 && ends_with(w, "res") && !is_vowel(w[w.size() - 4])) add(w.substr(0, w.size() - 3) + "ers");
  if (w.size() >= 5 && ends_with(w, "er") && !is_vowel(w[w.size() - 3]) && w[w.size() - 3] != 'r') {
    add(w.substr(0, w.size() - 2) + "re");
  }
  // -ise / -ize, -isation / -ization, -yse / -yze.
  for (auto [b, a] : {std::pair{"ise", "ize"}, {"ised", "ized"}, {"ises", "izes"}, {"ising", "izing"},
                      {"isation", "ization"}, {"isations", "izations"}, {"yse", "yze"}, {"ysed", "yzed"}}) {
    swap_suffix(b, a, 3);
    swap_suffix(a, b, 3);
  }
  // A handful of words whose twins follow no productive rule.
  static const std::pair<std::string_view, std::string_view> pairs[] = {
      {"defence", "defense"}, {"offence", "offense"}, {"licence", "license"}, {"pretence", "pretense"},
      {"programme", "program"}, {"programmes", "programs"}, {"catalogue", "catalog"}, {"dialogue", "dialog"},
      {"analogue", "analog"}, {"grey", "gray"}, {"cheque", "check"}, {"tyre", "tire"}, {"aluminium", "aluminum"},
      {"mould", "mold"}, {"plough", "plow"}, {"sceptical", "skeptical"}, {"manoeuvre", "maneuver"},
      {"travelled", "traveled"}, {"travelling", "traveling"}, {"cancelled", "canceled"}, {"labelled", "labeled"},
      {"modelling", "modeling"}, {"fuelled", "fueled"}, {"totalled", "totaled"}, {"totalling", "totaling"},
      {"signalled", "signaled"}, {"enrolment", "enrollment"}, {"fulfil", "fulfill"}, {"instalment", "installment"},
  };
  for (auto [b, a] : pairs) {
    if (w == b) add(std::string(a));
    if (w == a) add(std::string(b));
  }
  return out;
}

}  // namespace factlint::match
