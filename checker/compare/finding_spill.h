// Findings' statements in a temporary file from the comparison to the report (issue
// 10): a large corpus's findings hold hundreds of thousands of statements (a
// syndicated quotation alone is one finding with a statement per paper), and a
// writer needs one finding's at a time, or one statement at a time (Reader). What the
// gate, summary, baseline and store index need (id, key, verdict, values) stays in
// memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "compare/finding.h"
#include "match/temporary_file.h"

namespace factlint::compare {

class FindingSpill {
 public:
  // `keep_documents`: each spilled finding notes its groups' documents
  // (Finding::Spilled::documents), which a checked change reads to pick the findings
  // it reports, so that they need not be held (issue 10).
  explicit FindingSpill(bool keep_documents = false) : keep_documents_(keep_documents) {}

  // Writes the statements of `f`'s groups to the file a statement at a time and
  // empties their lists, noting where in `f.spilled` (throws match::SpillError). A
  // finding spilled already is left as it is.
  void put(Finding& f);
  // `f` with its statements, read back; `f` itself when it was not spilled.
  Finding whole(const Finding& f) const;
  // Reads the statements of each of `findings` back into it.
  void fill(std::vector<Finding>& findings) const;
  // `f` with at most `per_group` statements in each group, the first, read back (the
  // store keeps a finding's first few): a group's later statements are not read.
  Finding head(const Finding& f, std::size_t per_group) const;

  // Spills a finding whose statements are made one at a time (a quotation group's,
  // read back from app/quote_book.h), so they are never all in memory: add() each
  // statement of a group, end_group() after each group, then finish() the finding.
  class Writer {
   public:
    explicit Writer(FindingSpill& spill);
    void add(const match::Statement& s);
    void end_group();
    // Notes where the statements are in `f`, whose groups must be those ended.
    void finish(Finding& f);

   private:
    match::RecordFile& file_;
    bool keep_documents_;
    std::uint64_t at_;
    std::uint64_t group_at_;  // where the group being written began
    std::uint32_t count_ = 0;
    std::string counts_;
    std::string starts_;  // each group's file offset
    std::string record_;
    std::vector<std::string> group_documents_;
    std::vector<std::vector<std::string>> documents_;
  };

  // A spilled finding's statements read back one at a time, group by group, in order.
  class Reader {
   public:
    Reader(const FindingSpill& spill, const Finding& f);
    // How many statements group `group` has.
    std::size_t count(std::size_t group) const { return counts_.at(group); }
    // The next statement (of the first group not read to its end).
    match::Statement next();
    // The same, into `into`, whose strings keep their buffers (the JSON report reads
    // statement after statement into one).
    void next(match::Statement& into);
    // Goes on with the first statement of group `group`, whatever was read before.
    void seek(std::size_t group);

   private:
    const match::RecordFile& file_;
    std::vector<std::uint32_t> counts_;
    std::vector<std::uint64_t> starts_;  // each group's file offset
    std::uint64_t next_;  // file offset of the next statement's record
    std::uint64_t end_;   // where the statements end (the group counts follow)
    std::string buffer_;
    std::size_t at_ = 0;  // buffer_ offset of the next record
  };

 private:
  match::RecordFile file_;
  bool keep_documents_;
};

}  // namespace factlint::compare
