// Tests for finding and loading documents on disk, errors included.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include <sys/stat.h>

#include "doc/document_finder.h"
#include "doc/loader.h"
#include "location_printer.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;
using factlint::doc::find_documents;
using factlint::doc::load_document;
using factlint::source::DiagnosticSink;
using factlint::source::Location;
using factlint::source::Severity;

using factlint::testing::TempDir;

namespace {

std::string rendered(const DiagnosticSink& sink) {
  std::string out;
  for (const auto& d : sink.sorted()) out += factlint::source::render(d);
  return out;
}

}  // namespace

TEST_CASE("finding documents walks directories in sorted order and skips non-documents", "[doc]") {
  TempDir dir;
  dir.write("b.md", "B");
  dir.write("a.txt", "A");
  dir.write("sub/c.html", "C");
  dir.write("sub/d.HTM", "D");
  dir.write("sub/e.markdown", "E");
  dir.write("README.md", "not a document");
  dir.write("sources.tsv", "file\ttitle\n");
  dir.write("notes.json", "{}");
  dir.write(".hidden/f.md", "hidden");
  dir.write(".g.md", "hidden file");
  DiagnosticSink sink;
  auto found = find_documents({dir.path()}, sink);
  std::string root = dir.path() + "/";
  CHECK(found == std::vector<std::string>{root + "a.txt", root + "b.md", root + "sub/c.html",
                                          root + "sub/d.HTM", root + "sub/e.markdown"});
  CHECK_FALSE(sink.has_errors());
}

// A folder is walked in its entries' order, so a subfolder's documents come before
// a file whose name its own name begins ("a" before "a.md"), where the list is sorted
// by path ("a.md" before "a/b.md"): the walk's list and its stats are sorted at the end.
TEST_CASE("documents of a subfolder named like a file's beginning are listed in path order, with their stats", "[doc]") {
  TempDir dir;
  const std::string root = dir.path() + "/";
  dir.write("tide/low.md", "Low tide at six.");
  dir.write("tide.md", "Tides of the bay.");
  dir.write("tide-table.txt", "High tide at noon.");
  DiagnosticSink sink;
  factlint::doc::FileStats stats;
  auto found = find_documents({dir.path()}, sink, factlint::doc::FindOptions{}, &stats);
  CHECK(found == std::vector<std::string>{root + "tide-table.txt", root + "tide.md", root + "tide/low.md"});
  REQUIRE(stats.size() == 3);
  for (const std::string& path : found) {
    CAPTURE(path);
    const factlint::doc::FileStat* s = stats.find(path);
    REQUIRE(s != nullptr);
    CHECK(s->size == static_cast<std::int64_t>(fs::file_size(path)));
  }
}

