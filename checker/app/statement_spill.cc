// Statements spilled to a temporary file in sorted runs and merged back key by key.
#include "app/statement_spill.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <queue>
#include <string_view>
#include <tuple>

#include "match/statement_record.h"

namespace factlint::app {

namespace {

// Records grow a string by doubling, so the budget may take twice its size in memory.
constexpr std::size_t kDefaultBudget = std::size_t{16} << 20;
// Set in where_ for a record still in pending_: its offset there is the rest.
constexpr std::uint64_t kPending = std::uint64_t{1} << 63;
// Bytes read at once from a run while merging: every run has its own buffer.
constexpr std::size_t kReadChunk = std::size_t{64} << 10;

// What records are sorted and merged by: (fact, key, scope), then arrival.
struct SortKey {
  std::string_view fact, key, scope;
  std::uint64_t seq = 0;
  friend bool operator<(const SortKey& a, const SortKey& b) {
    return std::tie(a.fact, a.key, a.scope, a.seq) < std::tie(b.fact, b.key, b.scope, b.seq);
  }
};

SortKey sort_key_of(std::string_view body) {
  match::RecordDecoder in(body);
  SortKey k;
  k.seq = in.u64();
  k.fact = in.str_view();
  k.key = in.str_view();
  k.scope = in.str_view();
  return k;
}

// One sorted run being merged: its next record, read through a buffer of its own.
class RunReader {
 public:
  RunReader(const match::TemporaryFile& file, std::uint64_t begin, std::uint64_t end) : file_(file), next_(begin), end_(end) {}
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
    file_.read(next_ + (kept.size() - more), kept.data() + (kept.size() - more), more);
    buffer_ = std::move(kept);
    at_ = 0;
  }

  const match::TemporaryFile& file_;
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
      file_(std::move(other.file_)),
      file_size_(std::exchange(other.file_size_, 0)),
      pending_(std::move(other.pending_)),
      pending_seqs_(std::move(other.pending_seqs_)),
      where_(std::move(other.where_)),
      runs_(std::move(other.runs_)) {}

StatementSpill& StatementSpill::operator=(StatementSpill&& other) noexcept {
  if (this != &other) {
    clear();
    budget_ = other.budget_;
    file_ = std::move(other.file_);
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
  file_.close();
  file_size_ = 0;
  // Swapped with empty ones: `= {}` would keep their capacity, most of the spill's memory.
  std::string().swap(pending_);
  std::vector<std::uint64_t>().swap(pending_seqs_);
  std::vector<std::uint64_t>().swap(where_);
  std::vector<Run>().swap(runs_);
}

StatementSpill::Range StatementSpill::add(const std::vector<match::Statement>& statements) {
  const std::uint64_t first = where_.size();
  // Room for the budget and a document's statements past it, taken once: grown by
  // doubling, the buffer held 32 MB (and 48 MB while it grew) for a 16 MB budget
  // (massif, issue 10). Untouched room costs no memory.
  if (pending_.capacity() < budget_ + budget_ / 4) pending_.reserve(budget_ + budget_ / 4);
  for (const match::Statement& s : statements) {
    const std::uint64_t seq = where_.size();
    where_.push_back(kPending | pending_.size());
    pending_seqs_.push_back(seq);
    match::encode_statement(pending_, seq, s);
  }
  if (pending_.size() >= budget_) flush();
  return {first, where_.size()};
}

// Sorts the pending records by key and appends them to the file as one run.
void StatementSpill::flush() {
  if (pending_seqs_.empty()) return;
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
    const std::size_t length = sizeof(std::uint32_t) + match::record_body_length(std::string_view(pending_).substr(at));
    where_[key.seq] = run.end + out.size();
    out.append(pending_, at, length);
    if (out.size() >= kReadChunk * 16) {
      file_.write(run.end, out);
      run.end += out.size();
      out.clear();
    }
  }
  file_.write(run.end, out);
  run.end += out.size();
  file_size_ = run.end;
  runs_.push_back(run);
  pending_.clear();
  pending_seqs_.clear();
}

std::string StatementSpill::record_at(std::uint64_t where) const {
  if ((where & kPending) != 0) {
    const std::size_t at = where & ~kPending;
    return pending_.substr(at + sizeof(std::uint32_t), match::record_body_length(std::string_view(pending_).substr(at)));
  }
  std::uint32_t length;
  file_.read(where, reinterpret_cast<char*>(&length), sizeof length);
  std::string body(length, '\0');
  file_.read(where + sizeof length, body.data(), length);
  return body;
}

std::vector<match::Statement> StatementSpill::read(Range range) const {
  std::vector<match::Statement> out;
  out.reserve(range.second - range.first);
  for (std::uint64_t seq = range.first; seq < range.second; ++seq) out.push_back(match::decode_statement(record_at(where_[seq])));
  return out;
}

std::vector<match::Statement> StatementSpill::take_all() {
  std::vector<match::Statement> out = read({0, where_.size()});
  clear();
  return out;
}

void StatementSpill::seal() {
  flush();
  // Swapped with empty ones: clear() would keep their capacity (pending_ up to twice
  // the budget, where_ 8 bytes a statement).
  std::vector<std::uint64_t>().swap(where_);  // no record is read by its sequence number from here on
  std::string().swap(pending_);
  std::vector<std::uint64_t>().swap(pending_seqs_);
}

void StatementSpill::for_each_key(
    const std::function<void(std::vector<match::Statement>&, const std::vector<std::uint64_t>&)>& visit) {
  seal();
  std::vector<RunReader> readers;
  readers.reserve(runs_.size());
  for (const Run& run : runs_) readers.emplace_back(file_, run.begin, run.end);
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
    match::Statement s = match::decode_statement(readers[i].body());
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
