// SPDX-License-Identifier: MIT
#include "cli/PooledEstimateFormat.h"

#include <QJsonArray>

#include <cmath>

namespace eb {
namespace {

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

double toReportScale(double value, Measure measure)
{
    return isRatio(measure) ? std::exp(value) : value;
}

std::optional<double> toReportScale(const std::optional<double> &value, Measure measure)
{
    return value ? std::optional<double>(toReportScale(*value, measure)) : std::nullopt;
}

QString methodDescription(const PoolingOptions &options)
{
    switch (options.method) {
    case PoolingMethod::FixedEffect:
        return QStringLiteral("Fixed-effects model");
    case PoolingMethod::DerSimonianLaird:
        return QStringLiteral("Random-effects model (tau^2 estimator: DL)");
    case PoolingMethod::Reml:
        return QStringLiteral("Random-effects model (tau^2 estimator: REML)");
    case PoolingMethod::MantelHaenszel:
        return options.mantelHaenszelRandom
                   ? QStringLiteral("Random-effects model (tau^2 estimator: DL from the "
                                    "Mantel-Haenszel Q, as RevMan)")
                   : QStringLiteral("Fixed-effects model (Mantel-Haenszel)");
    case PoolingMethod::Peto:
        return QStringLiteral("Fixed-effects model (Peto)");
    }
    return QString();
}

QString number(double value, int decimals = 4)
{
    return QString::number(value, 'f', decimals);
}

QString pValue(double p)
{
    return p < 0.0001 ? QStringLiteral("<.0001") : number(p);
}

QString pValueSentence(double p)
{
    return p < 0.0001 ? QStringLiteral("< .0001") : QStringLiteral("= ") + number(p);
}

} // namespace

PooledEstimateFormat::PooledEstimateFormat(const PoolingInput &input, Measure measure,
                                           const PoolingOptions &options)
    : m_input(input)
    , m_measure(measure)
    , m_options(options)
{}

std::vector<size_t> PooledEstimateFormat::allStudies() const
{
    std::vector<size_t> all(m_input.studies.size());
    for (size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    return all;
}

// Peto's method needs no correction: its Q and estimate use the counts as they are.
QStringList PooledEstimateFormat::correctedStudies(const std::vector<size_t> &studies) const
{
    QStringList names;
    if (m_options.method == PoolingMethod::Peto)
        return names;
    for (size_t i : studies) {
        const StudyEstimate &study = m_input.studies[i];
        const bool excluded = m_options.needsCounts() && hasNoContrast(m_input.counts[i]);
        if (study.zeroCellCorrected && !excluded)
            names.append(study.study);
    }
    return names;
}

QJsonObject PooledEstimateFormat::pooledJson(const PooledEstimate &pooled,
                                             const std::vector<size_t> &studies) const
{
    QJsonArray weights;
    for (size_t i = 0; i < studies.size(); ++i)
        weights.append(QJsonObject{{QStringLiteral("study"), m_input.studies[studies[i]].study},
                                   {QStringLiteral("weight_percent"), pooled.weightPercent[i]}});
    const bool t = pooled.degreesOfFreedom.has_value();
    return {
        {QStringLiteral("k"), pooled.k},
        {QStringLiteral("measure"), measureCode(m_measure)},
        {QStringLiteral("method"), poolingMethodCode(m_options.method)},
        {QStringLiteral("random"), m_options.isRandomEffects()},
        {QStringLiteral("revman_zero_cells"), m_options.revmanZeroCells},
        {QStringLiteral("test"), t ? QStringLiteral("t") : QStringLiteral("z")},
        {QStringLiteral("estimate"), toReportScale(pooled.estimate, m_measure)},
        {QStringLiteral("ci_low"), toReportScale(pooled.ciLow, m_measure)},
        {QStringLiteral("ci_high"), toReportScale(pooled.ciHigh, m_measure)},
        {QStringLiteral("se"), pooled.se},
        {QStringLiteral("stat"), pooled.statistic},
        {QStringLiteral("z"), t ? QJsonValue() : QJsonValue(pooled.statistic)},
        {QStringLiteral("df"), t ? QJsonValue(*pooled.degreesOfFreedom) : QJsonValue()},
        {QStringLiteral("p"), pooled.p},
        {QStringLiteral("tau2"), pooled.tau2},
        {QStringLiteral("i2"), pooled.i2},
        {QStringLiteral("h2"), pooled.h2},
        {QStringLiteral("q"), pooled.q},
        {QStringLiteral("q_df"), pooled.qDegreesOfFreedom},
        {QStringLiteral("q_p"), pooled.qP},
        {QStringLiteral("pi_low"), optionalJson(toReportScale(pooled.predictionLow, m_measure))},
        {QStringLiteral("pi_high"), optionalJson(toReportScale(pooled.predictionHigh, m_measure))},
        {QStringLiteral("converged"), pooled.converged},
        {QStringLiteral("weights"), weights},
        {QStringLiteral("corrected"), QJsonArray::fromStringList(correctedStudies(studies))},
        {QStringLiteral("excluded"), QJsonArray::fromStringList(pooled.excludedStudies)},
    };
}

QJsonObject PooledEstimateFormat::toJson(const SubgroupAnalysis &analysis) const
{
    QJsonObject result = pooledJson(analysis.overall, allStudies());
    QJsonArray subgroups;
    for (const SubgroupResult &subgroup : analysis.subgroups) {
        QJsonObject object = pooledJson(subgroup.pooled, subgroup.studies);
        object.insert(QStringLiteral("subgroup"), subgroup.name);
        subgroups.append(object);
    }
    const std::optional<SubgroupDifferences> &between = analysis.differences;
    result.insert(QStringLiteral("subgroups"), subgroups);
    result.insert(QStringLiteral("q_between"), between ? QJsonValue(between->q) : QJsonValue());
    result.insert(QStringLiteral("q_between_df"), between ? QJsonValue(between->df) : QJsonValue());
    result.insert(QStringLiteral("q_between_p"), between ? QJsonValue(between->p) : QJsonValue());
    result.insert(QStringLiteral("i2_between"), between ? QJsonValue(between->i2) : QJsonValue());
    return result;
}

void PooledEstimateFormat::writePooledText(QTextStream &out, const PooledEstimate &pooled,
                                           const std::vector<size_t> &studies) const
{
    out << methodDescription(m_options) << QStringLiteral(" (k = %1)\n\n").arg(pooled.k);
    if (m_options.isRandomEffects())
        out << QStringLiteral("tau^2 (estimated amount of total heterogeneity): %1\n")
                   .arg(number(pooled.tau2));
    out << QStringLiteral("I^2 (total heterogeneity / total variability):   %1%\n")
               .arg(number(pooled.i2, 2))
        << QStringLiteral("H^2 (total variability / sampling variability):  %1\n\n")
               .arg(number(pooled.h2, 2))
        << QStringLiteral("Test for Heterogeneity:\nQ(df = %1) = %2, p-val %3\n\n")
               .arg(pooled.qDegreesOfFreedom)
               .arg(number(pooled.q), pValueSentence(pooled.qP));
    if (!pooled.converged)
        out << QStringLiteral("WARNING: REML did not converge in %1 iterations.\n\n")
                   .arg(pooled.iterations - 1);
    const QString statName = pooled.degreesOfFreedom
                                 ? QStringLiteral("tval (df = %1)").arg(*pooled.degreesOfFreedom)
                                 : QStringLiteral("zval");
    out << QStringLiteral("Model Results (%1 scale):\n\n")
               .arg(isRatio(m_measure) ? QStringLiteral("log") : QStringLiteral("raw"))
        << QStringLiteral("estimate      se    %1    pval    ci.lb    ci.ub\n").arg(statName)
        << QStringLiteral("%1  %2  %3  %4  %5  %6\n\n")
               .arg(number(pooled.estimate), 8)
               .arg(number(pooled.se), 6)
               .arg(number(pooled.statistic), 7)
               .arg(pValue(pooled.p), 6)
               .arg(number(pooled.ciLow), 7)
               .arg(number(pooled.ciHigh), 7);
    out << QStringLiteral("%1: %2 [95% CI %3, %4]")
               .arg(measureName(m_measure), number(toReportScale(pooled.estimate, m_measure)),
                    number(toReportScale(pooled.ciLow, m_measure)),
                    number(toReportScale(pooled.ciHigh, m_measure)));
    if (pooled.predictionLow)
        out << QStringLiteral("; 95% prediction interval %1, %2")
                   .arg(number(toReportScale(*pooled.predictionLow, m_measure)),
                        number(toReportScale(*pooled.predictionHigh, m_measure)));
    out << QStringLiteral("\nTest for overall effect: %1 = %2, p %3\n")
               .arg(pooled.degreesOfFreedom ? QStringLiteral("t") : QStringLiteral("Z"),
                    number(pooled.statistic, 2), pValueSentence(pooled.p));
    out << QStringLiteral("\nWeights:\n");
    for (size_t i = 0; i < studies.size(); ++i)
        out << QStringLiteral("  %1%  %2\n")
                   .arg(number(pooled.weightPercent[i], 2).rightJustified(6),
                        m_input.studies[studies[i]].study);
    const QStringList corrected = correctedStudies(studies);
    if (!corrected.isEmpty())
        out << QStringLiteral("\n0.5 added to every cell of studies with a zero cell%1: %2\n")
                   .arg(m_options.method != PoolingMethod::MantelHaenszel ? QString()
                        : m_options.revmanZeroCells
                            ? QStringLiteral(" (in the MH estimate too, as RevMan 5)")
                            : QStringLiteral(" (their own estimates and Q only, not the MH "
                                             "estimate)"),
                        corrected.join(QStringLiteral(", ")));
    if (!pooled.excludedStudies.isEmpty())
        out << QStringLiteral("\nNo events in either arm (or events in every patient), so no "
                              "study estimate and left out of Q: %1 (%2)\n")
                   .arg(pooled.excludedStudies.join(QStringLiteral(", ")))
                   .arg(pooled.excludedStudies.size());
}

QString PooledEstimateFormat::toText(const SubgroupAnalysis &analysis) const
{
    QString text;
    QTextStream out(&text);
    writePooledText(out, analysis.overall, allStudies());
    for (const SubgroupResult &subgroup : analysis.subgroups) {
        out << QStringLiteral("\n--- Subgroup: %1 ---\n\n").arg(subgroup.name);
        writePooledText(out, subgroup.pooled, subgroup.studies);
    }
    if (analysis.differences)
        out << QStringLiteral("\nTest for subgroup differences: Q(df = %1) = %2, p-val %3; "
                              "I^2 = %4%\n")
                   .arg(analysis.differences->df)
                   .arg(number(analysis.differences->q), pValueSentence(analysis.differences->p),
                        number(analysis.differences->i2, 2));
    return text;
}

} // namespace eb
