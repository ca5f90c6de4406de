// The closed-list flag validator.
#include "cli/choice.h"

#include <algorithm>

#include "source/diagnostic.h"
#include "source/display_text.h"

namespace factlint::cli {

CLI::Validator one_of(std::vector<std::string> words) {
  std::string listed;
  for (const std::string& w : words) listed += (listed.empty() ? "" : ",") + w;
  return CLI::Validator(
      [words](std::string& given) -> std::string {
        if (std::find(words.begin(), words.end(), given) != words.end()) return "";
        std::string list;
        for (const std::string& w : words) list += (list.empty() ? "" : ", ") + w;
        return "'" + source::printable(given) + "' is not one of " + list +
               source::suggestion(source::did_you_mean(given, words));
      },
      "{" + listed + "}");
}

void add_bare_currency_options(CLI::App& cmd, value::BareCodes& codes, bool in_documents) {
  for (const value::BareCurrency& bare : value::bare_currencies()) {
    const std::string name(bare.name);
    std::string help = "what a bare " + std::string(bare.spellings) + (in_documents ? " in the documents" : "") +
                       " is: " + std::string(bare.choices) + "; " + std::string(bare.as_written) +
                       " always read as written";
    if (in_documents) help += "; a fact's own '" + name + "' option wins; see docs/configuration.md";
    cmd.add_option("--" + name, codes.*bare.code, help)->check(one_of(bare.codes()))->capture_default_str();
  }
}

}  // namespace factlint::cli
