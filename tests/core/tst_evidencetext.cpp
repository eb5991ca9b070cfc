// SPDX-License-Identifier: MIT
#include "core/format/EvidenceText.h"

#include <QTest>

using namespace eb;
using namespace Qt::StringLiterals;

namespace {

ReportedNumber printed(double value, const QString &digits)
{
    return {value, digits};
}

Effect hazardRatio()
{
    Effect effect;
    effect.measure = u"HR"_s;
    effect.estimate = printed(0.308, u"0.308"_s);
    effect.ciLevel = 0.95;
    effect.ciLow = printed(0.175, u"0.175"_s);
    effect.ciHigh = printed(0.541, u"0.541"_s);
    effect.pValue = ReportedPValue{u"<"_s, 0.001, u"<0.001"_s};
    return effect;
}

} // namespace

// The one place every stored and computed number is worded (core/format/EvidenceText.h).
class TestEvidenceText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsThePrintedDigits()
    {
        QCOMPARE(format::number(printed(1.1, u"1.10"_s)), u"1.10"_s);
        QCOMPARE(format::number(printed(0.25, QString())), u"0.25"_s);
    }

    void wordsAnEffectTheSameWayEverywhere()
    {
        const Effect effect = hazardRatio();
        QCOMPARE(format::effect(effect), u"HR 0.308 (95% CI 0.175–0.541), p<0.001"_s);
        QCOMPARE(format::effectShort(effect), u"HR 0.308 (0.175–0.541)"_s);
        QCOMPARE(format::estimateWithCi(effect), u"0.308 [0.175, 0.541]"_s);
    }

    void saysWhenTheCiLevelIsNotStated()
    {
        Effect effect = hazardRatio();
        effect.measure = u"OR"_s;
        effect.ciLevel.reset();
        effect.pValue.reset();
        QCOMPARE(format::ci(effect), u"CI, level not stated, 0.175–0.541"_s);
        QCOMPARE(format::ciLevel(0.9), u"90% CI"_s);
        QCOMPARE(format::ciLevel(0.999), u"99.9% CI"_s);
    }

    void anEffectWithoutNumbersKeepsTheSourcesWords()
    {
        Effect effect;
        effect.claimWording = u"similar"_s;
        QCOMPARE(format::effect(effect), u"similar"_s);
        QCOMPARE(format::effectShort(effect), QString());
        effect.claimWording.clear();
        QCOMPARE(format::effect(effect), u"no numbers reported"_s);
    }

    void pValuesKeepTheirRelation()
    {
        QCOMPARE(format::pValue({u"="_s, 0.03, u"0.03"_s}), u"p=0.03"_s);
        QCOMPARE(format::pValue({u"<"_s, 0.001, u"<0.001"_s}), u"p<0.001"_s);
        QCOMPARE(format::pValue({QString(), 0.2, QString()}), u"p=0.2"_s);
        QCOMPARE(format::computedP(0.0004), u"p<0.001"_s);
        QCOMPARE(format::computedP(0.0416), u"p=0.042"_s);
        QCOMPARE(format::preciseP(0.0000321), u"3.2e-05"_s);
        QCOMPARE(format::preciseP(0.04123), u"0.0412"_s);
    }

    void outcomesReadAsPrinted_data()
    {
        QTest::addColumn<std::optional<int>>("events");
        QTest::addColumn<std::optional<int>>("total");
        QTest::addColumn<QString>("percent");
        QTest::addColumn<QString>("low");
        QTest::addColumn<QString>("high");
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("shortest");
        const std::optional<int> none;
        QTest::newRow("counts and percent")
            << std::optional<int>(9) << std::optional<int>(29) << u"31.0"_s << QString()
            << QString() << u"9/29 (31.0%)"_s << u"31.0%"_s;
        QTest::newRow("counts only") << std::optional<int>(1) << std::optional<int>(30) << QString()
                                     << QString() << QString() << u"1/30"_s << u"1/30"_s;
        QTest::newRow("percent only")
            << none << none << u"36.4"_s << QString() << QString() << u"36.4%"_s << u"36.4%"_s;
        QTest::newRow("a range") << none << none << QString() << u"60"_s << u"90"_s << u"60–90%"_s
                                 << u"60–90%"_s;
        QTest::newRow("nothing") << none << none << QString() << QString() << QString()
                                 << u"not reported"_s << QString();
    }

    void outcomesReadAsPrinted()
    {
        QFETCH(std::optional<int>, events);
        QFETCH(std::optional<int>, total);
        QFETCH(QString, percent);
        QFETCH(QString, low);
        QFETCH(QString, high);
        QFETCH(QString, full);
        QFETCH(QString, shortest);
        const auto number = [](const QString &digits) -> OptionalNumber {
            if (digits.isEmpty())
                return std::nullopt;
            return ReportedNumber{digits.toDouble(), digits};
        };
        Outcome outcome;
        outcome.events = events;
        outcome.total = total;
        outcome.percent = number(percent);
        outcome.percentLow = number(low);
        outcome.percentHigh = number(high);
        QCOMPARE(format::outcome(outcome), full);
        QCOMPARE(format::outcomeShort(outcome), shortest);
    }

    // A review's continuous result: its mean and SD as printed, and its number.
    void aContinuousOutcomeReadsAsItsMean()
    {
        Outcome outcome;
        outcome.mean = ReportedNumber{42.1, u"42.1"_s};
        outcome.sd = ReportedNumber{15.3, u"15.3"_s};
        outcome.total = 58;
        QCOMPARE(format::outcome(outcome), u"mean 42.1 (SD 15.3), n=58"_s);
        QCOMPARE(format::outcomeShort(outcome), u"mean 42.1 (SD 15.3), n=58"_s);
    }

    // How a source is cited: only the bundled review article is "the source document"; an
    // imported review goes by its title, the user's own file and entries as theirs.
    void sourcesAreCitedByWhatTheyAre_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("bundled");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bundled review article")
            << u"review_article"_s << true << u"Thymosin Alpha-1 for Liver Health"_s
            << u"Source document"_s;
        QTest::newRow("imported review")
            << u"review_article"_s << false << u"Drug A for hepatitis B (a fictional review)"_s
            << u"Drug A for hepatitis B"_s;
        QTest::newRow("imported review, long title")
            << u"review_article"_s << false
            << u"Thymosin alpha-1 for chronic hepatitis B in adults and in children"_s
            << u"Thymosin alpha-1 for chronic hepatitis B in adu\u2026"_s;
        QTest::newRow("the user's file")
            << u"user_file"_s << false << u"The user's CSV file a.csv"_s
            << u"The user's CSV file a.csv"_s;
        QTest::newRow("the user's entry")
            << u"user_entry"_s << false << u"Smith 2019"_s << u"Your entry"_s;
    }

    void sourcesAreCitedByWhatTheyAre()
    {
        QFETCH(QString, kind);
        QFETCH(bool, bundled);
        QFETCH(QString, title);
        QFETCH(QString, expected);
        Source source;
        source.kind = kind;
        source.bundled = bundled;
        source.title = title;
        source.citation = title;
        QCOMPARE(source.shortName(), expected);
    }

    void computedNumbers()
    {
        QCOMPARE(format::estimateWithCi(0.5394, 0.1903, 1.5291), u"0.54 [0.19, 1.53]"_s);
        QCOMPARE(format::percent(0.3125), u"31.3%"_s);
        QCOMPARE(format::fixed(2.0, 0), u"2"_s);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceText)
#include "tst_evidencetext.moc"
