// Value settings through the binary (issue 9): statements dropped because their value
// was read only in part, the ton, dollar, yen, shilling and date-order settings from flags, the project file
// and its [[override]] tables, partial publication dates, and scope sources in JSON.
#include <catch2/catch.hpp>

#include "run_binary.h"

using namespace factlint::testing;

namespace {

const char* const kRankRules = R"(entity China: country = "China"
fact trade_rank(of: country) -> rank: count {
  pattern {of} has {rank} trading partners
}
)";

const char* const kShipmentRules = R"(entity Acme: company = "Acme"
fact shipped(by: company) -> mass: mass {
  pattern {by} shipped {mass}
}
fact shipped_us(by: company) -> mass: mass {
  pattern {by} sent {mass}
  ton short
}
)";

const char* const kCostRules = R"(entity Bridge: project = "the bridge"
fact cost(of: project) -> cost: money {
  pattern {of} cost {cost}
}
)";

const char* const kLoanRules = R"(entity Beijing: city = "Beijing"
fact loan(by: city) -> amount: money {
  pattern {by} lent {amount}
  yen CNY
}
)";

const char* const kVisitRules = R"(entity Xi: person = "Xi"
fact visit(who: person) -> day: date {
  pattern {who} visited on {day}
}
)";

const char* const kScopedRules = R"(entity China: country = "China"
fact exports(of: country) -> amount: money {
  pattern {of} exported {amount}
  scope per year
}
fact imports(of: country) -> amount: money {
  cue imports
  scope per year
}
)";

}  // namespace

TEST_CASE("explain --text says where a statement was dropped for a value read only in part", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/r.facts", kRankRules);
  RunResult r = run_factlint("explain --rules " + dir + "/r.facts --text 'So far China has fifty-third trading partners.'");
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "no fact matched this text\n"
        "near misses:\n"
        "  trade_rank: dropped: 'fifty-third' \u2014 '-third' is not read at <example>:1:18\n"
        "    \"So far China has fifty-third trading partners.\"\n");
}

TEST_CASE("explain FINDING and rules audit list the finding's dropped statements with their place", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/rules/r.facts", kRankRules);
  write_file(dir + "/corpus/a.txt", "China has 40 trading partners.\n\nLater, China has fifty-third trading partners.\n");
  RunResult r = run_factlint_in(dir, "explain --no-db 'trade_rank(China)'");
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("dropped: 1 sentence of 'trade_rank' whose value was read only in part\n"
                   "    corpus/a.txt:3:18  dropped: 'fifty-third' \u2014 '-third' is not read\n") != std::string::npos);
  RunResult json = run_factlint_in(dir, "explain --no-db --format json 'trade_rank(China)'");
  CHECK(json.out.find("\"dropped\"") != std::string::npos);
  RunResult audit = run_factlint_in(dir, "rules audit");
  CHECK(audit.out.find("corpus/a.txt:3:18  dropped: 'fifty-third' \u2014 '-third' is not read") != std::string::npos);
}

TEST_CASE("a bare ton follows --ton, the project file and a fact's own ton option", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/rules/r.facts", kShipmentRules);
  write_file(dir + "/corpus/a.txt", "Acme shipped 10 tons. Acme sent 10 tons.\n");
  auto values = [&](const std::string& flags) {
    RunResult r = run_factlint_in(dir, "check --no-db --format json " + flags);
    INFO(r.err);
    return r.out;
  };
  std::string metric = values("");
  CHECK(metric.find("\"value\": \"10 t\"") != std::string::npos);       // shipped: the tonne
  CHECK(metric.find("\"value\": \"10 short ton\"") != std::string::npos);  // sent: the fact says short
  std::string long_tons = values("--ton long");
  CHECK(long_tons.find("\"value\": \"10 long ton\"") != std::string::npos);
  CHECK(long_tons.find("\"value\": \"10 short ton\"") != std::string::npos);  // the fact's option wins
  write_file(dir + "/.factlint.toml", "[[override]]\nmatch = \"corpus/**\"\nton = \"long\"\n");
  CHECK(values("").find("\"value\": \"10 long ton\"") != std::string::npos);
}

