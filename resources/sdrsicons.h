// Icons bundled in the program (target sdrs_resources, resource prefix "/icons"):
//   :/icons/sdrs-failures.svg  the application icon
//   :/icons/NAME.svg           fallbacks for freedesktop icon-theme names (view-refresh, go-next,
//   ...)
#pragma once

#include <QtGui/QIcon>

namespace sdrs {

// The desktop theme's icon NAME when there is one, else the bundled :/icons/NAME.svg.
QIcon themedIcon(const QString &name);

// The application icon: the installed theme icon "sdrs-failures" when present, else the bundled
// SVG.
QIcon applicationIcon();

} // namespace sdrs
