// Records appended to a temporary file and read back by offset (match/temporary_file.h):
// into a new string, or into a caller's buffer, across the part written to the file
// (in chunks of 1 MB) and the part still in memory.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "match/temporary_file.h"

using factlint::match::RecordFile;
using factlint::match::SpillError;

TEST_CASE("a record file reads back any range into a string or a caller's buffer", "[match]") {
  RecordFile file;
  std::string all;
  std::vector<std::uint64_t> at;
  for (int i = 0; i < 40000; ++i) {
    const std::string record = "record " + std::to_string(i) + " of the harbour log;";
    at.push_back(file.append(record));
    all += record;
  }
  REQUIRE(file.size() == all.size());
  REQUIRE(all.size() > (std::size_t{1} << 20));  // part in the file, part in memory
  std::string buffer(all.size() + 1, 'x');
  // The first bytes, a range across the first chunk's end, the last bytes, and all.
  const std::vector<std::pair<std::uint64_t, std::size_t>> ranges = {
      {0, 10}, {(std::uint64_t{1} << 20) - 100, 5000}, {all.size() - 30, 30}, {0, all.size()}};
  for (const auto& [from, n] : ranges) {
    CAPTURE(from, n);
    CHECK(file.read(from, n) == all.substr(from, n));
    file.read(from, n, buffer.data() + 1);
    CHECK(buffer.compare(1, n, all, from, n) == 0);
  }
  CHECK(file.read(at[12345], 10) == all.substr(at[12345], 10));
  CHECK_THROWS_AS(file.read(all.size() - 5, 10, buffer.data()), SpillError);
  CHECK_THROWS_AS(file.read(all.size() - 5, 10), SpillError);
}
