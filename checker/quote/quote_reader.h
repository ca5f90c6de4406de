// The quote stage for one document: extraction, attribution, then the scare-quote
// and title rule. What the check run calls per document, beside the matcher.
#pragma once

#include <vector>

#include "doc/document.h"
#include "quote/quote.h"
#include "quote/speaker_directory.h"

namespace factlint::quote {

// Every quote of `document` with its speaker and kind. Never fails: text without
// quotation marks gives none, and a speaker that cannot be told stays unknown.
std::vector<Quote> read_quotes(const doc::Document& document, const EntityNames& entities);

}  // namespace factlint::quote
