// The part of a quotation its comparison needs.
#include "quote/quote_core.h"

#include <utility>

namespace factlint::quote {

const std::string* CoreStrings::string(std::string&& s) { return &*strings_.insert(std::move(s)).first; }

const std::vector<std::string>* CoreStrings::words(std::vector<std::string>&& words) {
  std::string key;
  for (const std::string& w : words) key += w + '\x1f';
  return &wordings_.try_emplace(std::move(key), std::move(words)).first->second;
}

QuoteCore core_of(Quote&& q, std::uint64_t rest, CoreStrings& strings) {
  QuoteCore c;
  c.document = strings.string(std::move(q.document));
  c.words = strings.words(std::move(q.words));
  c.gaps = std::move(q.gaps);
  c.begin = q.begin;
  c.line = q.location.line;
  c.speaker = strings.string(std::move(q.speaker.name));
  c.about = strings.string(std::move(q.about));
  c.kind = q.kind;
  c.nested = q.nested;
  c.rest = rest;
  return c;
}

}  // namespace factlint::quote
