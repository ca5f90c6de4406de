// The build id from the main program's PT_NOTE segments, as the loader mapped them.
#include "app/build_identity.h"

#include <elf.h>
#include <link.h>

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace factlint::app {

namespace {

// Rounds a note field's size up to the 4-byte alignment of ELF notes.
constexpr std::size_t aligned(std::size_t n) { return (n + 3) & ~std::size_t{3}; }

// The NT_GNU_BUILD_ID note in [p, end), as hex; empty when there is none.
std::string build_id_in(const unsigned char* p, const unsigned char* end) {
  while (static_cast<std::size_t>(end - p) >= sizeof(ElfW(Nhdr))) {
    ElfW(Nhdr) note;
    std::memcpy(&note, p, sizeof note);
    const unsigned char* name = p + sizeof note;
    const unsigned char* desc = name + aligned(note.n_namesz);
    const unsigned char* next = desc + aligned(note.n_descsz);
    if (next > end || next <= p) return {};
    if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0 && note.n_descsz > 0) {
      static constexpr char kHex[] = "0123456789abcdef";
      std::string hex;
      for (std::size_t i = 0; i < note.n_descsz; ++i) {
        hex += kHex[desc[i] >> 4];
        hex += kHex[desc[i] & 15];
      }
      return hex;
    }
    p = next;
  }
  return {};
}

// dl_iterate_phdr lists the main program first; only it is looked at.
int first_object(struct dl_phdr_info* info, std::size_t, void* data) {
  auto* out = static_cast<std::string*>(data);
  for (ElfW(Half) i = 0; i < info->dlpi_phnum && out->empty(); ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_NOTE) continue;
    const auto* begin = reinterpret_cast<const unsigned char*>(info->dlpi_addr + ph.p_vaddr);
    *out = build_id_in(begin, begin + ph.p_memsz);
  }
  return 1;  // stop after the main program
}

}  // namespace

std::optional<std::string> running_build_id() {
  std::string id;
  dl_iterate_phdr(first_object, &id);
  if (id.empty()) return std::nullopt;
  return id;
}

}  // namespace factlint::app
