// An id worked out of a quotation core (quote_signature, quote_entry_id), remembered:
// an incremental run that compares a wire quotation's group again asks for the ids of
// its 154,000 copies, which hold a few wordings given to a few hundred speakers (a
// wire story's "minister of" each paper's country) (issue 10). Both ids are made of a
// quotation's words, speaker, kind and nesting alone, never of whom it is about or
// where it was cut, and an entry id of a quotation of several words of its words
// alone (quote_entry_id): a core's wording is one pointer and its speaker one id
// (quote/quote_core.h), so those are the key, with no string compared. The framing
// as a whole is not: it names whom a quotation is about, which each copy varies, and
// keyed so, every copy missed. Only for the cores of one app::QuoteBook, alive as
// long as this is: a pointer is a wording only while its strings live.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>

#include "quote/quote_core.h"

namespace factlint::app {

class RecentCoreIds {
 public:
  using Make = std::string (*)(const quote::QuoteCore&);
  // What the id is made of: the words, speaker, kind and nesting (quote_signature), or
  // for a quotation of several words its words alone (quote_entry_id).
  enum class Of { Framed, Words };
  RecentCoreIds(Make make, Of of) : make_(make), of_(of) {}

  // The reference stays valid until the next call.
  const std::string& of(const quote::QuoteCore& q) {
    Key key{q.words, 0, quote::QuoteKind::Speech, false};
    if (of_ == Of::Framed || quote::word_count(q) == 1) {
      const quote::Framing& f = quote::framing_of(q);
      key = {q.words, f.speaker, f.kind, f.nested};
    }
    auto it = ids_.find(key);
    if (it != ids_.end()) return it->second;
    // Bounded: a run's other quotations are mostly one copy each.
    if (ids_.size() >= kMostKept) ids_.clear();
    return ids_.emplace(key, make_(q)).first->second;
  }

 private:
  static constexpr std::size_t kMostKept = 4096;
  struct Key {
    const quote::CoreWording* words = nullptr;
    std::uint32_t speaker = 0;
    quote::QuoteKind kind = quote::QuoteKind::Speech;
    bool nested = false;
    bool operator==(const Key& o) const {
      return words == o.words && speaker == o.speaker && kind == o.kind && nested == o.nested;
    }
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const {
      const std::size_t framing = (static_cast<std::size_t>(k.speaker) << 3) ^
                                  (static_cast<std::size_t>(k.kind) << 1) ^ static_cast<std::size_t>(k.nested);
      return std::hash<const void*>()(k.words) ^ (framing * 0x9e3779b97f4a7c15ULL);
    }
  };
  Make make_;
  Of of_;
  std::unordered_map<Key, std::string, KeyHash> ids_;
};

}  // namespace factlint::app
