// Walking the paths a user names for documents; see document_finder.h.
#include "doc/document_finder.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <system_error>
#include <tuple>

#include "doc/loader.h"
#include "doc/path_glob.h"
#include "source/ascii.h"

namespace factlint::doc {

namespace fs = std::filesystem;

namespace {

bool has_document_extension(const fs::path& path) { return !document_format(path).empty(); }

bool is_hidden(const fs::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

// path.lexically_normal().generic_string(), as a file is shown and matched. A path
// with no "." or ".." part and no doubled '/' is its own normal form: its string is
// taken as it is, where normalizing split it into parts and joined them again, twice
// for every file of a walk (issue 10, bench/README.md "Session 19 (perf)").
std::string shown_path(const fs::path& path) {
  if constexpr (fs::path::preferred_separator == '/') {
    const std::string& s = path.native();
    bool normal = !s.empty();
    for (std::size_t begin = 0; normal && begin < s.size();) {
      std::size_t end = s.find('/', begin);
      if (end == std::string::npos) end = s.size();
      const std::string_view part(s.data() + begin, end - begin);
      // An empty part is the root's (at 0) or a trailing '/' (kept by normalizing).
      normal = part != "." && part != ".." && (!part.empty() || begin == 0 || end == s.size());
      begin = end + 1;
    }
    if (normal) return s;
  }
  return path.lexically_normal().generic_string();
}

bool is_not_a_document(const fs::path& path) {
  std::string name = source::ascii_lower(path.filename().string());
  return name == "readme.md" || name == "readme.markdown" || name == "sources.tsv" || is_hidden(path);
}

const char* kind_name(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo: return "a FIFO";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::block: return "a block device";
    case fs::file_type::character: return "a character device";
    default: return "not a regular file";
  }
}

class Walk {
 public:
  Walk(source::DiagnosticSink& sink, const FindOptions& options, FileStats* stats)
      : sink_(sink), options_(options), stats_(stats) {}

  void named(const std::string& given) {
    std::error_code ec;
    fs::file_status status = fs::status(given, ec);
    if (ec && has_glob(given)) {
      glob(given);
    } else if (ec) {
      sink_.file_error(given, ec == std::errc::no_such_file_or_directory ? "no such file or directory"
                                                                         : "cannot read: " + ec.message());
    } else if (fs::is_directory(status)) {
      walk_named(fs::path(given));
    } else if (fs::is_regular_file(status)) {
      if (!skipped(fs::path(given), false, false)) add(fs::path(given));
    } else {
      sink_.file_error(given, std::string(kind_name(status.type())) + ", not a document; only regular files are read");
    }
  }

  std::vector<std::string> result() {
    // A walk of one folder without subfolders finds its documents in order already.
    if (!std::is_sorted(found_.begin(), found_.end())) std::sort(found_.begin(), found_.end());
    if (stats_) stats_->sort();
    return std::move(found_);
  }

 private:
  // A folder the user named is read even when git ignores all of it (a generated
  // corpus under build/); inside a folder git tracks, what it ignores is skipped.
  void walk_named(const fs::path& dir) {
    use_ignore_ = options_.ignored && !options_.ignored(dir.lexically_normal().generic_string(), true, false);
    folder(dir);
    use_ignore_ = false;
  }

  // The documents below the glob's literal folder that match it.
  void glob(const std::string& pattern) {
    std::string root = glob_root(pattern);
    std::size_t before = found_.size();
    std::error_code ec;
    if (fs::is_directory(root, ec)) {
      pattern_ = pattern;
      walk_named(fs::path(root));
      pattern_.clear();
    }
    if (found_.size() == before) {
      sink_.file_error(pattern, std::string("no document matches the glob (documents are ") + document_extensions() +
                                    " files)");
    }
  }

  // Excluded (--exclude) or, for what a walk meets, ignored (.gitignore): skipped, with
  // a note when the user asked to see what was skipped.
  bool skipped(const fs::path& path, bool is_folder, bool walked, bool is_link = false) {
    std::string shown = shown_path(path);
    std::string why;
    for (const std::string& pattern : options_.exclude) {
      if (excluded_by(pattern, shown)) {
        why = "excluded by '" + pattern + "'";
        break;
      }
    }
    if (why.empty() && walked && use_ignore_ && options_.ignored(shown, is_folder, is_link)) {
      // git lists no file in an empty folder either: that is no .gitignore at work (a
      // newcomer looked for one).
      std::error_code ec;
      why = is_folder && fs::is_empty(path, ec) ? "an empty folder" : "ignored by git";
    }
    if (why.empty()) return false;
    if (options_.report_skipped) note(path, "skipped: " + why);
    return true;
  }

  void note(const fs::path& path, std::string message) {
    source::Diagnostic d;
    d.severity = source::Severity::Note;
    d.path = path.lexically_normal().generic_string();
    d.message = std::move(message);
    sink_.add(std::move(d));
  }

