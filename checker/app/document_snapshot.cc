// DocumentSnapshot <-> CBOR, through nlohmann's field-by-field adapters.
#include "app/document_snapshot.h"

#include <nlohmann/json.hpp>

namespace factlint {

namespace source {
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Location, line, column)
NLOHMANN_JSON_SERIALIZE_ENUM(Severity, {{Severity::Error, "error"}, {Severity::Warning, "warning"}, {Severity::Note, "note"}})
// Written by hand: a diagnostic holds diagnostics (its notes).
void to_json(nlohmann::json& j, const Diagnostic& d) {
  j = {{"severity", d.severity}, {"path", d.path},   {"location", d.location},
       {"length", d.length},     {"message", d.message}, {"source_line", d.source_line}};
  j["notes"] = nlohmann::json::array();
  for (const Diagnostic& n : d.notes) {
    nlohmann::json note;
    to_json(note, n);
    j["notes"].push_back(std::move(note));
  }
}
void from_json(const nlohmann::json& j, Diagnostic& d) {
  j.at("severity").get_to(d.severity);
  j.at("path").get_to(d.path);
  j.at("location").get_to(d.location);
  j.at("length").get_to(d.length);
  j.at("message").get_to(d.message);
  j.at("source_line").get_to(d.source_line);
  d.notes.clear();
  for (const nlohmann::json& n : j.at("notes")) {
    Diagnostic note;
    from_json(n, note);
    d.notes.push_back(std::move(note));
  }
}
}  // namespace source

namespace doc {
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Metadata, title, publisher, date, url)
}  // namespace doc

namespace match {
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Suppression, document, location, source_line, first_line, last_line, facts, reason)
}  // namespace match

namespace quote {
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Segment, begin, end)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Speaker, name, text, how, entity)
NLOHMANN_JSON_SERIALIZE_ENUM(QuoteKind, {{QuoteKind::Speech, "speech"}, {QuoteKind::ScareQuote, "scare-quote"}, {QuoteKind::Title, "title"}})
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Quote, document, segments, text, words, gaps, insertions, open, close, interruption,
                                   sentence, begin, end, location, context, nested, spans_paragraphs, speaker, about,
                                   about_text, kind, kind_reason)
}  // namespace quote

namespace app {

std::string to_bytes(const DocumentSnapshot& s) {
  nlohmann::json j = {{"path", s.header.path},
                      {"meta", s.header.meta},
                      {"content_hash", s.header.content_hash},
                      {"suppressions", s.suppressions},
                      {"diagnostics", s.diagnostics},
                      {"quotes", s.quotes}};
  std::vector<std::uint8_t> bytes = nlohmann::json::to_cbor(j);
  return std::string(bytes.begin(), bytes.end());
}

std::optional<DocumentSnapshot> snapshot_from_bytes(const std::string& bytes) {
  try {
    nlohmann::json j = nlohmann::json::from_cbor(bytes);
    DocumentSnapshot s;
    j.at("path").get_to(s.header.path);
    j.at("meta").get_to(s.header.meta);
    j.at("content_hash").get_to(s.header.content_hash);
    j.at("suppressions").get_to(s.suppressions);
    j.at("diagnostics").get_to(s.diagnostics);
    j.at("quotes").get_to(s.quotes);
    return s;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

}  // namespace app
}  // namespace factlint
