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
const QStringList estimateCiColumns{QStringLiteral("study"), QStringLiteral("estimate"),
                                    QStringLiteral("ci_low"), QStringLiteral("ci_high")};
const QStringList meanColumns{QStringLiteral("study"),  QStringLiteral("mean_t"),
                              QStringLiteral("sd_t"),   QStringLiteral("n_t"),
                              QStringLiteral("mean_c"), QStringLiteral("sd_c"),
                              QStringLiteral("n_c")};
// The generic inverse-variance input: an estimate on the analysis scale with its SE.
const QStringList logEstimateColumns{QStringLiteral("study"), QStringLiteral("log_estimate"),
                                     QStringLiteral("se")};
const QStringList differenceSeColumns{QStringLiteral("study"), QStringLiteral("estimate"),
                                      QStringLiteral("se")};
const QString subgroupColumn = QStringLiteral("subgroup");

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

ArmCounts readCounts(const CellReader &cells, const QList<int> &column)
{
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
    return counts;
}

StudyEstimate readMeans(const CellReader &cells, const QList<int> &column, Measure measure)
{
    const QString study = cells.text(column[0]);
    const ArmMeans arms{cells.number(column[1]), cells.number(column[2]), cells.count(column[3]),
                        cells.number(column[4]), cells.number(column[5]), cells.count(column[6])};
    for (int sd : {2, 5})
        if (cells.number(column[sd]) <= 0)
            cells.fail(column[sd], QStringLiteral("a standard deviation must be above 0"));
    for (int n : {3, 6})
        if (cells.count(column[n]) <= 0)
            cells.fail(column[n], QStringLiteral("a group size must be above 0"));
    if (measure == Measure::StandardisedMeanDifference &&
        arms.totalTreatment + arms.totalControl < 3)
        cells.fail(column[6], QStringLiteral("an SMD needs at least 3 patients in the two groups "
                                             "together (its correction has n_t + n_c - 2 df)"));
    return estimateFromMeans(study, measure, arms);
}

StudyEstimate readDifference(const CellReader &cells, const QList<int> &column,
                             QStringList &warnings)
{
    const QString study = cells.text(column[0]);
    const double estimate = cells.number(column[1]);
    const double low = cells.number(column[2]);
    const double high = cells.number(column[3]);
    if (low >= high)
        cells.fail(column[2], QStringLiteral("ci_low %1 is not below ci_high %2")
                                  .arg(cells.text(column[2]), cells.text(column[3])));
    if (estimate < low || estimate > high)
        warnings.append(
            cells.place() +
            QStringLiteral("estimate %1 lies outside its CI [%2, %3]; pooled as given")
                .arg(cells.text(column[1]), cells.text(column[2]), cells.text(column[3])));
    return estimateFromReportedDifference(study, estimate, low, high);
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

// An estimate on the analysis scale (log scale for ratios) with its standard error.
StudyEstimate readEstimateWithSe(const CellReader &cells, const QList<int> &column)
{
    const QString study = cells.text(column[0]);
    const double estimate = cells.number(column[1]);
    const double se = cells.number(column[2]);
    if (se <= 0)
        cells.fail(column[2], QStringLiteral("a standard error must be above 0"));
    return {study, estimate, se * se, false};
}

// The columns the file has and the measure takes, in this order of preference: counts (OR,
// RR, RD), means (MD, SMD), a reported estimate with its CI (OR, RR, HR as ratios; RD, MD,
// SMD as differences), an estimate with its SE (log_estimate for OR, RR, HR; estimate for RD,
// MD, SMD).
struct InputColumns
{
    std::optional<QList<int>> counts;
    std::optional<QList<int>> means;
    std::optional<QList<int>> estimates;
    std::optional<QList<int>> standardErrors;
    std::optional<int> subgroup;
};

const QStringList &standardErrorColumns(Measure measure)
{
    return isRatio(measure) ? logEstimateColumns : differenceSeColumns;
}

InputColumns findInputColumns(const CsvTable &table, Measure measure)
{
    InputColumns columns{isDichotomous(measure) ? findColumns(table, countColumns) : std::nullopt,
                         isContinuous(measure) ? findColumns(table, meanColumns) : std::nullopt,
                         findColumns(table, estimateCiColumns),
                         findColumns(table, standardErrorColumns(measure)),
                         table.columnIndex(subgroupColumn)};
    if (columns.counts || columns.means || columns.estimates || columns.standardErrors)
        return columns;
    const QStringList &primary = isDichotomous(measure)  ? countColumns
                                 : isContinuous(measure) ? meanColumns
                                                         : estimateCiColumns;
    QString needed = primary.join(u',');
    if (primary != estimateCiColumns)
        needed += QStringLiteral(" or ") + estimateCiColumns.join(u',');
    needed += QStringLiteral(" or ") + standardErrorColumns(measure).join(u',');
    throw InputError(
        QStringLiteral("%1:1: missing column(s) %2; %3 needs the columns %4")
            .arg(table.path(), missingColumns(table, primary), measureCode(measure), needed));
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
        if (columns->counts) {
            const ArmCounts counts = readCounts(cells, *columns->counts);
            result.studies.push_back(
                estimateFromCounts(cells.text(columns->counts->at(0)), measure, counts));
            result.counts.push_back(counts);
        } else if (columns->means) {
            result.studies.push_back(readMeans(cells, *columns->means, measure));
        } else if (columns->estimates) {
            result.studies.push_back(
                isRatio(measure) ? readRatio(cells, *columns->estimates, result.warnings)
                                 : readDifference(cells, *columns->estimates, result.warnings));
        } else {
            result.studies.push_back(readEstimateWithSe(cells, *columns->standardErrors));
        }
        if (columns->subgroup)
            result.subgroups.append(cells.text(*columns->subgroup));
    };
    const CsvTable table = CsvTable::read(path, readRow);
    if (!columns) {
        findInputColumns(table, measure); // a missing column is the first thing to say
        throw InputError(QStringLiteral("%1:2: no data rows after the header").arg(path));
    }
    return result;
}

} // namespace eb
