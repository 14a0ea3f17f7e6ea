#include "ui/busyindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace sdrs::ui {

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 6, 0);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("busyText"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("busyIndicator"));
    m_bar->setRange(0, 0);
    m_bar->setMaximumWidth(140);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Loading"));
    row->addWidget(m_text);
    row->addWidget(m_bar);
}

void BusyIndicator::setBusy(bool busy, const QString &text)
{
    m_bar->setVisible(busy);
    m_text->setVisible(busy);
    m_text->setText(text);
}

} // namespace sdrs::ui
