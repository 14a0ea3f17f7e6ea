#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace sdrs {

/// What a write of rows hands back: the number of rows written (when it failed or was cancelled:
/// the rows handed over before), and why not (Kind::Io with the device's message in words, or
/// Kind::Cancelled).
using WriteResult = Result<qint64>;

/// The one loop every row format (CSV, JSON, plain-text table) writes through: it gathers the
/// rows' text, hands it to the device in large chunks and asks `shouldStop` every few hundred
/// rows. A format calls nextRow() before each row and appends the row to text() or bytes().
class RowWriter
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::RowWriter)

public:
    /// `shouldStop` may be empty.
    RowWriter(QIODevice &out, std::function<bool()> shouldStop);

    /// Before each row: false when writing ends here (cancelled, or a chunk could not be
    /// written); finish() then says which.
    bool nextRow();
    /// Text of the rows not yet written; converted to UTF-8 in large pieces.
    QString &text() { return m_text; }
    /// Bytes of the rows not yet written, after the text so far: for formats that write UTF-8
    /// themselves.
    QByteArray &bytes();
    /// Writes what is left; the rows written, or why not.
    WriteResult finish();

private:
    void convert();
    bool flush();

    QIODevice &m_out;
    std::function<bool()> m_shouldStop;
    QString m_text;
    QByteArray m_bytes;
    qint64 m_rows = 0;
    WriteResult m_result;
};

} // namespace sdrs