  void folder(const fs::path& dir) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      sink_.file_warning(dir.generic_string(), "cannot read folder: " + ec.message() + "; its documents are skipped");
      return;
    }
    std::vector<fs::directory_entry> entries;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) {
        sink_.file_warning(dir.generic_string(), "cannot list all of the folder: " + ec.message());
        break;
      }
      entries.push_back(*it);
    }
    // Entries of one folder share its path, so their order is their names' bytes: the
    // paths' own comparison, component by component, was a twentieth of a --changed run.
    // Pointers are sorted, not the entries: moving each entry's path (a string and a
    // list of parts) was most of the sort (bench/README.md, session 25).
    std::vector<const fs::directory_entry*> order;
    order.reserve(entries.size());
    for (const fs::directory_entry& entry : entries) order.push_back(&entry);
    std::sort(order.begin(), order.end(), [](const fs::directory_entry* a, const fs::directory_entry* b) {
      return a->path().native() < b->path().native();
    });
    if (stats_) stats_->reserve(entries.size());
    for (const fs::directory_entry* entry : order) visit(*entry);
  }

  void visit(const fs::directory_entry& entry) {
    const fs::path& path = entry.path();
    if (is_hidden(path)) return;
    std::error_code ec;
    // The type reading the folder gave (d_type) answers without a stat for all but links
    // and the rare special file (issue 10: a corpus of 77,000 files).
    const bool is_link = entry.is_symlink(ec);
    fs::file_status target;
    if (!is_link && !ec && entry.is_directory(ec)) {
      target = fs::file_status(fs::file_type::directory);
    } else if (!is_link && !ec && entry.is_regular_file(ec)) {
      target = fs::file_status(fs::file_type::regular);
    } else {
      ec.clear();
      target = entry.status(ec);
    }
    if (fs::is_directory(target)) {
      if (skipped(path, true, true)) return;
      if (is_link) {
        sink_.file_warning(path.generic_string(), "symbolic link to a folder, not followed; name the folder itself to check it");
      } else {
        folder(path);
      }
      return;
    }
    if (is_not_a_document(path)) return;
    if (!has_document_extension(path)) {
      // "-v prints a note for every file skipped": a .docx or .pdf beside the
      // documents is content the run does not see (a newcomer's report).
      if (options_.report_skipped && pattern_.empty() && !skipped(path, false, true, is_link)) {
        note(path, std::string("skipped: not a document type (documents are ") + document_extensions() + ")");
      }
      return;
    }
    if (!pattern_.empty() && !glob_match(pattern_, shown_path(path))) return;
    if (skipped(path, false, true, is_link)) return;
    if (ec || !fs::exists(target)) {
      sink_.file_warning(path.generic_string(), is_link ? "broken symbolic link; skipped" : "cannot read: " + ec.message());
    } else if (!fs::is_regular_file(target)) {
      sink_.file_warning(path.generic_string(), std::string(kind_name(target.type())) + ", not a document; skipped");
    } else {
      add(path);
    }
  }

  // The same file twice (a link beside its target, or a path named twice) is read once.
  void add(const fs::path& path) {
    // "./a.md" from a glob walked from "." reads as "a.md".
    std::string shown = shown_path(path);
    // A file is known by its device and inode: one stat, where a canonical path costs a
    // readlink per path component (issue 10: seven calls a file in a corpus of 77,000).
    // The run keeps that stat (`stats_`) instead of taking another.
    std::optional<FileStat> stat = stat_file(path.string());
    Identity key = stat ? Identity{stat->device, stat->inode, {}} : Identity{0, 0, shown};
    auto [it, inserted] = seen_.emplace(std::move(key), found_.size());
    if (inserted) {
      if (stats_ && stat) stats_->add(shown, *stat);
      found_.push_back(std::move(shown));
    } else if (found_[it->second] != shown) {
      source::Diagnostic d;
      d.severity = source::Severity::Note;
      d.path = shown;
      d.message = "same file as '" + found_[it->second] + "'; read once";
      sink_.add(std::move(d));
    }
  }

  source::DiagnosticSink& sink_;
  const FindOptions& options_;
  std::string pattern_;  // the glob being walked, "" for a named folder
  bool use_ignore_ = false;  // whether options_.ignored applies in the folder being walked
  // Who a file is: its device and inode, or its path when it cannot be stat'ed.
  struct Identity {
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::string path;
    friend bool operator<(const Identity& a, const Identity& b) {
      return std::tie(a.device, a.inode, a.path) < std::tie(b.device, b.inode, b.path);
    }
  };

  FileStats* stats_;
  std::vector<std::string> found_;
  std::map<Identity, std::size_t> seen_;  // the file -> the path first found, in found_
};

}  // namespace

std::vector<std::string> find_documents(const std::vector<std::string>& paths, source::DiagnosticSink& sink) {
  return find_documents(paths, sink, FindOptions{});
}

std::vector<std::string> find_documents(const std::vector<std::string>& paths, source::DiagnosticSink& sink,
                                        const FindOptions& options, FileStats* stats) {
  Walk walk(sink, options, stats);
  for (const std::string& given : paths) walk.named(given);
  return walk.result();
}

bool taken_as_document(const std::string& path) {
  return has_document_extension(path) && !is_not_a_document(path);
}

const char* document_extensions() { return ".md, .markdown, .txt, .html, .htm"; }

}  // namespace factlint::doc
