#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace sdrs {

/// One row of the SDRS error-code appendix.
struct ErrorCodeInfo
{
    int httpStatus = 0;
    QString code;
    QString message;
    QString description;
    QString handling;
};

/// The 218 SDRS error codes with their handling measures, from the bundled
/// `:/sdrs/sdrs-error-codes.tsv` (columns: status, code, message, description, handling measure).
class ErrorCatalog final
{
public:
    /// The catalog built from the bundled table; loaded once.
    static const ErrorCatalog &instance();

    /// Parses tab-separated text with a header row. Malformed lines are skipped.
    static ErrorCatalog fromTsv(const QByteArray &tsv);

    /// The entry for `code` (case-insensitive), or nullptr.
    const ErrorCodeInfo *find(const QString &code) const;

    const QList<ErrorCodeInfo> &entries() const { return m_entries; }

private:
    QList<ErrorCodeInfo> m_entries;
    QHash<QString, qsizetype> m_index;
};

} // namespace sdrs
