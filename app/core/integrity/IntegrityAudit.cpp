// SPDX-License-Identifier: MIT
#include "core/integrity/IntegrityAudit.h"

#include "core/format/EvidenceText.h"
#include "core/integrity/CountChecks.h"
#include "core/integrity/EffectChecks.h"
#include "core/integrity/PrintedValue.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace eb {
namespace {

using namespace integrity;

const QString estimateOutsideCi = QStringLiteral("estimate-outside-ci");
const QString ciAsymmetric = QStringLiteral("ci-asymmetric");
const QString pInconsistentWithCi = QStringLiteral("p-inconsistent-with-ci");
const QString wordsVsNumbers = QStringLiteral("words-vs-numbers");
const QString percentVsCounts = QStringLiteral("percent-vs-counts");
const QString armSizesVsStudySize = QStringLiteral("arm-sizes-vs-study-size");
const QString relativeReductionVsRatio = QStringLiteral("relative-reduction-vs-ratio");
const QString differsFromPrimary = QStringLiteral("differs-from-primary");

// A row's value as printed, formatted only when a finding shows it: most rows have none.
class RowValue
{
public:
    explicit RowValue(std::function<QString()> format)
        : m_format(std::move(format))
    {}
    const QString &operator()() const
    {
        if (!m_value)
            m_value = m_format();
        return *m_value;
    }

private:
    std::function<QString()> m_format;
    mutable std::optional<QString> m_value;
};

// Collects the findings of one study's rows.
class StudyAudit
{
public:
    StudyAudit(const Study &study, QList<IntegrityFinding> &findings)
        : m_study(study)
        , m_findings(findings)
    {}

    void add(const QString &checkId, const QString &kind, const QString &id, const RowValue &value,
             const std::optional<QString> &explanation)
    {
        if (explanation)
            m_findings.append({checkId, m_study.id, kind, id, value(), *explanation});
    }

    // A caveat that names a field of the study ("design") disputes that value, not the row's
    // headline number: n=316 is confirmed by the primary publication, its design is not.
    void addCaveats(const QList<Caveat> &caveats, const QString &kind, const QString &id,
                    const RowValue &value)
    {
        for (const Caveat &caveat : caveats)
            if (caveat.kind == u"differs_from_primary" || caveat.kind == u"omitted_by_document")
                m_findings.append(
                    {differsFromPrimary, m_study.id, kind, id,
                     kind == u"study" ? studyFieldValue(caveat.field, value()) : value(),
                     caveat.text});
    }

private:
    QString studyFieldValue(const QString &field, const QString &rowValue) const
    {
        const auto named = [&field](const QString &text) -> QString {
            return QString(field).replace(u'_', u' ') + QStringLiteral(": ") +
                   (text.isEmpty() ? notReported() : text);
        };
        if (field == u"design")
            return named(m_study.design);
        if (field == u"population")
            return named(m_study.population);
        if (field == u"country")
            return named(m_study.country);
        return rowValue;
    }

public:
private:
    const Study &m_study;
    QList<IntegrityFinding> &m_findings;
};

QString armLabel(const Study &study, const QString &armId, const QString &fallback)
{
    const Arm *arm = study.findArm(armId);
    return arm && !arm->label.isEmpty() ? labelInSentence(arm->label) : fallback;
}

// "n=62; arm sizes 29, 33, 30"
QString armSizesValue(const Study &study)
{
    QStringList sizes;
    for (const Arm &arm : study.arms)
        sizes.append(arm.size ? format::number(*arm.size) : notReported());
    return studyValue(study) + QStringLiteral("; arm sizes ") + sizes.join(QStringLiteral(", "));
}

void auditStudy(const Dataset &dataset, const Study &study, QList<IntegrityFinding> &findings)
{
    StudyAudit audit(study, findings);
    const QString studyKind = QStringLiteral("study");
    if (const std::optional<QString> explanation = checkArmSizesVsStudySize(study))
        audit.add(armSizesVsStudySize, studyKind, study.id,
                  RowValue([&study] { return armSizesValue(study); }), explanation);
    audit.addCaveats(study.caveats, studyKind, study.id,
                     RowValue([&study] { return studyValue(study); }));

    for (const Arm &arm : study.arms) {
        audit.addCaveats(arm.caveats, QStringLiteral("arm"), arm.id,
                         RowValue([&arm] { return armValue(arm); }));
        for (const Outcome &outcome : arm.outcomes) {
            const QString kind = QStringLiteral("outcome");
            const RowValue value([&outcome] { return format::outcome(outcome); });
            audit.add(percentVsCounts, kind, outcome.id, value, checkPercentVsCounts(outcome));
            audit.addCaveats(outcome.caveats, kind, outcome.id, value);
        }
    }

    for (const Effect &effect : study.effects) {
        const QString kind = QStringLiteral("effect");
        const RowValue value([&effect] { return format::effect(effect); });
        audit.add(estimateOutsideCi, kind, effect.id, value, checkEstimateOutsideCi(effect));
        audit.add(ciAsymmetric, kind, effect.id, value, checkCiAsymmetric(effect));
        audit.add(pInconsistentWithCi, kind, effect.id, value, checkPInconsistentWithCi(effect));
        if (const Endpoint *endpoint = dataset.findEndpoint(effect.endpointId))
            audit.add(
                wordsVsNumbers, kind, effect.id, value,
                checkWordsVsNumbers(
                    effect, endpoint->direction,
                    armLabel(study, effect.treatmentArmId, QStringLiteral("the treatment arm")),
                    armLabel(study, effect.comparatorArmId, QStringLiteral("the comparator arm"))));
        audit.add(relativeReductionVsRatio, kind, effect.id, value,
                  checkRelativeReductionVsRatio(effect));
        audit.addCaveats(effect.caveats, kind, effect.id, value);
    }
}

} // namespace

