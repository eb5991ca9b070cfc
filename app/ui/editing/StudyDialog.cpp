// SPDX-License-Identifier: MIT
#include "ui/editing/StudyDialog.h"

namespace eb {
namespace {

QString printedOf(const OptionalNumber &number)
{
    return number ? number->printed : QString();
}

} // namespace

StudyDialog::StudyDialog(const Dataset &dataset, const StudyEntry &entry, QWidget *parent)
    : EntryDialog(entry.study.id.isEmpty() ? tr("Add study") : tr("Edit study"), parent)
    , m_original(entry)
{
    const Study &study = entry.study;
    addLine(QStringLiteral("name"), tr("&Name:"), study.name, tr("Author year, like Smith 2019"));
    addChoice(QStringLiteral("kind"), tr("&Kind:"),
              {{QStringLiteral("trial"), tr("Trial")},
               {QStringLiteral("cohort"), tr("Cohort")},
               {QStringLiteral("meta_analysis"), tr("Meta-analysis")},
               {QStringLiteral("summary_statement"), tr("Summary statement")},
               {QStringLiteral("unspecified"), tr("Unspecified")}},
              study.kind);
    QList<std::pair<QString, QString>> conditions;
    for (const Condition &condition : dataset.conditions)
        conditions.append({condition.id, condition.label});
    addChecks(QStringLiteral("conditions"), tr("&Conditions:"), conditions, study.conditionIds);
    addLine(QStringLiteral("design"), tr("&Design:"), study.design,
            tr("like open-label randomised"));
    addLine(QStringLiteral("population"), tr("&Population:"), study.population);
    addLine(QStringLiteral("country"), tr("C&ountry:"), study.country);
    addLine(QStringLiteral("size"), tr("Participants (&n):"), printedOf(study.size));
    addLine(QStringLiteral("follow_up"), tr("&Follow-up:"), printedOf(study.followUp));
    addChoice(QStringLiteral("follow_up_unit"), tr("Follow-up &unit:"),
              {{QString(), tr("(none)")},
               {QStringLiteral("week"), tr("weeks")},
               {QStringLiteral("month"), tr("months")}},
              study.followUpUnit);
    addChoice(QStringLiteral("follow_up_statistic"), tr("Follow-up &is:"),
              {{QString(), tr("(not stated)")},
               {QStringLiteral("median"), tr("a median")},
               {QStringLiteral("fixed"), tr("fixed")}},
              study.followUpStatistic);
    addNotes(QStringLiteral("notes"), tr("N&otes:"), study.notes);
    addLine(QStringLiteral("reference"), tr("&Reference:"), entry.reference,
            tr("where the numbers come from: authors, journal, year"));
    addLine(QStringLiteral("reference_year"), tr("Reference &year:"),
            entry.referenceYear ? QString::number(*entry.referenceYear) : QString());
    refresh();
}

StudyEntry StudyDialog::read(FieldProblems &problems) const
{
    StudyEntry entry = m_original;
    Study &study = entry.study;
    study.name = text(QStringLiteral("name"));
    study.kind = choice(QStringLiteral("kind"));
    study.conditionIds = checkedValues(QStringLiteral("conditions"));
    study.design = text(QStringLiteral("design"));
    study.population = text(QStringLiteral("population"));
    study.country = text(QStringLiteral("country"));
    study.size = number(QStringLiteral("size"), problems);
    study.followUp = number(QStringLiteral("follow_up"), problems);
    study.followUpUnit = choice(QStringLiteral("follow_up_unit"));
    study.followUpStatistic = choice(QStringLiteral("follow_up_statistic"));
    study.notes = text(QStringLiteral("notes"));
    entry.reference = text(QStringLiteral("reference"));
    entry.referenceYear = count(QStringLiteral("reference_year"), problems);
    return entry;
}

StudyEntry StudyDialog::entry() const
{
    FieldProblems ignored;
    return read(ignored);
}

FieldProblems StudyDialog::problems() const
{
    FieldProblems problems;
    const StudyEntry entry = read(problems);
    return problems + EvidenceRules::checkStudy(entry);
}

} // namespace eb
