// Word lists for attribution. Lists, not patterns: a verb missing here makes a
// quote's speaker unknown, never wrong.
#include "quote/speech_verbs.h"

#include <algorithm>
#include <array>

namespace factlint::quote {

namespace {

template <std::size_t N>
bool in(const std::array<std::string_view, N>& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

// Kept sorted: lookups are binary searches.
constexpr std::array<std::string_view, 85> kSpeechVerbs = {
    "according", "acknowledged", "acknowledges", "add", "added", "adds", "admits", "admitted", "announced",
    "announces", "argued", "argues", "ask", "asked", "asks", "asserted", "asserts", "called", "calls",
    "claimed", "claims", "commented", "comments", "conceded", "concedes", "continued", "continues",
    "declared", "declares", "described", "describes", "emphasised", "emphasized", "explained", "explains",
    "insisted", "insists", "joked", "jokes", "noted", "notes", "observed", "observes", "pledged", "posted",
    "predicted", "predicts", "promised", "quipped", "recalled", "recalls", "remarked", "remarks", "replied",
    "replies", "reported", "responded", "responds", "said", "say", "saying", "says", "state", "stated",
    "states", "stressed", "stresses", "suggested", "suggests", "tell", "telling", "tells", "testified",
    "told", "tweeted", "urged", "urges", "vowed", "vows", "warned", "warns", "write", "writes", "writing",
    "wrote"};

constexpr std::array<std::string_view, 8> kNamingVerbs = {
    "addressed", "branded", "call", "called", "calls", "described", "describes", "dubbed"};

constexpr std::array<std::string_view, 25> kFillers = {
    "again", "already", "also", "always", "back", "even", "famously", "had", "has", "have", "just", "later",
    "memorably", "never", "now", "often", "once", "previously", "publicly", "recently", "repeatedly",
    "reportedly", "then", "would", "yesterday"};

constexpr std::array<std::string_view, 36> kTitles = {
    "ambassador", "archbishop", "capt", "captain", "chairman", "chairwoman", "chancellor", "chief", "col",
    "commissioner", "dame", "dr", "gen", "general", "gov", "governor", "judge", "king", "lord", "minister",
    "miss", "mr", "mrs", "ms", "pope", "premier", "president", "prime", "prof", "professor", "queen", "rabbi",
    "rep", "secretary", "sen", "senator"};

constexpr std::array<std::string_view, 20> kGroups = {
    "academics", "activists", "advisers", "aides", "analysts", "campaigners", "critics", "diplomats",
    "economists", "experts", "insiders", "observers", "officials", "people", "researchers", "residents",
    "scholars", "scientists", "sources", "witnesses"};

}  // namespace

bool is_speech_verb(std::string_view word) { return in(kSpeechVerbs, word) || is_naming_verb(word); }
bool is_naming_verb(std::string_view word) { return in(kNamingVerbs, word); }
bool is_verb_filler(std::string_view word) { return in(kFillers, word); }
bool is_personal_pronoun(std::string_view word) {
  return word == "he" || word == "she" || word == "they" || word == "i" || word == "we";
}
bool is_title_word(std::string_view word) { return in(kTitles, word); }
bool is_group_noun(std::string_view word) { return in(kGroups, word); }

}  // namespace factlint::quote
