// Resolving names, pronouns and titles to the people a document names.
#include "quote/speaker_directory.h"

#include <algorithm>

namespace factlint::quote {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string join_lower(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + lower(w);
  return out;
}

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// Rule aliases may use curly apostrophes or several spaces; names in text are compared folded.
std::string fold(std::string_view s) {
  std::string out;
  for (char c : lower(s)) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// What follows the last space: equal strings have equal last words.
std::string_view last_word(std::string_view s) {
  const std::size_t space = s.rfind(' ');
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

// The last word of fold(s), but as written: fold drops trailing spaces and lowercases.
std::string_view last_folded_word(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return last_word(s);
}

}  // namespace

EntityNames::EntityNames(const std::vector<lang::EntityDecl>& entities) {
  for (const lang::EntityDecl& e : entities) {
    bool person = e.kind == "person";
    if (person) persons_.push_back(e.name);
    for (const std::string& alias : e.aliases) {
      aliases_.emplace(fold(alias), e.name);
      if (person && alias.find(' ') == std::string::npos) person_words_.emplace(fold(alias), e.name);
    }
    aliases_.emplace(fold(e.name), e.name);
  }
  for (const auto& [alias, entity] : aliases_) last_word_shapes_.add(last_word(alias));
}

void EntityNames::WordShapes::add(std::string_view word) {
  held[first_of(word)] |= length_bit(word);
}

bool EntityNames::WordShapes::may_hold(std::string_view word) const {
  return (held[first_of(word)] & length_bit(word)) != 0;
}

// Lowercase, as fold() and lower() make it: a word and its lowercase have one shape.
std::size_t EntityNames::WordShapes::first_of(std::string_view word) {
  if (word.empty()) return 0;
  const char c = word[0];
  return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

std::uint64_t EntityNames::WordShapes::length_bit(std::string_view word) {
  return std::uint64_t{1} << std::min<std::size_t>(word.size(), 63);
}

std::optional<std::string> EntityNames::resolve(const NameRun& run) const {
  if (run.words.empty()) return std::nullopt;
  // The spellings tried below end with the last word (the joined words, with or
  // without the last title before them) or with the last word as printed, possessive
  // and all (the whole run): a spelling whose last word has no alias's shape is no alias.
  const bool last_word_may_match = last_word_shapes_.may_hold(last_word(run.words.back()));
  if (last_word_may_match || last_word_shapes_.may_hold(last_folded_word(run.text))) {
    if (auto entity = alias_of(fold(run.text))) return entity;
    const std::string bare = join_lower(run.words);
    if (auto entity = alias_of(bare)) return entity;
    // "Russian President Vladimir Putin": the last title with the name ("president putin").
    if (!run.titles.empty()) {
      if (auto entity = alias_of(run.titles.back() + " " + bare)) return entity;
    }
  }
  // A surname (or a given name used alone) of a declared person: one-word aliases, so
  // their shapes are held too.
  if (last_word_may_match) {
    if (auto it = person_words_.find(lower(run.words.back())); it != person_words_.end()) return it->second;
  }
  if (run.words.size() == 2 && last_word_shapes_.may_hold(run.words.front())) {
    if (auto it = person_words_.find(lower(run.words.front())); it != person_words_.end()) {
      return it->second;  // "Xi Jinping": family name first
    }
  }
  return std::nullopt;
}

std::optional<std::string> EntityNames::alias_of(const std::string& spelling) const {
  if (auto it = aliases_.find(spelling); it != aliases_.end()) return it->second;
  return std::nullopt;
}

bool EntityNames::is_person(const std::string& entity) const {
  return std::find(persons_.begin(), persons_.end(), entity) != persons_.end();
}

std::string SpeakerDirectory::key_of(const NameRun& run, bool& entity) const {
  if (auto e = entities_.resolve(run)) {
    entity = true;
    return *e;
  }
  entity = false;
  return lower(run.words.back());
}

std::optional<std::size_t> SpeakerDirectory::find(const NameRun& run) const {
  if (run.words.empty()) return std::nullopt;
  return find(run, entities_.resolve(run));
}

std::optional<std::size_t> SpeakerDirectory::find(const NameRun& run, const std::optional<std::string>& entity) const {
  if (run.words.empty()) return std::nullopt;
  auto it = by_key_.find(entity ? *entity : lower(run.words.back()));  // key_of's key
  if (it == by_key_.end()) return std::nullopt;
  return it->second;
}

std::size_t SpeakerDirectory::mention(const NameRun& run, std::size_t at) {
  bool entity = false;
  std::string key = key_of(run, entity);
  auto [it, added] = by_key_.emplace(key, people_.size());
  if (added) people_.push_back({entity ? key : join(run.words), {}, run.gender, entity});
  Person& p = people_[it->second];
  // The fullest written form becomes the name: "Mr. Hart" after "Brian Hart" stays "Brian Hart".
  if (!p.entity && join(run.words).size() > p.name.size()) p.name = join(run.words);
  if (!p.gender) p.gender = run.gender;
  for (const std::string& t : run.titles) {
    if (std::find(p.titles.begin(), p.titles.end(), t) == p.titles.end()) p.titles.push_back(t);
  }
  auto pos = std::upper_bound(mentions_.begin(), mentions_.end(), std::make_pair(at, it->second));
  mentions_.insert(pos, {at, it->second});
  return it->second;
}

std::optional<std::size_t> SpeakerDirectory::last_before(std::size_t at, char gender) const {
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->first >= at) continue;
    char g = people_[it->second].gender;
    if (gender && g && g != gender) continue;
    const Person& p = people_[it->second];
    if (p.entity && !entities_.is_person(p.name)) continue;  // "Beijing said" is not a "he"
    return it->second;
  }
  return std::nullopt;
}

std::optional<std::size_t> SpeakerDirectory::by_title(const std::vector<std::string>& words, std::size_t at) const {
  if (words.empty()) return std::nullopt;
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->first >= at) continue;
    const Person& p = people_[it->second];
    bool all = std::all_of(words.begin(), words.end(), [&](const std::string& w) {
      return std::find(p.titles.begin(), p.titles.end(), w) != p.titles.end();
    });
    if (all) return it->second;
  }
  return std::nullopt;
}

}  // namespace factlint::quote
