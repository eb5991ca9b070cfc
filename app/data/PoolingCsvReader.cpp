// SPDX-License-Identifier: MIT
#include "data/PoolingCsvReader.h"

#include "data/CsvTable.h"
#include "data/InputError.h"

#include <cmath>

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
        return QStringLiteral("%1:%2: ").arg(m_table.path()).arg(m_record.line);
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
                                           .arg(cells.count(column[events]))
                                           .arg(cells.count(column[events + 1])));
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
    if (estimate < low || estimate > high)
        warnings.append(
            cells.place() +
            QStringLiteral("estimate %1 lies outside its CI [%2, %3]; pooled as given")
                .arg(cells.text(column[1]), cells.text(column[2]), cells.text(column[3])));
    return estimateFromReportedRatio(study, estimate, low, high);
}

} // namespace

PoolingCsvReader::Result PoolingCsvReader::read(const QString &path, Measure measure)
{
    const CsvTable table = CsvTable::read(path);
    const std::optional<QList<int>> counts =
        measure == Measure::HazardRatio ? std::nullopt : findColumns(table, countColumns);
    const std::optional<QList<int>> ratios =
        measure == Measure::RiskDifference ? std::nullopt : findColumns(table, ratioColumns);
    if (!counts && !ratios) {
        const QString needed =
            measure == Measure::HazardRatio ? ratioColumns.join(u',')
            : measure == Measure::RiskDifference
                ? countColumns.join(u',')
                : countColumns.join(u',') + QStringLiteral(" or ") + ratioColumns.join(u',');
        const QString missing =
            missingColumns(table, measure == Measure::HazardRatio ? ratioColumns : countColumns);
        throw InputError(QStringLiteral("%1:1: missing column(s) %2; %3 needs the columns %4")
                             .arg(path, missing, measureCode(measure), needed));
    }
    if (table.records().isEmpty())
        throw InputError(QStringLiteral("%1: no data rows after the header").arg(path));

    Result result;
    for (const CsvTable::Record &record : table.records()) {
        const CellReader cells(table, record);
        result.studies.push_back(counts ? readCounts(cells, *counts, measure)
                                        : readRatio(cells, *ratios, result.warnings));
    }
    return result;
}

} // namespace eb
