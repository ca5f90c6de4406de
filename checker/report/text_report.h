// The human report printed by `factlint check` and `factlint report`: conflicts
// first with their sentences side by side, then single-source and consistent facts.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "report/report_input.h"

namespace factlint::report {

struct TextOptions {
  bool color = false;        // ANSI colours for terminals
  bool show_sentences = true;  // quote the sentence of every statement, not just conflicts
  // Which verdicts are listed (--show, --quiet); the summary line always counts them all.
  bool show_conflicting = true;
  bool show_single_source = true;
  bool show_consistent = true;
};

std::string text_report(const ReportInput& input, const TextOptions& options);
// The same text handed to `write` a finding at a time, so a large report is never
// held whole, nor every finding's statements at once (issue 10).
void write_text_report(const ReportInput& input, const TextOptions& options,
                       const std::function<void(std::string_view)>& write);

}  // namespace factlint::report
