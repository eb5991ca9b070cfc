// SPDX-License-Identifier: MIT
#pragma once

#include "core/stats/MetaAnalysis.h"
#include "data/PoolingCsvReader.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

namespace eb {

// --input FILE.csv, --measure, --method, --hksj and --random: a user's studies and how to
// pool them, shared by `pool` and `export-forest --input`.
class PoolingArguments
{
public:
    // defaultMethod: the method without --method ("REML"), or empty when --method is required.
    // countMethods: whether MH and Peto (which pool 2x2 tables) are offered.
    PoolingArguments(QString defaultMethod, bool countMethods);

    QList<QCommandLineOption> options() const;
    // Reads and checks the options; throws UsageError. With inputRequired false, a missing
    // --input is allowed and then --measure must be absent too.
    void read(const QCommandLineParser &parser, bool inputRequired);

    const QString &inputPath() const { return m_inputPath; }
    bool hasInput() const { return !m_inputPath.isEmpty(); }
    Measure measure() const { return *m_measure; }
    const PoolingOptions &pooling() const { return m_pooling; }
    // The file's studies, its warnings printed on err; throws InputError.
    PoolingCsvReader::Result readStudies(QTextStream &err) const;

private:
    QString methodCodes() const; // "MH, Peto, FE, DL or REML"

    QString m_defaultMethod;
    bool m_countMethods = false;
    QString m_inputPath;
    std::optional<Measure> m_measure;
    PoolingOptions m_pooling;
};

} // namespace eb
