// Tests for data sizes (units.cc, quantity_reader.cc): bytes with SI and IEC prefixes,
// exact readings and a property test over generated sizes.
#include "value_test_support.h"

#include <random>
#include <string>
#include <vector>

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("data sizes read SI prefixes as powers of 1,000 and IEC prefixes as powers of 1,024", "[value]") {
  const Row rows[] = {
      {"4 gb", nullptr, 4e9, 4e9},
      {"8gb", nullptr, 8e9, 8e9},
      {"512 mb", nullptr, 512e6, 512e6},
      {"2 tb", nullptr, 2e12, 2e12},
      {"1.5 tb", nullptr, 1.5e12, 1.5e12},
      {"64 kb", nullptr, 64e3, 64e3},
      {"16 gib", nullptr, 16.0 * 1073741824.0, 16.0 * 1073741824.0},
      {"512 mib", nullptr, 512.0 * 1048576.0, 512.0 * 1048576.0},
      {"1 tib", nullptr, 1099511627776.0, 1099511627776.0},
      {"4 kib", nullptr, 4096, 4096},
      {"100 bytes", nullptr, 100, 100},
      {"3 gigabytes", nullptr, 3e9, 3e9},
      {"a 500-gigabyte disk", "500-gigabyte", 500e9, 500e9},
      {"a minimum of 4 gb of ram and 2 cpu cores", "a minimum of 4 gb", 4e9, kInf},
      {"up to 2 tb", nullptr, 0, 2e12},
  };
  for (const Row& row : rows) check_row(Type::DataSize, row, "B");
}

TEST_CASE("a data size keeps the unit it was written in for display", "[value]") {
  CHECK(read(Type::DataSize, "4 gb")->display == "4 GB");
  CHECK(read(Type::DataSize, "16gib")->display == "16 GiB");
  CHECK(read(Type::DataSize, "4 gb")->original_unit == "GB");
}

TEST_CASE("a figure with a data size is no count and no plain number", "[value]") {
  CHECK_FALSE(read(Type::Count, "4 gb"));
  CHECK_FALSE(read(Type::Number, "512 mib"));
}

TEST_CASE("random data sizes read back in every prefix and spelling", "[value]") {
  struct Prefix {
    double factor;
    std::vector<std::string> spellings;
  };
  const std::vector<Prefix> prefixes = {
      {1, {"bytes"}},
      {1e3, {"kb", "kilobytes"}},
      {1e6, {"mb", "megabytes"}},
      {1e9, {"gb", "gigabytes", "gbytes"}},
      {1e12, {"tb", "terabytes"}},
      {1e15, {"pb", "petabytes"}},
      {1024.0, {"kib", "kibibytes"}},
      {1048576.0, {"mib", "mebibytes"}},
      {1073741824.0, {"gib", "gibibytes"}},
      {1099511627776.0, {"tib", "tebibytes"}},
  };
  std::mt19937_64 rng(4096);
  std::uniform_int_distribution<int> figure(1, 4096), pick(0, static_cast<int>(prefixes.size()) - 1);
  int cases = 0;
  for (int i = 0; i < 1200; ++i) {
    const int n = figure(rng);
    const Prefix& prefix = prefixes[static_cast<std::size_t>(pick(rng))];
    const double expected = n * prefix.factor;
    for (const std::string& unit : prefix.spellings) {
      for (const std::string& phrase : {std::to_string(n) + " " + unit, std::to_string(n) + unit,
                                        std::to_string(n) + "-" + unit}) {
        const std::string sentence = "it needs " + phrase + " of ram";
        CAPTURE(sentence);
        auto m = first_value(Type::DataSize, sentence, {});
        REQUIRE(m);
        CHECK(m->value.text == phrase);
        CHECK(m->value.lo == Approx(expected).epsilon(1e-12));
        CHECK(m->value.unit == "B");
        ++cases;
      }
    }
  }
  CHECK(cases > 4000);
}
