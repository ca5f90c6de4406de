// Reading `.factlint.toml` with toml++; see config_file.h.
//
//   rules = "rules"
//   paths = ["corpus", "press"]
//   fail-on = "single-source"
//   format = "github"
//   baseline = false          # --no-baseline
//   date-order = "mdy"        # how 04/05/2020 is read
//   dollar = "AUD"            # what a bare "$" is
//   shilling = "UGX"          # what a bare "Sh" is
//   [[override]]              # value settings for some documents
//   match = "corpus/uk/**"
//   date-order = "dmy"
#include "project/config_file.h"

#include <algorithm>
#include <system_error>

#include <fmt/format.h>

#include "project/toml_source.h"
#include "report/report_formats.h"
#include "value/currency_reading.h"

namespace factlint::project {

namespace fs = std::filesystem;

namespace {

// What a key holds. PathOrOff is a path, or `false` for the flag that turns it off.
enum class Kind { Path, Paths, Word, Words, Globs, Flag, Count, PathOrOff };

struct KeySpec {
  std::string key;
  Kind kind;
  std::vector<std::string> words;  // for Word and Words: the values allowed
};

const std::vector<KeySpec>& specs() {
  static const std::vector<KeySpec> table{
      {"rules", Kind::Paths, {}},
      {"paths", Kind::Paths, {}},
      {"exclude", Kind::Globs, {}},
      {"gitignore", Kind::Flag, {}},
      {"fail-on", Kind::Word, {"conflicting", "single-source", "never"}},
      {"strict", Kind::Flag, {}},
      {"format", Kind::Word, report::kReportFormats},
      {"output", Kind::Path, {}},
      {"baseline", Kind::PathOrOff, {}},
      {"decisions", Kind::Path, {}},
      {"db", Kind::PathOrOff, {}},
      {"jobs", Kind::Count, {}},
      {"quotes", Kind::Flag, {}},
      {"quote-min-words", Kind::Count, {}},
      {"quote-ignore", Kind::Globs, {}},
      {"quiet", Kind::Flag, {}},
      {"show", Kind::Words, {"conflicting", "acknowledged", "single-source", "consistent"}},
      {"color", Kind::Word, {"auto", "always", "never"}},
      {"ton", Kind::Word, {"metric", "short", "long"}},
  };
  // dollar, yen, shilling: one key for each bare currency sign.
  static const std::vector<KeySpec> with_currencies = [] {
    std::vector<KeySpec> out = table;
    for (const value::BareCurrency& bare : value::bare_currencies()) {
      out.push_back({std::string(bare.name), Kind::Word, bare.codes()});
    }
    out.push_back({"date-order", Kind::Word, {"mdy", "dmy", "none"}});
    return out;
  }();
  return with_currencies;
}

// The keys an [[override]] may set: how values are read, which may differ by source.
bool overridable(const std::string& key) {
  return key == "ton" || key == "date-order" || value::bare_currency(key) != nullptr;
}

const KeySpec* spec_of(const std::string& key) {
  auto spec = std::find_if(specs().begin(), specs().end(), [&](const KeySpec& s) { return key == s.key; });
  return spec == specs().end() ? nullptr : &*spec;
}

const char* kind_name(Kind kind) {
  switch (kind) {
    case Kind::Path: return "a path (a string)";
    case Kind::Paths: return "a path or a list of paths";
    case Kind::Word: return "a string";
    case Kind::Words: return "a list of strings";
    case Kind::Globs: return "a glob or a list of globs";
    case Kind::Flag: return "true or false";
    case Kind::Count: return "a whole number";
    case Kind::PathOrOff: return "a path (a string) or false";
  }
  return "a value";
}

std::string quoted_list(const std::vector<std::string>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    out += (i == 0 ? "'" : i + 1 == words.size() ? " or '" : ", '") + words[i] + "'";
  }
  return out;
}

class Reader {
 public:
  Reader(const TomlSource& file, source::DiagnosticSink& sink)
      : file_(file), sink_(sink), folder_(fs::path(file.path()).parent_path()) {}

  bool ok() const { return ok_; }

  void error_at(const toml::source_region& where, const std::string& message) {
    ok_ = false;
    file_.error_at(where, message, sink_);
  }

