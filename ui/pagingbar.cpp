#include "ui/pagingbar.h"

#include "resources/sdrsicons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QToolButton>

namespace sdrs::ui {

namespace {

constexpr int PageSizes[] = {50, 100, 200, 500, 1000};

QToolButton *pagingButton(QWidget *parent, const QString &name, const QString &icon,
                          const QString &text)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setIcon(themedIcon(icon));
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    return button;
}

} // namespace

PagingBar::PagingBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pagingBar"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);

    auto *sizeLabel = new QLabel(tr("Rows per page:"), this);
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->setAccessibleName(tr("Rows per page"));
    for (int size : PageSizes)
        m_pageSize->addItem(QString::number(size), size);
    m_pageSize->setCurrentIndex(m_pageSize->findData(DefaultPageSize));
    sizeLabel->setBuddy(m_pageSize);
    row->addWidget(sizeLabel);
    row->addWidget(m_pageSize);
    connect(m_pageSize, &QComboBox::activated, this, &PagingBar::pageSizeChosen);
    row->addStretch(1);

    buildButtons();
    auto *pageLabel = new QLabel(tr("Page"), this);
    pageLabel->setBuddy(m_pageJump);
    row->addWidget(m_first);
    row->addWidget(m_prev);
    row->addWidget(pageLabel);
    row->addWidget(m_pageJump);
    row->addWidget(m_pageOf);
    row->addWidget(m_next);
    row->addWidget(m_last);
    row->addSpacing(16);
    m_rowRange = new QLabel(this);
    m_rowRange->setObjectName(QStringLiteral("rowRange"));
    row->addWidget(m_rowRange);
    // Tab goes left to right as the bar reads (the buttons were made before the page box).
    setTabOrder(m_pageSize, m_first);
    setTabOrder(m_first, m_prev);
    setTabOrder(m_prev, m_pageJump);
    setTabOrder(m_pageJump, m_next);
    setTabOrder(m_next, m_last);
}

void PagingBar::buildButtons()
{
    m_first = pagingButton(this, QStringLiteral("firstPage"), QStringLiteral("go-first"),
                           tr("First page"));
    m_prev = pagingButton(this, QStringLiteral("previousPage"), QStringLiteral("go-previous"),
                          tr("Previous page"));
    m_next =
        pagingButton(this, QStringLiteral("nextPage"), QStringLiteral("go-next"), tr("Next page"));
    m_last =
        pagingButton(this, QStringLiteral("lastPage"), QStringLiteral("go-last"), tr("Last page"));
    m_prev->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_pageJump = new QSpinBox(this);
    m_pageJump->setObjectName(QStringLiteral("pageJump"));
    m_pageJump->setAccessibleName(tr("Go to page"));
    m_pageJump->setToolTip(tr("Type a page number and press Enter"));
    m_pageJump->setKeyboardTracking(false);
    m_pageJump->setMinimum(1);
    m_pageOf = new QLabel(this);
    m_pageOf->setObjectName(QStringLiteral("pageOf"));

    connect(m_first, &QToolButton::clicked, this, [this] { Q_EMIT pageChosen(0); });
    connect(m_prev, &QToolButton::clicked, this, [this] { Q_EMIT pageChosen(m_view.page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { Q_EMIT pageChosen(m_view.page + 1); });
    connect(m_last, &QToolButton::clicked, this, [this] { Q_EMIT pageChosen(m_view.pages - 1); });
    connect(m_pageJump, &QSpinBox::valueChanged, this, [this](int value) {
        if (value - 1 != m_view.page)
            Q_EMIT pageChosen(value - 1);
    });
}

int PagingBar::pageSize() const
{
    return m_pageSize->currentData().toInt();
}

bool PagingBar::selectPageSize(int size)
{
    const int index = m_pageSize->findData(size);
    if (index < 0)
        return false;
    m_pageSize->setCurrentIndex(index);
    return true;
}

void PagingBar::showView(const PagingView &view)
{
    m_view = view;
    const int current = view.page;
    const qint64 first = qint64(current) * view.pageSize;
    {
        QSignalBlocker block(m_pageJump);
        m_pageJump->setMaximum(view.pages);
        m_pageJump->setValue(current + 1);
    }
    const QLocale locale;
    m_pageOf->setText(tr("of %1", "page x of y").arg(locale.toString(view.pages)));
    m_first->setEnabled(current > 0);
    m_prev->setEnabled(current > 0);
    m_next->setEnabled(current + 1 < view.pages);
    m_last->setEnabled(current + 1 < view.pages && !view.atLeast); // the last page is not known
    if (view.shown == 0)
        m_rowRange->setText(tr("no rows of %1").arg(locale.toString(view.total)));
    else if (view.atLeast)
        //: The service's count said no more after a full page: more pages may follow.
        m_rowRange->setText(tr("rows %1\u2013%2 of at least %3")
                                .arg(locale.toString(first + 1),
                                     locale.toString(first + view.shown),
                                     locale.toString(view.total)));
    else
        m_rowRange->setText(tr("rows %1\u2013%2 of %3")
                                .arg(locale.toString(first + 1),
                                     locale.toString(first + view.shown),
                                     locale.toString(view.total)));
}

} // namespace sdrs::ui
