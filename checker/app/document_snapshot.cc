// DocumentSnapshot <-> its binary form; CBOR (through nlohmann's field-by-field adapters) read too.
#include "app/document_snapshot.h"

#include <cstdint>
#include <limits>
#include <string_view>

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

namespace {

// The snapshot's own binary form (issue 10): an incremental run that compares a wire
// quotation's group again reads the quotations of most of the corpus from their
// snapshots, and CBOR read through a JSON tree cost some 20 microseconds a document,
// most of such a run. Integers are LEB128 varints (signed ones zigzagged), strings a
// length and their bytes, lists a count and their items, in the order of the fields.
// Snapshots written as CBOR before are still read.
constexpr std::string_view kMagic = "FLS\x01";

class Writer {
 public:
  void u(std::uint64_t v) {
    while (v >= 0x80) {
      out.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out.push_back(static_cast<char>(v));
  }
  void i(std::int64_t v) { u((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63)); }
  void b(bool v) { out.push_back(v ? '\1' : '\0'); }
  void s(const std::string& v) {
    u(v.size());
    out += v;
  }
  void strings(const std::vector<std::string>& v) {
    u(v.size());
    for (const std::string& x : v) s(x);
  }
  void location(const source::Location& l) {
    i(l.line);
    i(l.column);
  }
  void diagnostic(const source::Diagnostic& d) {
    u(static_cast<std::uint64_t>(d.severity));
    s(d.path);
    location(d.location);
    i(d.length);
    s(d.message);
    s(d.source_line);
    u(d.notes.size());
    for (const source::Diagnostic& n : d.notes) diagnostic(n);
  }
  void quote(const quote::Quote& q) {
    s(q.document);
    u(q.segments.size());
    for (const quote::Segment& g : q.segments) {
      u(g.begin);
      u(g.end);
    }
    s(q.text);
    strings(q.words);
    u(q.gaps.size());
    for (std::size_t g : q.gaps) u(g);
    strings(q.insertions);
    u(q.open);
    u(q.close);
    u(q.interruption.begin);
    u(q.interruption.end);
    u(q.sentence);
    u(q.begin);
    u(q.end);
    location(q.location);
    s(q.context);
    b(q.nested);
    b(q.spans_paragraphs);
    s(q.speaker.name);
    s(q.speaker.text);
    s(q.speaker.how);
    b(q.speaker.entity);
    s(q.about);
    s(q.about_text);
    u(static_cast<std::uint64_t>(q.kind));
    s(q.kind_reason);
  }
  std::string out;
};

struct Malformed {};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  std::uint64_t u() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at_ >= in_.size()) throw Malformed{};
      const auto byte = static_cast<unsigned char>(in_[at_++]);
      v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return v;
    }
    throw Malformed{};
  }
  std::int64_t i() {
    const std::uint64_t v = u();
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
  }
  int small() {
    const std::int64_t v = i();
    if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) throw Malformed{};
    return static_cast<int>(v);
  }
  bool b() {
    const std::uint64_t v = u();
    if (v > 1) throw Malformed{};
    return v == 1;
  }
  // A count of items each at least one byte long: never more than the bytes left.
  std::size_t count() {
    const std::uint64_t n = u();
    if (n > in_.size() - at_) throw Malformed{};
    return static_cast<std::size_t>(n);
  }
  void s(std::string& v) {
    const std::size_t n = count();
    v.assign(in_.substr(at_, n));
    at_ += n;
  }
  void strings(std::vector<std::string>& v) {
    v.resize(count());
    for (std::string& x : v) s(x);
  }
  void location(source::Location& l) {
    l.line = small();
    l.column = small();
  }
  void diagnostic(source::Diagnostic& d, int depth = 0) {
    if (depth > 8) throw Malformed{};
    const std::uint64_t severity = u();
    if (severity > static_cast<std::uint64_t>(source::Severity::Note)) throw Malformed{};
    d.severity = static_cast<source::Severity>(severity);
    s(d.path);
    location(d.location);
    d.length = small();
    s(d.message);
    s(d.source_line);
    d.notes.resize(count());
    for (source::Diagnostic& n : d.notes) diagnostic(n, depth + 1);
  }
  void quote(quote::Quote& q) {
    s(q.document);
    q.segments.resize(count());
    for (quote::Segment& g : q.segments) {
      g.begin = u();
      g.end = u();
    }
    s(q.text);
    strings(q.words);
    q.gaps.resize(count());
    for (std::size_t& g : q.gaps) g = u();
    strings(q.insertions);
    q.open = u();
    q.close = u();
    q.interruption.begin = u();
    q.interruption.end = u();
    q.sentence = u();
    q.begin = u();
    q.end = u();
    location(q.location);
    s(q.context);
    q.nested = b();
    q.spans_paragraphs = b();
    s(q.speaker.name);
    s(q.speaker.text);
    s(q.speaker.how);
    q.speaker.entity = b();
    s(q.about);
    s(q.about_text);
    const std::uint64_t kind = u();
    if (kind > static_cast<std::uint64_t>(quote::QuoteKind::Title)) throw Malformed{};
    q.kind = static_cast<quote::QuoteKind>(kind);
    s(q.kind_reason);
  }
  bool done() const { return at_ == in_.size(); }

 private:
  std::string_view in_;
  std::size_t at_ = 0;
};

std::optional<DocumentSnapshot> from_cbor(const std::string& bytes) {
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

}  // namespace

std::string to_bytes(const DocumentSnapshot& s) {
  Writer w;
  w.out = kMagic;
  w.s(s.header.path);
  w.s(s.header.meta.title);
  w.s(s.header.meta.publisher);
  w.s(s.header.meta.date);
  w.s(s.header.meta.url);
  w.s(s.header.content_hash);
  w.u(s.suppressions.size());
  for (const match::Suppression& x : s.suppressions) {
    w.s(x.document);
    w.location(x.location);
    w.s(x.source_line);
    w.i(x.first_line);
    w.i(x.last_line);
    w.strings(x.facts);
    w.s(x.reason);
  }
  w.u(s.diagnostics.size());
  for (const source::Diagnostic& d : s.diagnostics) w.diagnostic(d);
  w.u(s.quotes.size());
  for (const quote::Quote& q : s.quotes) w.quote(q);
  return std::move(w.out);
}

std::optional<DocumentSnapshot> snapshot_from_bytes(std::string_view bytes) {
  if (!bytes.starts_with(kMagic)) return from_cbor(std::string(bytes));
  try {
    Reader r(bytes.substr(kMagic.size()));
    DocumentSnapshot s;
    r.s(s.header.path);
    r.s(s.header.meta.title);
    r.s(s.header.meta.publisher);
    r.s(s.header.meta.date);
    r.s(s.header.meta.url);
    r.s(s.header.content_hash);
    s.suppressions.resize(r.count());
    for (match::Suppression& x : s.suppressions) {
      r.s(x.document);
      r.location(x.location);
      r.s(x.source_line);
      x.first_line = r.small();
      x.last_line = r.small();
      r.strings(x.facts);
      r.s(x.reason);
    }
    s.diagnostics.resize(r.count());
    for (source::Diagnostic& d : s.diagnostics) r.diagnostic(d);
    s.quotes.resize(r.count());
    for (quote::Quote& q : s.quotes) r.quote(q);
    if (!r.done()) return std::nullopt;
    return s;
  } catch (const Malformed&) {
    return std::nullopt;
  }
}

}  // namespace app
}  // namespace factlint
