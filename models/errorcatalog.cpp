#include "models/errorcatalog.h"

#include <QFile>

namespace sdrs {

ErrorCatalog ErrorCatalog::fromTsv(const QByteArray &tsv)
{
    ErrorCatalog catalog;
    const QList<QByteArray> lines = tsv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QList<QByteArray> cols = lines.at(i).trimmed().split('\t');
        if (cols.size() < 5)
            continue;
        ErrorCodeInfo info;
        info.httpStatus = cols.at(0).toInt();
        info.code = QString::fromUtf8(cols.at(1)).trimmed();
        info.message = QString::fromUtf8(cols.at(2)).trimmed();
        info.description = QString::fromUtf8(cols.at(3)).trimmed();
        info.handling = QString::fromUtf8(cols.at(4)).trimmed();
        if (info.code.isEmpty())
            continue;
        catalog.m_index.insert(info.code.toUpper(), catalog.m_entries.size());
        catalog.m_entries.append(info);
    }
    return catalog;
}

const ErrorCatalog &ErrorCatalog::instance()
{
    static const ErrorCatalog catalog = [] {
        QFile file(QStringLiteral(":/sdrs/sdrs-error-codes.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return ErrorCatalog{};
        return fromTsv(file.readAll());
    }();
    return catalog;
}

const ErrorCodeInfo *ErrorCatalog::find(const QString &code) const
{
    const auto it = m_index.constFind(code.trimmed().toUpper());
    return it == m_index.cend() ? nullptr : &m_entries.at(*it);
}

} // namespace sdrs
