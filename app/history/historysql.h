#pragma once

#include "models/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

/// Small helpers shared by the history's translation units (not a public API).
namespace sdrs::history::sql {

/// A time as stored: UTC milliseconds, NULL when invalid.
inline QVariant fromTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

/// Text as stored: never NULL (a null QString binds as NULL, which equals nothing).
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

/// A stored time back; invalid for NULL.
inline QDateTime toTime(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

/// The error of a failed statement, as a history error (Kind::Io) with one sentence.
template<class T> Result<T> failure(const QSqlError &error)
{
    return Result<T>::failure(
        ApiError::Kind::Io,
        QCoreApplication::translate("sdrs::history::HistoryStore",
                                    "The history could not be read or written: %1")
            .arg(error.text()));
}

/// Prepares `sql` on `query`, binds `values` in order and runs it.
inline bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace sdrs::history::sql
