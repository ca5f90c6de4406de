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

// Bytes of the temporary file read at once: from a few quotations' records, doubled
// while the quotations asked lie close together in the file (a group's common wording,
// read back in about the order it was added), and back to the least after a jump (a
// rarer wording, a record here and there: each read of 64 KB then served one record,
// some 20 times the file's bytes read at 20 MB, bench/README.md session 25).
constexpr std::size_t kLeastReadAhead = std::size_t{4} << 10;
constexpr std::size_t kMostReadAhead = std::size_t{64} << 10;

}  // namespace

std::string_view QuoteBook::bytes_at(std::uint64_t at, std::size_t n) {
  const std::uint64_t end = window_at_ + window_size_;
  if (at < window_at_ || at + n > end) {
    read_ahead_ = at >= window_at_ && at < end + read_ahead_ ? std::min(2 * read_ahead_, kMostReadAhead) : kLeastReadAhead;
    // Past the end is read as far as it goes, and RecordFile::read says when `n` is.
    const std::uint64_t left = at < rests_.size() ? rests_.size() - at : 0;
    const std::size_t size = std::max(n, static_cast<std::size_t>(std::min<std::uint64_t>(left, read_ahead_)));
    if (size > window_capacity_) {
      window_ = std::make_unique_for_overwrite<char[]>(size);
      window_capacity_ = size;
    }
    window_size_ = 0;  // nothing valid if the read throws
    rests_.read(at, size, window_.get());
    window_size_ = size;
    window_at_ = at;
  }
  return std::string_view(window_.get() + (at - window_at_), n);
}

match::Statement QuoteBook::statement_of(const quote::QuoteCore& core) {
  const std::uint32_t length = match::record_body_length(bytes_at(core.rest, sizeof(std::uint32_t)));
  return match::decode_statement(bytes_at(core.rest + sizeof(std::uint32_t), length));
}

}  // namespace factlint::app
