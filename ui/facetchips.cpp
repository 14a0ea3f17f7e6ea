#include "ui/facetchips.h"

#include "models/safetext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>

namespace sdrs::ui {

FacetChips::FacetChips(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("facetChips"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(tr("Overview filters:"), this);
    m_layout->addWidget(caption);
    m_layout->addStretch(1);
    setVisible(false);
}

QString FacetChips::chipText(const OverviewFacet &facet)
{
    using K = OverviewFacet::Kind;
    const QString value =
        text::elide(text::printable(facet.label.isEmpty() ? facet.value : facet.label), 48);
    switch (facet.kind) {
    case K::ErrorCode:
        //: A removable filter chip; %1 is an error code (and its meaning); × removes it.
        return tr("Error code: %1 \u00d7").arg(value.isEmpty() ? facet.value : value);
    case K::Group:
        return tr("Protection group: %1 \u00d7").arg(value);
    case K::Resource:
        return tr("Resource: %1 \u00d7").arg(value);
    case K::JobType:
        return tr("Job type: %1 \u00d7").arg(value);
    case K::Day:
        return tr("Day: %1 \u00d7").arg(value);
    }
    return value;
}

void FacetChips::setFacets(const QList<OverviewFacet> &facets)
{
    if (facets == m_facets && facets.size() == m_chips.size())
        return;
    m_facets = facets;
    rebuild();
}

void FacetChips::rebuild()
{
    qDeleteAll(m_chips);
    m_chips.clear();
    for (qsizetype i = 0; i < m_facets.size(); ++i) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("facetChip"));
        chip->setText(chipText(m_facets.at(i)));
        chip->setToolTip(tr("Remove this filter (Esc)"));
        chip->setAutoRaise(false);
        chip->setFocusPolicy(Qt::StrongFocus);
        chip->installEventFilter(this);
        connect(chip, &QToolButton::clicked, this,
                [this, chip] { remove(int(m_chips.indexOf(chip))); });
        m_layout->insertWidget(int(i) + 1, chip); // after the caption
        m_chips.append(chip);
    }
    setVisible(!m_facets.isEmpty());
}

void FacetChips::remove(int index)
{
    if (index < 0 || index >= m_facets.size())
        return;
    const bool hadFocus = m_chips.at(index)->hasFocus();
    m_facets.removeAt(index);
    // Not from inside the chip's own signal: deleteLater.
    QToolButton *chip = m_chips.takeAt(index);
    chip->hide();
    chip->setParent(nullptr); // gone from the chips now, deleted once its signal returns
    chip->deleteLater();
    if (hadFocus && !m_chips.isEmpty())
        m_chips.at(std::min<qsizetype>(index, m_chips.size() - 1))->setFocus();
    setVisible(!m_facets.isEmpty());
    Q_EMIT facetsChanged(m_facets);
}

bool FacetChips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            remove(int(m_chips.indexOf(qobject_cast<QToolButton *>(watched))));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sdrs::ui