TEST_CASE("the walk hands over the one stat it took of each document, a link's target's included", "[doc]") {
  TempDir dir;
  const std::string a = dir.write("a.md", "Alpha");
  dir.write("sub/b.txt", "Beta text");
  fs::create_symlink(a, dir.path() + "/link.md");
  DiagnosticSink sink;
  factlint::doc::FileStats stats;
  auto found = find_documents({dir.path()}, sink, factlint::doc::FindOptions{}, &stats);
  // link.md is a.md again: read once, as a.md, so it has no stat of its own.
  REQUIRE(found == std::vector<std::string>{a, dir.path() + "/sub/b.txt"});
  REQUIRE(stats.size() == 2);
  for (const std::string& path : found) {
    CAPTURE(path);
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    const factlint::doc::FileStat* s = stats.find(path);
    REQUIRE(s != nullptr);
    CHECK(s->device == st.st_dev);
    CHECK(s->inode == st.st_ino);
    CHECK(s->size == st.st_size);
    CHECK(s->mtime_ns == st.st_mtim.tv_sec * 1'000'000'000LL + st.st_mtim.tv_nsec);
    CHECK(s->ctime_ns == st.st_ctim.tv_sec * 1'000'000'000LL + st.st_ctim.tv_nsec);
    CHECK(s->regular);
  }
  CHECK(stats.find(dir.path() + "/link.md") == nullptr);
}

TEST_CASE("a path that does not exist is an error and the others are still found", "[doc]") {
  TempDir dir;
  std::string a = dir.write("a.txt", "A");
  DiagnosticSink sink;
  auto found = find_documents({dir.path() + "/missing", a}, sink);
  CHECK(found == std::vector<std::string>{a});
  REQUIRE(sink.error_count() == 1);
  CHECK(rendered(sink) == dir.path() + "/missing: error: no such file or directory\n");
}

TEST_CASE("loading a missing file is an error and gives no document", "[doc]") {
  DiagnosticSink sink;
  CHECK_FALSE(load_document("/nonexistent/factlint/x.md", sink).has_value());
  REQUIRE(sink.error_count() == 1);
  CHECK(rendered(sink).starts_with("/nonexistent/factlint/x.md: error: cannot read document: "));
}

TEST_CASE("a binary file is an error located at its first NUL byte and is skipped", "[doc]") {
  TempDir dir;
  std::string path = dir.write("bin.txt", std::string("ok\nab\0cd\n", 9));
  DiagnosticSink sink;
  CHECK_FALSE(load_document(path, sink).has_value());
  REQUIRE(sink.error_count() == 1);
  CHECK(sink.diagnostics()[0].location == Location{2, 3});
  CHECK(sink.diagnostics()[0].message == "binary file (NUL byte); the document is skipped");
  CHECK(sink.diagnostics()[0].source_line.empty());  // no escaped machine code under the message
}

// Before: "binary file (NUL byte)", with no hint that it is text in another encoding
// (a newcomer's report).
TEST_CASE("UTF-16 text is told apart from a binary file, with how to convert it", "[doc]") {
  TempDir dir;
  auto utf16le = [](const std::string& ascii, bool bom) {
    std::string out = bom ? std::string("\xFF\xFE", 2) : "";
    for (char c : ascii) {
      out += c;
      out += '\0';
    }
    return out;
  };
  const std::string body = "The port is 7421.\nIt listens there.\n";
  for (const std::string& text : {utf16le(body, true), utf16le(body, false), std::string("\xFE\xFF", 2) + "\0T\0h"}) {
    DiagnosticSink sink;
    CHECK_FALSE(load_document(dir.write("u.txt", text), sink).has_value());
    REQUIRE(sink.error_count() == 1);
    CHECK(sink.diagnostics()[0].message ==
          "UTF-16 text; save it as UTF-8 (e.g. 'iconv -f UTF-16 -t UTF-8'); the document is skipped");
  }
  // A binary file with scattered NULs is still a binary file.
  DiagnosticSink sink;
  CHECK_FALSE(load_document(dir.write("b.bin.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0", 20)), sink));
  REQUIRE(sink.error_count() == 1);
  CHECK(sink.diagnostics()[0].message == "binary file (NUL byte); the document is skipped");
}

TEST_CASE("invalid UTF-8 is a warning at its line and column and reads as U+FFFD", "[doc]") {
  TempDir dir;
  std::string path = dir.write("bad.txt", "First line.\n\u201CQuote\u201D \xFF here.\n");
  DiagnosticSink sink;
  auto doc = load_document(path, sink);
  REQUIRE(doc.has_value());
  REQUIRE(sink.warning_count() == 1);
  CHECK_FALSE(sink.has_errors());
  CHECK(rendered(sink) == path +
                              ":2:9: warning: invalid UTF-8 byte 0xFF; read as U+FFFD\n"
                              "\u201CQuote\u201D \uFFFD here.\n"
                              "        ^\n");
  std::size_t here = doc->normalized.find("here");
  REQUIRE(here != std::string::npos);
  CHECK(doc->location(here) == Location{2, 11});
  CHECK(doc->normalized.find("\uFFFD") != std::string::npos);
}

TEST_CASE("an empty file is a warning and still a document", "[doc]") {
  TempDir dir;
  std::string path = dir.write("empty.md", "");
  DiagnosticSink sink;
  auto doc = load_document(path, sink);
  REQUIRE(doc.has_value());
  CHECK(doc->sentences.empty());
  CHECK(rendered(sink) == path + ": warning: empty document\n");
}

TEST_CASE("broken front matter is a located warning and the document still loads", "[doc]") {
  TempDir dir;
  SECTION("no closing line") {
    std::string path = dir.write("a.md", "---\ntitle: T\n\nBody text.\n");
    DiagnosticSink sink;
    auto doc = load_document(path, sink);
    REQUIRE(doc.has_value());
    CHECK(rendered(sink) == path +
                                ":1:1: warning: front matter has no closing '---'; the document is read without "
                                "metadata, and lines 1-2 are not read as text: add a '---' line after line 2"
                                "\n---\n^~~\n");
    CHECK(doc->meta.title.empty());
    REQUIRE(doc->sentences.size() == 1);
    CHECK(doc->sentence_text(doc->sentences[0]) == "Body text.");
  }
  // A newcomer's report (session 11): the block's "date: 2024-05-01" was read as prose,
  // and a count fact took 2024 from it.
  SECTION("an unclosed block's lines are not prose, in Markdown or plain text") {
    for (const char* name : {"c.md", "c.txt"}) {
      std::string path = dir.write(name, "---\ntitle: Harbour staff\nauthor: K. Lund\ndate: 2024-05-01\n\n"
                                         "The harbour employs 1,200 people.\n");
      DiagnosticSink sink;
      auto doc = load_document(path, sink);
      REQUIRE(doc.has_value());
      CHECK(rendered(sink).find(path + ":1:1: warning: front matter has no closing '---'; the document is read "
                                       "without metadata, and lines 1-4 are not read as text") == 0);
      CHECK(doc->meta.date.empty());
      REQUIRE(doc->sentences.size() == 1);
      CHECK(doc->sentence_text(doc->sentences[0]) == "The harbour employs 1,200 people.");
      CHECK(doc->normalized.find("2024") == std::string::npos);
    }
  }
  SECTION("a thematic break before prose with a colon is text, as before") {
    std::string path = dir.write("d.md", "---\nNote: the harbour employs 1,200 people.\n");
    DiagnosticSink sink;
    auto doc = load_document(path, sink);
    REQUIRE(doc.has_value());
    CHECK(rendered(sink) == path +
                                ":1:1: warning: front matter has no closing '---'; the document is read without "
                                "metadata\n---\n^~~\n");
    REQUIRE(doc->sentences.size() == 1);
    CHECK(doc->sentence_text(doc->sentences[0]) == "Note: the harbour employs 1,200 people.");
  }
  SECTION("a line without a colon and a bad date") {
    std::string path = dir.write("b.txt", "---\ntitle: T\n  just words\ndate: 2023-13-01\n---\nBody text.\n");
    DiagnosticSink sink;
    auto doc = load_document(path, sink);
    REQUIRE(doc.has_value());
    CHECK(rendered(sink) == path +
                                ":3:3: warning: expected 'key: value' in front matter, found 'just words'\n"
                                "  just words\n"
                                "  ^~~~~~~~~~\n" +
                                path +
                                ":4:7: warning: invalid date '2023-13-01' in front matter; expected YYYY-MM-DD, YYYY-MM, YYYY, a timestamp such as 2025-01-16T08:30:00Z, or 'undated'\n"
                                "date: 2023-13-01\n"
                                "      ^~~~~~~~~~\n");
    CHECK(doc->meta.title == "T");
    CHECK(doc->meta.date.empty());
    REQUIRE(doc->sentences.size() == 1);
    CHECK(doc->sentence_text(doc->sentences[0]) == "Body text.");
  }
  // Before: used as written without a word (a newcomer's report).
  SECTION("a value whose quote is not closed") {
    std::string path = dir.write("c.txt", "---\ntitle: \"China and Russia\npublisher: 'X'\n---\nBody.\n");
    DiagnosticSink sink;
    auto doc = load_document(path, sink);
    REQUIRE(doc.has_value());
    CHECK(rendered(sink) == path +
                                ":2:8: warning: the quote that opens 'title' is not closed on its line; its value is "
                                "read as written, quote included\n"
                                "title: \"China and Russia\n"
                                "       ^\n");
    CHECK(doc->meta.title == "\"China and Russia");
    CHECK(doc->meta.publisher == "X");
  }
}

TEST_CASE("sources.tsv beside a document fills metadata the front matter lacks", "[doc]") {
  TempDir dir;
  dir.write("sources.tsv",
            "file\ttitle\tpublisher\tdate\tdate_basis\turl\n"
            "a.txt\tTable title\tTable Publisher\t2022-09-20\tfrom the URL\thttps://t.org\n"
            "b.md\tOther\tOther Pub\tnot-a-date\t\t\n");
  std::string a = dir.write("a.txt", "---\ntitle: Front title\n---\nText.\n");
  std::string b = dir.write("b.md", "Text.\n");
  DiagnosticSink sink;
  auto doc_a = load_document(a, sink);
  REQUIRE(doc_a.has_value());
  CHECK(doc_a->meta.title == "Front title");
  CHECK(doc_a->meta.publisher == "Table Publisher");
  CHECK(doc_a->meta.date == "2022-09-20");
  CHECK(doc_a->meta.url == "https://t.org");
  CHECK_FALSE(sink.has_errors());
  auto doc_b = load_document(b, sink);
  REQUIRE(doc_b.has_value());
  CHECK(doc_b->meta.publisher == "Other Pub");
  CHECK(doc_b->meta.date.empty());
  REQUIRE(sink.warning_count() == 1);
  CHECK(sink.diagnostics()[0].location == Location{3, 22});
}

TEST_CASE("a file over 16 MB is a warning and is skipped", "[doc]") {
  TempDir dir;
  std::string path = dir.write("huge.txt", "x");
  fs::resize_file(path, 17u * 1024 * 1024);  // sparse: no time spent writing
  DiagnosticSink sink;
  CHECK_FALSE(load_document(path, sink).has_value());
  CHECK(rendered(sink) == path + ": warning: document is 17 MB, over the 16 MB limit; skipped\n");
}

TEST_CASE("a file named explicitly is loaded whatever its extension, as plain text", "[doc]") {
  TempDir dir;
  std::string path = dir.write("notes.text", "Plain words.\n");
  DiagnosticSink sink;
  CHECK(find_documents({path}, sink) == std::vector<std::string>{path});
  auto doc = load_document(path, sink);
  REQUIRE(doc.has_value());
  REQUIRE(doc->sentences.size() == 1);
  CHECK(doc->sentence_text(doc->sentences[0]) == "Plain words.");
}

TEST_CASE("sources.tsv wins over an html head, front matter over both", "[doc]") {
  TempDir dir;
  dir.write("sources.tsv", "file\ttitle\tpublisher\tdate\turl\npage.html\tListed title\tListed Pub\t\t\n");
  std::string path = dir.write(
      "page.html",
      "---\npublisher: Front Pub\n---\n<html><head><title>Head title</title>"
      "<meta name=\"date\" content=\"2021-05-06\"></head><body><p>Text.</p></body></html>");
  DiagnosticSink sink;
  auto doc = load_document(path, sink);
  REQUIRE(doc.has_value());
  CHECK(doc->meta.publisher == "Front Pub");
  CHECK(doc->meta.title == "Listed title");
  CHECK(doc->meta.date == "2021-05-06");
  CHECK(sink.diagnostics().empty());
}

TEST_CASE("paths that are skipped are said, never dropped in silence", "[doc][finder]") {
  TempDir dir;
  std::string root = dir.path() + "/";
  std::string a = dir.write("a.md", "A");
  dir.write("real/b.md", "B");
  fs::create_symlink(root + "missing.md", root + "dangling.md");
  fs::create_symlink(root + "a.md", root + "link-to-a.md");
  fs::create_directory_symlink(root + "real", root + "linked-folder");
  REQUIRE(mkfifo((root + "pipe.md").c_str(), 0644) == 0);
  DiagnosticSink sink;
  auto found = find_documents({dir.path()}, sink);
  CHECK(found == std::vector<std::string>{a, root + "real/b.md"});
  CHECK(rendered(sink) == root + "dangling.md: warning: broken symbolic link; skipped\n" +
                              root + "link-to-a.md: note: same file as '" + a + "'; read once\n" +
                              root + "linked-folder: warning: symbolic link to a folder, not followed; name the folder itself to check it\n" +
                              root + "pipe.md: warning: a FIFO, not a document; skipped\n");
  CHECK_FALSE(sink.has_errors());
}

TEST_CASE("a FIFO named explicitly is an error, not a read that never ends", "[doc][finder]") {
  TempDir dir;
  std::string pipe = dir.path() + "/pipe.md";
  REQUIRE(mkfifo(pipe.c_str(), 0644) == 0);
  DiagnosticSink sink;
  CHECK(find_documents({pipe}, sink).empty());
  CHECK(rendered(sink) == pipe + ": error: a FIFO, not a document; only regular files are read\n");
}

TEST_CASE("a file named twice is read once", "[doc][finder]") {
  TempDir dir;
  std::string a = dir.write("a.md", "A");
  DiagnosticSink sink;
  CHECK(find_documents({a, dir.path()}, sink) == std::vector<std::string>{a});
  CHECK_FALSE(sink.has_errors());
}

// A walked file's path is shown in its normal form; one already normal is taken as it
// is (document_finder.cc shown_path): the same list whichever way the folder is named.
TEST_CASE("a folder named with '.', '..' or a doubled '/' lists its documents by their normal paths",
          "[doc][finder]") {
  TempDir dir;
  dir.write("news/a.md", "A");
  dir.write("news/deep/b.txt", "B");
  dir.write("news/v1..2/c.md", "C");  // ".." inside a name is no part of its own
  const std::string root = dir.path();
  const std::vector<std::string> plain{root + "/news/a.md", root + "/news/deep/b.txt", root + "/news/v1..2/c.md"};
  for (const std::string& named : {root + "/news", root + "/news/", root + "/./news", root + "//news",
                                   root + "/news/deep/..", root + "/news/./deep/../"}) {
    INFO(named);
    DiagnosticSink sink;
    CHECK(find_documents({named}, sink) == plain);
    CHECK_FALSE(sink.has_errors());
  }
}

TEST_CASE("a front matter date may be given to the month or year, or as undated", "[doc]") {
  TempDir dir;
  using factlint::value::Grain;
  struct Case {
    const char* given;
    const char* first_day;  // nullptr: no date to resolve against
    Grain grain;
  };
  for (const Case& c : {Case{"2008-07-14", "2008-07-14", Grain::Day}, Case{"2008-07", "2008-07-01", Grain::Month},
                        Case{"2008", "2008-01-01", Grain::Year}, Case{"undated", nullptr, Grain::None}}) {
    CAPTURE(c.given);
    std::string path = dir.write("a.md", std::string("---\ndate: ") + c.given + "\n---\nBody text.\n");
    DiagnosticSink sink;
    auto doc = load_document(path, sink);
    REQUIRE(doc.has_value());
    CHECK(rendered(sink).empty());
    CHECK(doc->meta.date == c.given);  // shown as given
    CHECK(doc->date_grain() == c.grain);
    if (c.first_day) {
      REQUIRE(doc->date());
      const factlint::value::CivilDate d = *doc->date();
      CHECK(std::to_string(d.year) + "-" + (d.month < 10 ? "0" : "") + std::to_string(d.month) + "-" +
                (d.day < 10 ? "0" : "") + std::to_string(d.day) ==
            c.first_day);
    } else {
      CHECK_FALSE(doc->date());
    }
  }
  for (const char* bad : {"2008-13", "08", "2008-7", "soon"}) {
    CAPTURE(bad);
    std::string path = dir.write("b.md", std::string("---\ndate: ") + bad + "\n---\nBody text.\n");
    DiagnosticSink sink;
    auto doc = load_document(path, sink);
    REQUIRE(doc.has_value());
    CHECK(rendered(sink).find("invalid date") != std::string::npos);
    CHECK(doc->meta.date.empty());
  }
}

TEST_CASE("a front matter date may be a timestamp, or come under another tool's key", "[doc]") {
  // What Hugo, Jekyll and CMS exports write (a newsroom newcomer's report): the day is kept.
  TempDir dir;
  for (const char* given : {"2025-01-16T08:30:00Z", "2025-01-16 08:30:00 +0100", "2025-01-16T23:59:59+01:00"}) {
    CAPTURE(given);
    std::string path = dir.write("a.md", std::string("---\ndate: ") + given + "\n---\nBody text.\n");
    DiagnosticSink sink;
    auto doc = load_document(path, sink);
    REQUIRE(doc.has_value());
    CHECK(rendered(sink).empty());
    CHECK(doc->meta.date == "2025-01-16");
  }
  for (const char* key : {"published", "pubDate", "publishDate", "published_at"}) {
    CAPTURE(key);
    std::string path = dir.write("b.md", std::string("---\n") + key + ": 2024-05-02\n---\nBody text.\n");
    DiagnosticSink sink;
    auto doc = load_document(path, sink);
    REQUIRE(doc.has_value());
    CHECK(doc->meta.date == "2024-05-02");
  }
  // `date` wins, wherever it stands; a bad timestamp is still a located warning.
  std::string path = dir.write("c.md", "---\npublished: 2024-05-02\ndate: 2024-06-01\n---\nBody.\n");
  DiagnosticSink sink;
  CHECK(load_document(path, sink)->meta.date == "2024-06-01");
  path = dir.write("d.md", "---\ndate: 2024-02-30T10:00:00Z\n---\nBody.\n");
  DiagnosticSink bad;
  CHECK(load_document(path, bad)->meta.date.empty());
  CHECK(rendered(bad).find("invalid date '2024-02-30T10:00:00Z'") != std::string::npos);
}

TEST_CASE("a Windows-1252 file is read as such, with one warning saying how to convert it", "[doc]") {
  // A newsroom's old Latin-1 page (a newcomer's report): every "£" was U+FFFD, so
  // "the £2.50 bus fare" stated nothing.
  TempDir dir;
  std::string path = dir.write("old.txt", "Caf\xE9 owners fear a rise.\nThe \xA3" "2.50 bus fare \x96 and \x93more\x94.\n");
  DiagnosticSink sink;
  auto doc = load_document(path, sink);
  REQUIRE(doc.has_value());
  REQUIRE(sink.warning_count() == 1);
  CHECK(rendered(sink).find(path + ":1:4: warning: not UTF-8 (byte 0xE9); read as Windows-1252 (Latin-1)") == 0);
  CHECK(rendered(sink).find("iconv -f CP1252 -t UTF-8") != std::string::npos);
  CHECK(doc->source.text() == "Caf\u00e9 owners fear a rise.\nThe \u00a32.50 bus fare \u2013 and \u201cmore\u201d.\n");
  // One byte, one character: columns are the file's.
  std::size_t bus = doc->normalized.find("bus");
  REQUIRE(bus != std::string::npos);
  CHECK(doc->location(bus) == Location{2, 11});
  // A file that also holds UTF-8 is UTF-8 with a stray byte: U+FFFD, as before.
  std::string mixed = dir.write("mixed.txt", "\u00e9t\u00e9 \xFF here.\n");
  DiagnosticSink sink2;
  load_document(mixed, sink2);
  CHECK(rendered(sink2).find("invalid UTF-8 byte 0xFF; read as U+FFFD") != std::string::npos);
}

// A run looks each file's stat up by its path three times: by a hash of the path once
// sorted, so many paths sharing a long folder still each find their own, a copy finds
// the same, and a path not added finds nothing.
TEST_CASE("the stats of many files are found by path, in a copy too, and no other path is", "[doc]") {
  factlint::doc::FileStats stats;
  for (int i = 0; i < 3000; ++i) {
    factlint::doc::FileStat st;
    st.inode = static_cast<std::uint64_t>(i);
    st.size = 1000 + i;
    stats.add("archive/harbour/notes/" + std::to_string(2999 - i) + ".md", st);
  }
  stats.sort();
  const factlint::doc::FileStats copy = stats;
  for (int i = 0; i < 3000; i += 7) {
    const std::string path = "archive/harbour/notes/" + std::to_string(2999 - i) + ".md";
    CAPTURE(path);
    const factlint::doc::FileStat* s = stats.find(path);
    REQUIRE(s != nullptr);
    CHECK(s->inode == static_cast<std::uint64_t>(i));
    const factlint::doc::FileStat* c = copy.find(path);
    REQUIRE(c != nullptr);
    CHECK(c->size == 1000 + i);
  }
  CHECK(stats.find("archive/harbour/notes/3000.md") == nullptr);
  CHECK(stats.find("archive/harbour/notes/12.m") == nullptr);
  CHECK(stats.find("") == nullptr);
}
