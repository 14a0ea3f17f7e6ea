// The one place of error texts: the sentence and facts the window shows, the command line's line
// and the class its exit code is chosen by.
#include "models/errortext.h"

#include <QTest>

using namespace sdrs;
using namespace sdrs::errortext;

namespace {

ApiError error(ApiError::Kind kind, int httpStatus = 0)
{
    ApiError e;
    e.kind = kind;
    e.httpStatus = httpStatus;
    return e;
}

} // namespace

class TestErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("expected");
        using K = ApiError::Kind;
        QTest::newRow("none") << int(K::None) << 0 << int(ErrorClass::None);
        QTest::newRow("auth") << int(K::Auth) << 0 << int(ErrorClass::SignIn);
        QTest::newRow("403") << int(K::Http) << 403 << int(ErrorClass::SignIn);
        QTest::newRow("500") << int(K::Http) << 500 << int(ErrorClass::Service);
        QTest::newRow("timeout") << int(K::Timeout) << 0 << int(ErrorClass::Network);
        QTest::newRow("decode") << int(K::Decode) << 0 << int(ErrorClass::Service);
        QTest::newRow("invalid") << int(K::Invalid) << 0 << int(ErrorClass::Usage);
        QTest::newRow("cancelled") << int(K::Cancelled) << 0 << int(ErrorClass::Cancelled);
        QTest::newRow("io") << int(K::Io) << 0 << int(ErrorClass::Other);
    }
    void classes()
    {
        QFETCH(int, kind);
        QFETCH(int, httpStatus);
        QFETCH(int, expected);
        QCOMPARE(int(errorClass(error(ApiError::Kind(kind), httpStatus))), expected);
    }

    void sentences()
    {
        QVERIFY(sentence(error(ApiError::Kind::None)).isEmpty());
        QCOMPARE(sentence(error(ApiError::Kind::Http, 503)),
                 QStringLiteral("SDRS reported a problem on its side (HTTP 503). Refresh to try "
                                "again; if it persists, report the request id."));
        ApiError e = error(ApiError::Kind::Http, 404);
        e.requestId = QStringLiteral("req-1");
        QVERIFY(details(e).contains(QStringLiteral("HTTP status: 404")));
        QVERIFY(details(e).contains(QStringLiteral("Request id: req-1")));
        QVERIFY(details(error(ApiError::Kind::None)).isEmpty());
    }

    void line()
    {
        const ApiError e = error(ApiError::Kind::Timeout);
        QCOMPARE(errortext::line(QStringLiteral("cannot list"), e),
                 QStringLiteral("cannot list: ") + e.toString());
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
