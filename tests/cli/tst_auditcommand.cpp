// SPDX-License-Identifier: MIT
// The `audit` command's contract, checked on the built program run headless: exit codes,
// the text and JSON outputs on the bundled database.
#include "common/ProgramRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestAuditCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void printsTextByDefault()
    {
        const ProgramRun run = audit({});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.startsWith(QStringLiteral("Integrity audit of dataset ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral(": 7 findings")));
        QVERIFY(text.contains(QStringLiteral("(words-vs-numbers)")));
        QVERIFY(text.contains(QStringLiteral("OR 0.54 (95% CI 0.30\u20130.97)")));
        QVERIFY(
            text.contains(QStringLiteral("Thymosin alpha-1 vs interferon-alpha meta-analysis")));
        QVERIFY(text.contains(QStringLiteral("By check: estimate-outside-ci 0, ci-asymmetric 0, "
                                             "p-inconsistent-with-ci 0, words-vs-numbers 1, "
                                             "percent-vs-counts 0, arm-sizes-vs-study-size 0, "
                                             "relative-reduction-vs-ratio 0, "
                                             "differs-from-primary 6")));
        QVERIFY(!text.contains(QStringLiteral("HR 0.308")));
        QCOMPARE(audit({QStringLiteral("--format"), QStringLiteral("text")}).out, run.out);
    }

    void printsJson()
    {
        const ProgramRun run = audit({QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject result = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(result.contains(QStringLiteral("dataset_version")));
        QVERIFY(!result.value(QStringLiteral("disclaimer")).toString().isEmpty());

        const QJsonArray checks = result.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 8);
        for (const QJsonValue &check : checks) {
            QStringList keys = check.toObject().keys();
            keys.sort();
            QCOMPARE(keys, QStringList({QStringLiteral("description"), QStringLiteral("id"),
                                        QStringLiteral("title")}));
        }

        const QJsonArray findings = result.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 7);
        int words = 0;
        for (const QJsonValue &value : findings) {
            const QJsonObject finding = value.toObject();
            QStringList keys = finding.keys();
            keys.sort();
            QCOMPARE(keys, QStringList({QStringLiteral("check"), QStringLiteral("explanation"),
                                        QStringLiteral("study"), QStringLiteral("study_id"),
                                        QStringLiteral("target_id"), QStringLiteral("target_kind"),
                                        QStringLiteral("value")}));
            if (finding.value(QStringLiteral("check")).toString() != u"words-vs-numbers")
                continue;
            ++words;
            QCOMPARE(finding.value(QStringLiteral("study_id")).toString(),
                     QStringLiteral("ifn-meta"));
            QCOMPARE(finding.value(QStringLiteral("target_kind")).toString(),
                     QStringLiteral("effect"));
            QCOMPARE(finding.value(QStringLiteral("target_id")).toString(),
                     QStringLiteral("ifn-meta-complete-eot"));
            QCOMPARE(finding.value(QStringLiteral("value")).toString(),
                     QStringLiteral("OR 0.54 (95% CI 0.30\u20130.97)"));
        }
        QCOMPARE(words, 1);
    }

    void filtersByCondition()
    {
        const ProgramRun run = audit({QStringLiteral("--condition"), QStringLiteral("HCC"),
                                      QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(run.out)
                    .object()
                    .value(QStringLiteral("findings"))
                    .toArray()
                    .isEmpty());
    }

    void refusesABadFormat()
    {
        const ProgramRun run = audit({QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("unsupported format 'csv'")), qPrintable(run.err));
    }

    void refusesAnUnknownCondition()
    {
        const ProgramRun run = audit({QStringLiteral("--condition"), QStringLiteral("flu")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("unknown condition 'flu'")));
    }

    void failsOnAFileThatIsNotADatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-sqlite.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not an SQLite database, just some text that is long enough.\n");
        file.close();
        const ProgramRun run = runEvidenceBrowser(
            {QStringLiteral("audit"), QStringLiteral("--database"), path}, m_dir.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
    }

private:
    ProgramRun audit(const QStringList &options) const
    {
        return runEvidenceBrowser(QStringList{QStringLiteral("audit"), QStringLiteral("--database"),
                                              m_dir.filePath(QStringLiteral("e.sqlite"))} +
                                      options,
                                  m_dir.path());
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAuditCommand)
#include "tst_auditcommand.moc"
