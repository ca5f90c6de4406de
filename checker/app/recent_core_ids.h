// An id worked out of a quotation core (quote_signature, quote_entry_id), the last few
// remembered: an incremental run that compares a wire quotation's group again asks for
// the ids of its 154,000 copies, which hold two wordings (issue 10). A core's wording
// is one pointer, and its speaker, kind and nesting one framing (quote/quote_core.h),
// so the pair is the key, with no string compared. Only for the cores of one
// app::QuoteBook, alive as long as this is: a pointer is a wording only while its
// strings live.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "quote/quote_core.h"

namespace factlint::app {

class RecentCoreIds {
 public:
  using Make = std::string (*)(const quote::QuoteCore&);
  explicit RecentCoreIds(Make make) : make_(make) {}

  const std::string& of(const quote::QuoteCore& q) {
    for (const Entry& e : entries_) {
      if (e.words == q.words && e.framing == q.framing) return e.id;
    }
    Entry& e = entries_[next_];
    next_ = (next_ + 1) % entries_.size();
    e = {q.words, q.framing, make_(q)};
    return e.id;
  }

 private:
  struct Entry {
    const quote::CoreWording* words = nullptr;  // null: not used yet (a core's never is)
    std::uint32_t framing = 0;
    std::string id;
  };
  Make make_;
  std::array<Entry, 4> entries_;
  std::size_t next_ = 0;
};

}  // namespace factlint::app
