// SPDX-License-Identifier: MIT
#include "core/ReportedNumber.h"

#include <QTest>

using namespace eb;

class TestReportedNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printedDecimals_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::addColumn<int>("decimals");
        QTest::newRow("integer") << QStringLiteral("316") << 0;
        QTest::newRow("trailing zero kept") << QStringLiteral("1.10") << 2;
        QTest::newRow("three decimals") << QStringLiteral("0.308") << 3;
        QTest::newRow("p-value relation") << QStringLiteral("<0.001") << 3;
        QTest::newRow("one decimal") << QStringLiteral("36.4") << 1;
    }

    void printedDecimals()
    {
        QFETCH(QString, printed);
        QFETCH(int, decimals);
        QCOMPARE((ReportedNumber{0.0, printed}.printedDecimals()), decimals);
    }

    void missingNumberReadsNotReported()
    {
        QCOMPARE(printedOrNotReported(std::nullopt), QStringLiteral("not reported"));
        QCOMPARE(printedOrNotReported(ReportedNumber{1.1, QStringLiteral("1.10")}),
                 QStringLiteral("1.10"));
    }
};

QTEST_GUILESS_MAIN(TestReportedNumber)
#include "tst_reportednumber.moc"