TEST_CASE("date-order reads ambiguous slashed dates, globally and per path", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/rules/r.facts", kVisitRules);
  write_file(dir + "/corpus/us/a.txt", "Xi visited on 04/05/2020.\n");
  write_file(dir + "/corpus/uk/b.txt", "Xi visited on 04/05/2020.\n");
  RunResult none = run_factlint_in(dir, "check --no-db --format json");
  CHECK(none.out.find("2020-04-05") == std::string::npos);
  CHECK(none.out.find("2020-05-04") == std::string::npos);
  write_file(dir + "/.factlint.toml",
             "date-order = \"mdy\"\n"
             "[[override]]\n"
             "match = \"corpus/uk/**\"\n"
             "date-order = \"dmy\"\n");
  RunResult both = run_factlint_in(dir, "check --no-db --format json");
  INFO(both.err);
  CHECK(both.exit_code == 1);  // the two documents now disagree
  CHECK(both.out.find("2020-04-05") != std::string::npos);
  CHECK(both.out.find("2020-05-04") != std::string::npos);
  RunResult config = run_factlint_in(dir, "config");
  CHECK(config.out.find("date-order = mdy") != std::string::npos);
  CHECK(config.out.find(".factlint.toml:1:1") != std::string::npos);
  CHECK(config.out.find("[[override]] match = corpus/uk/**: date-order = dmy") != std::string::npos);
  CHECK(config.out.find(".factlint.toml:4:1") != std::string::npos);
}

TEST_CASE("a bad value setting in the project file stops the run with a located error", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/rules/r.facts", kVisitRules);
  write_file(dir + "/corpus/a.txt", "Xi visited on 04/05/2020.\n");
  write_file(dir + "/.factlint.toml", "[[override]]\nmatch = \"corpus/**\"\ndate-ordr = \"dmy\"\n");
  RunResult r = run_factlint_in(dir, "check --no-db");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(".factlint.toml:3:1: error: unknown key 'date-ordr' in [[override]]; did you mean 'date-order'?") !=
        std::string::npos);
}

TEST_CASE("front matter dates of month or year precision and undated", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/rules/r.facts", kVisitRules);
  write_file(dir + "/corpus/a.md", "---\ndate: 2008\n---\nXi visited on 12 March.\n\nXi visited on last month.\n");
  write_file(dir + "/corpus/b.md", "---\ndate: 2008-07\n---\nXi visited on last month.\n");
  write_file(dir + "/corpus/c.md", "---\ndate: undated\n---\nXi visited on last month.\n");
  RunResult r = run_factlint_in(dir, "check --no-db --format json");
  INFO(r.err);
  CHECK(r.err.find("invalid date") == std::string::npos);
  CHECK(r.out.find("\"date\": \"2008\"") != std::string::npos);
  CHECK(r.out.find("\"date\": \"2008-07\"") != std::string::npos);
  CHECK(r.out.find("\"date\": \"undated\"") != std::string::npos);
  CHECK(r.out.find("2008-03-12") != std::string::npos);  // a day without a year takes the year
  CHECK(r.out.find("\"2008-06\"") != std::string::npos);  // "last month" from July 2008
  // "last month" in 2008 (which month?) and in an undated document is never guessed:
  // only b.md's reading of it exists.
  CHECK(r.out.find("\"2007-12\"") == std::string::npos);
  CHECK(r.out.find("\"2008-11\"") == std::string::npos);
}

TEST_CASE("every JSON statement of a scoped fact says where its scope came from", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/rules/r.facts", kScopedRules);
  write_file(dir + "/corpus/a.md",
             "---\ndate: 2023-05-01\n---\nChina exported $3 billion in 2021.\n\nChina exported $4 billion.\n\n"
             "China's imports reached $5 billion in 2020, while talks stalled in 2019.\n");
  RunResult r = run_factlint_in(dir, "check --no-db --format json");
  INFO(r.err);
  CHECK(r.out.find("\"scope_source\": \"value's sentence\"") != std::string::npos);
  CHECK(r.out.find("\"scope_source\": \"publication date\"") != std::string::npos);
  CHECK(r.out.find("\"scope_source\": \"value's clause\"") != std::string::npos);  // the cue's clause
}

TEST_CASE("a bare dollar follows --dollar, the project file and its overrides", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/rules/r.facts", kCostRules);
  write_file(dir + "/corpus/au/a.txt", "The bridge cost $102 million.\n");
  write_file(dir + "/corpus/au/b.txt", "The bridge cost A$102 million.\n");
  auto check = [&](const std::string& flags) {
    RunResult r = run_factlint_in(dir, "check --no-db --format json " + flags);
    INFO(r.err);
    return r;
  };
  RunResult usd = check("");
  CHECK(usd.exit_code == 1);  // USD 102 million and AUD 102 million conflict
  CHECK(usd.out.find("\"value\": \"USD 102 million\"") != std::string::npos);
  RunResult flag = check("--dollar AUD");
  CHECK(flag.exit_code == 0);
  CHECK(flag.out.find("\"verdict\": \"consistent\"") != std::string::npos);
  CHECK(flag.out.find("USD") == std::string::npos);
  write_file(dir + "/.factlint.toml", "dollar = \"AUD\"\n");
  CHECK(check("").exit_code == 0);
  RunResult config = run_factlint_in(dir, "config");
  CHECK(config.out.find("dollar = AUD") != std::string::npos);
  CHECK(config.out.find("yen = JPY") != std::string::npos);
  write_file(dir + "/.factlint.toml", "[[override]]\nmatch = \"corpus/au/**\"\ndollar = \"AUD\"\n");
  CHECK(check("").exit_code == 0);
  write_file(dir + "/.factlint.toml", "[[override]]\nmatch = \"corpus/au/b.txt\"\ndollar = \"AUD\"\n");
  CHECK(check("").exit_code == 1);  // a.txt's bare dollar is still the US dollar
}

