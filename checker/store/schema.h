// Store-internal: the database schema as an ordered list of migrations, and the check
// that a file is a factlint store this build can use.
#pragma once

namespace factlint::store {

class Database;

// The newest schema version this build knows.
int latest_schema_version();

// Brings the database to the latest schema, one migration per transaction, and returns
// the resulting version. Throws StoreError naming the path when the file belongs to
// another program or has a newer schema than latest_schema_version().
int migrate(Database& db);

}  // namespace factlint::store
