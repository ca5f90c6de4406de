// Tests for version_reader.cc: release numbers read part by part, never as decimals
// or dates, with exact readings and a property test over generated versions.
#include "value_test_support.h"

#include <random>
#include <string>
#include <vector>

#include "value/value_json.h"
#include "value/version.h"

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

double key(long major, long minor, long patch) { return version_key(Version{{major, minor, patch}, ""}); }

struct VersionRow {
  const char* input;
  const char* text;  // nullptr: the whole input
  double key;
  const char* label;
  const char* display;
};

}  // namespace

TEST_CASE("versions read part by part as whole numbers", "[value]") {
  const VersionRow rows[] = {
      {"2.1", nullptr, key(2, 1, 0), "", "2.1"},
      {"v2.10", nullptr, key(2, 10, 0), "", "2.10"},
      {"version 2.10.1", nullptr, key(2, 10, 1), "", "2.10.1"},
      {"quillstack 2.10 is out", "2.10", key(2, 10, 0), "", "2.10"},
      {"version 2", nullptr, key(2, 0, 0), "", "2"},
      {"v2", nullptr, key(2, 0, 0), "", "2"},
      {"2.0.0", nullptr, key(2, 0, 0), "", "2.0.0"},
      {"2.0.1-beta", nullptr, key(2, 0, 1), "beta", "2.0.1-beta"},
      {"2.0.1 beta", nullptr, key(2, 0, 1), "beta", "2.0.1-beta"},
      {"2.0.0-rc.1", nullptr, key(2, 0, 0), "rc1", "2.0.0-rc1"},
      {"3.1 rc 2", nullptr, key(3, 1, 0), "rc2", "3.1-rc2"},
      {"1.4.2+build.7", nullptr, key(1, 4, 2), "", "1.4.2"},
      {"upgrade to 20.04.", "20.04", key(20, 4, 0), "", "20.04"},
      {"ver. 3.2", nullptr, key(3, 2, 0), "", "3.2"},
      {"v.4.0", nullptr, key(4, 0, 0), "", "4.0"},
  };
  for (const VersionRow& row : rows) {
    CAPTURE(row.input);
    auto v = read(Type::Version, row.input);
    REQUIRE(v);
    CHECK(v->text == std::string(row.text ? row.text : row.input));
    CHECK(v->lo == row.key);
    CHECK(v->hi == row.key);
    CHECK(v->unit == row.label);
    CHECK(v->display == row.display);
    CHECK(v->precision == 0);
  }
}

TEST_CASE("2.10 and 2.1 are different versions, 2, 2.0 and 2.0.0 one", "[value]") {
  CHECK(read(Type::Version, "2.10")->lo != read(Type::Version, "2.1")->lo);
  CHECK(read(Type::Version, "2.10")->lo > read(Type::Version, "2.9")->lo);
  CHECK(read(Type::Version, "version 2")->lo == read(Type::Version, "2.0")->lo);
  CHECK(read(Type::Version, "2.0")->lo == read(Type::Version, "2.0.0")->lo);
  CHECK(read(Type::Version, "2.0.1-beta")->unit != read(Type::Version, "2.0.1")->unit);
}

TEST_CASE("amounts, dates, money and bare whole numbers are no versions", "[value]") {
  for (const char* text : {"2.5 million users", "a 2.5 gb download", "grew 2.5%", "on 30.11.1985",
                           "it costs $2.10", "port 8080", "in 2024", "10.0.190412 build"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Version, text));
  }
}

TEST_CASE("a version of four parts is read in part, so not at all", "[value]") {
  auto result = scan(Type::Version, "build 10.0.1.7 shipped", {});
  CHECK(result.matches.empty());
  REQUIRE(result.unread.size() == 1);
  CHECK(result.unread[0].unread_begin == std::string("build 10.0.1").size());
}

TEST_CASE("parse output shows a version's parts in full and its label as the unit", "[value]") {
  auto v = read(Type::Version, "v2.10-beta");
  REQUIRE(v);
  auto j = to_json(*v);
  CHECK(j["type"] == "version");
  CHECK(j["lo"] == "2.10.0");
  CHECK(j["hi"] == "2.10.0");
  CHECK(j["unit"] == "beta");
  CHECK(j["display"] == "2.10-beta");
}

TEST_CASE("random versions read back from every way writers write them", "[value]") {
  std::mt19937_64 rng(8080);
  std::uniform_int_distribution<long> small(0, 40), any(0, 99999);
  std::uniform_int_distribution<int> shape(1, 3), width(0, 3);
  const std::vector<std::string> labels = {"", "beta", "rc1", "alpha2"};
  int cases = 0;
  for (int i = 0; i < 1500; ++i) {
    const int parts = shape(rng);
    std::array<long, 3> p{};
    for (int k = 0; k < parts; ++k) p[static_cast<std::size_t>(k)] = i % 5 == 0 ? any(rng) : small(rng);
    std::string written = std::to_string(p[0]);
    for (int k = 1; k < parts; ++k) written += "." + std::to_string(p[static_cast<std::size_t>(k)]);
    // Trailing ".0" parts change nothing: 2.1 is 2.1.0.
    std::string padded = written;
    for (int k = parts; k < 3; ++k) padded += ".0";
    const std::string label = labels[static_cast<std::size_t>(width(rng))];
    const double expected = version_key(Version{p, label});
    std::vector<std::string> forms = {"v" + written, "version " + written, "v" + padded, "version " + padded};
    // "30.11.1985" is a date unless "v" or "version" says otherwise.
    const bool date_like = p[0] >= 1 && p[0] <= 31 && p[1] >= 1 && p[1] <= 12 && p[2] >= 1000 && p[2] <= 9999;
    if (parts > 1 && !date_like) forms.push_back(written);
    if (!date_like) forms.push_back(padded);
    for (const std::string& form : forms) {
      const std::string phrase = label.empty() ? form : form + "-" + label;
      for (const std::string& sentence : {"quillstack " + phrase + " is out.", "we now ship " + phrase}) {
        CAPTURE(sentence);
        auto m = first_value(Type::Version, sentence, {});
        REQUIRE(m);
        CHECK(m->value.text == phrase);
        CHECK(m->value.lo == expected);
        CHECK(m->value.unit == label);
        ++cases;
      }
    }
    // The same figures as a decimal that drops a part's zeros are another version.
    if (parts >= 2 && p[1] >= 10 && p[1] % 10 == 0) {
      const std::string shorter = std::to_string(p[0]) + "." + std::to_string(p[1] / 10);
      CHECK(read(Type::Version, shorter)->lo != key(p[0], p[1], 0));
    }
  }
  CHECK(cases > 10000);
}
