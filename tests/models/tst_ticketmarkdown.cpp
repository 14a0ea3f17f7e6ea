// Unit tests of the Markdown table for a support ticket (models/ticketmarkdown.h).

#include "models/apitime.h"
#include "models/ticketmarkdown.h"
#include "tests/common/examplerows.h"

#include <QTest>

using namespace sdrs;
using namespace sdrs::test;

class TstTicketMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table();
    void cellsCannotBreakTheTable();
    void noRows();
};

/// The cells of one table line, split at unescaped pipes.
static QStringList cellsOf(const QString &line)
{
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'\\' && i + 1 < line.size()) {
            cell += line.at(++i);
        } else if (line.at(i) == u'|') {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += line.at(i);
        }
    }
    cells << cell.trimmed();
    return cells.mid(1, cells.size() - 2); // the outer pipes
}

void TstTicketMarkdown::table()
{
    const QList<FailureJob> jobs = sampleJobs();
    const QString text = ticketMarkdown(jobs.mid(0, 4));
    QVERIFY(text.endsWith(u'\n'));
    const QStringList lines = text.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2 + 4);
    QCOMPARE(cellsOf(lines.at(0)),
             QStringList({QStringLiteral("Began (UTC)"), QStringLiteral("Job type"),
                          QStringLiteral("Resource"), QStringLiteral("Error code"),
                          QStringLiteral("Cause"), QStringLiteral("What to do")}));
    QCOMPARE(lines.at(1), QStringLiteral("|---|---|---|---|---|---|"));
    const QStringList first = cellsOf(lines.at(2));
    QCOMPARE(first.size(), 6);
    QCOMPARE(first.at(0), QStringLiteral("2026-11-19T10:00:00.000Z"));
    QCOMPARE(first.at(1), jobs.at(0).jobType);
    QCOMPARE(first.at(2),
             jobs.at(0).resourceName + QStringLiteral(" (") + jobs.at(0).resourceId + u')');
    QCOMPARE(first.at(3), QStringLiteral("SDRS.1306"));
    // The downstream message, with its colon: the cause, not the catalog's text.
    QCOMPARE(first.at(4), QStringLiteral("Quota exceeded for instances: Requested 1, but already "
                                         "used 50 of 50 instances."));
    QVERIFY(first.at(5).startsWith(QLatin1StringView("Try again")));
    // The stack trace's row stays one line.
    QCOMPARE(cellsOf(lines.at(5)).at(4),
             QStringLiteral("The replication pair cannot be expanded."));
}

void TstTicketMarkdown::cellsCannotBreakTheTable()
{
    FailureJob job;
    job.resourceName = QStringLiteral("web|db \\ node");
    job.jobType = QStringLiteral("create|x");
    job.beginTimeText = QStringLiteral("not\na time");
    job.failReason = QStringLiteral("Task-fail:disk a|b\nis full\x1b[2J");
    const QString text = ticketMarkdown({job});
    const QStringList lines = text.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3);
    const QStringList cells = cellsOf(lines.at(2));
    QCOMPARE(cells.size(), 6);
    QCOMPARE(cells.at(0), QStringLiteral("not a time"));
    QCOMPARE(cells.at(1), QStringLiteral("create|x"));
    QCOMPARE(cells.at(2), QStringLiteral("web|db \\ node"));
    QCOMPARE(cells.at(4), QStringLiteral("disk a|b"));
    QCOMPARE(markdownCell(QStringLiteral("a|b\\c\td\r\ne")), QStringLiteral("a\\|b\\\\c d e"));
    QCOMPARE(markdownCell(QStringLiteral("x\x1by")), QStringLiteral("x\\\\x1By"));
}

void TstTicketMarkdown::noRows()
{
    QVERIFY(ticketMarkdown({}).isEmpty());
}

QTEST_GUILESS_MAIN(TstTicketMarkdown)
#include "tst_ticketmarkdown.moc"
