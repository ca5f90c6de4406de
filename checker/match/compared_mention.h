// A mention of an entity that a statement is compared with, not its subject: such a
// mention fills no role (docs/rules.md "Cues", step 3) and does not make its entity
// the document's topic (docs/rules.md "Roles resolved from context").
#pragma once

#include <cctype>
#include <string_view>

namespace factlint::match {

// "years after", "shortly after": "after" names a time, not a rival ("second after" is
// a rank: only "seconds after" is a time).
inline bool time_before_after(std::string_view w) {
  if (w == "seconds") return true;
  for (std::string_view u : {"minute", "hour", "day", "week", "month", "year", "decade", "century"}) {
    if (w == u || (w.size() == u.size() + 1 && w.substr(0, u.size()) == u && w.back() == 's')) return true;
  }
  return w == "centuries" || w == "shortly" || w == "soon" || w == "long" || w == "immediately" || w == "right";
}

// "the team behind", "the agencies behind": who made or backs the thing, not who leads it.
inline bool makers_before_behind(std::string_view w) {
  for (std::string_view m : {"team", "teams", "company", "companies", "firm", "firms", "group", "groups",
                             "agency", "agencies", "people", "minds", "force", "forces", "engineers",
                             "scientists", "partners", "consortium", "researchers", "organisations",
                             "organizations", "architects", "designers", "builders", "investors", "backers"}) {
    if (w == m) return true;
  }
  return false;
}

// "more" or a comparative that ranks a thing above others ("bigger", "a greater volume").
inline bool ranks_above(std::string_view w) {
  for (std::string_view c : {"more", "bigger", "larger", "longer", "taller", "higher", "greater", "deeper", "wider",
                             "heavier", "richer", "busier", "faster", "wealthier", "stronger"}) {
    if (w == c) return true;
  }
  return false;
}

// A verb that can follow a clause's subject: "after Ekofisk **was** discovered", "after
// the field **opened**". A past form ending in "ed", a form of "be", "have" or "do", a
// modal, or a common irregular past.
inline bool clause_verb(std::string_view w) {
  for (std::string_view v : {"was", "were", "is", "are", "had", "has", "have", "did", "does", "will", "would",
                             "could", "can", "may", "might", "should", "must", "became", "began", "came", "went",
                             "took", "made", "won", "lost", "left", "bought", "sold", "built", "struck", "found",
                             "fell", "rose", "grew", "got", "gave", "ran", "saw", "said", "set", "spent", "broke"}) {
    if (w == v) return true;
  }
  return w.size() > 4 && w.substr(w.size() - 2) == "ed";
}

// A verb that measures its subject against the name after it by reaching or passing
// its mark: "Cavendish equalled Merckx's record", "breaking Merckx's record",
// "matching Merckx", "beat Hinault" (a blind writer's, session 23). The name is the
// rival, not the one whose figure the clause states. Nouns these words also spell
// ("match", "tie", "break") are left out in their bare form.
inline bool equals_or_breaks(std::string_view w) {
  for (std::string_view v : {"equalling", "equaling", "equalled", "equaled", "equals", "equal", "matching", "matched",
                             "tying", "tied", "breaking", "broke", "breaks", "beat", "bettering", "bettered",
                             "betters", "overtake", "surpass", "outpace", "outstrip", "eclipse"}) {
    if (w == v) return true;
  }
  return false;
}

// Whether "with" at token `with` closes a phrase saying two share a mark: "tied",
// "level", "equal", "joint" or "drawing" at most six words before it in its clause
// ("remains tied on 34 stage wins with Merckx", "drew level with Merckx").
template <typename WordAt>
bool tied_before_with(const WordAt& word, int with) {
  for (int i = with - 1; i >= 0 && i >= with - 6; --i) {
    const std::string_view w = word(i);
    if (w == "." || w == ";" || w == ":" || w == "," || w == "but" || w == "and") return false;
    if (w == "tied" || w == "level" || w == "equal" || w == "joint" || w == "drawing") return true;
  }
  return false;
}

// Whether "than" before token `t` ends a rank by exclusion whose subject the name
// there is: "Only Google, YouTube and Facebook are more visited than Wikipedia" ranks
// Wikipedia 4th, "only two airports are busier than Heathrow" Heathrow 3rd (docs/rules.md
// "Ranks without an ordinal"). "only" opens the list (not "the only", "not only"), and
// "is", "are", "was" or "were" and "more" and a word, or a comparative, stand right
// before "than".
template <typename WordAt>
bool ranked_by_exclusion(const WordAt& word, int t) {
  if (t < 5) return false;
  int verb = -1;
  if (ranks_above(word(t - 2))) {
    verb = t - 3;
  } else if (word(t - 3) == "more") {
    verb = t - 4;
  }
  if (verb < 1) return false;
  const std::string_view v = word(verb);
  if (v != "is" && v != "are" && v != "was" && v != "were") return false;
  for (int i = verb - 1; i >= 0 && i >= verb - 16; --i) {
    const std::string_view w = word(i);
    if (w == "." || w == ";" || w == ":" || w == "but" || w == "than") return false;
    if (w != "only") continue;
    if (i + 1 >= verb) return false;
    const std::string_view before = i > 0 ? word(i - 1) : std::string_view{};
    return before != "the" && before != "a" && before != "an" && before != "not";
  }
  return false;
}

// Where the first name of a list that the "and" or "or" at token `conj` continues
// begins, when a comparison word opens the list ("after the Gotthard Base Tunnel in
// Switzerland and ..."): the token after that word; -1 when none. Back from the
// conjunction over the first item's noun phrase: at most eight words, no verb ("after
// Brack was found and ..." has a clause between), no punctuation but "'s".
template <typename WordAt>
int compared_list_head(const WordAt& word, int conj) {
  static constexpr std::string_view kComparing[] = {"behind", "after", "than", "unlike", "versus", "vs", "against", "ahead"};
  for (int i = conj - 1; i >= 1 && i >= conj - 8; --i) {
    const std::string_view w = word(i);
    if (w.empty() || clause_verb(w)) return -1;
    const unsigned char c = static_cast<unsigned char>(w.front());
    if (!(std::isalnum(c) || c >= 0x80) && w != "'s") return -1;
    for (std::string_view k : kComparing) {
      if (w != k) continue;
      // "ahead of": the list opens after "of".
      if (w == "ahead") return i + 2 < conj && word(i + 1) == "of" ? i + 2 : -1;
      return i + 1 < conj ? i + 1 : -1;
    }
  }
  return -1;
}

// Whether the entity mention starting at token `t` is what the statement is compared
// with, not its subject: "second-largest, behind MSC", "after the Mediterranean
// Shipping Company", "ahead of Saudi Arabia", "bigger than China", "unlike Russia",
// "beating Itaipu's 103 TWh" (a blind rule writer's, session 9), "trails Orbita" (session 19). `word(i)` gives the
// normalized text of token i; a document's tokens and a title's both answer it.
// `next` is the word after the mention ("" when none or unknown): "after" with a verb
// there opens a clause whose subject the name is ("Norway became an oil nation after
// Ekofisk was discovered in 1969", a blind writer's, session 17), no comparison.
template <typename WordAt>
bool compared_mention(const WordAt& word, int t, std::string_view next = {}) {
  if (t > 0 && (word(t - 1) == "the" || word(t - 1) == "a")) --t;
  // "after Japan's Seikan Tunnel": a one-word owner before the name says where the
  // rival is; the word before the owner says whether it is compared.
  if (t > 2 && word(t - 1) == "'s") t -= 2;
  if (t == 0) return false;
  const std::string_view one = word(t - 1);
  // "after the Gotthard Base Tunnel in Switzerland and the Seikan Tunnel": a name
  // joined by "and" or "or" to a compared one is compared too.
  if ((one == "and" || one == "or") && t > 2) {
    const int first = compared_list_head(word, t - 1);
    return first > 0 && compared_mention(word, first);
  }
  // "a year after version 16" is a time, "the agencies behind Webb" its makers: no comparison.
  if (t > 1 && one == "after" && time_before_after(word(t - 2))) return false;
  if (one == "after" && clause_verb(next)) return false;
  if (t > 1 && one == "behind" && makers_before_behind(word(t - 2))) return false;
  // "No other river carries a greater volume than the Amazon", "none is bigger than
  // Norway's": nothing outranks the name, it is the subject ranked first (docs/rules.md
  // "Ranks without an ordinal").
  // "No" opens the clause's subject (no comma between), and "more" or a comparative
  // stands at most five words before "than".
  if (one == "than" && ranked_by_exclusion(word, t)) return false;
  if (one == "than") {
    bool comparative = false;
    for (int i = t - 2; i >= 0 && i >= t - 14; --i) {
      const std::string_view w = word(i);
      if (w == "." || w == ";" || w == ":" || w == "," || w == "but" || w == "and") break;
      if (i >= t - 7 && ranks_above(w)) comparative = true;
      if (comparative && (w == "no" || w == "none" || w == "nothing") && i + 1 < t - 1 && !ranks_above(word(i + 1)) &&
          word(i + 1) != "less" && word(i + 1) != "longer") {
        return false;
      }
    }
  }
  // "about 30% of all paid subscriptions against Tencent Music's 14%": the figure
  // set beside the subject's (a retired held-out topic, session 25).
  for (std::string_view w : {"behind", "after", "than", "unlike", "versus", "vs", "against", "overtaking", "overtook",
                             "overtakes", "trailing", "trails", "trailed", "lags", "outpacing", "outpaced", "outpaces", "beating", "beats",
                             "surpassing", "surpassed", "surpasses", "outstripping", "outstripped", "outstrips",
                             "eclipsing", "eclipsed", "eclipses"}) {
    if (one == w) return true;
  }
  if (equals_or_breaks(one)) return true;
  // "tied on 34 stage wins with Merckx", "level with Merckx": the name shares the
  // mark the subject reaches (a blind writer's, session 23).
  if (one == "with" && tied_before_with(word, t - 1)) return true;
  // "smaller than that of Sydney", "higher than those of Kestrel", "more than in Sydney":
  // the comparison's object stands after "that of" or "in" (a blind writer's report,
  // session 19).
  if (t > 2 && one == "of" && (word(t - 2) == "that" || word(t - 2) == "those") && word(t - 3) == "than") return true;
  if (t > 1 && one == "in" && word(t - 2) == "than") return true;
  // "longer than anything on the Elizabeth line", "deeper than everything in Paris":
  // what the name holds is compared, so the name is too.
  if (t > 2 && word(t - 3) == "than") {
    const std::string_view what = word(t - 2);
    if ((what == "anything" || what == "everything" || what == "something" || what == "anywhere") &&
        (one == "on" || one == "in" || one == "at" || one == "of" || one == "along" || one == "across")) {
      return true;
    }
  }
  return t > 1 && one == "of" && word(t - 2) == "ahead";
}

}  // namespace factlint::match
