// SPDX-License-Identifier: MIT
#include "models/TableCsv.h"

#include <QStandardItemModel>
#include <QTest>

using namespace eb;

class TestTableCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 4180: quoted only where needed, quotes doubled, CRLF; UTF-8; the columns asked
    // for, in the order asked for.
    void writesTheGivenColumnsAsRfc4180()
    {
        QStandardItemModel model(3, 3);
        model.setHorizontalHeaderLabels(
            {QStringLiteral("Study"), QStringLiteral("Hidden"), QStringLiteral("Result, main")});
        const QStringList cells{
            QStringLiteral("Iino 2005"),   QStringLiteral("x"), QStringLiteral("RR 1.2"),
            QStringLiteral("Say \"yes\""), QStringLiteral("x"), QStringLiteral("two\nlines"),
            QStringLiteral("Tα1 ≥ 5"),     QStringLiteral("x"), QString()};
        for (int i = 0; i < cells.size(); ++i)
            model.setItem(i / 3, i % 3, new QStandardItem(cells.at(i)));
        const QByteArray expected = "\"Result, main\",Study\r\n"
                                    "RR 1.2,Iino 2005\r\n"
                                    "\"two\nlines\",\"Say \"\"yes\"\"\"\r\n"
                                    ",T\xce\xb1\x31 \xe2\x89\xa5 5\r\n";
        QCOMPARE(TableCsv::of(model, {2, 0}), expected);
    }

    void anEmptyTableIsItsHeader()
    {
        QStandardItemModel model(0, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B")});
        QCOMPARE(TableCsv::of(model, {0, 1}), QByteArray("A,B\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestTableCsv)
#include "tst_tablecsv.moc"
