#include <QtTest>

class Tstdeletes : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstdeletes)
#include "tst_deletes.moc"
