// The roles a match fills from its own sentence: the entities named in a cue's clause
// or sentence, nearest the cue first, given to the roles in the order they are named,
// and the entity a cue's `=> role=Entity` names (docs/rules.md "Cues", step 3, "A cue
// that names a role's entity", "Ignored entities").
#include "match/matcher_impl.h"
#include "match/shared_subject.h"

namespace factlint::match {

bool another_of_its_sort(const DocumentIndex& index, int begin, int end) {
  if (begin == 0 || index.token_text(begin - 1) != "another") return false;
  if (end >= static_cast<int>(index.tokens.size()) || !index.has_word_char(end)) return true;
  static constexpr std::array<std::string_view, 22> kAfterNoun = {
      "which", "that", "who", "where", "with", "in",  "at",  "on",   "of",     "for",   "is",
      "was",   "has",  "had", "to",    "and",  "or",  "but", "near", "beside", "called", "named"};
  return std::find(kAfterNoun.begin(), kAfterNoun.end(), index.token_text(end)) != kAfterNoun.end();
}

namespace {

// Whether the name opening at token `begin` with "the" ("the capital", under `entity
// Wellington: city = "the capital"`), stands after a form of "be" or "become" whose subject is a name of
// another entity: "Auckland became the capital in 1841" says what Auckland was, a
// predicate, and names no second city (docs/rules.md "Cues", step 3).
bool predicate_of_another_name(const DocumentIndex& index, int begin, int entity) {
  if (begin < 2 || index.token_text(begin) != "the") return false;
  static constexpr std::array<std::string_view, 11> kLinking = {
      "is", "was", "are", "were", "becomes", "became", "become", "remains", "remained", "been", "as"};
  int t = begin - 1;
  const std::string_view verb = index.token_text(t);
  if (std::find(kLinking.begin(), kLinking.end(), verb) == kLinking.end()) return false;
  if (verb == "been" || verb == "as") {
    static constexpr std::array<std::string_view, 7> kBefore = {"has",   "had",    "have",  "served",
                                                                "serves", "serve", "serving"};
    const std::string_view aux = index.token_text(t - 1);
    if (std::find(kBefore.begin(), kBefore.end(), aux) == kBefore.end()) return false;
    if ((verb == "been") != (aux == "has" || aux == "had" || aux == "have")) return false;
    --t;
  }
  for (const TokenEdge* e = index.entity_reverse.begin(t); e != index.entity_reverse.end(t); ++e) {
    if (e->payload != entity) return true;
  }
  return false;
}

}  // namespace

// "LeShuttle and LeShuttle Freight carried 2.3 million cars and 1.2 million trucks":
// under `cue cars => service=LeShuttle` the cars are LeShuttle's, though LeShuttle
// Freight stands nearer the cue (docs/rules.md "A cue that names a role's entity").
void Matcher::Impl::name_fixed_entities(int f, const DocumentIndex& index, int rule, TokenMatch range,
                                        std::vector<Binding>& bindings) const {
  if (rule < 0 || static_cast<std::size_t>(rule) >= facts[f].fixes.size()) return;
  for (const auto& fix : facts[f].fixes[static_cast<std::size_t>(rule)]) {
    // Named, not bound: a lambda below captures them (clang 14 cannot capture bindings).
    const auto role = fix.first;
    const auto entity = fix.second;
    Binding& b = bindings[role];
    if (!b.bound() || b.payload == entity) continue;
    const bool elsewhere = std::any_of(bindings.begin(), bindings.end() - 1, [&](const Binding& o) {
      return &o != &b && o.bound() && o.payload == entity;
    });
    if (elsewhere) continue;
    for (int t = range.begin; t < range.end;) {
      if (index.entity_forward.count(t) == 0 || index.entity_forward.begin(t)->to > range.end) {
        ++t;
        continue;
      }
      const TokenEdge& e = *index.entity_forward.begin(t);
      if (e.payload == entity && !compared_mention(index, t)) {
        b = Binding{t, e.to, entity};
        break;
      }
      t = e.to;
    }
  }
}

void Matcher::Impl::fill_entity_roles(int f, const DocumentIndex& index, TokenMatch cue, TokenMatch range,
                                      bool nearest, std::vector<Binding>& bindings, bool last_resort_too) const {
  const std::vector<CaptureSlot>& slots = facts[f].slots;
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i + 1 < slots.size(); ++i) {
    if (slots[i].entity && !bindings[i].bound()) open.push_back(i);
  }
  if (open.empty()) return;
  auto taken = [&](int begin, int end, int entity) {
    for (const Binding& b : bindings) {
      if (b.bound() && b.begin < end && begin < b.end) return true;
    }
    for (std::size_t i = 0; i + 1 < slots.size(); ++i) {
      if (slots[i].entity && bindings[i].bound() && bindings[i].payload == entity) return true;
    }
    return false;
  };
  auto fits_open = [&](int entity) {
    return std::any_of(open.begin(), open.end(), [&](std::size_t slot) {
      return slots[slot].entity_fits.empty() || slots[slot].entity_fits[static_cast<std::size_t>(entity)];
    });
  };
  // In the cue's clause, an appositive or relative clause says what its name is
  // (match/attached_phrases.h): a match inside one (its cue, else its value) is about
  // the name it describes, then about what it names itself; outside one, the entities
  // a phrase names yield to the name it describes when that name could fill a role
  // ("The gauge at Kaub, the stretch between Mainz and Koblenz, dropped to 27 cm").
  // A match in a phrase that comments on its clause ("..., the biggest bet yet by the
  // world's largest carrier") is about the clause's subject: the entity named first.
  const Binding& value = bindings.back();
  const AttachedPhrase* unit = nearest ? phrase_holding(index.attached, cue.begin, cue.end) : nullptr;
  if (nearest && !unit && value.bound()) unit = phrase_holding(index.attached, value.begin, value.end);
  enum Weight { kDescribed, kPlain, kWeaker };
  // "The Blue Line is 23.4 km long and the Red Line is 31 km long": a name after the
  // match that a figure of the fact's type follows is that figure's subject, and yields
  // to a name before the match (a newcomer's false conflict).
  const TypedReadings* figures = slots.back().entity ? nullptr : index.readings_of(slots.back().type);
  const int match_end = std::max(cue.end, value.bound() ? value.end : cue.end);
  // "more than 400 species of hard coral and around 3,000 species of molluscs": a name
  // right after a cue that follows its value (a determiner between at most) completes
  // the cue's phrase, and is the value's whatever figure comes next.
  auto completes_cue = [&](int begin) {
    if (!value.bound() || value.end > cue.begin) return false;
    int t = cue.end;
    const std::string_view w = t < begin ? index.token_text(t) : std::string_view();
    if (w == "the" || w == "a" || w == "an" || w == "its" || w == "their") ++t;
    return t == begin;
  };
  auto has_own_figure = [&](int begin, int end) {
    if (!figures || begin < match_end || completes_cue(begin)) return false;
    for (int t = end; t < range.end; ++t) {
      if (figures->forward.count(t) > 0) return true;
    }
    return false;
  };
  // A name after the match that another such figure stands before is that figure's and
  // fills no role of the match ("a share of 17 percent, against 18 percent for MSC").
  auto after_another_figure = [&](int begin) {
    if (!figures || begin < match_end) return false;
    for (int t = match_end; t < begin; ++t) {
      if (figures->forward.count(t) > 0) return true;
    }
    return false;
  };
  // "Brennan passed the record of Ostrowski and became the first to serve 40 years":
  // the names in the first predicate's object yield to the subject the second shares.
  const int shared_and =
      nearest && !unit ? shared_subject_and(index, range, std::min(cue.begin, value.bound() ? value.begin : cue.begin))
                       : -1;
  auto weight_of = [&](int begin, int end) {
    if (!nearest) return kPlain;
    if (unit) {
      if (unit->entity >= 0 && begin == unit->name_begin) return kDescribed;
      return begin >= unit->begin && end <= unit->end ? kPlain : kWeaker;
    }
    if (shared_and >= 0 && begin > range.begin && end <= shared_and) return kWeaker;
    const AttachedPhrase* p = phrase_holding(index.attached, begin, end);
    if (p && p->entity >= 0 && fits_open(index.name_at(p->name_begin, fits_open)->payload)) return kWeaker;
    return has_own_figure(begin, end) ? kWeaker : kPlain;
  };
  const bool subject_first = unit && unit->entity < 0;
  // An ignored entity fits every role. One declared with another kind than every open
  // role's is a last resort: it yields to any entity that fits a role without it, however
  // much nearer the cue it is ("Four outbreaks of starfish (a group, ignored) have hit
  // the reef" is the reef's); it takes the role only when the clause names nothing else
  // that fits. One declared without a kind stands for any thing and yields only to an
  // entity of a role's kind as near: "Transport for London (ignored, kind-less) runs a
  // fleet of 192 S Stock trains" is the trains' (docs/rules.md "Ignored entities").
  auto of_kind = [&](int entity) {
    return std::any_of(open.begin(), open.end(), [&](std::size_t slot) {
      return slots[slot].kind_fits.empty() || slots[slot].kind_fits[static_cast<std::size_t>(entity)];
    });
  };
  auto last_resort = [&](int entity) { return !of_kind(entity) && !rules.entities[entity].kind.empty(); };
  // Entities named in the range, each once (its mention nearest the cue), nearest first.
  struct Hit {
    int begin, end, entity, distance;
    Weight weight;
    bool kind;         // of an open role's kind (not only fitting as an ignored entity)
    bool last_resort;  // an ignored entity declared with another kind
    // Among the entities outside a commenting phrase, the one named first.
    int order(bool by_position) const { return by_position && weight == kWeaker ? begin : distance; }
  };
  auto before = [&](const Hit& a, const Hit& b) {
    if (a.last_resort != b.last_resort) return b.last_resort;
    if (a.weight != b.weight) return a.weight < b.weight;
    if (a.order(subject_first) != b.order(subject_first)) return a.order(subject_first) < b.order(subject_first);
    return a.kind && !b.kind;
  };
  // "Xiluodu Dam, upstream of the Three Gorges Dam, is 285.5 m high": a landmark of a
  // place phrase the match lies outside of fills no role (match/attached_phrases.h).
  auto landmark = [&](int begin, int end) {
    const AttachedPhrase* p = phrase_holding(index.attached, begin, end);
    return p && p->landmark && !(cue.begin >= p->begin && cue.end <= p->end) &&
           !(value.bound() && value.begin >= p->begin && value.end <= p->end);
  };
  // A name of things of different kinds is the one of an open role's kind, else one
  // that fits a role otherwise (an ignored entity), else the first declared
  // (docs/rules.md "One name for things of different kinds").
  auto named_at = [&](int t) -> const TokenEdge& {
    const TokenEdge* e = index.name_at(t, of_kind);
    return of_kind(e->payload) ? *e : *index.name_at(t, fits_open);
  };
  std::vector<Hit> hits;
  for (int t = range.begin; t < range.end;) {
    if (index.entity_forward.count(t) == 0 || index.entity_forward.begin(t)->to > range.end) {
      ++t;
      continue;
    }
    const TokenEdge& e = named_at(t);
    int distance = e.to <= cue.begin ? cue.begin - e.to : t >= cue.end ? t - cue.end : 0;
    if (!taken(t, e.to, e.payload) && !compared_mention(index, t) && !landmark(t, e.to) &&
        !after_another_figure(t) && !another_of_its_sort(index, t, e.to) &&
        !predicate_of_another_name(index, t, e.payload) &&
        (last_resort_too || !last_resort(e.payload))) {
      const Hit hit{t, e.to, e.payload, distance, weight_of(t, e.to), of_kind(e.payload), last_resort(e.payload)};
      auto same = std::find_if(hits.begin(), hits.end(), [&](const Hit& h) { return h.entity == e.payload; });
      if (same == hits.end()) hits.push_back(hit);
      else if (before(hit, *same)) *same = hit;
    }
    t = e.to;
  }
  if (nearest) std::stable_sort(hits.begin(), hits.end(), before);
  else std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return b.last_resort && !a.last_resort; });
  auto fits = [&](std::size_t slot, int entity) {
    return slots[slot].entity_fits.empty() || slots[slot].entity_fits[static_cast<std::size_t>(entity)];
  };
  // The nearest entities that fit some open role, as many as there are open roles...
  std::vector<Hit> chosen;
  std::vector<bool> filled(open.size(), false);
  for (const Hit& h : hits) {
    for (std::size_t k = 0; k < open.size(); ++k) {
      if (!filled[k] && fits(open[k], h.entity)) {
        filled[k] = true;
        chosen.push_back(h);
        break;
      }
    }
  }
  // ...given to the roles in the order the sentence names them.
  std::sort(chosen.begin(), chosen.end(), [](const Hit& a, const Hit& b) { return a.begin < b.begin; });
  std::vector<bool> used(chosen.size(), false);
  for (std::size_t slot : open) {
    for (std::size_t k = 0; k < chosen.size(); ++k) {
      if (used[k] || !fits(slot, chosen[k].entity)) continue;
      used[k] = true;
      bindings[slot] = Binding{chosen[k].begin, chosen[k].end, chosen[k].entity};
      break;
    }
  }
}

}  // namespace factlint::match
