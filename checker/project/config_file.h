// The project file `.factlint.toml` (docs/configuration.md): the settings a team
// commits so that a bare `factlint check` in CI and on a laptop runs the same check.
// Flags given on the command line override it; the CLI decides how.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "source/diagnostic.h"

namespace factlint::project {

inline constexpr const char* kConfigFileName = ".factlint.toml";

// One setting as the file gives it. Paths are already made relative to the working
// directory (they are written relative to the file's own folder).
struct ConfigSetting {
  std::vector<std::string> values;  // one for a string, number or boolean ("true"/"false"); any for a list
  int line = 0;
  int column = 0;
};

// An `[[override]]` table: value settings (`ton`, `dollar`, `yen`, `shilling`, `date-order`) for the
// documents whose path matches one of its `match` globs, which are matched as `exclude` globs are.
struct PathOverride {
  std::vector<std::string> match;
  std::map<std::string, ConfigSetting> settings;  // by key: "ton", "dollar", "yen", "shilling", "date-order"
  int line = 0;                                   // of the table's header
  int column = 0;
};

struct ProjectConfig {
  std::string path;                               // the file read, as found or named
  std::map<std::string, ConfigSetting> settings;  // by key, e.g. "fail-on"
  std::vector<PathOverride> overrides;            // in file order: a later one wins

  const ConfigSetting* find(const std::string& key) const;
};

// The name of the per-path tables, and the keys one may set besides `match`.
inline constexpr const char* kOverrideTable = "override";
const std::vector<std::string>& override_keys();

// Every key the file may hold, in the order `factlint config` lists them: the long
// names of `factlint check`'s flags (docs/configuration.md has the table).
const std::vector<std::string>& config_keys();

// The `.factlint.toml` in `start` or the nearest folder above it, up to and including
// the root of the git work tree (the first folder holding `.git`); nullopt when none.
std::optional<std::filesystem::path> find_config_file(const std::filesystem::path& start);

// Reads and checks `path`. Every error is reported at its line and column, and the
// whole file is checked before giving up: unknown keys (with "did you mean"), values
// of the wrong type, words a setting does not take, and TOML syntax errors. nullopt
// when the file cannot be read or has any error.
std::optional<ProjectConfig> read_config(const std::string& path, source::DiagnosticSink& sink);

}  // namespace factlint::project
