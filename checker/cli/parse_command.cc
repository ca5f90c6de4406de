// parse: normalize the text, read the first value of the type, print its JSON.
#include "cli/parse_command.h"

#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "cli/output.h"
#include "doc/normalizer.h"
#include "source/diagnostic.h"
#include "value/scan.h"
#include "value/value_json.h"

namespace factlint::cli {

namespace {

struct ParseFlags {
  std::string type;
  std::string text;
  std::string date;
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
  value::ParseContext context;
  if (!f.date.empty()) {
    context.reference_date = value::parse_iso_date(f.date);
    if (!context.reference_date) {
      print_error(fmt::format("invalid --date '{}'; expected YYYY-MM-DD", f.date));
      return kExitCannotRun;
    }
  }
  doc::NormalizedText normalized = doc::normalize(f.text);
  auto reading = value::first_value(*type, normalized.text, context);
  if (!reading) return kExitFindings;
  // Report the phrase as the user typed it, not its normalized form.
  std::size_t begin = normalized.to_source[reading->begin];
  std::size_t end = normalized.to_source[reading->end];
  reading->value.text = f.text.substr(begin, end - begin);
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
      "energy power speed money year year-range date");
  cmd->add_option("type", flags->type, "value type, e.g. length, ordinal, date")->required();
  cmd->add_option("text", flags->text, "the phrase to read, e.g. '2,600-mile border'")->required();
  cmd->add_option("--date", flags->date, "publication date YYYY-MM-DD for relative dates ('last month')");
  cmd->callback([flags, exit_code] { *exit_code = run(*flags); });
}

}  // namespace factlint::cli
