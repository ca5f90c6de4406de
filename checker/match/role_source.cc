// Role sources in words (role_source.h).
#include "match/role_source.h"

#include "source/display_text.h"

namespace factlint::match {

namespace {

// A role the sentence does not name comes from the sentences before or, failing them,
// from the document's topic (docs/rules.md "Cues", step 3). A statement stored before
// role sources were kept does not say which, so neither may this.
constexpr const char* kFromContext = "from context: the sentences before, or the document's topic";

// "line 12 by automaker": the statement's sentence opens with "The automaker", a word
// of the role's kind, which means the entity the sentence at line 12 names.
// "line 13 as dam": the sentence at line 13 opens with "The dam", and the document
// names one dam: that sentence is about it. Stores written before the noun was kept
// say "line 13 by its kind".
std::string line_text(const std::string& source) {
  if (const std::size_t as = source.find(" as "); as != std::string::npos) {
    return "from the sentence at " + source.substr(0, as) + ", which opens with 'the " + source.substr(as + 4) +
           "', the one thing of that kind the document names";
  }
  if (const std::size_t by = source.find(" by "); by != std::string::npos) {
    const std::string noun = source.substr(by + 4);
    if (noun == "its kind") {
      return "from the sentence at " + source.substr(0, by) +
             ", which names a thing by its kind, the one of that kind the document names";
    }
    return "from the sentence at " + source.substr(0, by) + ", which 'the " + noun + "' refers to";
  }
  return "from the sentence at " + source;
}

}  // namespace

std::string role_source_text(const std::string& source) {
  if (source == "sentence") return "from earlier in its sentence";
  if (source == "match") return "from the pattern's own words";
  if (source.rfind("line ", 0) == 0) return line_text(source);
  if (source == "title") return "from the document's topic: its title";
  if (source == "most-named") return "from the document's topic: its most-named entity";
  if (source == "tied role") return "the one entity the role is tied to: the document names no other of its kind";
  // `=> role=Entity` on the statement's cue or pattern, and a role's fallback entity
  // (docs/rules.md "A cue that names a role's entity", "A role's fallback entity").
  if (source.rfind("cue ", 0) == 0) return "from the cue '" + source::printable(source.substr(4)) + "'";
  if (source == "cue") return "from the cue";
  if (source == "pattern") return "from the pattern's '=>'";
  if (source == "fallback") return "fallback: the role's fallback entity, as the document names no other of its kind";
  return kFromContext;
}

}  // namespace factlint::match
