// SPDX-License-Identifier: MIT
#include "data/PoolingCsvReader.h"

#include "data/CsvTable.h"
#include "data/InputError.h"

#include <cmath>
#include <optional>

namespace eb {
namespace {

const QStringList countColumns{QStringLiteral("study"), QStringLiteral("events_t"),
                               QStringLiteral("total_t"), QStringLiteral("events_c"),
                               QStringLiteral("total_c")};
const QStringList ratioColumns{QStringLiteral("study"), QStringLiteral("estimate"),
                               QStringLiteral("ci_low"), QStringLiteral("ci_high")};

// The index of each wanted column, or std::nullopt if any is missing.
std::optional<QList<int>> findColumns(const CsvTable &table, const QStringList &names)
{
    QList<int> indexes;
    for (const QString &name : names) {
        const std::optional<int> index = table.columnIndex(name);
        if (!index)
            return std::nullopt;
        indexes.append(*index);
    }
    return indexes;
}

QString missingColumns(const CsvTable &table, const QStringList &names)
{
    QStringList missing;
    for (const QString &name : names)
        if (!table.columnIndex(name))
            missing.append(name);
    return missing.join(QStringLiteral(", "));
}

// Reads the cells of one record with messages that name the place of a bad value.
class CellReader
{
public:
    CellReader(const CsvTable &table, const CsvTable::Record &record)
        : m_table(table)
        , m_record(record)
    {}

    QString text(int column) const
    {
        const QString value = m_record.fields.at(column);
        if (value.isEmpty())
            fail(column, QStringLiteral("is empty"));
        return value;
    }

    double number(int column) const
    {
        bool ok = false;
        const double value = text(column).toDouble(&ok);
        if (!ok || !std::isfinite(value))
            fail(column, QStringLiteral("'%1' is not a number").arg(m_record.fields.at(column)));
        return value;
    }

    int count(int column) const
    {
        bool ok = false;
        const int value = text(column).toInt(&ok);
        if (!ok)
            fail(column,
                 QStringLiteral("'%1' is not a whole number").arg(m_record.fields.at(column)));
        return value;
    }

    [[noreturn]] void fail(int column, const QString &problem) const
    {
        throw InputError(m_table.placeOf(m_record, column) + problem);
    }

    QString place() const
    {
        return QStringLiteral("%1:%2: ").arg(m_table.path(), QString::number(m_record.line));
    }

private:
    const CsvTable &m_table;
    const CsvTable::Record &m_record;
};

StudyEstimate readCounts(const CellReader &cells, const QList<int> &column, Measure measure)
{
    const QString study = cells.text(column[0]);
    ArmCounts counts{cells.count(column[1]), cells.count(column[2]), cells.count(column[3]),
                     cells.count(column[4])};
    for (int total : {2, 4})
        if (cells.count(column[total]) <= 0)
            cells.fail(column[total], QStringLiteral("a total must be above 0"));
    for (int events : {1, 3}) {
        if (cells.count(column[events]) < 0)
            cells.fail(column[events], QStringLiteral("events cannot be negative"));
        if (cells.count(column[events]) > cells.count(column[events + 1]))
            cells.fail(column[events], QStringLiteral("%1 events is more than the total of %2")
                                           .arg(QString::number(cells.count(column[events])),
                                                QString::number(cells.count(column[events + 1]))));
    }
    return estimateFromCounts(study, measure, counts);
}

StudyEstimate readRatio(const CellReader &cells, const QList<int> &column, QStringList &warnings)
{
    const QString study = cells.text(column[0]);
    const double estimate = cells.number(column[1]);
    const double low = cells.number(column[2]);
    const double high = cells.number(column[3]);
    for (int i : {1, 2, 3})
        if (cells.number(column[i]) <= 0)
            cells.fail(column[i], QStringLiteral("a ratio must be above 0"));
    if (low > high)
        cells.fail(column[2], QStringLiteral("ci_low %1 is above ci_high %2")
                                  .arg(cells.text(column[2]), cells.text(column[3])));
    if (low == high)
        cells.fail(column[2], QStringLiteral("ci_low equals ci_high (%1): a CI of no width "
                                             "gives no standard error")
                                  .arg(cells.text(column[2])));
    if (estimate < low || estimate > high)
        warnings.append(
            cells.place() +
            QStringLiteral("estimate %1 lies outside its CI [%2, %3]; pooled as given")
                .arg(cells.text(column[1]), cells.text(column[2]), cells.text(column[3])));
    return estimateFromReportedRatio(study, estimate, low, high);
}

// The columns of counts or of ratios, whichever the file has and the measure takes.
struct InputColumns
{
    std::optional<QList<int>> counts;
    std::optional<QList<int>> ratios;
};

InputColumns findInputColumns(const CsvTable &table, Measure measure)
{
    InputColumns columns{
        measure == Measure::HazardRatio ? std::nullopt : findColumns(table, countColumns),
        measure == Measure::RiskDifference ? std::nullopt : findColumns(table, ratioColumns)};
    if (columns.counts || columns.ratios)
        return columns;
    const QString needed =
        measure == Measure::HazardRatio ? ratioColumns.join(u',')
        : measure == Measure::RiskDifference
            ? countColumns.join(u',')
            : countColumns.join(u',') + QStringLiteral(" or ") + ratioColumns.join(u',');
    const QString missing =
        missingColumns(table, measure == Measure::HazardRatio ? ratioColumns : countColumns);
    throw InputError(QStringLiteral("%1:1: missing column(s) %2; %3 needs the columns %4")
                         .arg(table.path(), missing, measureCode(measure), needed));
}

} // namespace

PoolingCsvReader::Result PoolingCsvReader::read(const QString &path, Measure measure)
{
    Result result;
    std::optional<InputColumns> columns; // found at the first data row
    const auto readRow = [&](const CsvTable &table, const CsvTable::Record &record) {
        if (!columns)
            columns = findInputColumns(table, measure);
        const CellReader cells(table, record);
        result.lastLine = record.line;
        result.studies.push_back(columns->counts
                                     ? readCounts(cells, *columns->counts, measure)
                                     : readRatio(cells, *columns->ratios, result.warnings));
    };
    const CsvTable table = CsvTable::read(path, readRow);
    if (!columns) {
        findInputColumns(table, measure); // a missing column is the first thing to say
        throw InputError(QStringLiteral("%1:2: no data rows after the header").arg(path));
    }
    return result;
}

} // namespace eb
