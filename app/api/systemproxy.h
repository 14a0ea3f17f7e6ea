#pragma once

namespace sdrs::net {

/// Sends every request of the process through the system's proxy settings (the environment's
/// `http_proxy`, `https_proxy` and `no_proxy` on Linux). A process-wide setting: made once at
/// start-up, before the first request.
void useSystemProxies();

} // namespace sdrs::net
