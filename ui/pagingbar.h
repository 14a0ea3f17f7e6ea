#pragma once

#include "ui/pagingstate.h"

#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace sdrs::ui {

/// The bar under the table: rows per page, first/previous/next/last, a page box and the rows
/// shown. It shows a PagingView and says which page or page size the user chose; the window
/// decides what that means (a request to the server, or in-memory paging).
class PagingBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagingBar)

public:
    explicit PagingBar(QWidget *parent = nullptr);

    int pageSize() const;
    /// Selects `size` when it is one of the choices; returns whether it is.
    bool selectPageSize(int size);
    void showView(const PagingView &view);

Q_SIGNALS:
    void pageSizeChosen();
    /// A zero-based page; may lie outside the pages shown (the window clamps).
    void pageChosen(int page);

private:
    /// The four step buttons, in the order the bar shows them.
    enum Step { First, Previous, Next, Last, StepCount };

    void buildButtons();
    void reserveWidths();
    static QString pageOfText(qint64 pages);
    /// "Rows 1–100 of 545": the one row counter of the window.
    static QString rangeText(qint64 first, qint64 last, qint64 total, bool atLeast);
    /// The zero-based page a step button leads to from the page shown.
    int targetOf(Step step) const;

    QComboBox *m_pageSize = nullptr;
    std::array<QToolButton *, StepCount> m_steps{};
    QSpinBox *m_pageJump = nullptr;
    QLabel *m_pageOf = nullptr;
    QLabel *m_rowRange = nullptr;
    PagingView m_view;
};

} // namespace sdrs::ui
