#pragma once

#include "models/overviewfacet.h"

#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace sdrs::ui {

/// The Overview's facets as removable chips near the filter bar ("Error code: SDRS.1306 ×"):
/// a click on a chip, or Esc or Delete while it has the focus, removes it. Hidden while there is
/// none.
class FacetChips final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetChips)

public:
    explicit FacetChips(QWidget *parent = nullptr);

    /// Shows these facets (no signal).
    void setFacets(const QList<OverviewFacet> &facets);
    const QList<OverviewFacet> &facets() const { return m_facets; }
    /// The chip's text: "Error code: SDRS.1306 ×".
    static QString chipText(const OverviewFacet &facet);

Q_SIGNALS:
    /// The user removed a chip: the facets that remain.
    void facetsChanged(const QList<sdrs::OverviewFacet> &facets);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void remove(int index);
    void rebuild();

    QList<OverviewFacet> m_facets;
    QList<QToolButton *> m_chips;
    QHBoxLayout *m_layout;
};

} // namespace sdrs::ui
