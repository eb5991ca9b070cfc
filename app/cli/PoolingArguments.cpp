// SPDX-License-Identifier: MIT
#include "cli/PoolingArguments.h"

#include "cli/Command.h"

namespace eb {

PoolingArguments::PoolingArguments(QString defaultMethod)
    : m_defaultMethod(std::move(defaultMethod))
{}

QList<QCommandLineOption> PoolingArguments::options() const
{
    const QString method =
        m_defaultMethod.isEmpty()
            ? QStringLiteral("Pooling: FE, DL or REML.")
            : QStringLiteral("Pooling: FE, DL or REML (default %1).").arg(m_defaultMethod);
    return {
        {QStringLiteral("input"),
         QStringLiteral("CSV with study,events_t,total_t,events_c,total_c or "
                        "study,estimate,ci_low,ci_high."),
         QStringLiteral("FILE")},
        {QStringLiteral("measure"), QStringLiteral("OR, RR, RD or HR."), QStringLiteral("MEASURE")},
        {QStringLiteral("method"), method, QStringLiteral("METHOD"), m_defaultMethod},
        {QStringLiteral("hksj"),
         QStringLiteral("Hartung-Knapp-Sidik-Jonkman adjustment (DL and REML only).")}};
}

void PoolingArguments::read(const QCommandLineParser &parser, bool inputRequired)
{
    m_inputPath = parser.value(QStringLiteral("input"));
    const QString measure = parser.value(QStringLiteral("measure"));
    const QString method = parser.value(QStringLiteral("method"));
    if (inputRequired && m_inputPath.isEmpty())
        throw UsageError(QStringLiteral("--input FILE.csv is required"));
    if (!m_inputPath.isEmpty()) {
        m_measure = measureFromCode(measure);
        if (!m_measure)
            throw UsageError(QStringLiteral("--measure: '%1' is not one of OR, RR, RD, HR; "
                                            "--input needs one")
                                 .arg(measure));
    } else if (!measure.isEmpty()) {
        throw UsageError(QStringLiteral("--measure goes with --input"));
    }
    const std::optional<PoolingMethod> parsedMethod = poolingMethodFromCode(method);
    if (!parsedMethod)
        throw UsageError(QStringLiteral("--method: '%1' is not one of FE, DL, REML").arg(method));
    m_pooling.method = *parsedMethod;
    m_pooling.hartungKnapp = parser.isSet(QStringLiteral("hksj"));
    if (const QString reason = m_pooling.invalidReason(); !reason.isEmpty())
        throw UsageError(QStringLiteral("--hksj: ") + reason);
}

PoolingCsvReader::Result PoolingArguments::readStudies(QTextStream &err) const
{
    PoolingCsvReader::Result input = PoolingCsvReader::read(m_inputPath, measure());
    for (const QString &warning : input.warnings)
        err << QStringLiteral("evidence-browser: warning: %1\n").arg(warning);
    return input;
}

} // namespace eb
