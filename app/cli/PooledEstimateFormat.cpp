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

QStringList correctedStudies(const std::vector<StudyEstimate> &studies)
{
    QStringList names;
    for (const StudyEstimate &study : studies)
        if (study.zeroCellCorrected)
            names.append(study.study);
    return names;
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

} // namespace

QJsonObject PooledEstimateFormat::toJson(const PooledEstimate &pooled,
                                         const std::vector<StudyEstimate> &studies, Measure measure,
                                         const PoolingOptions &options)
{
    QJsonArray weights;
    for (size_t i = 0; i < studies.size(); ++i)
        weights.append(QJsonObject{{QStringLiteral("study"), studies[i].study},
                                   {QStringLiteral("weight_percent"), pooled.weightPercent[i]}});
    return {
        {QStringLiteral("k"), pooled.k},
        {QStringLiteral("measure"), measureCode(measure)},
        {QStringLiteral("method"), poolingMethodCode(options.method)},
        {QStringLiteral("test"), options.hartungKnapp ? QStringLiteral("t") : QStringLiteral("z")},
        {QStringLiteral("estimate"), toReportScale(pooled.estimate, measure)},
        {QStringLiteral("ci_low"), toReportScale(pooled.ciLow, measure)},
        {QStringLiteral("ci_high"), toReportScale(pooled.ciHigh, measure)},
        {QStringLiteral("se"), pooled.se},
        {QStringLiteral("stat"), pooled.statistic},
        {QStringLiteral("df"),
         pooled.degreesOfFreedom ? QJsonValue(*pooled.degreesOfFreedom) : QJsonValue()},
        {QStringLiteral("p"), pooled.p},
        {QStringLiteral("tau2"), pooled.tau2},
        {QStringLiteral("i2"), pooled.i2},
        {QStringLiteral("h2"), pooled.h2},
        {QStringLiteral("q"), pooled.q},
        {QStringLiteral("q_df"), pooled.qDegreesOfFreedom},
        {QStringLiteral("q_p"), pooled.qP},
        {QStringLiteral("pi_low"), optionalJson(toReportScale(pooled.predictionLow, measure))},
        {QStringLiteral("pi_high"), optionalJson(toReportScale(pooled.predictionHigh, measure))},
        {QStringLiteral("converged"), pooled.converged},
        {QStringLiteral("weights"), weights},
        {QStringLiteral("corrected"), QJsonArray::fromStringList(correctedStudies(studies))},
    };
}

QString PooledEstimateFormat::toText(const PooledEstimate &pooled,
                                     const std::vector<StudyEstimate> &studies, Measure measure,
                                     const PoolingOptions &options)
{
    const bool randomEffects = options.method != PoolingMethod::FixedEffect;
    QString text;
    QTextStream out(&text);
    out << methodDescription(options) << QStringLiteral(" (k = %1)\n\n").arg(pooled.k);
    if (randomEffects)
        out << QStringLiteral("tau^2 (estimated amount of total heterogeneity): %1\n")
                   .arg(number(pooled.tau2));
    out << QStringLiteral("I^2 (total heterogeneity / total variability):   %1%\n")
               .arg(number(pooled.i2, 2))
        << QStringLiteral("H^2 (total variability / sampling variability):  %1\n\n")
               .arg(number(pooled.h2, 2))
        << QStringLiteral("Test for Heterogeneity:\nQ(df = %1) = %2, p-val %3\n\n")
               .arg(pooled.qDegreesOfFreedom)
               .arg(number(pooled.q))
               .arg(pooled.qP < 0.0001 ? QStringLiteral("< .0001")
                                       : QStringLiteral("= ") + number(pooled.qP));
    if (!pooled.converged)
        out << QStringLiteral("WARNING: REML did not converge in %1 iterations.\n\n")
                   .arg(pooled.iterations - 1);
    const QString statName = options.hartungKnapp
                                 ? QStringLiteral("tval (df = %1)").arg(*pooled.degreesOfFreedom)
                                 : QStringLiteral("zval");
    out << QStringLiteral("Model Results (%1 scale):\n\n")
               .arg(isRatio(measure) ? QStringLiteral("log") : QStringLiteral("raw"))
        << QStringLiteral("estimate      se    %1    pval    ci.lb    ci.ub\n").arg(statName)
        << QStringLiteral("%1  %2  %3  %4  %5  %6\n\n")
               .arg(number(pooled.estimate), 8)
               .arg(number(pooled.se), 6)
               .arg(number(pooled.statistic), 7)
               .arg(pValue(pooled.p), 6)
               .arg(number(pooled.ciLow), 7)
               .arg(number(pooled.ciHigh), 7);
    out << QStringLiteral("%1: %2 [95% CI %3, %4]")
               .arg(measureName(measure), number(toReportScale(pooled.estimate, measure)),
                    number(toReportScale(pooled.ciLow, measure)),
                    number(toReportScale(pooled.ciHigh, measure)));
    if (pooled.predictionLow)
        out << QStringLiteral("; 95% prediction interval %1, %2")
                   .arg(number(toReportScale(*pooled.predictionLow, measure)),
                        number(toReportScale(*pooled.predictionHigh, measure)));
    out << QStringLiteral("\n\nWeights:\n");
    for (size_t i = 0; i < studies.size(); ++i)
        out << QStringLiteral("  %1%  %2\n")
                   .arg(number(pooled.weightPercent[i], 2).rightJustified(6), studies[i].study);
    const QStringList corrected = correctedStudies(studies);
    if (!corrected.isEmpty())
        out << QStringLiteral("\n0.5 added to every cell of studies with a zero cell: %1\n")
                   .arg(corrected.join(QStringLiteral(", ")));
    return text;
}

} // namespace eb
