// A full run's quotations while its documents are read (issue 10): what their
// comparison needs stays in memory (quote::QuoteCore, in a deque: no array of every
// quotation copied as it doubles), the rest goes to a temporary file as the statement
// the quotation becomes in a finding, read back one quotation at a time when its
// group is made a finding or a suppression takes it. A quotation's sentence, text and
// attribution are most of its bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "match/statement.h"
#include "match/temporary_file.h"
#include "quote/quote.h"
#include "quote/quote_core.h"

namespace factlint::app {

class QuoteBook {
 public:
  QuoteBook() = default;
  QuoteBook(const QuoteBook&) = delete;
  QuoteBook& operator=(const QuoteBook&) = delete;

  // Takes one document's quotations (throws SpillError when the file cannot be written).
  void add(std::vector<quote::Quote>&& quotes);
  // Every quotation's core, in the order added.
  std::deque<quote::QuoteCore>& cores() { return cores_; }
  // Frees the cores and the strings they name once their findings are made (with their
  // statements read back): through the comparison of facts that follows, a large
  // corpus's document paths and wordings would be held for nothing (issue 10).
  // statement_of may still be called; cores() is empty.
  void release();
  // The statement quote::quote_statement() made of the quotation of `core` (with its
  // finding's key still empty). Not for two threads at once: the file is read ahead.
  match::Statement statement_of(const quote::QuoteCore& core);

 private:
  std::unique_ptr<quote::CoreStrings> strings_ = std::make_unique<quote::CoreStrings>();  // before cores_: they point into it
  std::deque<quote::QuoteCore> cores_;
  match::RecordFile rests_;
  // Each quotation's statement and its record, made in turn into the same buffers
  // (a wire quotation's group adds 154,000 quotations, issue 10).
  match::Statement statement_;
  std::string record_;
  // The temporary file's bytes from window_at_, read ahead: a group's quotations are
  // read back in about the order they were added, and a read of each was two system
  // calls (308,000 for a wire quotation's group at 100 MB, issue 10). The buffer is
  // kept from read to read and never zeroed; how much a read takes follows how close
  // together the records asked lie (quote_book.cc).
  std::unique_ptr<char[]> window_;
  std::size_t window_capacity_ = 0;
  std::size_t window_size_ = 0;
  std::uint64_t window_at_ = 0;
  std::size_t read_ahead_ = 0;  // bytes the next read takes, quote_book.cc
  std::string_view bytes_at(std::uint64_t at, std::size_t n);
};

}  // namespace factlint::app
