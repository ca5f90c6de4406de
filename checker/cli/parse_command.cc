// parse: normalize the text, read the first value of the type, print its JSON.
#include "cli/parse_command.h"

#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "cli/choice.h"
#include "cli/output.h"
#include "doc/normalizer.h"
#include "source/diagnostic.h"
#include "source/display_text.h"
#include "value/clock_reading.h"
#include "value/misspelt_scale.h"
#include "value/per_unit.h"
#include "value/scan.h"
#include "value/value_json.h"

namespace factlint::cli {

namespace {

struct ParseFlags {
  std::string type;
  std::string text;
  std::string date;
  std::string date_order;
  std::string ton = "metric";
  value::BareCodes currency;  // --dollar, --yen, --shilling
  std::string per;  // --per: read the amount as a fact's whose amounts are per this
  std::string clock = "minutes";  // --clock: what "2:09" is
};

int run(const ParseFlags& f) {
  auto type = value::type_from_name(f.type);
  if (!type) {
    std::string hint = source::did_you_mean(f.type, value::all_type_names());
    print_error(fmt::format("unknown value type '{}'{}", f.type,
                            hint.empty() ? "; expected a value type such as 'ordinal' or 'length'"
                                         : source::suggestion(hint)));
    return kExitCannotRun;
  }
  std::optional<std::string> per;
  if (!f.per.empty()) {
    if (*type != value::Type::Money) {
      print_error(fmt::format("--per says what amounts of money are per; '{}' is no money type", f.type));
      return kExitCannotRun;
    }
    if (!(per = value::read_denominator(f.per))) {
      print_error(fmt::format("--per '{}' is no denominator: write a noun such as 'vehicle', 'person' or 'seat per month'",
                              source::printable(f.per)));
      return kExitCannotRun;
    }
  }
  value::ParseContext context;
  if (!f.date.empty()) {
    context.reference_date = value::parse_iso_date(f.date);
    if (!context.reference_date) {
      print_error(fmt::format("invalid --date '{}'; expected YYYY-MM-DD", f.date));
      return kExitCannotRun;
    }
  }
  if (f.date_order == "mdy") context.date_order = value::DateOrder::MonthFirst;
  if (f.date_order == "dmy") context.date_order = value::DateOrder::DayFirst;
  context.ton = value::ton_from_name(f.ton).value_or(value::Ton::Metric);
  static_cast<value::BareCodes&>(context) = f.currency;
  doc::NormalizedText normalized = doc::normalize(f.text);
  value::ScanResult scanned = value::scan(*type, normalized.text, context);
  // Report phrases as the user typed them, not in their normalized form.
  auto original = [&](std::size_t b, std::size_t e) {
    return f.text.substr(normalized.to_source[b], normalized.to_source[e] - normalized.to_source[b]);
  };
  // The message quotes the phrase: control characters must not reach the terminal.
  auto quoted = [&](std::size_t b, std::size_t e) { return source::printable(original(b, e)); };
  const value::UnreadValue* unread = scanned.unread.empty() ? nullptr : &scanned.unread.front();
  if (unread && (scanned.matches.empty() || unread->begin <= scanned.matches.front().begin)) {
    // A phrase read only in part is no reading: say what was left, never print the part.
    print_error(fmt::format("cannot read '{}' as {}: '{}' is not read{}",
                            quoted(unread->begin, unread->end), value::type_name(*type),
                            quoted(unread->unread_begin, unread->unread_end),
                            value::misspelling_note(original(unread->unread_begin, unread->unread_end))));
    return kExitFindings;
  }
  if (scanned.matches.empty()) {
    // Exit 1 is "no value", as the contract says; the reason goes to stderr.
    bool temporal = *type == value::Type::Date || *type == value::Type::Year || *type == value::Type::YearRange;
    print_error(fmt::format("no {} in '{}'{}", value::type_name(*type), source::printable(f.text),
                            temporal && f.date.empty()
                                ? "; relative dates such as 'last February' need --date YYYY-MM-DD, the day they "
                                  "were written"
                                : ""));
    return kExitFindings;
  }
  value::ValueMatch* reading = &scanned.matches.front();
  reading->value.text = original(reading->begin, reading->end);
  reading->value = value::with_clock(std::move(reading->value),
                                     value::clock_from_name(f.clock).value_or(value::Clock::MinutesSeconds));
  if (per) {
    auto as_rate = value::per_denominator(reading->value, *per);
    if (!as_rate) {
      print_error(fmt::format("'{}' is not per {}: a fact whose amounts are per {} does not read it",
                              quoted(reading->begin, reading->end), source::printable(f.per),
                              source::printable(f.per)));
      return kExitFindings;
    }
    reading->value = std::move(*as_rate);
  }
  std::cout << value::to_json(reading->value).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  return kExitOk;
}

}  // namespace

void add_parse_command(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<ParseFlags>();
  CLI::App* cmd = app.add_subcommand(
      "parse",
      "show how a phrase is read: prints the JSON of the first value of TYPE in TEXT, exit 0, "
      "or exits 1 when there is none.\nTypes: ordinal count number percent length area mass volume "
      "energy power speed money year year-range date temperature duration flow data-size version");
  cmd->add_option("type", flags->type, "value type, e.g. length, ordinal, date")->required();
  cmd->add_option("text", flags->text, "the phrase to read, e.g. '2,600-mile border'")->required();
  cmd->add_option("--date", flags->date, "publication date YYYY-MM-DD for relative dates ('last month')");
  cmd->add_option("--date-order", flags->date_order,
                  "how to read numeric dates like 04/05/2020: mdy or dmy (default: not read)")
      ->check(one_of({"mdy", "dmy"}));
  cmd->add_option("--ton", flags->ton,
                  "what a bare 'ton' is: metric (1,000 kg), short (US, 907.18 kg) or long (imperial, "
                  "1,016.05 kg); 'tonne', 'short ton' and 'long ton' always read as written")
      ->check(one_of({"metric", "short", "long"}))
      ->capture_default_str();
  add_bare_currency_options(*cmd, flags->currency, false);
  cmd->add_option("--clock", flags->clock,
                  "what a two-part figure such as '2:09' is: minutes (and seconds) or hours (and minutes), as a "
                  "fact's 'values' make it; '2:09:35' is always hours, minutes and seconds")
      ->check(one_of({"minutes", "hours"}))
      ->capture_default_str();
  cmd->add_option("--per", flags->per,
                  "read money as a fact's whose amounts are per this ('vehicle', 'person', 'seat per month'): "
                  "'$35' is 35 USD/vehicle, '$30 per person' no value (docs/rules.md, Amounts per something)");
  cmd->callback([flags, exit_code] { *exit_code = run(*flags); });
}

}  // namespace factlint::cli
