// What a run keeps of a document once it is read: its path, metadata and content
// hash, without its text. The reports, the store, `--changed` and the incremental
// run need no more, and a large corpus's run holds one of these a document until the
// report (issue 10: a whole doc::Document, empty, is some 450 bytes; this is 192).
#pragma once

#include <string>

namespace factlint::doc {

// From front matter, or from a sources.tsv beside the document. Empty when unknown.
struct Metadata {
  std::string title;
  std::string publisher;
  // The publication date as given: "YYYY-MM-DD", "YYYY-MM", "YYYY" or "undated" (the
  // reference for relative dates, at that precision); "" when unknown.
  std::string date;
  std::string url;
};

struct DocumentHeader {
  std::string path;          // as shown to users: relative to the working directory
  Metadata meta;
  std::string content_hash;  // xxh3-64 of the original bytes, 16 hex digits
};

}  // namespace factlint::doc
