// What comparing a quotation needs of it (docs/quotes.md): its words, the speaker's
// name, where it is and what kind it is, without its sentence, text and how its
// speaker was found. A large corpus's quotations are held as these until they are
// compared (issue 10); the rest waits in a temporary file (app/quote_book.h), read
// back when its group becomes a finding.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "quote/quote.h"

namespace factlint::quote {

// Strings shared by the cores that hold them: a corpus names a document, a speaker
// and a wording many times over (a wire story's quotation in a thousand papers).
// Never moved from while cores point into it.
class CoreStrings {
 public:
  const std::string* string(std::string&& s);
  const std::vector<std::string>* words(std::vector<std::string>&& words);

 private:
  std::unordered_set<std::string> strings_;
  std::unordered_map<std::string, std::vector<std::string>> wordings_;  // by the words joined
};

struct QuoteCore {
  const std::string* document = nullptr;       // Quote::document
  const std::vector<std::string>* words = nullptr;
  std::vector<std::size_t> gaps;
  std::size_t begin = 0;
  int line = 0;                                // of the first quoted word, for factlint-ignore
  const std::string* speaker = nullptr;        // Speaker::name
  const std::string* about = nullptr;
  QuoteKind kind = QuoteKind::Speech;
  bool nested = false;
  std::uint64_t rest = 0;  // where the rest of the quotation is kept (app/quote_book.h)
};

// The core of `q`, its strings moved into `strings`.
QuoteCore core_of(Quote&& q, std::uint64_t rest, CoreStrings& strings);

// The same fields of a quotation and of a core, for code that compares either.
inline const std::string& document_of(const Quote& q) { return q.document; }
inline const std::string& document_of(const QuoteCore& q) { return *q.document; }
inline const std::vector<std::string>& words_of(const Quote& q) { return q.words; }
inline const std::vector<std::string>& words_of(const QuoteCore& q) { return *q.words; }
inline const std::string& speaker_of(const Quote& q) { return q.speaker.name; }
inline const std::string& speaker_of(const QuoteCore& q) { return *q.speaker; }
inline const std::string& about_of(const Quote& q) { return q.about; }
inline const std::string& about_of(const QuoteCore& q) { return *q.about; }
inline int line_of(const Quote& q) { return q.location.line; }
inline int line_of(const QuoteCore& q) { return q.line; }
template <class Q>
bool known_speaker(const Q& q) {
  return !speaker_of(q).empty();
}

}  // namespace factlint::quote
