#include <QtTest>

class Tstcsv : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstcsv)
#include "tst_csv.moc"
