#include "app/api/tlscheck.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSslCertificate>
#include <QUrl>

namespace sdrs::tls {

namespace {

/// The translation context of this file's sentences.
class TlsText
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::tls)
};

/// `pattern` (a DNS name from a certificate, maybe with a left-most `*`) against `host`, both in
/// ASCII (IDNA) form.
bool dnsMatches(QString pattern, const QString &host)
{
    pattern = pattern.toLower();
    if (pattern.endsWith(u'.'))
        pattern.chop(1);
    if (pattern.isEmpty())
        return false;
    if (!pattern.startsWith(QLatin1StringView("*.")))
        return pattern == host;
    // "*.example.com": one whole label, and never a wildcard for a bare public suffix.
    const QString suffix = pattern.mid(1); // ".example.com"
    if (suffix.count(u'.') < 2 || !host.endsWith(suffix))
        return false;
    const QString label = host.left(host.size() - suffix.size());
    return !label.isEmpty() && !label.contains(u'.');
}

} // namespace

QString hostProblem(const QSslCertificate &certificate, const QString &host)
{
    if (certificate.isNull())
        return TlsText::tr("The server sent no certificate.");
    QString name = QString::fromLatin1(QUrl::toAce(host)).toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    const QHostAddress address(host);
    const auto alternatives = certificate.subjectAlternativeNames();
    const QList<QString> dnsNames = alternatives.values(QSsl::DnsEntry);
    const QList<QString> ipNames = alternatives.values(QSsl::IpAddressEntry);
    if (!dnsNames.isEmpty() || !ipNames.isEmpty()) {
        if (!address.isNull()) {
            for (const QString &ip : ipNames) {
                if (QHostAddress(ip).isEqual(address))
                    return {};
            }
        } else {
            for (const QString &dns : dnsNames) {
                if (dnsMatches(QString::fromLatin1(QUrl::toAce(dns)), name))
                    return {};
            }
        }
        QStringList listed = dnsNames;
        listed += ipNames;
        //: %1 is the host name, %2 the names the certificate lists.
        return TlsText::tr("The certificate does not name %1 among its subject alternative names "
                           "(%2).")
            .arg(host, listed.join(QLatin1StringView(", ")));
    }
    if (address.isNull()) {
        for (const QString &cn : certificate.subjectInfo(QSslCertificate::CommonName)) {
            if (dnsMatches(QString::fromLatin1(QUrl::toAce(cn)), name))
                return {};
        }
    }
    //: %1 is the host name.
    return TlsText::tr("The certificate does not name %1.").arg(host);
}

} // namespace sdrs::tls
