// Writing findings as one self-contained HTML page for editors: no network, no
// external assets, every piece of document text escaped (docs/html-report.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "report/report_input.h"

namespace factlint::report {

// `factlint serve` (docs/review-app.md): a form on each conflict to decide it, posted
// to /decide with the session's token, and the outcome of the last decision.
struct ReviewControls {
  std::string token;             // the session's token, sent back in each form
  std::string author;            // the form's "by" field, prefilled
  std::string message;           // shown above the findings ("" for none)
  bool message_is_error = false;
};

struct HtmlOptions {
  std::string tool_version;
  std::string generated;  // when the report was made, shown in the footer ("" to omit)
  std::optional<ReviewControls> review;  // unset: a report, which posts nothing anywhere
};

// The page: summary counts, filters (verdict, fact, document, free text), then every
// finding, conflicts first, each value with its sources (title, publisher, date, a link
// to the URL when it is http or https) and each sentence with the value highlighted.
std::string html_report(const ReportInput& input, const HtmlOptions& options);

// `factlint serve`: one document in context, every line numbered (anchors L1, L2, ...),
// the values of its statements marked and each stated line followed by what it states.
// `text` is the document file as read; it is escaped like every other document text.
std::string document_page(const DocumentEntry& document, std::string_view text,
                          const std::vector<match::Statement>& statements, const HtmlOptions& options);

// `text` with & < > " ' written as character references, so it is inert in element
// content and in quoted attribute values alike.
std::string html_escape(std::string_view text);

}  // namespace factlint::report
