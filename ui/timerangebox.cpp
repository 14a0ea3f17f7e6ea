#include "ui/timerangebox.h"

#include "models/apitime.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace sdrs::ui {

namespace {

using Preset = TimeRange::Preset;

constexpr int EditDelayMs = 300;
/// A custom end keeps the whole minute it names.
constexpr qint64 MinuteRestMs = 59'999;
const QString EditFormat = QStringLiteral("yyyy-MM-dd HH:mm");

/// `time` without its seconds.
QDateTime toMinute(QDateTime time)
{
    time.setTime(QTime(time.time().hour(), time.time().minute()));
    return time;
}

} // namespace

TimeRangeBox::TimeRangeBox(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timeUnit"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("timeRangeFilter"));
    m_preset->setAccessibleName(tr("Begin time"));
    m_preset->setToolTip(tr("Shows the failed tasks that began in this time range. The service "
                            "has no time filter: for one protection group or the group level, "
                            "every page is read and the rows are paged on this computer."));
    m_preset->addItem(tr("All times"), int(Preset::All));
    m_preset->addItem(tr("Last hour"), int(Preset::LastHour));
    m_preset->addItem(tr("Last 24 hours"), int(Preset::Last24Hours));
    m_preset->addItem(tr("Last 7 days"), int(Preset::Last7Days));
    m_preset->addItem(tr("Last 30 days"), int(Preset::Last30Days));
    m_preset->addItem(tr("Custom\u2026"), int(Preset::Custom));
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    //: Label of the begin-time range in the filter bar.
    auto *label = new QLabel(tr("&Begin time:", "filter bar label"), this);
    label->setBuddy(m_preset);
    row->addWidget(label);
    row->addWidget(m_preset);
    buildCustom();
    row->addWidget(m_custom);
    connect(m_preset, &QComboBox::activated, this, &TimeRangeBox::presetChosen);
}

void TimeRangeBox::buildCustom()
{
    m_custom = new QWidget(this);
    m_custom->setObjectName(QStringLiteral("customTimeRange"));
    auto *row = new QHBoxLayout(m_custom);
    row->setContentsMargins(0, 0, 0, 0);
    m_from = new QDateTimeEdit(m_custom);
    m_from->setObjectName(QStringLiteral("timeFrom"));
    //: Accessible name of the custom range's start.
    m_from->setAccessibleName(tr("Begin time from"));
    m_to = new QDateTimeEdit(m_custom);
    m_to->setObjectName(QStringLiteral("timeTo"));
    //: Accessible name of the custom range's end.
    m_to->setAccessibleName(tr("Begin time to"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(EditFormat);
        edit->setTimeSpec(Qt::LocalTime);
        edit->setCalendarPopup(true);
    }
    //: Between the two times of a custom range: "[start] to [end]".
    auto *to = new QLabel(tr("to"), m_custom);
    row->addWidget(m_from);
    row->addWidget(to);
    row->addWidget(m_to);
    m_custom->setVisible(false);

    m_editTimer = new QTimer(this);
    m_editTimer->setObjectName(QStringLiteral("timeEditTimer"));
    m_editTimer->setSingleShot(true);
    m_editTimer->setInterval(EditDelayMs);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &TimeRangeBox::showUtcTips);
        connect(edit, &QDateTimeEdit::dateTimeChanged, m_editTimer, qOverload<>(&QTimer::start));
    }
    connect(m_editTimer, &QTimer::timeout, this, &TimeRangeBox::rangeChanged);
}

TimeRange TimeRangeBox::range() const
{
    TimeRange r;
    r.preset = Preset(m_preset->currentData().toInt());
    if (r.preset == Preset::Custom) {
        r.from = toMinute(m_from->dateTime()).toUTC();
        r.to = toMinute(m_to->dateTime()).toUTC().addMSecs(MinuteRestMs);
    }
    return r;
}

void TimeRangeBox::showRange(const TimeRange &range)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    const int index = m_preset->findData(int(range.preset));
    m_preset->setCurrentIndex(index < 0 ? 0 : index);
    m_shown = range.preset;
    const QDateTime now = QDateTime::currentDateTime();
    m_from->setDateTime(range.from.isValid() ? range.from.toLocalTime() : now.addDays(-1));
    m_to->setDateTime(range.to.isValid() ? range.to.toLocalTime() : now);
    m_custom->setVisible(range.preset == Preset::Custom);
    m_editTimer->stop();
    showUtcTips();
}

void TimeRangeBox::presetChosen()
{
    const TimeRange chosen = range();
    if (chosen.preset == Preset::Custom && m_shown != Preset::Custom) {
        // Custom starts as the range shown until now (a day, when that was every time).
        const QDateTime now = QDateTime::currentDateTime();
        TimeRange before;
        before.preset = m_shown;
        const QDateTime from = before.bounds(now).from;
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDateTime(from.isValid() ? from.toLocalTime() : now.addDays(-1));
        m_to->setDateTime(now);
        showUtcTips();
    }
    m_custom->setVisible(chosen.preset == Preset::Custom);
    m_editTimer->stop();
    if (chosen.preset == m_shown)
        return;
    m_shown = chosen.preset;
    Q_EMIT rangeChanged();
}

void TimeRangeBox::showUtcTips()
{
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        //: Tooltip of a custom range's time: the same time in UTC.
        edit->setToolTip(tr("%1 UTC").arg(formatTableTime(toMinute(edit->dateTime()).toUTC())));
    }
}

} // namespace sdrs::ui
