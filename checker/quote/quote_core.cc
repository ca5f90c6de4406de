// The part of a quotation its comparison needs.
#include "quote/quote_core.h"

#include <stdexcept>
#include <utility>

#include <xxhash.h>

namespace factlint::quote {

// Held once per quotation of the corpus (quote_core.h).
static_assert(sizeof(QuoteCore) <= 32);

namespace {

// The next id of a list of `size` entries (throws std::length_error past 32 bits).
std::uint32_t next_id(std::size_t size, const char* what) {
  if (size >= WordTable::kNone) throw std::length_error(std::string("more ") + what + " than a 32-bit id can name");
  return static_cast<std::uint32_t>(size);
}

}  // namespace

std::uint32_t CoreStrings::document(std::string&& path) {
  if (documents_.empty() || documents_.back() != path) {
    next_id(documents_.size(), "documents with quotations");
    documents_.push_back(std::move(path));
  }
  return static_cast<std::uint32_t>(documents_.size() - 1);
}

std::size_t CoreStrings::IdsHash::operator()(const CoreWording& w) const {
  return XXH3_64bits(w.ids.data(), w.ids.size() * sizeof(WordTable::Id));
}

const CoreWording* CoreStrings::words(const std::vector<std::string>& words) {
  CoreWording wording;
  wording.table = &table_;
  wording.strings = this;
  wording.ids.reserve(words.size());
  for (const std::string& w : words) wording.ids.push_back(table_.id(w));
  return &*wordings_.insert(std::move(wording)).first;
}

std::uint32_t CoreStrings::framing(std::string&& speaker, std::string&& about, std::vector<std::size_t>&& gaps,
                                   QuoteKind kind, bool nested) {
  Framing f;
  f.speaker = names_.id(speaker);
  f.about = names_.id(about);
  f.gaps = &*gaps_.insert(std::move(gaps)).first;
  f.kind = kind;
  f.nested = nested;
  auto [it, fresh] = framing_ids_.try_emplace(std::make_tuple(f.speaker, f.about, static_cast<const void*>(f.gaps), kind, nested),
                                              next_id(framings_.size(), "ways of giving a quotation"));
  if (fresh) framings_.push_back(f);
  return it->second;
}

QuoteCore core_of(Quote&& q, std::uint64_t rest, CoreStrings& strings) {
  QuoteCore c;
  c.words = strings.words(q.words);
  c.rest = rest;
  c.document = strings.document(std::move(q.document));
  c.framing = strings.framing(std::move(q.speaker.name), std::move(q.about), std::move(q.gaps), q.kind, q.nested);
  c.begin = static_cast<std::uint32_t>(q.begin);
  c.line = q.location.line;
  return c;
}

}  // namespace factlint::quote
