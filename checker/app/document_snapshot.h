// What a check keeps of a document once it is read, besides its statements: the
// header the reports and the store need, its suppressions, the diagnostics its
// loading gave and its quotations. Saved in the store with the file's size and
// modification time, so the next check of an untouched file restores it without
// reading the file (docs/contracts.md, "Untouched documents").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "doc/document_header.h"
#include "match/suppression.h"
#include "quote/quote.h"
#include "source/diagnostic.h"

namespace factlint::app {

struct DocumentSnapshot {
  doc::DocumentHeader header;
  std::vector<match::Suppression> suppressions;
  std::vector<source::Diagnostic> diagnostics;
  std::vector<quote::Quote> quotes;
};

// A compact binary form, and back (a snapshot saved as CBOR by an older build is read
// too). from_bytes gives nullopt for bytes it cannot read (another version's, a
// damaged row): the caller reads the file instead.
std::string to_bytes(const DocumentSnapshot& snapshot);
std::optional<DocumentSnapshot> snapshot_from_bytes(std::string_view bytes);

}  // namespace factlint::app
