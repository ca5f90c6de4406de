// Writing JSON text without building JSON values (issue 10).
#include "report/pretty_json.h"

#include <array>
#include <cmath>

#include <nlohmann/json.hpp>

#include "source/byte_scan.h"
#include "source/utf8.h"

namespace factlint::report {

namespace {

bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// Whether one of the sixteen bytes at `p` needs an escape: a report's strings are
// sentences that mostly hold none, and testing them one by one was the largest part
// of writing a report that lists a wire quotation's 154,000 copies (issue 10).
bool block_needs_escape(const char* p) {
  const source::Bytes16 v = source::load16(p);
  // Signed bytes: a control character is 0 to 0x1f, a byte of 0x80 and above negative.
  return source::any_lane((v == '"') | (v == '\\') | ((v >= 0) & (v < 0x20)));
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  // nlohmann's replace handler decides how far an invalid sequence reaches; it is
  // the reference, and such text is rare (the loader has already replaced bad bytes).
  if (source::find_invalid_utf8(text)) {
    out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  out += '"';
  std::size_t from = 0;
  for (std::size_t i = source::skip_blocks(text, 0, block_needs_escape); i < text.size();
       i = source::skip_blocks(text, i + 1, block_needs_escape)) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!needs_escape(c)) continue;
    out.append(text, from, i - from);
    from = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
      }
    }
  }
  out.append(text, from, std::string_view::npos);
  out += '"';
}

std::string json_string(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  append_json_string(out, text);
  return out;
}

std::string json_number(long long value) { return std::to_string(value); }

// nlohmann's own number writer (serializer::dump_float): its shortest-round-trip digits
// and exponent form are the contract. Called directly, not through a json value and
// its dump, which cost a thousand instructions a number (issue 10).
void append_json_number(std::string& out, double value) {
  if (!std::isfinite(value)) {
    out += "null";
    return;
  }
  std::array<char, 64> buffer;
  const char* end = nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  out.append(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
}

std::string json_number(double value) {
  std::string out;
  append_json_number(out, value);
  return out;
}

void PrettyObject::set(std::string_view key, std::string value) {
  for (auto& [k, v] : members_) {
    if (k == key) {
      v = std::move(value);
      return;
    }
  }
  members_.emplace_back(std::string(key), std::move(value));
}

std::string PrettyObject::text(std::size_t depth) const {
  if (members_.empty()) return "{}";
  std::string out = "{\n";
  for (std::size_t i = 0; i < members_.size(); ++i) {
    out.append(2 * (depth + 1), ' ');
    append_json_string(out, members_[i].first);
    out += ": ";
    out += members_[i].second;
    out += i + 1 < members_.size() ? ",\n" : "\n";
  }
  out.append(2 * depth, ' ');
  out += '}';
  return out;
}

}  // namespace factlint::report
