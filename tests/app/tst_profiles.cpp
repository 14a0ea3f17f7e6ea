#include <QTest>

class Tstprofiles : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstprofiles)
#include "tst_profiles.moc"
