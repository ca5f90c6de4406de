// The part of a quotation its comparison needs.
#include "quote/quote_core.h"

#include <utility>

#include <xxhash.h>

namespace factlint::quote {

// Held once per quotation of the corpus (quote_core.h).
static_assert(sizeof(QuoteCore) <= 64);

const std::string* CoreStrings::string(std::string&& s) { return &*strings_.insert(std::move(s)).first; }

std::size_t CoreStrings::IdsHash::operator()(const Wording& w) const {
  return XXH3_64bits(w.ids.data(), w.ids.size() * sizeof(WordTable::Id));
}

const Wording* CoreStrings::words(const std::vector<std::string>& words) {
  Wording wording;
  wording.table = &table_;
  wording.ids.reserve(words.size());
  for (const std::string& w : words) wording.ids.push_back(table_.id(w));
  return &*wordings_.insert(std::move(wording)).first;
}

const std::vector<std::size_t>* CoreStrings::gaps(std::vector<std::size_t>&& gaps) {
  return &*gaps_.insert(std::move(gaps)).first;
}

QuoteCore core_of(Quote&& q, std::uint64_t rest, CoreStrings& strings) {
  QuoteCore c;
  c.document = strings.string(std::move(q.document));
  c.words = strings.words(q.words);
  c.gaps = strings.gaps(std::move(q.gaps));
  c.begin = static_cast<std::uint32_t>(q.begin);
  c.line = q.location.line;
  c.speaker = strings.string(std::move(q.speaker.name));
  c.about = strings.string(std::move(q.about));
  c.kind = q.kind;
  c.nested = q.nested;
  c.rest = rest;
  return c;
}

}  // namespace factlint::quote
