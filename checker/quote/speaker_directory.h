// The people a document names, so a later "he said", "Mr. Hart" or "the Russian
// president" can be resolved to the person named before; names that a rule
// declares as an entity resolve to that entity.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lang/ast.h"

namespace factlint::quote {

// A name as written: the words before it that describe the person ("Russian",
// "President", "Mr.") and the name words themselves ("Vladimir", "Putin").
struct NameRun {
  std::vector<std::string> titles;  // lowercase, abbreviation periods dropped
  std::vector<std::string> words;   // as written
  char gender = 0;                  // 'm' for Mr., 'f' for Mrs./Ms./Miss, else 0
  std::string text;                 // the whole run as printed
};

struct Person {
  std::string name;                 // canonical: an entity name, else the fullest form seen
  std::vector<std::string> titles;  // every describing word seen with the name
  char gender = 0;
  bool entity = false;
};

// Canonical names of the rule entities a speaker can be: aliases folded to
// lowercase; a one-word alias of a person entity also matches a surname.
class EntityNames {
 public:
  EntityNames() = default;
  explicit EntityNames(const std::vector<lang::EntityDecl>& entities);
  // The entity a written name denotes, if any: "Mr. Putin", "Vladimir Putin" and,
  // for person entities, the bare "Putin" give "Putin".
  std::optional<std::string> resolve(const NameRun& run) const;
  bool is_person(const std::string& entity) const;

 private:
  // The (first letter, length) pairs of a set of words, ASCII case ignored: a word
  // of none of them is not in the set, told without building or comparing strings.
  struct WordShapes {
    void add(std::string_view word);
    bool may_hold(std::string_view word) const;

   private:
    static std::size_t first_of(std::string_view word);
    static std::uint64_t length_bit(std::string_view word);  // lengths past 62 share a bit
    std::array<std::uint64_t, 256> held{};
  };

  std::optional<std::string> alias_of(const std::string& spelling) const;

  std::map<std::string, std::string> aliases_;      // lowercase alias -> entity name
  // The last word (after the last space) of every alias: most capitalized runs of
  // prose ("The", "Officials") end with a word of no alias's shape, and resolve()
  // turns them away before building a spelling (issue 10).
  WordShapes last_word_shapes_;
  std::map<std::string, std::string> person_words_; // lowercase one-word alias of a person -> entity
  std::vector<std::string> persons_;
};

// The people of one document in the order they are mentioned.
class SpeakerDirectory {
 public:
  explicit SpeakerDirectory(const EntityNames& entities) : entities_(entities) {}

  // Records a mention of a named person at visible offset `at` and returns its
  // index. A surname alone ("Kuhrt") joins the person with that surname named
  // before ("Natasha Kuhrt").
  std::size_t mention(const NameRun& run, std::size_t at);
  // Finds who a name denotes without recording a mention.
  std::optional<std::size_t> find(const NameRun& run) const;
  // The same with `entity`, what EntityNames::resolve(run) gives, known already: a
  // reader that needs it too resolves the name once (resolving builds its spellings).
  std::optional<std::size_t> find(const NameRun& run, const std::optional<std::string>& entity) const;
  // The person mentioned last before `at` whose gender does not contradict `gender`.
  std::optional<std::size_t> last_before(std::size_t at, char gender) const;
  // The person mentioned last before `at` described by every one of `words`
  // ("russian", "president").
  std::optional<std::size_t> by_title(const std::vector<std::string>& words, std::size_t at) const;
  const Person& person(std::size_t index) const { return people_[index]; }

 private:
  std::string key_of(const NameRun& run, bool& entity) const;

  const EntityNames& entities_;
  std::vector<Person> people_;
  std::map<std::string, std::size_t> by_key_;  // entity name or lowercase surname -> person
  std::vector<std::pair<std::size_t, std::size_t>> mentions_;  // (offset, person), by offset
};

}  // namespace factlint::quote
