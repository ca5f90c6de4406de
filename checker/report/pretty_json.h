// JSON text written directly, exactly as nlohmann's dump(2) with the replace error
// handler writes it: the JSON report's statements are most of its bytes, and building
// an ordered_json per statement to dump it was a sixth of a check's time (issue 10).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace factlint::report {

// Appends `text` as a JSON string: quoted, '"' '\\' and control characters escaped
// (\b \f \n \r \t, others \u00xx), everything else, UTF-8 included, as it is. An
// invalid UTF-8 sequence is written as U+FFFD, as nlohmann's replace handler does.
void append_json_string(std::string& out, std::string_view text);
std::string json_string(std::string_view text);

// A number as nlohmann writes it: integers in decimal, doubles shortest round trip
// ("1.0", "0.02", "4184294.4", "1e+21"), non-finite doubles as null.
std::string json_number(long long value);
std::string json_number(double value);
void append_json_number(std::string& out, double value);

// An object whose members keep the order they were first set in, like an
// ordered_json: setting a key again replaces its value in place.
class PrettyObject {
 public:
  // `value` is JSON text: a string from json_string, a number, "true", "null", or
  // an object's text(depth + 1) when it nests in this one at `depth`.
  void set(std::string_view key, std::string value);
  bool empty() const { return members_.empty(); }
  // The text dump(2) gives, as if this object stood `depth` levels in: its members
  // indented by 2 * (depth + 1) spaces, its closing brace by 2 * depth.
  std::string text(std::size_t depth = 0) const;

 private:
  std::vector<std::pair<std::string, std::string>> members_;
};

}  // namespace factlint::report
