#pragma once

#include <QSortFilterProxyModel>

namespace sdrs {

class FailureJobModel;

/// Sorts and filters the failed-task model in memory: the quick text filter (case-insensitive,
/// over every column including the whole fail reason and the error code) and, for "All
/// protection groups" where the server filters cannot be used per page, exact status/type
/// filters. Sorting uses FailureJobModel::SortRole.
class FailureJobFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureJobFilterProxy)

public:
    explicit FailureJobFilterProxy(QObject *parent = nullptr);

    /// The source must be a FailureJobModel.
    void setSourceModel(QAbstractItemModel *model) override;

    /// Rows whose search text contains `text` (case-insensitive; surrounding blanks ignored).
    /// Empty: every row.
    void setQuickFilter(const QString &text);
    QString quickFilter() const { return m_quick; }

    /// Exact failure_status to keep; empty: every status.
    void setFailureStatus(const QString &status);
    /// Exact resource_type to keep; empty: every type.
    void setResourceType(const QString &type);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    FailureJobModel *m_jobs = nullptr;
    QString m_quick;
    QString m_status;
    QString m_type;
};

/// Shows one page (a row range) of its source, in the source's order: paging done in memory for
/// "All protection groups". With page size 0 it passes every row through. Sorting requests
/// are forwarded to the source.
class PageProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageProxy)

public:
    explicit PageProxy(QObject *parent = nullptr);

    /// Shows rows [page * pageSize, (page + 1) * pageSize) of the source. pageSize 0: all rows.
    void setPage(int page, int pageSize);
    int page() const { return m_page; }
    int pageSize() const { return m_pageSize; }
    /// Number of pages the source's rows fill (at least 1).
    int pageCount() const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_page = 0;
    int m_pageSize = 0;
};

} // namespace sdrs
