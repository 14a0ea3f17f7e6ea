#pragma once

#include <QString>
#include <QStringList>

/// The history's schema: the statements of each version, for the store and for the tests that
/// build an old file with raw SQL.
namespace sdrs::history::schema {

/// The first schema (version 1): tasks with their fields, first and last seen, gone and deleted.
QStringList version1();
/// From version 1 to version 2: acknowledgement, note, the unseen mark, the scopes read
/// completely, and an index on gone_at (for retention and "gone since").
QStringList version1To2();

} // namespace sdrs::history::schema
