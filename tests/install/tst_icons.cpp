// The icons bundled in sdrs_resources: every SVG is in the resource under /icons, is valid SVG,
// and renders to a non-empty pixmap through QIcon (the fallback path of sdrs::themedIcon).
#include "resources/sdrsicons.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtGui/QImage>
#include <QtGui/QPixmap>
#include <QtSvg/QSvgRenderer>
#include <QtTest/QtTest>

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No desktop theme, so that themedIcon() has to take the bundled fallback.
        QIcon::setThemeSearchPaths({});
        QIcon::setThemeName(QString());
    }

    void bundled_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name :
             {"sdrs-failures", "view-refresh", "process-stop", "document-new", "document-edit",
              "document-save-as", "edit-copy", "edit-delete", "go-first", "go-previous", "go-next",
              "go-last", "dialog-information"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void bundled()
    {
        QFETCH(QString, name);
        const QString path = QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());

        const QIcon icon = sdrs::themedIcon(name);
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(QSize(16, 16)).toImage();
        QCOMPARE(image.size(), QSize(16, 16));
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 128;
        QVERIFY2(opaque >= 12, qPrintable(QStringLiteral("only %1 opaque pixels").arg(opaque)));
    }

    // Every SVG in resources/icons is in the resource, so nothing is added and forgotten.
    void everySourceFileBundled()
    {
        const QStringList files =
            QDir(QStringLiteral(SDRS_ICONS_DIR)).entryList({QStringLiteral("*.svg")}, QDir::Files);
        QVERIFY(files.size() >= 13);
        for (const QString &file : files)
            QVERIFY2(QFile::exists(QStringLiteral(":/icons/") + file), qPrintable(file));
    }

    void applicationIcon()
    {
        QVERIFY(!sdrs::applicationIcon().isNull());
        QVERIFY(!sdrs::applicationIcon().pixmap(QSize(48, 48)).isNull());
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
