// SPDX-License-Identifier: MIT
#include "data/ImportProblem.h"

namespace eb {

QString ImportProblem::text() const
{
    QString where = place;
    if (!field.isEmpty())
        where +=
            (where.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("field ") + field;
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

ImportError::ImportError(const QString &fileName, const QList<ImportProblem> &problems)
    : InputError(summary(fileName, problems))
    , m_problems(problems)
{}

QString ImportError::summary(const QString &fileName, const QList<ImportProblem> &problems)
{
    QString text = problems.size() == 1 ? QStringLiteral("%1: nothing imported: ").arg(fileName)
                                        : QStringLiteral("%1: nothing imported, %2 problems:\n")
                                              .arg(fileName)
                                              .arg(problems.size());
    // A wholly wrong file should not print megabytes: the first ones say what is wrong.
    constexpr qsizetype shown = 50;
    QStringList lines;
    for (const ImportProblem &problem : problems.first(std::min(problems.size(), shown)))
        lines.append(problems.size() == 1 ? problem.text() : QStringLiteral("  ") + problem.text());
    if (problems.size() > shown)
        lines.append(QStringLiteral("  (and %1 more)").arg(problems.size() - shown));
    return text + lines.join(u'\n');
}

} // namespace eb
