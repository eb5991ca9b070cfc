// SPDX-License-Identifier: MIT
// An import reports its progress study by study, and one cancelled half-way leaves the
// database file byte-identical.
#include "common/FileHash.h"
#include "data/Database.h"
#include "data/EvidenceImporter.h"
#include "data/EvidenceRepository.h"
#include "data/ImportFileReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace eb;

namespace {

constexpr int studyCount = 40;

// Forty fictional two-arm studies, one arm row each.
QByteArray fortyStudies()
{
    QByteArray csv = "row,study,conditions,arm,role,interventions,n,endpoint,events,total\n";
    for (int i = 1; i <= studyCount; ++i)
        for (const char *arm : {"Active", "Control"})
            csv += "arm,Example study " + QByteArray::number(i) + ",hbv," + arm + ',' +
                   (arm[0] == 'A' ? "treatment,thymosin alpha-1" : "comparator,no-treatment") +
                   ",30,ALT normalization," + QByteArray::number(i % 30) + ",30\n";
    return csv;
}

qsizetype studiesIn(const QString &databasePath)
{
    const Database database = Database::open(databasePath);
    return EvidenceRepository(database.connection()).load().studies.size();
}

} // namespace

class TestImportCancel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath(QStringLiteral("forty.csv"));
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fortyStudies());
    }

    void cancelledHalfWayWritesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancel.sqlite"));
        const qsizetype bundled = studiesIn(path);
        const QByteArray before = fileHash(path);
        QList<std::pair<int, int>> calls;
        ImportReport report;
        {
            const Database database = Database::open(path);
            Dataset dataset =
                readImportFile(m_csv, EvidenceRepository(database.connection()).loadHeader());
            report = EvidenceImporter(database.connection())
                         .import(std::move(dataset), m_csv, DuplicatePolicy::Refuse, false,
                                 [&calls](int written, int total) {
                                     calls.append({written, total});
                                     return written < 10;
                                 });
        }
        QVERIFY(report.cancelled);
        QVERIFY(!report.written);
        QCOMPARE(calls.size(), 11);
        QCOMPARE(calls.first(), std::pair(0, studyCount));
        QCOMPARE(calls.last(), std::pair(10, studyCount));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(studiesIn(path), bundled);
    }

    void reportsEveryStudyWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("whole.sqlite"));
        const qsizetype bundled = studiesIn(path);
        QList<int> written;
        const Database database = Database::open(path);
        Dataset dataset =
            readImportFile(m_csv, EvidenceRepository(database.connection()).loadHeader());
        const ImportReport report = EvidenceImporter(database.connection())
                                        .import(std::move(dataset), m_csv, DuplicatePolicy::Refuse,
                                                false, [&written](int done, int total) {
                                                    written.append(done);
                                                    return total == studyCount;
                                                });
        QVERIFY(report.written);
        QVERIFY(!report.cancelled);
        QCOMPARE(written.size(), studyCount + 1);
        for (int i = 0; i <= studyCount; ++i)
            QCOMPARE(written.at(i), i);
        QCOMPARE(EvidenceRepository(database.connection()).load().studies.size(),
                 bundled + studyCount);
    }

private:
    QTemporaryDir m_dir;
    QString m_csv;
};

QTEST_GUILESS_MAIN(TestImportCancel)
#include "tst_importcancel.moc"