// `currency AUD` (docs/rules.md "Money"): a bare "$" counts as the dollar the project
// reads it as, so the same sentence is kept or passed over as --dollar says.
TEST_CASE("a fact's currency keeps a bare dollar as --dollar and the project file read it", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/rules/r.facts", R"(entity Bridge: project = "the bridge"
fact cost(of: project) -> cost: money {
  cue cost
  currency AUD
}
)");
  write_file(dir + "/corpus/a.txt", "The bridge cost $102 million.\n");
  write_file(dir + "/corpus/b.txt", "The bridge cost A$102 million.\n");
  RunResult usd = run_factlint_in(dir, "check --no-db --format json");
  INFO(usd.err);
  CHECK(usd.exit_code == 0);
  CHECK(usd.out.find("\"verdict\": \"single-source\"") != std::string::npos);  // the bare dollar is USD: passed over
  CHECK(usd.out.find("USD") == std::string::npos);
  RunResult aud = run_factlint_in(dir, "check --no-db --format json --dollar AUD");
  CHECK(aud.out.find("\"verdict\": \"consistent\"") != std::string::npos);
  write_file(dir + "/.factlint.toml", "dollar = \"AUD\"\n");
  CHECK(run_factlint_in(dir, "check --no-db --format json").out.find("\"verdict\": \"consistent\"") !=
        std::string::npos);
  RunResult explained = run_factlint_in(dir, "explain --no-db --dollar USD --text 'The bridge cost $102 million.'");
  CHECK(explained.out.find("passed over '$102 million': in USD, and the amounts of cost are in AUD only") !=
        std::string::npos);
}

TEST_CASE("a bare yen follows --yen and a fact's own yen option", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/rules/r.facts", kCostRules);
  write_file(dir + "/rules/l.facts", kLoanRules);
  write_file(dir + "/corpus/a.txt", "The bridge cost ¥203.9 billion. Beijing lent ¥5 billion.\n");
  write_file(dir + "/corpus/b.txt", "The bridge cost 203.9 billion yuan. Beijing lent 5 billion yuan.\n");
  RunResult jpy = run_factlint_in(dir, "check --no-db --format json");
  INFO(jpy.err);
  CHECK(jpy.out.find("\"value\": \"JPY 203.9 billion\"") != std::string::npos);  // cost: the yen
  CHECK(jpy.out.find("JPY 5 billion") == std::string::npos);  // loan: the fact says yuan
  RunResult cny = run_factlint_in(dir, "check --no-db --format json --yen CNY");
  CHECK(cny.exit_code == 0);
  CHECK(cny.out.find("JPY") == std::string::npos);
}

TEST_CASE("parse reads a bare dollar and yen as --dollar and --yen say", "[e2e]") {
  CHECK(run_factlint("parse money '$102 million'").out.find("\"unit\":\"USD\"") != std::string::npos);
  RunResult aud = run_factlint("parse money '$102 million' --dollar AUD");
  CHECK(aud.exit_code == 0);
  CHECK(aud.out.find("\"unit\":\"AUD\"") != std::string::npos);
  CHECK(aud.out.find("\"display\":\"AUD 102 million\"") != std::string::npos);
  CHECK(run_factlint("parse money 'US$102 million' --dollar AUD").out.find("\"unit\":\"USD\"") !=
        std::string::npos);
  CHECK(run_factlint("parse money '¥5 billion' --yen CNY").out.find("\"unit\":\"CNY\"") != std::string::npos);
  RunResult bad = run_factlint("parse money '$5' --dollar AUS");
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("AUD") != std::string::npos);
}

TEST_CASE("a fact's dollar reads its known values and examples too", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/rules/r.facts", R"(entity Bridge: project = "the bridge"
fact cost(of: project) -> cost: money {
  pattern {of} cost {cost}
  dollar AUD
  example "The bridge cost $102 million." => of=Bridge cost="$102 million"
  example "The bridge cost A$5 million." => of=Bridge cost="A$5 million"
  known of=Bridge cost="$102 million"
}
)");
  write_file(dir + "/corpus/a.txt", "The bridge cost A$102 million.\n");
  RunResult test = run_factlint_in(dir, "test");
  INFO(test.out << test.err);
  CHECK(test.exit_code == 0);
  RunResult r = run_factlint_in(dir, "check --no-db --format json");
  INFO(r.err);
  CHECK(r.exit_code == 0);  // A$102 million agrees with the known $102 million in AUD
  CHECK(r.out.find("USD") == std::string::npos);
}

