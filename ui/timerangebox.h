#pragma once

#include "models/timerange.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QTimer;

namespace sdrs::ui {

/// The filter bar's begin-time range: a preset (last hour, 24 hours, 7 days, 30 days, all, or
/// custom), and for Custom two editors in local time, each with its UTC value in the tooltip.
/// A custom end includes its whole minute.
class TimeRangeBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeRangeBox)

public:
    explicit TimeRangeBox(QWidget *parent = nullptr);

    TimeRange range() const;
    /// Shows `range` (restored settings, or All again), without rangeChanged().
    void showRange(const TimeRange &range);

Q_SIGNALS:
    /// Another preset was chosen, or a custom end edited (after a short pause while typing).
    void rangeChanged();

private:
    void buildCustom();
    /// The preset chosen: Custom starts from the range shown until then.
    void presetChosen();
    /// Each editor's tooltip says its time in UTC.
    void showUtcTips();

    QComboBox *m_preset = nullptr;
    QWidget *m_custom = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QTimer *m_editTimer = nullptr;
    TimeRange::Preset m_shown = TimeRange::Preset::All; ///< the preset before a choice
};

} // namespace sdrs::ui
