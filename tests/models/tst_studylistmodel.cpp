// SPDX-License-Identifier: MIT
#include "core/DatasetView.h"
#include "data/Database.h"
#include "data/EvidenceRepository.h"
#include "models/StudyFilterProxy.h"
#include "models/StudyListModel.h"
#include "models/StudyTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace eb;

namespace {

QStringList idsOf(const QList<const Study *> &studies)
{
    QStringList ids;
    for (const Study *study : studies)
        ids.append(study->id);
    return ids;
}

QStringList rowIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(StudyTableModel::StudyIdRole).toString());
    return ids;
}

} // namespace

// The list read on demand shows what the in-memory table shows, for the selection the search
// thread answered last.
class TestStudyListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("l.sqlite"));
        const Database database = Database::open(m_path);
        const EvidenceRepository repository(database.connection());
        m_header = repository.loadHeaderUnchecked();
        m_table.setView(DatasetView(repository.load()));
    }

    // Every row, every column and role the view shows, as StudyTableModel shows them.
    void rowsMatchTheInMemoryTable()
    {
        StudyListModel list(m_header, m_path);
        QAbstractItemModelTester tester(&list);
        QSignalSpy applied(&list, &StudyListModel::selectionApplied);
        QVERIFY(applied.wait());
        QCOMPARE(list.rowCount(), m_table.rowCount());
        QCOMPARE(list.studyCount(), m_table.rowCount());
        for (int row = 0; row < list.rowCount(); ++row)
            for (int column = 0; column < StudyTableModel::ColumnCount; ++column)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole),
                                 int(StudyTableModel::FindingCountRole)})
                    QCOMPARE(list.index(row, column).data(role),
                             m_table.index(row, column).data(role));
        QCOMPARE(list.headerData(StudyTableModel::Evidence, Qt::Horizontal, Qt::ToolTipRole),
                 m_table.headerData(StudyTableModel::Evidence, Qt::Horizontal, Qt::ToolTipRole));
    }

    // Selections set faster than answered: only the last is applied, once.
    void appliesOnlyTheLatestSelection()
    {
        StudyListModel list(m_header, m_path);
        StudyFilterProxy proxy;
        proxy.setSourceModel(&list);
        QSignalSpy changed(&proxy, &StudyFilterProxy::selectionChanged);
        StudySelection hbv;
        hbv.conditionIds = {QStringLiteral("hbv")};
        StudySelection hccText;
        hccText.conditionIds = {QStringLiteral("hcc")};
        hccText.text = QStringLiteral("survival");
        proxy.setSelection(hbv);
        proxy.setSelection(hccText);
        QVERIFY(changed.wait());
        QTest::qWait(100); // an out-of-date answer would arrive meanwhile
        QCOMPARE(changed.size(), 1);
        QCOMPARE(proxy.selection(), hccText);
        const QStringList expected = idsOf(m_table.view().selectedStudies(hccText));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(rowIds(proxy), expected);
        QCOMPARE(list.rowOfStudy(expected.constLast()), int(expected.size()) - 1);
        QCOMPARE(list.study(0).id, expected.constFirst());
    }

    // The summary and the figures read the shown studies, and only up to a limit.
    void readsShownStudiesUpToTheLimit()
    {
        StudyListModel list(m_header, m_path);
        QSignalSpy applied(&list, &StudyListModel::selectionApplied);
        QVERIFY(applied.wait());
        const ShownStudies shown = list.shownStudies();
        QVERIFY(shown.view);
        QCOMPARE(idsOf(shown.view->selectedStudies(StudySelection())),
                 idsOf(m_table.view().selectedStudies(StudySelection())));
        QCOMPARE(shown.view->findings().size(), m_table.view().findings().size());
        QVERIFY(m_table.rowCount() < StudyListModel::maxShownStudies); // the bundled data
    }

    // The whole-database checks a full load makes first run after the start: a damaged file
    // is still said, with the load's message.
    void saysADamagedDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            const Database database = Database::open(path);
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(
                query.exec(QStringLiteral("UPDATE arm SET study_id = 'nobody' WHERE rowid = 1")));
        }
        StudyListModel list(m_header, path);
        QSignalSpy damaged(&list, &StudyListModel::damaged);
        QVERIFY(damaged.wait(20000));
        const QString message = damaged.constFirst().constFirst().toString();
        QVERIFY2(message.startsWith(path + QStringLiteral(" is damaged")), qPrintable(message));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Dataset m_header;
    StudyTableModel m_table;
};

QTEST_MAIN(TestStudyListModel)
#include "tst_studylistmodel.moc"
