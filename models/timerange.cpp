#include "models/timerange.h"

#include <array>
#include <utility>

namespace sdrs {

namespace {

using Preset = TimeRange::Preset;

/// Every preset with its settings name and, for the relative ones, its length in seconds.
struct PresetInfo
{
    Preset preset;
    const char *key;
    qint64 seconds;
};

constexpr std::array<PresetInfo, 6> Presets{{
    {Preset::All, "all", 0},
    {Preset::LastHour, "1h", 3600},
    {Preset::Last24Hours, "24h", 24 * 3600},
    {Preset::Last7Days, "7d", 7 * 24 * 3600},
    {Preset::Last30Days, "30d", 30 * 24 * 3600},
    {Preset::Custom, "custom", 0},
}};

const PresetInfo &info(Preset preset)
{
    for (const PresetInfo &p : Presets) {
        if (p.preset == preset)
            return p;
    }
    return Presets.front();
}

} // namespace

TimeRange::Bounds TimeRange::bounds(const QDateTime &now) const
{
    switch (preset) {
    case Preset::All:
        return {};
    case Preset::Custom:
        return {from, to};
    default:
        return {now.addSecs(-info(preset).seconds), {}};
    }
}

QString TimeRange::presetKey(Preset preset)
{
    return QString::fromLatin1(info(preset).key);
}

TimeRange::Preset TimeRange::presetFromKey(const QString &key)
{
    for (const PresetInfo &p : Presets) {
        if (key == QLatin1StringView(p.key))
            return p.preset;
    }
    return Preset::All;
}

} // namespace sdrs
