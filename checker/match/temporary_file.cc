// Temporary files of records: pwrite and pread on an unlinked file.
#include "match/temporary_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <utility>

namespace factlint::match {

namespace {

// Pending records are written once they hold this much.
constexpr std::size_t kWriteChunk = std::size_t{1} << 20;

[[noreturn]] void fail(const std::string& what) {
  throw SpillError(what + ": " + std::generic_category().message(errno));
}

// An unnamed file in $TMPDIR (or /tmp): unlinked at once.
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

}  // namespace

TemporaryFile::TemporaryFile(TemporaryFile&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}

TemporaryFile& TemporaryFile::operator=(TemporaryFile&& other) noexcept {
  if (this != &other) {
    close();
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

TemporaryFile::~TemporaryFile() { close(); }

void TemporaryFile::close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

void TemporaryFile::write(std::uint64_t at, std::string_view bytes) {
  if (fd_ < 0) fd_ = make_temporary_file();
  while (!bytes.empty()) {
    ssize_t n = ::pwrite(fd_, bytes.data(), bytes.size(), static_cast<off_t>(at));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail("cannot write the temporary file of statements");
    bytes.remove_prefix(static_cast<std::size_t>(n));
    at += static_cast<std::uint64_t>(n);
  }
}

void TemporaryFile::read(std::uint64_t at, char* into, std::size_t n) const {
  if (n > 0 && fd_ < 0) throw SpillError("the temporary file of statements is damaged (it was never written)");
  while (n > 0) {
    ssize_t got = ::pread(fd_, into, n, static_cast<off_t>(at));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) fail("cannot read the temporary file of statements");
    if (got == 0) throw SpillError("the temporary file of statements is damaged (it ends early)");
    into += got;
    n -= static_cast<std::size_t>(got);
    at += static_cast<std::uint64_t>(got);
  }
}

std::uint64_t RecordFile::append(std::string_view record) {
  const std::uint64_t at = size();
  pending_ += record;
  if (pending_.size() >= kWriteChunk) {
    file_.write(written_, pending_);
    written_ += pending_.size();
    pending_.clear();
  }
  return at;
}

std::string RecordFile::read(std::uint64_t at, std::size_t n) const {
  if (at + n > size()) throw SpillError("the temporary file of statements is damaged (a record ends early)");
  std::string out(n, '\0');
  read(at, n, out.data());
  return out;
}

void RecordFile::read(std::uint64_t at, std::size_t n, char* into) const {
  if (at + n > size()) throw SpillError("the temporary file of statements is damaged (a record ends early)");
  // Bytes may lie partly in the file and partly still in memory (a finding's statements).
  const std::size_t in_file = at < written_ ? static_cast<std::size_t>(std::min<std::uint64_t>(n, written_ - at)) : 0;
  if (in_file > 0) file_.read(at, into, in_file);
  if (in_file < n) std::memcpy(into + in_file, pending_.data() + (at + in_file - written_), n - in_file);
}

}  // namespace factlint::match
