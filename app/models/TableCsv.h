// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>

class QAbstractItemModel;

namespace eb {

// A table as a person sees it, as CSV (RFC 4180: a field holding a comma, a double quote or
// a line break is quoted, its quotes doubled; lines end in CRLF), UTF-8: the header, then
// every row of the model (a model that fills itself lazily is fetched to the end first),
// with the given columns in the given order, each cell's displayed text.
class TableCsv
{
public:
    static QByteArray of(QAbstractItemModel &model, const QList<int> &columns);
};

} // namespace eb
