// Quotations held as cores, the rest as statement records in a temporary file.
#include "app/quote_book.h"

#include <cstdint>
#include <string>
#include <utility>

#include "match/statement_record.h"
#include "quote/quote_findings.h"

namespace factlint::app {

void QuoteBook::add(std::vector<quote::Quote>&& quotes) {
  for (quote::Quote& q : quotes) {
    record_.clear();
    quote::fill_quote_statement(q, statement_);
    match::encode_statement(record_, 0, statement_);
    cores_.push_back(quote::core_of(std::move(q), rests_.append(record_), *strings_));
  }
}

void QuoteBook::release() {
  std::deque<quote::QuoteCore>().swap(cores_);
  strings_ = std::make_unique<quote::CoreStrings>();
}

match::Statement QuoteBook::statement_of(const quote::QuoteCore& core) const {
  const std::string length = rests_.read(core.rest, sizeof(std::uint32_t));
  return match::decode_statement(rests_.read(core.rest + sizeof(std::uint32_t), match::record_body_length(length)));
}

}  // namespace factlint::app