  void read(const toml::table& root, ProjectConfig& config) {
    std::vector<std::string> names = config_keys();
    names.push_back(kOverrideTable);
    for (const auto& [key, node] : root) {
      std::string name(key.str());
      if (name == kOverrideTable) {
        read_overrides(node, config);
        continue;
      }
      auto spec = std::find_if(specs().begin(), specs().end(), [&](const KeySpec& s) { return name == s.key; });
      if (spec == specs().end()) {
        std::string hint = source::did_you_mean(name, names);
        // Snake case is the likeliest slip: the keys are the flags' names.
        std::string dashed = name;
        std::replace(dashed.begin(), dashed.end(), '_', '-');
        if (hint.empty() && std::find(names.begin(), names.end(), dashed) != names.end()) hint = dashed;
        // The words users reach for when they mean the documents to check.
        if (hint.empty() && (name == "corpus" || name == "documents" || name == "docs" || name == "path")) {
          hint = "paths";
        }
        error_at(key.source(), fmt::format("unknown key '{}' in {}{}", name, kConfigFileName,
                                           hint.empty() ? "; 'factlint config --help' lists the keys"
                                                        : source::suggestion(hint)));
        continue;
      }
      if (auto setting = value_of(*spec, node)) {
        setting->line = static_cast<int>(key.source().begin.line);
        setting->column = static_cast<int>(key.source().begin.column);
        config.settings[name] = std::move(*setting);
      }
    }
  }

 private:
  // `[[override]]` tables: each needs `match` and may set only the value settings.
  void read_overrides(const toml::node& node, ProjectConfig& config) {
    const toml::array* tables = node.as_array();
    if (tables == nullptr || !tables->is_array_of_tables()) {
      error_at(node.source(), "'override' must be tables: write [[override]] with match = \"GLOB\"");
      return;
    }
    for (const toml::node& item : *tables) {
      const toml::table& table = *item.as_table();
      PathOverride entry;
      entry.line = static_cast<int>(table.source().begin.line);
      entry.column = static_cast<int>(table.source().begin.column);
      bool has_match = false;
      for (const auto& [key, value] : table) {
        std::string name(key.str());
        if (name == "match") {
          has_match = true;
          static const KeySpec kMatch{"match", Kind::Globs, {}};
          if (auto globs = value_of(kMatch, value)) entry.match = std::move(globs->values);
          continue;
        }
        const KeySpec* spec = spec_of(name);
        if (spec == nullptr || !overridable(name)) {
          std::vector<std::string> allowed = override_keys();
          allowed.insert(allowed.begin(), "match");
          std::string hint = spec ? "" : source::did_you_mean(name, allowed);
          if (spec != nullptr) {
            error_at(key.source(), fmt::format("'{}' cannot be set per path; an [[override]] takes {}", name,
                                               quoted_list(allowed)));
          } else {
            error_at(key.source(), fmt::format("unknown key '{}' in [[override]]{}", name,
                                               hint.empty() ? "; an override takes " + quoted_list(allowed)
                                                            : source::suggestion(hint)));
          }
          continue;
        }
        if (auto setting = value_of(*spec, value)) {
          setting->line = static_cast<int>(key.source().begin.line);
          setting->column = static_cast<int>(key.source().begin.column);
          entry.settings[name] = std::move(*setting);
        }
      }
      if (!has_match) error_at(table.source(), "[[override]] without 'match': give the documents it is for, e.g. match = \"corpus/uk/**\"");
      config.overrides.push_back(std::move(entry));
    }
  }

  // A path written in the file is relative to the file's folder; the run works from
  // the working directory, so the path is rewritten relative to it.
  std::string resolved(const std::string& written) const {
    fs::path p(written);
    if (p.is_absolute() || folder_.empty()) return p.lexically_normal().generic_string();
    std::error_code ec;
    fs::path cwd = fs::current_path(ec);
    fs::path full = fs::absolute(folder_ / p, ec).lexically_normal();
    if (!full.has_filename() && full.has_parent_path()) full = full.parent_path();  // "a/." -> "a", not "a/"
    fs::path relative = full.lexically_relative(cwd);
    return relative.empty() ? full.generic_string() : relative.generic_string();
  }

