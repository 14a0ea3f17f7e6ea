#pragma once

#include <QString>

class QSslCertificate;

namespace sdrs::tls {

/// Why `certificate` does not name `host`, or an empty string when it does. Stricter than Qt
/// 6.4, which accepts a certificate whose common name matches even when its subject alternative
/// names list other hosts: here, as RFC 6125 and browsers require, a certificate with any DNS or
/// IP subject alternative name must list the host among them, and the common name counts only
/// when it has none. A wildcard (`*.example.com`) covers exactly one left-most label.
QString hostProblem(const QSslCertificate &certificate, const QString &host);

} // namespace sdrs::tls
