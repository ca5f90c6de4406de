// Quote extraction: every quotation of a document with its location, its words
// and its place in the sentences, before anyone is named as its speaker.
#pragma once

#include <vector>

#include "doc/document.h"
#include "quote/quote.h"

namespace factlint::quote {

// Every quotation in `document`, in text order (nested ones after the quote holding
// them). A quotation the attribution interrupts — “We will,” he said, “hold on.” —
// is one quote of two segments: the first part ends in a comma, and the words
// between are a short clause (at most 10 words) with a verb of saying, ending in a
// comma. Speaker and kind are left for attribute() and classify_quote_kinds().
std::vector<Quote> extract_quotes(const doc::Document& document);

}  // namespace factlint::quote
