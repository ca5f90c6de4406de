// Tests for app/document_snapshot: the binary form gives back every field, and bytes it
// cannot read give nothing (the caller then reads the file).
#include "app/document_snapshot.h"

#include <catch2/catch.hpp>

using namespace factlint;

namespace {

app::DocumentSnapshot sample() {
  app::DocumentSnapshot s;
  s.header.path = "news/ferry.md";
  s.header.meta = {"Ferries resume", "The Coast Courier", "2024-02-03", "https://example.org/ferry"};
  s.header.content_hash = "c0ffee";
  match::Suppression sup;
  sup.document = s.header.path;
  sup.location = {4, 6};
  sup.source_line = "<!-- factlint-ignore founded -- a misprint -->";
  sup.first_line = 5;
  sup.last_line = 7;
  sup.facts = {"founded", "quote"};
  sup.reason = "a misprint";
  s.suppressions.push_back(sup);
  source::Diagnostic d;
  d.severity = source::Severity::Warning;
  d.path = s.header.path;
  d.location = {2, 1};
  d.length = 9;
  d.message = "date 'soon' is not a date";
  d.source_line = "date: soon";
  source::Diagnostic note = d;
  note.severity = source::Severity::Note;
  note.message = "written here";
  d.notes.push_back(note);
  s.diagnostics.push_back(d);
  quote::Quote q;
  q.document = s.header.path;
  q.segments = {{10, 30}, {52, 70}};
  q.text = "the crossing reopens at dawn, weather allowing";
  q.words = {"the", "crossing", "reopens", "at", "dawn", "weather", "allowing"};
  q.gaps = {3};
  q.insertions = {"[the ferry]"};
  q.open = 9;
  q.close = 71;
  q.interruption = {31, 51};
  q.sentence = 2;
  q.begin = 120;
  q.end = 190;
  q.location = {9, 2};
  q.context = "\"The crossing reopens at dawn,\" she said, \"weather allowing.\"";
  q.nested = true;
  q.spans_paragraphs = true;
  q.speaker = {"Ana Lind", "she", "pronoun", true};
  q.about = "Port Ames";
  q.about_text = "the port";
  q.kind = quote::QuoteKind::Title;
  q.kind_reason = "a title";
  s.quotes.push_back(q);
  s.quotes.push_back(quote::Quote{});  // every field at its default
  return s;
}

}  // namespace

TEST_CASE("a document snapshot gives back every field it was saved with", "[app][snapshot]") {
  const app::DocumentSnapshot s = sample();
  std::optional<app::DocumentSnapshot> back = app::snapshot_from_bytes(app::to_bytes(s));
  REQUIRE(back);
  CHECK(back->header.path == s.header.path);
  CHECK(back->header.meta.title == s.header.meta.title);
  CHECK(back->header.meta.publisher == s.header.meta.publisher);
  CHECK(back->header.meta.date == s.header.meta.date);
  CHECK(back->header.meta.url == s.header.meta.url);
  CHECK(back->header.content_hash == s.header.content_hash);
  REQUIRE(back->suppressions.size() == 1);
  const match::Suppression& sup = back->suppressions[0];
  CHECK(sup.document == s.suppressions[0].document);
  CHECK(sup.location == s.suppressions[0].location);
  CHECK(sup.source_line == s.suppressions[0].source_line);
  CHECK(sup.first_line == 5);
  CHECK(sup.last_line == 7);
  CHECK(sup.facts == s.suppressions[0].facts);
  CHECK(sup.reason == s.suppressions[0].reason);
  REQUIRE(back->diagnostics.size() == 1);
  const source::Diagnostic& d = back->diagnostics[0];
  CHECK(d.severity == source::Severity::Warning);
  CHECK(d.path == s.header.path);
  CHECK(d.location == source::Location{2, 1});
  CHECK(d.length == 9);
  CHECK(d.message == s.diagnostics[0].message);
  CHECK(d.source_line == s.diagnostics[0].source_line);
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].severity == source::Severity::Note);
  CHECK(d.notes[0].message == "written here");
  REQUIRE(back->quotes.size() == 2);
  const quote::Quote& q = back->quotes[0];
  const quote::Quote& was = s.quotes[0];
  CHECK(q.document == was.document);
  REQUIRE(q.segments.size() == 2);
  CHECK(q.segments[1].begin == 52);
  CHECK(q.segments[1].end == 70);
  CHECK(q.text == was.text);
  CHECK(q.words == was.words);
  CHECK(q.gaps == was.gaps);
  CHECK(q.insertions == was.insertions);
  CHECK(q.open == 9);
  CHECK(q.close == 71);
  CHECK(q.interruption.begin == 31);
  CHECK(q.interruption.end == 51);
  CHECK(q.sentence == 2);
  CHECK(q.begin == 120);
  CHECK(q.end == 190);
  CHECK(q.location == source::Location{9, 2});
  CHECK(q.context == was.context);
  CHECK(q.nested);
  CHECK(q.spans_paragraphs);
  CHECK(q.speaker.name == "Ana Lind");
  CHECK(q.speaker.text == "she");
  CHECK(q.speaker.how == "pronoun");
  CHECK(q.speaker.entity);
  CHECK(q.about == "Port Ames");
  CHECK(q.about_text == "the port");
  CHECK(q.kind == quote::QuoteKind::Title);
  CHECK(q.kind_reason == "a title");
  CHECK(back->quotes[1].words.empty());
  CHECK(back->quotes[1].kind == quote::QuoteKind::Speech);
}

TEST_CASE("bytes a snapshot cannot be read from give none", "[app][snapshot]") {
  const std::string bytes = app::to_bytes(sample());
  for (std::size_t cut : {std::size_t{0}, std::size_t{3}, std::size_t{5}, bytes.size() / 2, bytes.size() - 1}) {
    CAPTURE(cut);
    CHECK_FALSE(app::snapshot_from_bytes(bytes.substr(0, cut)));
  }
  CHECK_FALSE(app::snapshot_from_bytes(bytes + "x"));  // bytes left over
  CHECK_FALSE(app::snapshot_from_bytes("not a snapshot"));
}
