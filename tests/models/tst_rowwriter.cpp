// Unit tests of the row-writing loop (models/rowwriter.h) that the CSV, JSON and table formats
// share: rows counted, text and bytes kept in order, large chunks, cancelling and device errors.

#include "models/rowwriter.h"
#include "tests/common/failingdevice.h"

#include <QBuffer>
#include <QTest>

using namespace sdrs;

class TstRowWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsRowsAndKeepsOrder();
    void writesInLargeChunks();
    void cancels();
    void reportsDeviceErrors();
    void emptyWrite();
};

void TstRowWriter::countsRowsAndKeepsOrder()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RowWriter writer(buffer, {});
    writer.bytes() += "[";
    writer.text() += QStringLiteral("h\u00e9ader;");
    for (int row = 0; row < 3; ++row) {
        QVERIFY(writer.nextRow());
        if (row % 2 == 0)
            writer.text() += QStringLiteral("t%1;").arg(row);
        else
            writer.bytes() += QByteArray("b") + QByteArray::number(row) + ';';
    }
    writer.bytes() += "]";
    const WriteResult result = writer.finish();
    QVERIFY(result.ok());
    QCOMPARE(result.value, 3);
    QCOMPARE(buffer.data(), QStringLiteral("[h\u00e9ader;t0;b1;t2;]").toUtf8());
}

void TstRowWriter::writesInLargeChunks()
{
    FailingDevice device(-1);
    RowWriter writer(device, {});
    const QString row(100, u'x');
    for (int i = 0; i < 50000; ++i) {
        QVERIFY(writer.nextRow());
        writer.text() += row;
    }
    const WriteResult result = writer.finish();
    QVERIFY(result.ok());
    QCOMPARE(result.value, 50000);
    QCOMPARE(device.received(), qint64(50000) * 100);
    // 5 MB in chunks of about a megabyte, not one write per row.
    QVERIFY2(device.writeCalls() <= 10, qPrintable(QString::number(device.writeCalls())));
}

void TstRowWriter::cancels()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int asked = 0;
    RowWriter writer(buffer, [&asked] { return ++asked == 2; });
    int rows = 0;
    while (writer.nextRow()) {
        writer.text() += QStringLiteral("row\n");
        ++rows;
    }
    const WriteResult result = writer.finish();
    QCOMPARE(result.error.kind, ApiError::Kind::Cancelled);
    QVERIFY(!result.ok());
    // Asked before the first row and every 256 rows after: the second answer stops it.
    QCOMPARE(rows, 256);
    QCOMPARE(result.value, 256);
    QVERIFY(buffer.data().isEmpty()); // a cancelled write hands nothing more to the device
    QVERIFY(!writer.nextRow());
}

void TstRowWriter::reportsDeviceErrors()
{
    FailingDevice device(1000);
    RowWriter writer(device, {});
    const QString row(1000, u'y');
    bool stopped = false;
    for (int i = 0; i < 5000 && !stopped; ++i) {
        stopped = !writer.nextRow();
        if (!stopped)
            writer.text() += row;
    }
    QVERIFY(stopped); // the first full chunk failed
    const WriteResult result = writer.finish();
    QCOMPARE(result.error.kind, ApiError::Kind::Io);
    QCOMPARE(result.error.message, QStringLiteral("No space left on device"));

    FailingDevice small(3);
    RowWriter late(small, {});
    QVERIFY(late.nextRow());
    late.text() += QStringLiteral("more than three bytes");
    const WriteResult atEnd = late.finish();
    QCOMPARE(atEnd.error.kind, ApiError::Kind::Io);
}

void TstRowWriter::emptyWrite()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RowWriter writer(buffer, [] { return true; });
    const WriteResult result = writer.finish();
    QVERIFY(result.ok()); // no row: nothing to cancel
    QCOMPARE(result.value, 0);
    QVERIFY(buffer.data().isEmpty());
}

QTEST_GUILESS_MAIN(TstRowWriter)
#include "tst_rowwriter.moc"