QList<IntegrityCheckInfo> integrityChecks()
{
    return {
        {estimateOutsideCi, QStringLiteral("Estimate outside its CI"),
         QStringLiteral("The estimate lies below the lower or above the upper bound of its own "
                        "confidence interval, for every value that rounds to the printed "
                        "numbers. Any measure.")},
        {ciAsymmetric, QStringLiteral("Ratio CI not symmetric on the log scale"),
         QStringLiteral("An OR, RR or HR and its CI are computed on the log scale, so "
                        "estimate\u00B2 = low \u00D7 high. Flagged when no values that round to "
                        "the printed estimate and bounds satisfy it.")},
        {pInconsistentWithCi, QStringLiteral("P-value does not fit the CI"),
         QStringLiteral("The two-sided p-value implied by the estimate and its CI (normal "
                        "approximation; log scale for OR, RR and HR, raw scale for RD; needs the "
                        "CI level) cannot match the stated p for any values that round to the "
                        "printed numbers.")},
        {wordsVsNumbers, QStringLiteral("Words contradict the numbers"),
         QStringLiteral("The source's words about a result (significantly better, better, not "
                        "superior, similar, not significant, numerically worse) against whether "
                        "the CI excludes the null value (1 for ratios, 0 for RD) and on which "
                        "side, given whether more of the endpoint is better or worse.")},
        {percentVsCounts, QStringLiteral("Percentage does not match the counts"),
         QStringLiteral("100 \u00D7 events / total does not round to the printed percentage.")},
        {armSizesVsStudySize, QStringLiteral("Arm sizes do not add up to the study size"),
         QStringLiteral("When the study size and every arm size are known, the arms other than "
                        "historical controls must add up to the study size exactly.")},
        {relativeReductionVsRatio, QStringLiteral("Relative reduction does not match the ratio"),
         QStringLiteral("A stated relative reduction should be 100 \u00D7 (1 \u2212 ratio); "
                        "flagged when no values that round to the printed ratio and reduction "
                        "agree.")},
        {differsFromPrimary, QStringLiteral("Differs from the primary publication"),
         QStringLiteral("A value of the document that its primary publication reports "
                        "differently, or a result the document omits (from the stored "
                        "caveats).")},
    };
}

QList<IntegrityFinding> auditDataset(const Dataset &dataset)
{
    QList<IntegrityFinding> findings;
    for (const Study &study : dataset.studies)
        auditStudy(dataset, study, findings);
    return findings;
}

} // namespace eb
