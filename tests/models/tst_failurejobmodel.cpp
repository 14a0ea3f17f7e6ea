#include <QTest>

class Tstfailurejobmodel : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstfailurejobmodel)
#include "tst_failurejobmodel.moc"