  bool word_allowed(const KeySpec& spec, const toml::node& node, const std::string& word) {
    if (std::find(spec.words.begin(), spec.words.end(), word) != spec.words.end()) return true;
    std::string hint = source::did_you_mean(word, spec.words);
    error_at(node.source(), fmt::format("'{}' takes {}, not '{}'{}", spec.key, quoted_list(spec.words), word,
                                        source::suggestion(hint)));
    return false;
  }

  std::optional<ConfigSetting> value_of(const KeySpec& spec, const toml::node& node) {
    ConfigSetting setting;
    auto wrong = [&] {
      error_at(node.source(), fmt::format("'{}' must be {}", spec.key, kind_name(spec.kind)));
      return std::nullopt;
    };
    switch (spec.kind) {
      case Kind::Path:
      case Kind::Word:
      case Kind::PathOrOff: {
        if (auto text = node.value<std::string>()) {
          if (text->empty()) return wrong();
          if (spec.kind == Kind::Word && !word_allowed(spec, node, *text)) return std::nullopt;
          setting.values.push_back(spec.kind == Kind::Word ? *text : resolved(*text));
        } else if (spec.kind == Kind::PathOrOff && node.is_boolean() && !*node.value<bool>()) {
          setting.values.push_back("false");
        } else {
          return wrong();
        }
        return setting;
      }
      case Kind::Paths:
      case Kind::Words:
      case Kind::Globs: {
        if (auto text = node.value<std::string>(); text && !text->empty() && spec.kind != Kind::Words) {
          setting.values.push_back(spec.kind == Kind::Paths ? resolved(*text) : *text);
          return setting;
        }
        const toml::array* list = node.as_array();
        if (list == nullptr || list->empty()) return wrong();
        for (const toml::node& item : *list) {
          auto text = item.value<std::string>();
          if (!text || text->empty()) return wrong();
          if (spec.kind == Kind::Words && !word_allowed(spec, item, *text)) return std::nullopt;
          setting.values.push_back(spec.kind == Kind::Paths ? resolved(*text) : *text);
        }
        return setting;
      }
      case Kind::Flag:
        if (!node.is_boolean()) return wrong();
        setting.values.push_back(*node.value<bool>() ? "true" : "false");
        return setting;
      case Kind::Count: {
        auto n = node.value<std::int64_t>();
        // jobs = 0 means one thread a core; a quotation of 0 words means nothing.
        if (!node.is_integer() || !n || *n < 0 || (*n == 0 && std::string(spec.key) != "jobs")) return wrong();
        setting.values.push_back(std::to_string(*n));
        return setting;
      }
    }
    return std::nullopt;
  }

  const TomlSource& file_;
  source::DiagnosticSink& sink_;
  fs::path folder_;
  bool ok_ = true;
};

}  // namespace

const ConfigSetting* ProjectConfig::find(const std::string& key) const {
  auto it = settings.find(key);
  return it == settings.end() ? nullptr : &it->second;
}

const std::vector<std::string>& override_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> out;
    for (const KeySpec& s : specs()) {
      if (overridable(s.key)) out.push_back(s.key);
    }
    return out;
  }();
  return keys;
}

const std::vector<std::string>& config_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> out;
    for (const KeySpec& s : specs()) out.push_back(s.key);
    return out;
  }();
  return keys;
}

std::optional<fs::path> find_config_file(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec).lexically_normal();
  while (!dir.empty()) {
    fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) return candidate;
    // The work tree's root is as far up as a project file may be.
    if (fs::exists(dir / ".git", ec) || dir == dir.root_path()) break;
    dir = dir.parent_path();
  }
  return std::nullopt;
}

std::optional<ProjectConfig> read_config(const std::string& path, source::DiagnosticSink& sink) {
  std::optional<TomlSource> file =
      TomlSource::read(path, {"no such configuration file", "cannot read the configuration file"}, sink);
  if (!file) return std::nullopt;
  Reader reader(*file, sink);
  ProjectConfig config;
  config.path = path;
  reader.read(file->root(), config);
  if (!reader.ok()) return std::nullopt;
  return config;
}

}  // namespace factlint::project
