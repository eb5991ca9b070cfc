// SPDX-License-Identifier: MIT
#include "data/CsvTable.h"

#include "data/InputError.h"

#include <QFile>
#include <QFileInfo>

#include <csv.h>

namespace eb {
namespace {

// Collects libcsv's callbacks. The file is fed one physical line at a time, so the line
// being parsed when a record ends is that record's (last) line.
struct Collector
{
    int currentLine = 0;
    QStringList fields;
    QList<CsvTable::Record> records;
};

void onField(void *text, size_t length, void *data)
{
    auto *collector = static_cast<Collector *>(data);
    collector->fields.append(
        QString::fromUtf8(static_cast<const char *>(text), qsizetype(length)).trimmed());
}

void onRecordEnd(int, void *data)
{
    auto *collector = static_cast<Collector *>(data);
    collector->records.append({collector->currentLine, collector->fields});
    collector->fields.clear();
}

} // namespace

CsvTable CsvTable::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(
            QStringLiteral("%1: cannot read the file: %2").arg(path, file.errorString()));
    QByteArray content = file.readAll();
    if (content.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark, as spreadsheets write
        content.remove(0, 3);

    csv_parser parser;
    csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI);
    Collector collector;
    qsizetype start = 0;
    bool failed = false;
    while (start < content.size() && !failed) {
        qsizetype end = content.indexOf('\n', start);
        end = end < 0 ? content.size() : end + 1;
        ++collector.currentLine;
        const size_t length = size_t(end - start);
        failed = csv_parse(&parser, content.constData() + start, length, onField, onRecordEnd,
                           &collector) != length;
        start = end;
    }
    if (!failed)
        failed = csv_fini(&parser, onField, onRecordEnd, &collector) != 0;
    const QString error = QString::fromUtf8(csv_strerror(csv_error(&parser)));
    csv_free(&parser);
    if (failed)
        throw InputError(QStringLiteral("%1:%2: not valid CSV (%3)")
                             .arg(path)
                             .arg(collector.currentLine)
                             .arg(error));

    CsvTable table;
    table.m_path = path;
    if (collector.records.isEmpty())
        throw InputError(QStringLiteral("%1: the file is empty; it needs a header row").arg(path));
    table.m_header = collector.records.takeFirst().fields;
    table.m_records = collector.records;
    for (const Record &record : std::as_const(table.m_records))
        if (record.fields.size() != table.m_header.size())
            throw InputError(QStringLiteral("%1:%2: %3 fields, but the header has %4")
                                 .arg(path)
                                 .arg(record.line)
                                 .arg(record.fields.size())
                                 .arg(table.m_header.size()));
    return table;
}

std::optional<int> CsvTable::columnIndex(const QString &name) const
{
    for (int i = 0; i < m_header.size(); ++i)
        if (m_header.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return std::nullopt;
}

QString CsvTable::placeOf(const Record &record, int column) const
{
    return QStringLiteral("%1:%2: column %3 (%4): ")
        .arg(m_path)
        .arg(record.line)
        .arg(column + 1)
        .arg(m_header.value(column));
}

} // namespace eb
