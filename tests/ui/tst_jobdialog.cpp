#include <QTest>

class Tstjobdialog : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstjobdialog)
#include "tst_jobdialog.moc"
