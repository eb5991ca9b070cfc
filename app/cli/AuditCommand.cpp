// SPDX-License-Identifier: MIT
#include "cli/AuditCommand.h"

#include "core/DatasetView.h"
#include "core/Disclaimer.h"
#include "core/format/EvidenceText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace eb {
namespace {

QHash<QString, QString> studyNames(const Dataset &dataset)
{
    QHash<QString, QString> names;
    for (const Study &study : dataset.studies)
        names.insert(study.id, study.name);
    return names;
}

QJsonObject toJson(const Dataset &dataset, const QList<IntegrityFinding> &findings)
{
    QJsonArray checks;
    for (const IntegrityCheckInfo &check : integrityChecks())
        checks.append(QJsonObject{{QStringLiteral("id"), check.id},
                                  {QStringLiteral("title"), check.title},
                                  {QStringLiteral("description"), check.description}});
    const QHash<QString, QString> names = studyNames(dataset);
    QJsonArray found;
    for (const IntegrityFinding &finding : findings)
        found.append(QJsonObject{{QStringLiteral("check"), finding.checkId},
                                 {QStringLiteral("study_id"), finding.studyId},
                                 {QStringLiteral("study"), names.value(finding.studyId)},
                                 {QStringLiteral("target_kind"), finding.targetKind},
                                 {QStringLiteral("target_id"), finding.targetId},
                                 {QStringLiteral("value"), finding.value},
                                 {QStringLiteral("explanation"), finding.explanation}});
    return QJsonObject{{QStringLiteral("dataset_version"), dataset.datasetVersion},
                       {QStringLiteral("disclaimer"), Disclaimer::text()},
                       {QStringLiteral("checks"), checks},
                       {QStringLiteral("findings"), found}};
}

QString toText(const Dataset &dataset, const QList<IntegrityFinding> &findings)
{
    const QList<IntegrityCheckInfo> checks = integrityChecks();
    QHash<QString, QString> titles;
    QHash<QString, int> counts;
    for (const IntegrityCheckInfo &check : checks)
        titles.insert(check.id, check.title);
    const QHash<QString, QString> names = studyNames(dataset);

    QString text =
        QStringLiteral("Integrity audit of dataset %1: %2 %3\n%4 checks over every stored number; "
                       "differences within the rounding of the printed digits are never "
                       "flagged.\n")
            .arg(dataset.datasetVersion, QString::number(findings.size()),
                 findings.size() == 1 ? QStringLiteral("finding") : QStringLiteral("findings"),
                 QString::number(checks.size()));
    int number = 0;
    for (const IntegrityFinding &finding : findings) {
        ++counts[finding.checkId];
        text += QStringLiteral("\n%1. %2\n")
                    .arg(QString::number(++number), names.value(finding.studyId, finding.studyId));
        text += QStringLiteral("   %1 (%2)\n")
                    .arg(titles.value(finding.checkId, finding.checkId), finding.checkId);
        text += QStringLiteral("   %1: %2 [%3]\n")
                    .arg(finding.targetKind, finding.value, finding.targetId);
        text += format::wrapped(finding.explanation, QStringLiteral("   "));
    }
    QStringList perCheck;
    for (const IntegrityCheckInfo &check : checks)
        perCheck.append(
            QStringLiteral("%1 %2").arg(check.id, QString::number(counts.value(check.id))));
    text += QStringLiteral("\nBy check: ") + perCheck.join(QStringLiteral(", ")) + u'\n';
    text += u'\n' + format::wrapped(Disclaimer::headline() + u' ' + Disclaimer::text(), QString());
    return text;
}

} // namespace

QString AuditCommand::summary() const
{
    return QStringLiteral(
        "list the stored numbers that contradict each other (--format text|json)");
}

AuditCommand::AuditCommand()
    : DatabaseReportCommand({QStringLiteral("text"), QStringLiteral("json")})
{}

void AuditCommand::run(QTextStream &out, QTextStream &) const
{
    const DatasetView view(database().load().dataset);
    if (writesJson())
        out << QString::fromUtf8(
            QJsonDocument(toJson(view.dataset(), view.findings())).toJson(QJsonDocument::Indented));
    else
        out << toText(view.dataset(), view.findings());
}

} // namespace eb
