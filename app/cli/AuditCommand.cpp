// SPDX-License-Identifier: MIT
#include "cli/AuditCommand.h"

#include "core/Disclaimer.h"
#include "core/format/EvidenceText.h"
#include "core/integrity/IntegrityAudit.h"
#include "data/EvidenceRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace eb {
namespace {

constexpr int studiesPerPage = 1000;

// The findings of a whole database, and the names of the studies they are on, audited a
// page of studies at a time (each study's checks need only its own rows).
struct Audit
{
    QString datasetVersion;
    QList<IntegrityFinding> findings;
    QHash<QString, QString> studyNames; // of the studies with findings

    Audit(const EvidenceRepository &repository, const StudySelection &selection)
    {
        Dataset page = repository.loadHeader(selection);
        datasetVersion = page.datasetVersion;
        StudyCursor cursor;
        while (!cursor.finished) {
            page.studies = repository.loadStudies(selection, cursor, studiesPerPage,
                                                  StudyParts::WithoutCitations);
            const QList<IntegrityFinding> found = auditDataset(page);
            for (const IntegrityFinding &finding : found)
                for (const Study &study : page.studies)
                    if (study.id == finding.studyId)
                        studyNames.insert(study.id, study.name);
            findings += found;
        }
    }
};

QJsonObject toJson(const Audit &audit)
{
    const QList<IntegrityFinding> &findings = audit.findings;
    QJsonArray checks;
    for (const IntegrityCheckInfo &check : integrityChecks())
        checks.append(QJsonObject{{QStringLiteral("id"), check.id},
                                  {QStringLiteral("title"), check.title},
                                  {QStringLiteral("description"), check.description}});
    const QHash<QString, QString> &names = audit.studyNames;
    QJsonArray found;
    for (const IntegrityFinding &finding : findings)
        found.append(QJsonObject{{QStringLiteral("check"), finding.checkId},
                                 {QStringLiteral("study_id"), finding.studyId},
                                 {QStringLiteral("study"), names.value(finding.studyId)},
                                 {QStringLiteral("target_kind"), finding.targetKind},
                                 {QStringLiteral("target_id"), finding.targetId},
                                 {QStringLiteral("value"), finding.value},
                                 {QStringLiteral("explanation"), finding.explanation}});
    return QJsonObject{{QStringLiteral("dataset_version"), audit.datasetVersion},
                       {QStringLiteral("disclaimer"), Disclaimer::text()},
                       {QStringLiteral("checks"), checks},
                       {QStringLiteral("findings"), found}};
}

QString toText(const Audit &audit)
{
    const QList<IntegrityFinding> &findings = audit.findings;
    const QList<IntegrityCheckInfo> checks = integrityChecks();
    QHash<QString, QString> titles;
    QHash<QString, int> counts;
    for (const IntegrityCheckInfo &check : checks)
        titles.insert(check.id, check.title);
    const QHash<QString, QString> &names = audit.studyNames;

    QString text =
        QStringLiteral("Integrity audit of dataset %1: %2 %3\n%4 checks over every stored number; "
                       "differences within the rounding of the printed digits are never "
                       "flagged.\n")
            .arg(audit.datasetVersion, QString::number(findings.size()),
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
    const DatabaseOptions::Opened opened = database().open();
    const Audit audit(EvidenceRepository(opened.database.connection()), opened.selection);
    if (writesJson())
        out << QString::fromUtf8(QJsonDocument(toJson(audit)).toJson(QJsonDocument::Indented));
    else
        out << toText(audit);
}

} // namespace eb
