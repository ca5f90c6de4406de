// Statements spilled to a temporary file in sorted runs and merged back key by key.
#include "app/statement_spill.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <queue>
#include <string_view>
#include <system_error>
#include <tuple>

namespace factlint::app {

namespace {

// Records grow a string by doubling, so the budget may take twice its size in memory.
constexpr std::size_t kDefaultBudget = std::size_t{16} << 20;
// Set in where_ for a record still in pending_: its offset there is the rest.
constexpr std::uint64_t kPending = std::uint64_t{1} << 63;
// Bytes read at once from a run while merging: every run has its own buffer.
constexpr std::size_t kReadChunk = std::size_t{64} << 10;

// A record is a 4-byte length, then its body: the sequence number, the sort key
// (fact, key, scope) and the rest of the statement. Numbers are in the machine's
// order: the file lives only as long as the run that wrote it.
void put_u32(std::string& out, std::uint32_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
void put_u64(std::string& out, std::uint64_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
void put_f64(std::string& out, double v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
void put_i64(std::string& out, std::int64_t v) { put_u64(out, static_cast<std::uint64_t>(v)); }
void put_str(std::string& out, const std::string& s) {
  put_u32(out, static_cast<std::uint32_t>(s.size()));
  out += s;
}

void encode(std::string& out, std::uint64_t seq, const match::Statement& s) {
  const std::size_t at = out.size();
  put_u32(out, 0);  // the body's length, filled in below
  put_u64(out, seq);
  put_str(out, s.fact);
  put_str(out, s.key);
  put_str(out, s.scope);
  put_u32(out, static_cast<std::uint32_t>(s.roles.size()));
  for (const auto& [role, entity] : s.roles) {
    put_str(out, role);
    put_str(out, entity);
  }
  put_u32(out, static_cast<std::uint32_t>(s.role_texts.size()));
  for (const std::string& text : s.role_texts) put_str(out, text);
  put_str(out, s.scope_source);
  const value::Value& v = s.value;
  put_i64(out, static_cast<std::int64_t>(v.type));
  put_f64(out, v.lo);
  put_f64(out, v.hi);
  out += static_cast<char>((v.lo_inclusive ? 1 : 0) | (v.hi_inclusive ? 2 : 0) | (v.approx ? 4 : 0) | (v.vague ? 8 : 0));
  put_str(out, v.unit);
  put_str(out, v.text);
  put_str(out, v.original_unit);
  put_f64(out, v.precision);
  put_i64(out, static_cast<std::int64_t>(v.grain));
  put_str(out, v.display);
  put_str(out, s.document);
  put_u64(out, s.begin);
  put_u64(out, s.end);
  put_i64(out, s.location.line);
  put_i64(out, s.location.column);
  put_u64(out, s.value_begin);
  put_u64(out, s.value_end);
  put_str(out, s.text);
  put_str(out, s.sentence);
  put_str(out, s.table_header);
  put_str(out, s.table_year);
  put_i64(out, s.pattern);
  put_i64(out, s.priority);
  const auto body = static_cast<std::uint32_t>(out.size() - at - sizeof(std::uint32_t));
  std::memcpy(out.data() + at, &body, sizeof body);
}

// Reads a record's body field by field; the bytes are ours, so a short read is a bug
// or a damaged temporary file, reported as such.
class Decoder {
 public:
  explicit Decoder(std::string_view body) : rest_(body) {}
  std::uint32_t u32() { return number<std::uint32_t>(); }
  std::uint64_t u64() { return number<std::uint64_t>(); }
  std::int64_t i64() { return static_cast<std::int64_t>(number<std::uint64_t>()); }
  double f64() { return number<double>(); }
  char byte() { return take(1).front(); }
  std::string_view str_view() { return take(u32()); }
  std::string str() { return std::string(str_view()); }

 private:
  template <typename T>
  T number() {
    T v;
    std::memcpy(&v, take(sizeof v).data(), sizeof v);
    return v;
  }
  std::string_view take(std::size_t n) {
    if (n > rest_.size()) throw SpillError("the temporary file of statements is damaged (a record ends early)");
    std::string_view out = rest_.substr(0, n);
    rest_.remove_prefix(n);
    return out;
  }
  std::string_view rest_;
};

match::Statement decode(std::string_view body) {
  Decoder in(body);
  match::Statement s;
  in.u64();  // the sequence number
  s.fact = in.str();
  s.key = in.str();
  s.scope = in.str();
  s.roles.resize(in.u32());
  for (auto& [role, entity] : s.roles) {
    role = in.str();
    entity = in.str();
  }
  s.role_texts.resize(in.u32());
  for (std::string& text : s.role_texts) text = in.str();
  s.scope_source = in.str();
  value::Value& v = s.value;
  v.type = static_cast<value::Type>(in.i64());
  v.lo = in.f64();
  v.hi = in.f64();
  const char flags = in.byte();
  v.lo_inclusive = (flags & 1) != 0;
  v.hi_inclusive = (flags & 2) != 0;
  v.approx = (flags & 4) != 0;
  v.vague = (flags & 8) != 0;
  v.unit = in.str();
  v.text = in.str();
  v.original_unit = in.str();
  v.precision = in.f64();
  v.grain = static_cast<value::Grain>(in.i64());
  v.display = in.str();
  s.document = in.str();
  s.begin = in.u64();
  s.end = in.u64();
  s.location.line = static_cast<int>(in.i64());
  s.location.column = static_cast<int>(in.i64());
  s.value_begin = in.u64();
  s.value_end = in.u64();
  s.text = in.str();
  s.sentence = in.str();
  s.table_header = in.str();
  s.table_year = in.str();
  s.pattern = static_cast<int>(in.i64());
  s.priority = static_cast<int>(in.i64());
  return s;
}

// What records are sorted and merged by: (fact, key, scope), then arrival.
struct SortKey {
  std::string_view fact, key, scope;
  std::uint64_t seq = 0;
  friend bool operator<(const SortKey& a, const SortKey& b) {
    return std::tie(a.fact, a.key, a.scope, a.seq) < std::tie(b.fact, b.key, b.scope, b.seq);
  }
};

SortKey sort_key_of(std::string_view body) {
  Decoder in(body);
  SortKey k;
  k.seq = in.u64();
  k.fact = in.str_view();
  k.key = in.str_view();
  k.scope = in.str_view();
  return k;
}

std::uint32_t body_length(std::string_view bytes) {
  std::uint32_t n;
  std::memcpy(&n, bytes.data(), sizeof n);
  return n;
}

[[noreturn]] void fail(const std::string& what) {
  throw SpillError(what + ": " + std::generic_category().message(errno));
}

void write_all(int fd, std::uint64_t at, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::pwrite(fd, bytes.data(), bytes.size(), static_cast<off_t>(at));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail("cannot write the temporary file of statements");
    bytes.remove_prefix(static_cast<std::size_t>(n));
    at += static_cast<std::uint64_t>(n);
  }
}

void read_all(int fd, std::uint64_t at, char* into, std::size_t n) {
  while (n > 0) {
    ssize_t got = ::pread(fd, into, n, static_cast<off_t>(at));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) fail("cannot read the temporary file of statements");
    if (got == 0) throw SpillError("the temporary file of statements is damaged (it ends early)");
    into += got;
    n -= static_cast<std::size_t>(got);
    at += static_cast<std::uint64_t>(got);
  }
}

// An unnamed file in $TMPDIR (or /tmp): unlinked at once, so nothing is left behind
// when the run ends, however it ends.
int make_temporary_file() {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
  if (ec) dir = "/tmp";
  std::string name = (dir / "factlint-statements-XXXXXX").string();
  int fd = ::mkstemp(name.data());
  if (fd < 0) fail("cannot make a temporary file in '" + dir.string() + "' (set TMPDIR to a writable folder)");
  ::unlink(name.c_str());
  return fd;
}

// One sorted run being merged: its next record, read through a buffer of its own.
class RunReader {
 public:
  RunReader(int fd, std::uint64_t begin, std::uint64_t end) : fd_(fd), next_(begin), end_(end) {}
  // Moves to the next record; false at the run's end.
  bool advance() {
    if (next_ >= end_) return false;
    std::uint32_t length;
    fill(sizeof length);
    std::memcpy(&length, buffer_.data() + at_, sizeof length);
    fill(sizeof length + length);
    body_ = std::string_view(buffer_).substr(at_ + sizeof length, length);
    key_ = sort_key_of(body_);
    at_ += sizeof length + length;
    next_ += sizeof length + length;
    return true;
  }
  const SortKey& key() const { return key_; }
  std::string_view body() const { return body_; }

 private:
  // Makes the buffer hold `n` bytes from the next record on.
  void fill(std::size_t n) {
    if (buffer_.size() - at_ >= n) return;
    std::string kept = buffer_.substr(at_);
    const std::size_t in_file = static_cast<std::size_t>(end_ - (next_ + kept.size()));
    const std::size_t more = std::min(in_file, std::max(kReadChunk, n - kept.size()));
    if (kept.size() + more < n) throw SpillError("the temporary file of statements is damaged (a run ends early)");
    kept.resize(kept.size() + more);
    read_all(fd_, next_ + (kept.size() - more), kept.data() + (kept.size() - more), more);
    buffer_ = std::move(kept);
    at_ = 0;
  }

  int fd_;
  std::uint64_t next_;  // file offset of the next record
  std::uint64_t end_;
  std::string buffer_;
  std::size_t at_ = 0;  // buffer_ offset of the next record
  std::string_view body_;
  SortKey key_;
};

}  // namespace

std::size_t spill_budget() {
  if (const char* bytes = std::getenv("FACTLINT_SPILL_BYTES"); bytes != nullptr && *bytes != '\0') {
    char* end = nullptr;
    unsigned long long n = std::strtoull(bytes, &end, 10);
    if (end != nullptr && *end == '\0') return static_cast<std::size_t>(n);
  }
  return kDefaultBudget;
}

StatementSpill::StatementSpill(std::size_t budget) : budget_(budget) {}

StatementSpill::StatementSpill(StatementSpill&& other) noexcept
    : budget_(other.budget_),
      fd_(std::exchange(other.fd_, -1)),
      file_size_(std::exchange(other.file_size_, 0)),
      pending_(std::move(other.pending_)),
      pending_seqs_(std::move(other.pending_seqs_)),
      where_(std::move(other.where_)),
      runs_(std::move(other.runs_)) {}

StatementSpill& StatementSpill::operator=(StatementSpill&& other) noexcept {
  if (this != &other) {
    clear();
    budget_ = other.budget_;
    fd_ = std::exchange(other.fd_, -1);
    file_size_ = std::exchange(other.file_size_, 0);
    pending_ = std::move(other.pending_);
    pending_seqs_ = std::move(other.pending_seqs_);
    where_ = std::move(other.where_);
    runs_ = std::move(other.runs_);
  }
  return *this;
}

StatementSpill::~StatementSpill() { clear(); }

void StatementSpill::clear() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  file_size_ = 0;
  // Swapped with empty ones: `= {}` would keep their capacity, most of the spill's memory.
  std::string().swap(pending_);
  std::vector<std::uint64_t>().swap(pending_seqs_);
  std::vector<std::uint64_t>().swap(where_);
  std::vector<Run>().swap(runs_);
}

StatementSpill::Range StatementSpill::add(const std::vector<match::Statement>& statements) {
  const std::uint64_t first = where_.size();
  for (const match::Statement& s : statements) {
    const std::uint64_t seq = where_.size();
    where_.push_back(kPending | pending_.size());
    pending_seqs_.push_back(seq);
    encode(pending_, seq, s);
  }
  if (pending_.size() >= budget_) flush();
  return {first, where_.size()};
}

// Sorts the pending records by key and appends them to the file as one run.
void StatementSpill::flush() {
  if (pending_seqs_.empty()) return;
  if (fd_ < 0) fd_ = make_temporary_file();
  std::vector<std::pair<SortKey, std::uint64_t>> order;  // key, offset in pending_
  order.reserve(pending_seqs_.size());
  for (std::uint64_t seq : pending_seqs_) {
    const std::uint64_t at = where_[seq] & ~kPending;
    order.emplace_back(sort_key_of(std::string_view(pending_).substr(at + sizeof(std::uint32_t))), at);
  }
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  Run run{file_size_, file_size_};
  std::string out;
  for (const auto& [key, at] : order) {
    const std::size_t length = sizeof(std::uint32_t) + body_length(std::string_view(pending_).substr(at));
    where_[key.seq] = run.end + out.size();
    out.append(pending_, at, length);
    if (out.size() >= kReadChunk * 16) {
      write_all(fd_, run.end, out);
      run.end += out.size();
      out.clear();
    }
  }
  write_all(fd_, run.end, out);
  run.end += out.size();
  file_size_ = run.end;
  runs_.push_back(run);
  pending_.clear();
  pending_seqs_.clear();
}

std::string StatementSpill::record_at(std::uint64_t where) const {
  if ((where & kPending) != 0) {
    const std::size_t at = where & ~kPending;
    return pending_.substr(at + sizeof(std::uint32_t), body_length(std::string_view(pending_).substr(at)));
  }
  std::uint32_t length;
  read_all(fd_, where, reinterpret_cast<char*>(&length), sizeof length);
  std::string body(length, '\0');
  read_all(fd_, where + sizeof length, body.data(), length);
  return body;
}

std::vector<match::Statement> StatementSpill::read(Range range) const {
  std::vector<match::Statement> out;
  out.reserve(range.second - range.first);
  for (std::uint64_t seq = range.first; seq < range.second; ++seq) out.push_back(decode(record_at(where_[seq])));
  return out;
}

std::vector<match::Statement> StatementSpill::take_all() {
  std::vector<match::Statement> out = read({0, where_.size()});
  clear();
  return out;
}

void StatementSpill::for_each_key(
    const std::function<void(std::vector<match::Statement>&, const std::vector<std::uint64_t>&)>& visit) {
  flush();
  std::vector<std::uint64_t>().swap(where_);  // no record is read by its sequence number from here on
  std::string().swap(pending_);
  std::vector<RunReader> readers;
  readers.reserve(runs_.size());
  for (const Run& run : runs_) readers.emplace_back(fd_, run.begin, run.end);
  auto later = [&readers](std::size_t a, std::size_t b) { return readers[b].key() < readers[a].key(); };
  std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> next(later);
  for (std::size_t i = 0; i < readers.size(); ++i) {
    if (readers[i].advance()) next.push(i);
  }
  std::vector<match::Statement> members;
  std::vector<std::uint64_t> seqs;
  while (!next.empty()) {
    const std::size_t i = next.top();
    next.pop();
    match::Statement s = decode(readers[i].body());
    const std::uint64_t seq = readers[i].key().seq;
    if (!members.empty() && std::tie(members.back().fact, members.back().key, members.back().scope) !=
                                std::tie(s.fact, s.key, s.scope)) {
      visit(members, seqs);
      members.clear();
      seqs.clear();
    }
    members.push_back(std::move(s));
    seqs.push_back(seq);
    if (readers[i].advance()) next.push(i);
  }
  if (!members.empty()) visit(members, seqs);
  clear();
}

}  // namespace factlint::app
