// The running build's id (app/build_identity.h), as the extraction cache's key uses it.
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

#include "app/build_identity.h"

using namespace factlint;

namespace {

// The id's note as the linker wrote it into the file: name size, id size, type 3
// (NT_GNU_BUILD_ID), "GNU\0", then the id's bytes.
std::string note_bytes(const std::string& hex) {
  std::string id;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) id += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  std::string note;
  for (std::uint32_t field : {std::uint32_t{4}, static_cast<std::uint32_t>(id.size()), std::uint32_t{3}}) {
    char b[4];
    std::memcpy(b, &field, 4);  // the machine's byte order, as the file's
    note.append(b, 4);
  }
  note.append("GNU\0", 4);
  return note + id;
}

}  // namespace

// Debian's compilers link with --build-id: the test program has one, and it is the
// note in its own file (read from memory, it must be the same bytes).
TEST_CASE("the running build's id is the build-id note of its executable", "[app]") {
  const std::optional<std::string> id = app::running_build_id();
  REQUIRE(id);
  CHECK(id->size() >= 16);
  CHECK(id->find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(app::running_build_id() == id);  // the same on every call
  std::ifstream exe("/proc/self/exe", std::ios::binary);
  const std::string file((std::istreambuf_iterator<char>(exe)), std::istreambuf_iterator<char>());
  CHECK(file.find(note_bytes(*id)) != std::string::npos);
}
