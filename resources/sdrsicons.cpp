#include "resources/sdrsicons.h"

namespace sdrs {

QIcon themedIcon(const QString &name)
{
    return QIcon::fromTheme(name,
                            QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg")));
}

QIcon applicationIcon()
{
    return themedIcon(QStringLiteral("sdrs-failures"));
}

} // namespace sdrs
