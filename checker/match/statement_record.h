// A statement as bytes, for a run's temporary files (issue 10): a 4-byte length,
// then the body: a sequence number, the sort key (fact, key, scope) and the rest of
// the statement. Numbers are in the machine's order: the bytes live only as long as
// the run that wrote them.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "match/statement.h"
#include "match/temporary_file.h"

namespace factlint::match {

// Appends `s`'s record (length and body) to `out`.
void encode_statement(std::string& out, std::uint64_t seq, const Statement& s);
// The statement of a record's body (without its length).
Statement decode_statement(std::string_view body);
// The same, into `into`: its strings keep their buffers, so a reader that decodes
// statement after statement into one (the JSON report) allocates almost nothing
// (issue 10: a string per field was a tenth of a run's allocations).
void decode_statement(std::string_view body, Statement& into);
// The length of the body that follows `bytes`' first 4 bytes.
std::uint32_t record_body_length(std::string_view bytes);

// Reads a body field by field; the bytes are the run's own, so a short read is a
// bug or a damaged temporary file, reported as such (SpillError).
class RecordDecoder {
 public:
  explicit RecordDecoder(std::string_view body) : rest_(body) {}
  std::uint32_t u32() { return number<std::uint32_t>(); }
  std::uint64_t u64() { return number<std::uint64_t>(); }
  std::int64_t i64() { return static_cast<std::int64_t>(number<std::uint64_t>()); }
  double f64() { return number<double>(); }
  char byte() { return take(1).front(); }
  std::string_view str_view() { return take(u32()); }
  std::string str() { return std::string(str_view()); }
  std::string_view take(std::size_t n) {
    if (n > rest_.size()) throw SpillError("the temporary file of statements is damaged (a record ends early)");
    std::string_view out = rest_.substr(0, n);
    rest_.remove_prefix(n);
    return out;
  }

 private:
  template <typename T>
  T number() {
    T v;
    std::memcpy(&v, take(sizeof v).data(), sizeof v);
    return v;
  }
  std::string_view rest_;
};

}  // namespace factlint::match
