// An unnamed temporary file a run writes records to and reads them back from by
// offset (issue 10): statements spilled while documents are read, the parts of
// quotations their comparison does not need, findings' statements until the report.
// Unlinked as soon as it is made, so nothing is left behind however the run ends.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace factlint::match {

// The temporary file cannot be made, written or read (a full disk, a read-only $TMPDIR).
class SpillError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class TemporaryFile {
 public:
  TemporaryFile() = default;
  TemporaryFile(TemporaryFile&& other) noexcept;
  TemporaryFile& operator=(TemporaryFile&& other) noexcept;
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile();

  // Writes `bytes` at `at` (made on first use); throws SpillError.
  void write(std::uint64_t at, std::string_view bytes);
  // Reads `n` bytes from `at` into `into`; throws SpillError.
  void read(std::uint64_t at, char* into, std::size_t n) const;
  // Closes the file; the next write makes a new one.
  void close();

 private:
  int fd_ = -1;
};

// Records appended to a temporary file, written in chunks of 1 MB, read back by the
// offset `append` gave; bytes not yet written are read from memory. Appends follow each
// other, so a record may be appended in pieces and read back whole.
class RecordFile {
 public:
  // The offset `record` can be read back from.
  std::uint64_t append(std::string_view record);
  std::string read(std::uint64_t at, std::size_t n) const;
  // Reads `n` bytes from `at` into `into`, which holds at least `n`: a caller reading
  // often keeps its own buffer, neither allocated nor zeroed for each read.
  void read(std::uint64_t at, std::size_t n, char* into) const;
  // Bytes appended so far.
  std::uint64_t size() const { return written_ + pending_.size(); }

 private:
  TemporaryFile file_;
  std::uint64_t written_ = 0;  // bytes in the file; pending_ follows them
  std::string pending_;
};

}  // namespace factlint::match
