#pragma once

#include <QProxyStyle>

namespace sdrs::ui {

/// A header's style that draws the sort arrow the way most people read it: ▼ for a descending
/// order (newest first), ▲ for an ascending one, whichever convention the underlying style
/// follows. (QHeaderView passes SortUp for a descending order; Fusion on Linux draws SortUp as
/// ▲, as GTK once did, while the Windows and macOS styles draw it as ▼.)
class SortArrowStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SortArrowStyle)

public:
    /// Proxies a style of the application's kind.
    explicit SortArrowStyle(QObject *parent = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    /// Whether `style` draws a header's SortUp indicator as an arrow pointing down.
    static bool drawsSortUpDown(const QStyle *style);

private:
    mutable int m_sortUpDown = -1; ///< drawsSortUpDown(baseStyle()), found on first use
};

} // namespace sdrs::ui
