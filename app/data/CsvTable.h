// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
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

    // Called with each data record as soon as it is parsed (the header is known by then);
    // it may throw InputError, which stops reading at that line.
    using RecordCheck = std::function<void(const CsvTable &table, const Record &record)>;

    // Inputs above this size are refused before they are parsed.
    static constexpr qint64 maximumBytes = 64 * 1024 * 1024;

    // Throws InputError, naming file and line (and column where there is one), when the file
    // cannot be read, is larger than maximumBytes, holds a NUL byte or bytes that are not
    // UTF-8, is not well-formed CSV, or has a record whose field count differs from the
    // header's. Reading stops at the first bad line. Lines end in LF, CRLF or a lone CR.
    static CsvTable read(const QString &path, const RecordCheck &check = {});

    const QString &path() const { return m_path; }
    const QStringList &header() const { return m_header; }
    const QList<Record> &records() const { return m_records; }

    // The 0-based index of a header column, matched trimmed and without regard to case.
    std::optional<int> columnIndex(const QString &name) const;

    // "file.csv:LINE: column N (name): " for messages about one cell.
    QString placeOf(const Record &record, int column) const;

private:
    struct Parser;

    QString m_path;
    QStringList m_header;
    QList<Record> m_records;
};

} // namespace eb
