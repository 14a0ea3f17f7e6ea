#pragma once

#include <QLayout>
#include <QList>

namespace sdrs::ui {

/// A layout that places its items left to right and starts a new line when the next item does
/// not fit, so that a bar of fields needs only the width of its widest item. The items of a line
/// that expand horizontally share the room left on that line.
class FlowLayout final : public QLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget *parent = nullptr, int horizontalSpacing = 12,
                        int verticalSpacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    struct Placed
    {
        QLayoutItem *item;
        int width;
    };

    /// Lays the items out in `rect` (only measures with `apply` false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;
    /// Places one line of items starting at `y`, `height` high, sharing `extra` width.
    void placeLine(const QList<Placed> &line, int x, int y, int height, int extra) const;

    QList<QLayoutItem *> m_items;
    int m_horizontal;
    int m_vertical;
};

} // namespace sdrs::ui
