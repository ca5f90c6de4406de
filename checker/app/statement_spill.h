// A run's statements on disk while its documents are read (issue 10): held as
// compact records up to a budget, then sorted by fact key and written to a temporary
// file as one sorted run; read back key by key by merging the runs (an external merge
// sort). Memory holds one budget of records and one key, not the corpus.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "match/statement.h"
#include "match/temporary_file.h"

namespace factlint::app {

using match::SpillError;

// How many bytes of records are held before they are written as a sorted run:
// $FACTLINT_SPILL_BYTES when set (tests force many runs with a tiny value;
// bench/README.md), else 16 MB.
std::size_t spill_budget();

class StatementSpill {
 public:
  // Sequence numbers are given in arrival order: the order a key's statements are read back in.
  using Range = std::pair<std::uint64_t, std::uint64_t>;

  explicit StatementSpill(std::size_t budget = spill_budget());
  StatementSpill(StatementSpill&& other) noexcept;
  StatementSpill& operator=(StatementSpill&& other) noexcept;
  StatementSpill(const StatementSpill&) = delete;
  StatementSpill& operator=(const StatementSpill&) = delete;
  ~StatementSpill();

  // Takes one document's statements; returns the sequence numbers they were given.
  // Throws SpillError when a full budget cannot be written.
  Range add(const std::vector<match::Statement>& statements);
  // Copies of the statements of `range` (from an earlier add), in order.
  std::vector<match::Statement> read(Range range) const;
  std::size_t size() const { return where_.size(); }
  // Sorted runs written so far (tests check that a tiny budget writes many).
  std::size_t runs() const { return runs_.size(); }

  // Writes the records still held and frees what adding and read() need, once every
  // statement is added: the comparison of quotations, which comes first, then has
  // the memory (issue 10). for_each_key reads the same after; add and read may not.
  void seal();

  // Every statement, in arrival order; the spill is empty after.
  std::vector<match::Statement> take_all();
  // Calls `visit` once per (fact, key, scope), in that order, with the key's statements
  // in arrival order and their sequence numbers; the spill is empty after.
  void for_each_key(const std::function<void(std::vector<match::Statement>&, const std::vector<std::uint64_t>&)>& visit);

 private:
  struct Run {
    std::uint64_t begin = 0;  // byte range in the file
    std::uint64_t end = 0;
  };
  void flush();
  std::string record_at(std::uint64_t where) const;
  void clear();

  std::size_t budget_;
  match::TemporaryFile file_;
  std::uint64_t file_size_ = 0;
  std::string pending_;         // records not yet written, in arrival order
  std::vector<std::uint64_t> pending_seqs_;  // their sequence numbers
  std::vector<std::uint64_t> where_;  // per sequence number: its record's offset in the file, or in pending_ (kPending)
  std::vector<Run> runs_;
};

}  // namespace factlint::app
