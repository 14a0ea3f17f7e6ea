#include <QTest>

class Tstjobtreemodel : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstjobtreemodel)
#include "tst_jobtreemodel.moc"
