// SPDX-License-Identifier: MIT
#include "core/forest/AxisScale.h"

#include <QTest>

using namespace eb;

class TestAxisScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosesReadableRatioTicks_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<QList<double>>("ticks");
        QTest::newRow("HCC hazard ratios 0.175-0.633")
            << 0.175 << 0.633 << QList<double>{0.1, 0.2, 0.5, 1, 2};
        QTest::newRow("odds ratios 0.30-6.71")
            << 0.30 << 6.71 << QList<double>{0.2, 0.5, 1, 2, 5, 10};
        QTest::newRow("narrow around 1: one step each side")
            << 0.9 << 1.1 << QList<double>{0.5, 1, 2};
        QTest::newRow("0.25-4, where a log axis shows one tick")
            << 0.25 << 4.0 << QList<double>{0.2, 0.5, 1, 2, 5};
        QTest::newRow("very wide: powers of ten")
            << 0.011 << 90.0 << QList<double>{0.01, 0.1, 1, 10, 100};
        QTest::newRow("beyond the widest range")
            << 0.0001 << 5000.0 << QList<double>{0.01, 0.1, 1, 10, 100};
    }

    void choosesReadableRatioTicks()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(QList<double>, ticks);
        const AxisScale scale = AxisScale::forRatios(low, high);
        QVERIFY(scale.isLog());
        QCOMPARE(scale.ticks(), ticks);
        QVERIFY(scale.ticks().size() >= 2);
        QVERIFY(scale.ticks().contains(1.0));
        QCOMPARE(scale.minimum(), ticks.first());
        QCOMPARE(scale.maximum(), ticks.last());
    }

    void marksBoundsBeyondTheAxisForArrows()
    {
        const AxisScale scale = AxisScale::forRatios(0.001, 500);
        QVERIFY(scale.isBelowRange(0.001));
        QVERIFY(scale.isAboveRange(500));
        QVERIFY(!scale.isBelowRange(0.5));
        QVERIFY(!scale.isAboveRange(50));
        QCOMPARE(scale.fraction(1.0), 0.5);
    }

    void usesALinearAxisForRiskDifferences()
    {
        const AxisScale scale = AxisScale::forDifferences(-0.12, 0.3);
        QVERIFY(!scale.isLog());
        QCOMPARE(scale.nullValue(), 0.0);
        QVERIFY(scale.ticks().contains(0.0));
        QVERIFY(scale.minimum() <= -0.12 && scale.maximum() >= 0.3);
        QVERIFY(scale.ticks().size() >= 3);
    }

    void labelsTicksInRatioUnits()
    {
        QCOMPARE(AxisScale::tickLabel(0.2), QStringLiteral("0.2"));
        QCOMPARE(AxisScale::tickLabel(10), QStringLiteral("10"));
        QCOMPARE(AxisScale::tickLabel(0.01), QStringLiteral("0.01"));
    }
};

QTEST_GUILESS_MAIN(TestAxisScale)
#include "tst_axisscale.moc"
