#include "app/api/systemproxy.h"

#include <QNetworkProxyFactory>

namespace sdrs::net {

void useSystemProxies()
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

} // namespace sdrs::net
