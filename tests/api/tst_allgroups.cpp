#include <QTest>

class Tstallgroups : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstallgroups)
#include "tst_allgroups.moc"
