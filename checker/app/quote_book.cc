// Quotations held as cores, the rest as statement records in a temporary file.
#include "app/quote_book.h"

#include <algorithm>
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

namespace {

// Bytes of the temporary file read at once: some 100 quotations' records.
constexpr std::size_t kReadAhead = std::size_t{64} << 10;

}  // namespace

std::string_view QuoteBook::bytes_at(std::uint64_t at, std::size_t n) {
  if (at < window_at_ || at + n > window_at_ + window_.size()) {
    // Past the end is read as far as it goes, and RecordFile::read says when `n` is.
    const std::uint64_t left = at < rests_.size() ? rests_.size() - at : 0;
    window_ = rests_.read(at, std::max(n, static_cast<std::size_t>(std::min<std::uint64_t>(left, kReadAhead))));
    window_at_ = at;
  }
  return std::string_view(window_).substr(static_cast<std::size_t>(at - window_at_), n);
}

match::Statement QuoteBook::statement_of(const quote::QuoteCore& core) {
  const std::uint32_t length = match::record_body_length(bytes_at(core.rest, sizeof(std::uint32_t)));
  return match::decode_statement(bytes_at(core.rest + sizeof(std::uint32_t), length));
}

}  // namespace factlint::app
