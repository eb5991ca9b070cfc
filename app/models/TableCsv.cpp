// SPDX-License-Identifier: MIT
#include "models/TableCsv.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace eb {
namespace {

QString field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

} // namespace

QByteArray TableCsv::of(QAbstractItemModel &model, const QList<int> &columns)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QString text;
    QStringList cells;
    for (const int column : columns)
        cells.append(field(model.headerData(column, Qt::Horizontal).toString()));
    text += cells.join(u',') + QStringLiteral("\r\n");
    for (int row = 0; row < model.rowCount(); ++row) {
        cells.clear();
        for (const int column : columns)
            cells.append(field(model.index(row, column).data().toString()));
        text += cells.join(u',') + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

} // namespace eb