TEST_CASE("a bare shilling follows --shilling, the project file and its overrides", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/rules/r.facts", kCostRules);
  write_file(dir + "/corpus/kampala/a.txt", "The bridge cost Shs 95 billion.\n");
  write_file(dir + "/corpus/kampala/b.txt", "The bridge cost USh 95 billion.\n");
  auto check = [&](const std::string& flags) {
    RunResult r = run_factlint_in(dir, "check --no-db --format json " + flags);
    INFO(r.err);
    return r;
  };
  RunResult kes = check("");
  CHECK(kes.exit_code == 1);  // KES 95 billion and UGX 95 billion conflict
  CHECK(kes.out.find("\"value\": \"KES 95 billion\"") != std::string::npos);
  RunResult flag = check("--shilling UGX");
  CHECK(flag.exit_code == 0);
  CHECK(flag.out.find("\"verdict\": \"consistent\"") != std::string::npos);
  CHECK(flag.out.find("KES") == std::string::npos);
  write_file(dir + "/.factlint.toml", "shilling = \"UGX\"\n");
  CHECK(check("").exit_code == 0);
  RunResult config = run_factlint_in(dir, "config");
  CHECK(config.out.find("shilling = UGX") != std::string::npos);
  CHECK(config.out.find("dollar = USD") != std::string::npos);
  write_file(dir + "/.factlint.toml", "[[override]]\nmatch = \"corpus/kampala/**\"\nshilling = \"UGX\"\n");
  CHECK(check("").exit_code == 0);
  write_file(dir + "/.factlint.toml", "[[override]]\nmatch = \"corpus/kampala/b.txt\"\nshilling = \"UGX\"\n");
  CHECK(check("").exit_code == 1);  // a.txt's bare shilling is still the Kenyan one
  write_file(dir + "/.factlint.toml", "shilling = \"UGS\"\n");
  RunResult bad = check("");
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("'shilling' takes 'KES', 'SOS', 'TZS' or 'UGX', not 'UGS'; did you mean 'UGX'?") !=
        std::string::npos);
}

TEST_CASE("a fact's shilling option reads its sentences and its known values", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/rules/r.facts", R"(entity Port: project = "the port"
fact levy(of: project) -> levy: money {
  pattern {of} charges {levy}
  shilling TZS
  example "The port charges Sh 2,000 a tonne." => of=Port levy="Sh 2,000 a tonne"
  known of=Port levy="Sh 2,000 a tonne"
}
)");
  write_file(dir + "/corpus/a.txt", "The port charges TSh 2,000 a tonne.\n");
  write_file(dir + "/corpus/b.txt", "The port charges Sh2,000/- a tonne.\n");
  RunResult test = run_factlint_in(dir, "test");
  INFO(test.out << test.err);
  CHECK(test.exit_code == 0);
  RunResult r = run_factlint_in(dir, "check --no-db --format json");
  INFO(r.err);
  CHECK(r.exit_code == 0);  // TSh 2,000 and Sh2,000/- agree with the known value, all TZS
  CHECK(r.out.find("KES") == std::string::npos);
  CHECK(r.out.find("\"verdict\": \"consistent\"") != std::string::npos);
}

TEST_CASE("parse reads a bare shilling as --shilling says", "[e2e]") {
  RunResult kes = run_factlint("parse money 'Sh180.6 billion'");
  CHECK(kes.exit_code == 0);
  CHECK(kes.out.find("\"display\":\"KES 180.6 billion\"") != std::string::npos);
  RunResult ugx = run_factlint("parse money 'Shs 180.6 billion' --shilling UGX");
  CHECK(ugx.exit_code == 0);
  CHECK(ugx.out.find("\"unit\":\"UGX\"") != std::string::npos);
  CHECK(run_factlint("parse money '180.6 billion shillings' --shilling TZS").out.find("\"unit\":\"TZS\"") !=
        std::string::npos);
  CHECK(run_factlint("parse money 'KSh 180.6 billion' --shilling UGX").out.find("\"unit\":\"KES\"") !=
        std::string::npos);
  CHECK(run_factlint("parse money 'Kenya shillings 180.6 billion'").out.find("\"unit\":\"KES\"") !=
        std::string::npos);
  CHECK(run_factlint("parse money '180 sh'").exit_code != 0);  // "Sh" only before a figure
  RunResult bad = run_factlint("parse money 'Sh5' --shilling USH");
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("UGX") != std::string::npos);
  CHECK(bad.err.find("KES, SOS, TZS, UGX") != std::string::npos);
}
