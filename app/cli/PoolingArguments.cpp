// SPDX-License-Identifier: MIT
#include "cli/PoolingArguments.h"

#include "cli/Command.h"

namespace eb {

namespace {

const QString measures = QStringLiteral("OR, RR, RD, HR, MD, SMD");

} // namespace

PoolingArguments::PoolingArguments(QString defaultMethod, bool countMethods)
    : m_defaultMethod(std::move(defaultMethod))
    , m_countMethods(countMethods)
{}

QString PoolingArguments::methodCodes() const
{
    return m_countMethods ? QStringLiteral("MH, Peto, FE, DL or REML")
                          : QStringLiteral("FE, DL or REML");
}

QList<QCommandLineOption> PoolingArguments::options() const
{
    const QString method =
        m_defaultMethod.isEmpty()
            ? QStringLiteral("Pooling: %1.").arg(methodCodes())
            : QStringLiteral("Pooling: %1 (default %2).").arg(methodCodes(), m_defaultMethod);
    QList<QCommandLineOption> options{
        {QStringLiteral("input"),
         QStringLiteral("CSV with study,events_t,total_t,events_c,total_c, or "
                        "study,mean_t,sd_t,n_t,mean_c,sd_c,n_c, or study,estimate,ci_low,ci_high, "
                        "or study,log_estimate,se (OR, RR, HR) or study,estimate,se (RD, MD, "
                        "SMD); optionally a subgroup column."),
         QStringLiteral("FILE")},
        {QStringLiteral("measure"), measures + u'.', QStringLiteral("MEASURE")},
        {QStringLiteral("method"), method, QStringLiteral("METHOD"), m_defaultMethod},
        {QStringLiteral("hksj"),
         QStringLiteral("Hartung-Knapp-Sidik-Jonkman adjustment (DL and REML only).")}};
    if (m_countMethods)
        options << QCommandLineOption(QStringLiteral("random"),
                                      QStringLiteral("With MH: RevMan's DerSimonian-Laird "
                                                     "random-effects model (tau^2 from the "
                                                     "Mantel-Haenszel Q)."))
                << QCommandLineOption(QStringLiteral("revman-zero-cells"),
                                      QStringLiteral("With MH (OR, RR): add 0.5 to the cells of "
                                                     "zero-cell studies inside the pooled "
                                                     "estimate too, as RevMan 5 does."));
    return options;
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
            throw UsageError(QStringLiteral("--measure: '%1' is not one of %2; "
                                            "--input needs one")
                                 .arg(measure, measures));
    } else if (!measure.isEmpty()) {
        throw UsageError(QStringLiteral("--measure goes with --input"));
    }
    const std::optional<PoolingMethod> parsedMethod = poolingMethodFromCode(method);
    if (!parsedMethod ||
        (!m_countMethods && parsedMethod != PoolingMethod::FixedEffect &&
         parsedMethod != PoolingMethod::DerSimonianLaird && parsedMethod != PoolingMethod::Reml))
        throw UsageError(
            QStringLiteral("--method: '%1' is not one of %2").arg(method, methodCodes()));
    m_pooling.method = *parsedMethod;
    m_pooling.hartungKnapp = parser.isSet(QStringLiteral("hksj"));
    m_pooling.mantelHaenszelRandom = m_countMethods && parser.isSet(QStringLiteral("random"));
    m_pooling.revmanZeroCells = m_countMethods && parser.isSet(QStringLiteral("revman-zero-cells"));
    // Each switch checked on its own, so that the message names the one that does not fit.
    const std::pair<const char *, bool PoolingOptions::*> switches[]{
        {"hksj", &PoolingOptions::hartungKnapp},
        {"random", &PoolingOptions::mantelHaenszelRandom},
        {"revman-zero-cells", &PoolingOptions::revmanZeroCells}};
    for (const auto &[name, member] : switches) {
        PoolingOptions alone{m_pooling.method};
        alone.*member = m_pooling.*member;
        if (const QString reason = alone.invalidReason(); !reason.isEmpty())
            throw UsageError(QStringLiteral("--%1: %2").arg(QLatin1String(name), reason));
    }
    if (m_measure)
        if (const QString reason = methodMeasureMismatch(m_pooling, *m_measure); !reason.isEmpty())
            throw UsageError(QStringLiteral("--method: ") + reason);
}

PoolingCsvReader::Result PoolingArguments::readStudies(QTextStream &err) const
{
    PoolingCsvReader::Result input = PoolingCsvReader::read(m_inputPath, measure());
    for (const QString &warning : input.warnings)
        err << QStringLiteral("evidence-browser: warning: %1\n").arg(warning);
    return input;
}

} // namespace eb
