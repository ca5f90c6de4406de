// "Every" and "each" give a flow's span of time as "per" and "a" do: "about 3,100
// cubic metres every second" was no flow at all (docs/rules.md "Quantities").
#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("a flow per span of time may say 'every' or 'each'", "[value]") {
  check_row(Type::Flow, {"3,100 cubic metres every second", nullptr, 3100.0 * 86400, 3100.0 * 86400}, "m3/d");
  check_row(Type::Flow, {"3,100 cubic meters each second", nullptr, 3100.0 * 86400, 3100.0 * 86400}, "m3/d");
  check_row(Type::Flow, {"about 3,100 cubic metres of water every second", nullptr, 3100.0 * 86400, 3100.0 * 86400,
                         true, true, true},
            "m3/d");
  check_row(Type::Flow, {"120,000 cubic feet every second", nullptr, 120000.0 * 86400 * 0.028316846592,
                         120000.0 * 86400 * 0.028316846592},
            "m3/d");
  check_row(Type::Flow, {"40 cubic metres every day", nullptr, 40, 40}, "m3/d");
}
