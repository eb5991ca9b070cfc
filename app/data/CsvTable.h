// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace eb {

// A CSV file with a header row, parsed by libcsv (RFC 4180 quoting), every record with the
// line it ends on so that errors can name it.
class CsvTable
{
public:
    struct Record
    {
        int line = 0;
        QStringList fields;
    };

    // Throws InputError when the file cannot be read or is not well-formed CSV.
    static CsvTable read(const QString &path);

    const QString &path() const { return m_path; }
    const QStringList &header() const { return m_header; }
    const QList<Record> &records() const { return m_records; }

    // The 0-based index of a header column, matched trimmed and without regard to case.
    std::optional<int> columnIndex(const QString &name) const;

    // "file.csv:LINE: column N (name): " for messages about one cell.
    QString placeOf(const Record &record, int column) const;

private:
    QString m_path;
    QStringList m_header;
    QList<Record> m_records;
};

} // namespace eb
