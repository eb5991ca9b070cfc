// SPDX-License-Identifier: MIT
#include "data/CsvTable.h"

#include "data/InputError.h"

#include <QFile>

#include <csv.h>
#include <exception>

namespace eb {
namespace {

// The first byte offset that is not part of well-formed UTF-8 (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const char *bytes, qsizetype size)
{
    const auto *text = reinterpret_cast<const unsigned char *>(bytes);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = text[i];
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead < 0x80) {
            ++i;
            continue;
        }
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + length > size || text[i + 1] < low || text[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k)
            if (text[i + k] < 0x80 || text[i + k] > 0xBF)
                return i;
        i += length;
    }
    return -1;
}

// Refuses a line holding a NUL byte (which would silently cut a number short) or bytes
// that are not UTF-8, naming the line and the character column.
void requireText(const QString &path, int line, const char *bytes, qsizetype size)
{
    const qsizetype nul = QByteArrayView(bytes, size).indexOf('\0');
    const qsizetype invalid = firstInvalidUtf8(bytes, nul < 0 ? size : nul);
    if (nul < 0 && invalid < 0)
        return;
    const qsizetype offset = invalid >= 0 ? invalid : nul;
    const qsizetype column = QString::fromUtf8(bytes, offset).size() + 1;
    throw InputError(QStringLiteral("%1:%2:%3: %4; the file must be UTF-8 text")
                         .arg(path, QString::number(line), QString::number(column),
                              invalid >= 0 ? QStringLiteral("a byte that is not UTF-8")
                                           : QStringLiteral("a NUL byte")));
}

// A file of known size is refused before it is read; a device or pipe (/dev/zero, a shell
// redirection) is read in pieces up to one byte past the limit, so an endless input stops.
QByteArray readCapped(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(
            QStringLiteral("%1: cannot read the file: %2").arg(path, file.errorString()));
    const auto tooLarge = [&path] {
        return InputError(QStringLiteral("%1: the file is larger than %2 MiB; split it or "
                                         "remove what is not needed")
                              .arg(path, QString::number(CsvTable::maximumBytes / 1024 / 1024)));
    };
    if (!file.isSequential() && file.size() > CsvTable::maximumBytes)
        throw tooLarge();
    QByteArray content;
    constexpr qint64 pieceBytes = 64 * 1024;
    while (content.size() <= CsvTable::maximumBytes) {
        const QByteArray piece = file.read(pieceBytes);
        if (piece.isEmpty())
            break;
        content += piece;
    }
    if (file.error() != QFileDevice::NoError)
        throw InputError(
            QStringLiteral("%1: cannot read the file: %2").arg(path, file.errorString()));
    if (content.size() > CsvTable::maximumBytes)
        throw tooLarge();
    if (content.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark, as spreadsheets write
        content.remove(0, 3);
    return content;
}

// Where the physical line starting at `start` ends (one past its LF, CRLF or lone CR).
qsizetype endOfLine(const QByteArray &content, qsizetype start)
{
    for (qsizetype i = start; i < content.size(); ++i) {
        if (content.at(i) == '\n')
            return i + 1;
        if (content.at(i) == '\r')
            return i + 1 < content.size() && content.at(i + 1) == '\n' ? i + 2 : i + 1;
    }
    return content.size();
}

} // namespace

// Collects libcsv's callbacks. The file is fed one physical line at a time, so the line
// being parsed when a record ends is that record's (last) line. An error found in a
// callback is kept and rethrown once libcsv has returned: an exception must not unwind
// through C code.
struct CsvTable::Parser
{
    Parser(CsvTable &into, const RecordCheck &recordCheck)
        : table(into)
        , check(recordCheck)
    {}

    CsvTable &table;
    const RecordCheck &check;
    int currentLine = 0;
    QStringList fields;
    bool headerSeen = false;
    std::exception_ptr error;

    static void onField(void *text, size_t length, void *data)
    {
        auto *parser = static_cast<Parser *>(data);
        parser->fields.append(
            QString::fromUtf8(static_cast<const char *>(text), qsizetype(length)).trimmed());
    }

    static void onRecordEnd(int, void *data)
    {
        auto *parser = static_cast<Parser *>(data);
        const Record record{parser->currentLine, parser->fields};
        parser->fields.clear();
        if (parser->error)
            return;
        try {
            parser->add(record);
        } catch (const InputError &) {
            parser->error = std::current_exception();
        }
    }

    void add(const Record &record)
    {
        if (!headerSeen) {
            headerSeen = true;
            table.m_header = record.fields;
            return;
        }
        if (record.fields.size() != table.m_header.size())
            throw InputError(QStringLiteral("%1:%2: %3 fields, but the header has %4")
                                 .arg(table.m_path, QString::number(record.line),
                                      QString::number(record.fields.size()),
                                      QString::number(table.m_header.size())));
        table.m_records.append(record);
        if (check)
            check(table, record);
    }
};

CsvTable CsvTable::read(const QString &path, const RecordCheck &check)
{
    const QByteArray content = readCapped(path);
    CsvTable table;
    table.m_path = path;

    csv_parser csv;
    csv_init(&csv, CSV_STRICT | CSV_STRICT_FINI);
    // libcsv grows a field's buffer by this much at a time (128 bytes by default): a field of
    // 10 MB took 80,000 reallocations, minutes under AddressSanitizer.
    csv_set_blk_size(&csv, 1024 * 1024);
    Parser parser(table, check);
    qsizetype start = 0;
    bool failed = false;
    try {
        while (start < content.size() && !failed && !parser.error) {
            const qsizetype end = endOfLine(content, start);
            ++parser.currentLine;
            requireText(path, parser.currentLine, content.constData() + start, end - start);
            const size_t length = size_t(end - start);
            failed = csv_parse(&csv, content.constData() + start, length, Parser::onField,
                               Parser::onRecordEnd, &parser) != length;
            start = end;
        }
        if (!failed && !parser.error)
            failed = csv_fini(&csv, Parser::onField, Parser::onRecordEnd, &parser) != 0;
    } catch (...) {
        csv_free(&csv);
        throw;
    }
    const QString error = QString::fromUtf8(csv_strerror(csv_error(&csv)));
    csv_free(&csv);
    if (parser.error)
        std::rethrow_exception(parser.error);
    if (failed)
        throw InputError(QStringLiteral("%1:%2: not valid CSV (%3)")
                             .arg(path, QString::number(parser.currentLine), error));
    if (!parser.headerSeen)
        throw InputError(
            QStringLiteral("%1:1: the file is empty; it needs a header row").arg(path));
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
        .arg(m_path, QString::number(record.line), QString::number(column + 1),
             m_header.value(column));
}

} // namespace eb
