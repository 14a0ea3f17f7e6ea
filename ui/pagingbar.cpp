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
/// The largest number the labels of the bar make room for.
constexpr qint64 LongestCount = 8888888;

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
    row->addWidget(m_steps[First]);
    row->addWidget(m_steps[Previous]);
    row->addWidget(pageLabel);
    row->addWidget(m_pageJump);
    row->addWidget(m_pageOf);
    row->addWidget(m_steps[Next]);
    row->addWidget(m_steps[Last]);
    row->addSpacing(16);
    m_rowRange = new QLabel(this);
    m_rowRange->setObjectName(QStringLiteral("rowRange"));
    row->addWidget(m_rowRange);
    reserveWidths();
    // Tab goes left to right as the bar reads (the buttons were made before the page box).
    setTabOrder(m_pageSize, m_steps[First]);
    setTabOrder(m_steps[First], m_steps[Previous]);
    setTabOrder(m_steps[Previous], m_pageJump);
    setTabOrder(m_pageJump, m_steps[Next]);
    setTabOrder(m_steps[Next], m_steps[Last]);
}

void PagingBar::buildButtons()
{
    struct StepSpec
    {
        const char *name;
        const char *icon;
        const char *text;
    };
    static constexpr StepSpec specs[StepCount] = {
        {"firstPage", "go-first", QT_TR_NOOP("First page")},
        {"previousPage", "go-previous", QT_TR_NOOP("Previous page")},
        {"nextPage", "go-next", QT_TR_NOOP("Next page")},
        {"lastPage", "go-last", QT_TR_NOOP("Last page")},
    };
    for (int step = 0; step < StepCount; ++step) {
        const StepSpec &spec = specs[step];
        m_steps[step] = pagingButton(this, QString::fromLatin1(spec.name),
                                     QString::fromLatin1(spec.icon), tr(spec.text));
        connect(m_steps[step], &QToolButton::clicked, this,
                [this, step] { Q_EMIT pageChosen(targetOf(Step(step))); });
    }
    m_steps[Previous]->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_steps[Next]->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_pageJump = new QSpinBox(this);
    m_pageJump->setObjectName(QStringLiteral("pageJump"));
    m_pageJump->setAccessibleName(tr("Go to page"));
    m_pageJump->setToolTip(tr("Type a page number and press Enter"));
    m_pageJump->setKeyboardTracking(false);
    m_pageJump->setMinimum(1);
    m_pageOf = new QLabel(this);
    m_pageOf->setObjectName(QStringLiteral("pageOf"));
    connect(m_pageJump, &QSpinBox::valueChanged, this, [this](int value) {
        if (value - 1 != m_view.page)
            Q_EMIT pageChosen(value - 1);
    });
}

void PagingBar::reserveWidths()
{
    // Labels whose text changes are as wide as their longest text from the start: a new page or
    // count never widens the bar (or the window).
    const auto reserve = [](QLabel *label, const QString &longest) {
        label->setMinimumWidth(label->fontMetrics().horizontalAdvance(longest) + 4);
    };
    reserve(m_pageOf, pageOfText(LongestCount));
    reserve(m_rowRange, rangeText(LongestCount, LongestCount, LongestCount, true));
}

QString PagingBar::pageOfText(qint64 pages)
{
    return tr("of %1", "page x of y").arg(QLocale().toString(pages));
}

QString PagingBar::rangeText(qint64 first, qint64 last, qint64 total, bool atLeast)
{
    const QLocale locale;
    if (atLeast)
        //: The service's count said no more after a full page: more pages may follow.
        return tr("Rows %1\u2013%2 of at least %3")
            .arg(locale.toString(first), locale.toString(last), locale.toString(total));
    return tr("Rows %1\u2013%2 of %3")
        .arg(locale.toString(first), locale.toString(last), locale.toString(total));
}

int PagingBar::targetOf(Step step) const
{
    switch (step) {
    case First:
        return 0;
    case Previous:
        return m_view.page - 1;
    case Next:
        return m_view.page + 1;
    case Last:
    case StepCount:
        break;
    }
    return m_view.pages - 1;
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
    m_pageOf->setText(pageOfText(view.pages));
    m_steps[First]->setEnabled(current > 0);
    m_steps[Previous]->setEnabled(current > 0);
    m_steps[Next]->setEnabled(current + 1 < view.pages);
    m_steps[Last]->setEnabled(current + 1 < view.pages &&
                              !view.atLeast); // the last page is not known
    if (view.shown == 0)
        m_rowRange->setText(tr("No rows of %1").arg(QLocale().toString(view.total)));
    else
        m_rowRange->setText(rangeText(first + 1, first + view.shown, view.total, view.atLeast));
}

} // namespace sdrs::ui
