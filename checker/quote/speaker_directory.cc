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
}

std::optional<std::string> EntityNames::resolve(const NameRun& run) const {
  if (run.words.empty()) return std::nullopt;
  std::string bare = join_lower(run.words);
  std::vector<std::string> candidates = {fold(run.text), bare};
  // "Russian President Vladimir Putin": the last title with the name ("president putin").
  if (!run.titles.empty()) candidates.push_back(run.titles.back() + " " + bare);
  for (const std::string& c : candidates) {
    if (auto it = aliases_.find(c); it != aliases_.end()) return it->second;
  }
  // A surname (or a given name used alone) of a declared person.
  if (auto it = person_words_.find(lower(run.words.back())); it != person_words_.end()) return it->second;
  if (auto it = person_words_.find(lower(run.words.front())); it != person_words_.end() && run.words.size() == 2) {
    return it->second;  // "Xi Jinping": family name first
  }
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
