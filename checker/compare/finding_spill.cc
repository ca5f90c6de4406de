// A finding's statements as one record: each statement's record in group order, then
// each group's statement count, then each group's file offset. Written and read a
// statement at a time, so a finding of 100,000 statements is never one string in memory.
#include "compare/finding_spill.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <utility>

#include "match/statement_record.h"

namespace factlint::compare {

namespace {

// Bytes read at once from the file while a finding's statements are read back.
constexpr std::size_t kReadChunk = std::size_t{64} << 10;

}  // namespace

FindingSpill::Writer::Writer(FindingSpill& spill)
    : file_(spill.file_), keep_documents_(spill.keep_documents_), at_(spill.file_.size()), group_at_(at_) {}

void FindingSpill::Writer::add(const match::Statement& s) {
  record_.clear();
  match::encode_statement(record_, 0, s);
  file_.append(record_);
  ++count_;
  // A group's statements come mostly in document order: a repeat of the last is common.
  if (keep_documents_ && (group_documents_.empty() || group_documents_.back() != s.document)) {
    group_documents_.push_back(s.document);
  }
}

void FindingSpill::Writer::end_group() {
  counts_.append(reinterpret_cast<const char*>(&count_), sizeof count_);
  starts_.append(reinterpret_cast<const char*>(&group_at_), sizeof group_at_);
  count_ = 0;
  group_at_ = file_.size();
  if (!keep_documents_) return;
  std::sort(group_documents_.begin(), group_documents_.end());
  group_documents_.erase(std::unique(group_documents_.begin(), group_documents_.end()), group_documents_.end());
  group_documents_.shrink_to_fit();
  documents_.push_back(std::move(group_documents_));
  group_documents_.clear();
}

void FindingSpill::Writer::finish(Finding& f) {
  file_.append(counts_);
  file_.append(starts_);
  f.spilled = Finding::Spilled{at_, file_.size() - at_, nullptr};
  if (keep_documents_) {
    f.spilled->documents = std::make_shared<const std::vector<std::vector<std::string>>>(std::move(documents_));
  }
}

void FindingSpill::put(Finding& f) {
  if (f.spilled) return;
  Writer writer(*this);
  for (ValueGroup& g : f.values) {
    for (const match::Statement& s : g.statements) writer.add(s);
    writer.end_group();
    std::vector<match::Statement>().swap(g.statements);
  }
  writer.finish(f);
}

FindingSpill::Reader::Reader(const FindingSpill& spill, const Finding& f)
    : file_(spill.file_), next_(f.spilled ? f.spilled->at : 0), end_(next_) {
  if (!f.spilled) {
    counts_.assign(f.values.size(), 0);
    return;
  }
  const std::size_t groups = f.values.size();
  const std::size_t tail = groups * (sizeof(std::uint32_t) + sizeof(std::uint64_t));
  if (f.spilled->bytes < tail) throw match::SpillError("the temporary file of findings is damaged (a finding ends early)");
  end_ = f.spilled->at + f.spilled->bytes - tail;
  const std::string read = file_.read(end_, tail);
  counts_.resize(groups);
  starts_.resize(groups);
  // A finding without value groups has no counts; memcpy from/to a null pointer is undefined even for 0 bytes.
  if (tail == 0) return;
  std::memcpy(counts_.data(), read.data(), groups * sizeof(std::uint32_t));
  std::memcpy(starts_.data(), read.data() + groups * sizeof(std::uint32_t), groups * sizeof(std::uint64_t));
}

void FindingSpill::Reader::seek(std::size_t group) {
  const std::uint64_t at = starts_.at(group);
  if (at > end_) throw match::SpillError("the temporary file of findings is damaged (a group starts past its end)");
  next_ = at;
  buffer_.clear();
  at_ = 0;
}

match::Statement FindingSpill::Reader::next() {
  match::Statement s;
  next(s);
  return s;
}

void FindingSpill::Reader::next(match::Statement& into) {
  auto fill = [this](std::size_t n) {
    if (buffer_.size() - at_ >= n) return;
    std::string kept = buffer_.substr(at_);
    const std::uint64_t from = next_ + kept.size();
    const std::size_t more = static_cast<std::size_t>(std::min<std::uint64_t>(end_ - from, std::max(kReadChunk, n - kept.size())));
    if (kept.size() + more < n) throw match::SpillError("the temporary file of findings is damaged (a record ends early)");
    kept += file_.read(from, more);
    buffer_ = std::move(kept);
    at_ = 0;
  };
  fill(sizeof(std::uint32_t));
  const std::uint32_t length = match::record_body_length(std::string_view(buffer_).substr(at_));
  fill(sizeof(std::uint32_t) + length);
  match::decode_statement(std::string_view(buffer_).substr(at_ + sizeof(std::uint32_t), length), into);
  at_ += sizeof(std::uint32_t) + length;
  next_ += sizeof(std::uint32_t) + length;
}

Finding FindingSpill::whole(const Finding& f) const {
  Finding out = f;
  if (!f.spilled) return out;
  Reader reader(*this, f);
  for (std::size_t g = 0; g < out.values.size(); ++g) {
    out.values[g].statements.reserve(reader.count(g));
    for (std::size_t i = 0; i < reader.count(g); ++i) out.values[g].statements.push_back(reader.next());
  }
  out.spilled.reset();
  return out;
}

Finding FindingSpill::head(const Finding& f, std::size_t per_group) const {
  Finding out = f;
  if (!f.spilled) {
    for (ValueGroup& g : out.values) {
      if (g.statements.size() > per_group) g.statements.resize(per_group);
    }
    return out;
  }
  out.spilled.reset();
  if (per_group == 0) return out;
  Reader reader(*this, f);
  for (std::size_t g = 0; g < out.values.size(); ++g) {
    const std::size_t n = std::min<std::size_t>(per_group, reader.count(g));
    if (n == 0) continue;
    reader.seek(g);
    out.values[g].statements.reserve(n);
    for (std::size_t i = 0; i < n; ++i) out.values[g].statements.push_back(reader.next());
  }
  return out;
}

void FindingSpill::fill(std::vector<Finding>& findings) const {
  for (Finding& f : findings) {
    if (f.spilled) f = whole(f);
  }
}

}  // namespace factlint::compare
