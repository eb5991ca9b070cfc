// SPDX-License-Identifier: MIT
#include "cli/PoolCommand.h"

#include "cli/PooledEstimateFormat.h"

#include <QJsonDocument>

#include <stdexcept>

namespace eb {

QString PoolCommand::summary() const
{
    return QStringLiteral("meta-analyse a CSV of studies (--input FILE --measure M --method M)");
}

QList<QCommandLineOption> PoolCommand::options() const
{
    return m_pooling.options() << m_format.option();
}

void PoolCommand::configure(const QCommandLineParser &parser)
{
    m_pooling.read(parser, true);
    m_format.read(parser, name());
}

void PoolCommand::run(QTextStream &out, QTextStream &err) const
{
    const PoolingCsvReader::Result input = m_pooling.readStudies(err);
    const PoolingOptions &options = m_pooling.pooling();
    if (options.isRandomEffects() && !options.needsCounts() && input.studies.size() < 2)
        throw UsageError(QStringLiteral("%1:%2: a random-effects model (%3) needs at least 2 "
                                        "studies; the file has %4")
                             .arg(m_pooling.inputPath(), QString::number(input.lastLine),
                                  poolingMethodCode(options.method),
                                  QString::number(input.studies.size())));
    SubgroupAnalysis analysis;
    try {
        analysis = analyseSubgroups(input, m_pooling.measure(), options);
    } catch (const std::invalid_argument &error) {
        throw UsageError(m_pooling.inputPath() + QStringLiteral(": ") +
                         QString::fromUtf8(error.what()));
    }
    const PooledEstimateFormat format(input, m_pooling.measure(), options);
    if (m_format.isJson())
        out << QString::fromUtf8(
            QJsonDocument(format.toJson(analysis)).toJson(QJsonDocument::Indented));
    else
        out << format.toText(analysis);
    if (!analysis.overall.converged)
        err << QStringLiteral("evidence-browser: warning: REML did not converge\n");
    for (const SubgroupResult &subgroup : analysis.subgroups)
        if (!subgroup.pooled.converged)
            err << QStringLiteral("evidence-browser: warning: REML did not converge in subgroup "
                                  "'%1'\n")
                       .arg(subgroup.name);
}

} // namespace eb
