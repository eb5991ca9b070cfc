// SPDX-License-Identifier: MIT
#include "core/summary/EvidenceSummary.h"

#include "core/StudyClassification.h"
#include "core/forest/ForestPlan.h"
#include "core/format/EvidenceText.h"
#include "core/stats/Measure.h"
#include "core/summary/SourceStatements.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace eb {
namespace {

bool hasNumber(const Outcome &outcome)
{
    return outcome.percent || (outcome.percentLow && outcome.percentHigh) ||
           (outcome.events && outcome.total);
}

// The rate an outcome reports, as a range (low == high for one value), in percent.
std::pair<double, double> rateRange(const Outcome &outcome)
{
    if (outcome.percent)
        return {outcome.percent->value, outcome.percent->value};
    if (outcome.percentLow && outcome.percentHigh)
        return {outcome.percentLow->value, outcome.percentHigh->value};
    const double percent = 100.0 * *outcome.events / *outcome.total;
    return {percent, percent};
}

QString participantsOf(const Study &study)
{
    if (!study.size)
        return notReported();
    QString text = QStringLiteral("n=") + study.size->printed;
    if (study.includedStudies)
        text += QStringLiteral(", ") + format::number(*study.includedStudies) +
                QStringLiteral(" studies");
    return text;
}

class SummaryBuilder
{
public:
    SummaryBuilder(const DatasetView &view, const StudySelection &selection)
        : m_view(view)
        , m_dataset(view.dataset())
        , m_selection(selection)
    {
        // The forest plot's panels: their titles for the links, and its odds ratios computed
        // from arm counts, so that the summary reads the numbers the figure draws.
        const ForestPlan plan = planForest(view, selection, PoolingOptions());
        for (const ForestSubgroup &panel : plan.subgroups) {
            m_panelTitles[panel.questionKey].append(panel.title);
            for (const ForestRow &row : panel.rows)
                if (row.computedFromCounts)
                    m_computed.insert(row.studyId + u'|' + panel.questionKey, row);
        }
    }

    void addStudy(const Study &study)
    {
        QSet<QString> used; // outcome ids already read as part of a comparison
        for (const Effect &effect : study.effects)
            if (m_selection.matchesEndpoint(effect.endpointId))
                addEffect(study, effect, used);
        for (const Arm &treatment : study.arms)
            for (const Arm &control : study.arms)
                if (treatment.role == u"treatment" && control.role == u"comparator")
                    addArmComparisons(study, treatment, control, used);
        for (const Arm &arm : study.arms)
            for (const Outcome &outcome : arm.outcomes)
                if (!used.contains(outcome.id) && m_selection.matchesEndpoint(outcome.endpointId))
                    addSingleGroup(study, arm, outcome);
    }

    EvidenceSummary finish()
    {
        markOtherTimepoints();
        order();
        renumberCaveats();
        EvidenceSummary summary;
        summary.selection = m_selection.describe(m_dataset);
        summary.title =
            QStringLiteral("Summary of findings · ") +
            (summary.selection.isEmpty() ? QStringLiteral("All studies") : summary.selection);
        for (SummaryQuestion &question : m_questions) {
            question.forestPanels = m_panelTitles.value(question.key);
            question.note = poolingNote(question);
        }
        summary.questions = m_questions;
        summary.caveats = m_caveats;
        summary.sourceRating = sourceRatingOf(m_dataset, m_view.quotes());
        summary.sources = m_sources;
        return summary;
    }

private:
    // The question a result answers, created when first met. One group's result is never a
    // comparison, even where a stored effect names no comparator arm.
    SummaryQuestion &questionOf(const Arm *treatment, const Arm *control, const QString &endpointId,
                                const std::optional<Timepoint> &timepoint, bool singleGroup = false)
    {
        const QString key = questionKey(treatment, control, endpointId, timepoint) +
                            (singleGroup ? QStringLiteral("|one group") : QString());
        if (const auto found = m_index.constFind(key); found != m_index.constEnd())
            return m_questions[*found];
        SummaryQuestion question;
        question.key = key;
        question.singleGroup = singleGroup;
        question.endpointId = endpointId;
        const Endpoint *endpoint = m_dataset.findEndpoint(endpointId);
        question.endpoint = endpoint ? endpoint->label : endpointId;
        question.timepoint =
            timepoint ? timepoint->label.toLower() : QStringLiteral("time point not stated");
        const QString treatmentName =
            treatment ? groupName(*treatment, m_dataset, false) : QStringLiteral("treatment");
        question.treatmentShort = treatment ? groupName(*treatment, m_dataset, true) : QString();
        // One group goes by its arm's own label: "Entecavir or tenofovir" is no combination.
        question.comparison = singleGroup && treatment ? treatment->label : treatmentName;
        if (control) {
            question.controlShort = groupName(*control, m_dataset, true);
            question.comparison +=
                QStringLiteral(" vs ") + groupInSentence(groupName(*control, m_dataset, false));
        } else if (!singleGroup) {
            question.controlShort = QStringLiteral("comparator");
            question.comparison += QStringLiteral(" vs a comparator not described");
        }
        question.title =
            QStringList{question.comparison, question.endpoint, question.timepoint}.join(
                QStringLiteral(" · "));
        m_index.insert(key, m_questions.size());
        m_questions.append(question);
        m_contexts.insert(key, contextOf(treatment, control, endpoint));
        return m_questions.last();
    }

    reading::Context contextOf(const Arm *treatment, const Arm *control,
                               const Endpoint *endpoint) const
    {
        reading::Context context;
        if (treatment)
            context.treatment = groupInSentence(groupName(*treatment, m_dataset, false));
        context.control = control ? groupInSentence(groupName(*control, m_dataset, false))
                                  : QStringLiteral("the comparator");
        if (endpoint) {
            context.endpoint = endpoint->label;
            context.direction = endpoint->direction;
        }
        return context;
    }

    reading::Context contextFor(const SummaryQuestion &question, const Study &study) const
    {
        reading::Context context = m_contexts.value(question.key);
        context.observational = designCategory(study) == DesignCategory::Observational;
        return context;
    }

    SummaryLine lineOf(const Study &study) const
    {
        SummaryLine line;
        line.studyId = study.id;
        line.studyName = format::studyName(study);
        line.design = designCategoryLabel(designCategory(study));
        line.participants = participantsOf(study);
        const EvidenceLevel level = evidenceLevel(study);
        line.level = level.grade;
        line.levelDescription = level.description;
        return line;
    }

    // The first outcome of an arm with a number for this endpoint and time point.
    static const Outcome *rateOf(const Arm *arm, const QString &endpointId,
                                 const std::optional<Timepoint> &timepoint)
    {
        if (!arm)
            return nullptr;
        for (const Outcome &outcome : arm->outcomes)
            if (outcome.endpointId == endpointId && hasNumber(outcome) &&
                sameTimepoint(outcome.timepoint, timepoint))
                return &outcome;
        return nullptr;
    }

    void addEffect(const Study &study, const Effect &effect, QSet<QString> &used)
    {
        const Arm *treatment = study.findArm(effect.treatmentArmId);
        const Arm *control = study.findArm(effect.comparatorArmId);
        SummaryQuestion &question =
            questionOf(treatment, control, effect.endpointId, effect.timepoint);
        SummaryLine line = lineOf(study);
        line.effectId = effect.id;
        const Outcome *treated = rateOf(treatment, effect.endpointId, effect.timepoint);
        const Outcome *controlled = rateOf(control, effect.endpointId, effect.timepoint);
        reading::Context context = contextFor(question, study);
        context.ciLevelStated = effect.ciLevel.has_value();
        const std::optional<Measure> measure = measureFromCode(effect.measure);
        const double nullValue = measure && !isRatio(*measure) ? 0.0 : 1.0;
        if (effect.estimate && effect.ciLow && effect.ciHigh && !effect.measure.isEmpty()) {
            line.effect = format::effect(effect);
            line.reading =
                reading::ofInterval(effect.ciLow->value, effect.ciHigh->value, nullValue, context);
        } else if (effect.estimate && !effect.measure.isEmpty()) {
            line.effect = format::effect(effect);
            line.reading = reading::ofEstimate(effect.estimate->value, nullValue, context);
        } else if (treated && controlled) {
            line.reading = readRates(*treated, *controlled, context);
        } else {
            line.reading = reading::ofWordsOnly();
        }
        line.setSourceWords(
            attributedWords(effect.claimWording, effect.citations, m_view.quotes()));
        line.countsReported = treated && controlled;
        QList<Caveat> caveats = study.caveats + effect.caveats;
        QList<Citation> citations = effect.citations;
        for (const auto &[arm, outcome, rate] :
             {std::tuple{treatment, treated, &line.treatmentRate},
              std::tuple{control, controlled, &line.controlRate}}) {
            if (arm)
                caveats += arm->caveats;
            if (!outcome)
                continue;
            used.insert(outcome->id);
            *rate = format::outcome(*outcome);
            line.countsReported = line.countsReported && outcome->events && outcome->total;
            caveats += outcome->caveats;
            citations += outcome->citations;
            line.disagreements += findingsOn(QStringLiteral("outcome"), outcome->id);
        }
        line.disagreements = findingsOn(QStringLiteral("effect"), effect.id) + line.disagreements;
        append(question, line, caveats, citations);
    }

    // A treatment and a comparator arm's outcomes where the source prints no effect: the
    // forest plot's odds ratio where both give counts, otherwise the rates' direction only.
    void addArmComparisons(const Study &study, const Arm &treatment, const Arm &control,
                           QSet<QString> &used)
    {
        for (const Outcome &treated : treatment.outcomes) {
            if (used.contains(treated.id) || !hasNumber(treated) ||
                !m_selection.matchesEndpoint(treated.endpointId))
                continue;
            const Outcome *controlled = rateOf(&control, treated.endpointId, treated.timepoint);
            if (!controlled || used.contains(controlled->id))
                continue;
            used.insert(treated.id);
            used.insert(controlled->id);
            SummaryQuestion &question =
                questionOf(&treatment, &control, treated.endpointId, treated.timepoint);
            SummaryLine line = lineOf(study);
            line.treatmentRate = format::outcome(treated);
            line.controlRate = format::outcome(*controlled);
            line.countsReported =
                treated.events && treated.total && controlled->events && controlled->total;
            const reading::Context context = contextFor(question, study);
            const auto computed = m_computed.constFind(study.id + u'|' + question.key);
            if (computed != m_computed.constEnd()) {
                line.computed = true;
                line.effect = measureCode(Measure::OddsRatio) + u' ' + computed->estimateText;
                line.reading = reading::ofInterval(computed->ciLow, computed->ciHigh, 1.0, context);
            } else {
                line.reading = readRates(treated, *controlled, context);
            }
            line.disagreements = findingsOn(QStringLiteral("outcome"), treated.id) +
                                 findingsOn(QStringLiteral("outcome"), controlled->id);
            append(question, line,
                   study.caveats + treatment.caveats + control.caveats + treated.caveats +
                       controlled->caveats,
                   treated.citations + controlled->citations);
        }
    }

    void addSingleGroup(const Study &study, const Arm &arm, const Outcome &outcome)
    {
        SummaryQuestion &question =
            questionOf(&arm, nullptr, outcome.endpointId, outcome.timepoint, true);
        SummaryLine line = lineOf(study);
        if (arm.size)
            line.participants =
                QStringLiteral("n=") + arm.size->printed + QStringLiteral(" (this group)");
        if (hasNumber(outcome))
            line.treatmentRate = format::outcome(outcome);
        else
            line.setSourceWords(
                attributedWords(outcome.finding, outcome.citations, m_view.quotes()));
        line.method = outcome.method;
        line.reading = reading::ofSingleGroup(
            hasNumber(outcome), !outcome.percent && outcome.percentLow && outcome.percentHigh);
        line.disagreements = findingsOn(QStringLiteral("outcome"), outcome.id);
        append(question, line, study.caveats + arm.caveats + outcome.caveats, outcome.citations);
    }

    static reading::Reading readRates(const Outcome &treated, const Outcome &controlled,
                                      const reading::Context &context)
    {
        const auto [treatedLow, treatedHigh] = rateRange(treated);
        const auto [controlLow, controlHigh] = rateRange(controlled);
        return reading::ofRates(treatedLow, treatedHigh, controlLow, controlHigh, context);
    }

    // Integrity findings on a row, but not differences from the primary publication: those
    // are the caveats the line already lists.
    QStringList findingsOn(const QString &kind, const QString &id) const
    {
        QStringList explanations;
        for (const IntegrityFinding &finding : m_view.findingsOf(kind, id))
            if (finding.checkId != u"differs-from-primary")
                explanations.append(finding.explanation);
        return explanations;
    }

    void append(SummaryQuestion &question, SummaryLine line, const QList<Caveat> &caveats,
                const QList<Citation> &citations)
    {
        for (const Caveat &caveat : caveats) {
            if (!m_caveatNumbers.contains(caveat.id)) {
                m_caveatNumbers.insert(caveat.id, int(m_caveats.size()) + 1);
                m_caveats.append({int(m_caveats.size()) + 1, caveat.kind, caveat.text});
            }
            if (!line.caveats.contains(m_caveatNumbers.value(caveat.id)))
                line.caveats.append(m_caveatNumbers.value(caveat.id));
        }
        for (const Citation &citation : citations)
            if (const Source *source = m_view.quotes().value(citation.quoteId).source) {
                const QString cited =
                    source->doi.isEmpty()
                        ? source->citation
                        : source->citation + QStringLiteral(" https://doi.org/") + source->doi;
                if (!m_sourcesListed.contains(cited)) {
                    m_sourcesListed.insert(cited);
                    m_sources.append(cited);
                }
            }
        question.lines.append(std::move(line));
    }

    // A study whose reading of one comparison and outcome differs between time points, where
    // at least one of the readings favours a group: a reversal when both favour, opposite
    // groups. "No clear difference" at two time points is no change worth a note.
    void markOtherTimepoints()
    {
        struct Place
        {
            qsizetype question;
            qsizetype line;
        };
        QHash<QString, QList<Place>> groups; // study | comparison | endpoint
        for (qsizetype q = 0; q < m_questions.size(); ++q)
            for (qsizetype l = 0; l < m_questions[q].lines.size(); ++l)
                groups[m_questions[q].lines[l].studyId + u'|' + m_questions[q].comparison + u'|' +
                       m_questions[q].endpointId]
                    .append({q, l});
        for (const QList<Place> &group : std::as_const(groups))
            for (const Place &place : group) {
                SummaryLine &line = m_questions[place.question].lines[place.line];
                const bool favours = line.reading.rule == reading::Rule::Favours;
                QStringList others;
                bool reverses = false;
                for (const Place &other : group) {
                    const SummaryLine &otherLine = m_questions[other.question].lines[other.line];
                    const bool otherFavours = otherLine.reading.rule == reading::Rule::Favours;
                    if (other.question == place.question || (!favours && !otherFavours) ||
                        (favours && otherFavours &&
                         line.reading.favoursTreatment == otherLine.reading.favoursTreatment))
                        continue;
                    reverses = reverses || (favours && otherFavours);
                    others.append(shortReading(otherLine, m_questions[other.question].key) +
                                  QStringLiteral(" at ") + m_questions[other.question].timepoint);
                }
                if (!others.isEmpty())
                    line.otherTimepoints =
                        (reverses ? QStringLiteral("Reverses between time points: ")
                                  : QStringLiteral("At another time point: ")) +
                        others.join(QStringLiteral("; "));
            }
    }

    // A reading without its qualifiers, inside a sentence: "favours thymosin alpha-1".
    QString shortReading(const SummaryLine &line, const QString &questionKey) const
    {
        if (line.reading.rule != reading::Rule::Favours || !line.reading.favoursTreatment)
            return line.reading.text.left(1).toLower() + line.reading.text.mid(1);
        const reading::Context context = m_contexts.value(questionKey);
        return QStringLiteral("favours ") +
               (*line.reading.favoursTreatment ? context.treatment : context.control);
    }

    // Comparisons first, each comparison's outcomes together in the order the data first
    // gives them, time points in first-seen order; then single groups.
    void order()
    {
        QHash<QString, int> comparisonRank;
        QHash<QString, int> endpointRank;
        for (const SummaryQuestion &question : std::as_const(m_questions)) {
            comparisonRank.insert(
                question.comparison,
                comparisonRank.value(question.comparison, int(comparisonRank.size())));
            endpointRank.insert(question.endpointId,
                                endpointRank.value(question.endpointId, int(endpointRank.size())));
        }
        QList<qsizetype> order(m_questions.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            const SummaryQuestion &x = m_questions[a];
            const SummaryQuestion &y = m_questions[b];
            return std::tuple(x.singleGroup, comparisonRank[x.comparison],
                              endpointRank[x.endpointId]) < std::tuple(y.singleGroup,
                                                                       comparisonRank[y.comparison],
                                                                       endpointRank[y.endpointId]);
        });
        QList<SummaryQuestion> questions;
        for (qsizetype index : order)
            questions.append(m_questions[index]);
        m_questions = questions;
    }

    // Caveats are numbered in reading order, each once, however many lines it qualifies.
    void renumberCaveats()
    {
        QHash<int, int> numbers; // as first met while building -> in reading order
        QList<SummaryCaveat> caveats;
        for (SummaryQuestion &question : m_questions)
            for (SummaryLine &line : question.lines)
                for (int &number : line.caveats) {
                    if (!numbers.contains(number)) {
                        SummaryCaveat caveat = m_caveats.at(number - 1);
                        caveat.number = int(caveats.size()) + 1;
                        numbers.insert(number, caveat.number);
                        caveats.append(caveat);
                    }
                    number = numbers.value(number);
                }
        m_caveats = caveats;
    }

    QString poolingNote(const SummaryQuestion &question) const
    {
        if (question.lines.size() < 2)
            return QString();
        bool meta = false;
        QSet<QString> studies;
        for (const SummaryLine &line : question.lines) {
            meta = meta || line.level == u'A';
            studies.insert(line.studyId);
        }
        if (studies.size() < 2)
            return QStringLiteral("Several results of one study, each read on its own.");
        return meta ? QStringLiteral("Each study is read on its own: a meta-analysis may "
                                     "include the trials beside it, so they are never pooled.")
                    : QStringLiteral("Each study is read on its own; the forest plot pools "
                                     "them where it can.");
    }

    const DatasetView &m_view;
    const Dataset &m_dataset;
    const StudySelection &m_selection;
    QList<SummaryQuestion> m_questions;
    QHash<QString, reading::Context> m_contexts; // by question key
    QHash<QString, qsizetype> m_index;           // question key -> while building
    QHash<QString, QStringList> m_panelTitles;
    QHash<QString, ForestRow> m_computed; // study | question key
    QHash<QString, int> m_caveatNumbers;  // caveat id -> number while building
    QList<SummaryCaveat> m_caveats;
    QStringList m_sources;
    QSet<QString> m_sourcesListed; // m_sources, looked up in constant time: one per study
};

} // namespace

int EvidenceSummary::lineCount() const
{
    int count = 0;
    for (const SummaryQuestion &question : questions)
        count += int(question.lines.size());
    return count;
}

QString evidenceLevelRule()
{
    return QStringLiteral(
        "Evidence Browser's level, from the study design alone: A meta-analysis of randomised "
        "trials, B randomised trial, C observational study, D summary statement or design not "
        "stated. It is not a rating from the source and not a GRADE rating.");
}

QString sourceCertainty(const EvidenceSummary &summary)
{
    return summary.sourceRating ? QStringLiteral("Source: %1, for the therapy as a whole")
                                      .arg(summary.sourceRating->label)
                                : QStringLiteral("Source: no rating given");
}

QString programCertainty(const SummaryLine &line)
{
    return QStringLiteral("Program: %1 (%2)").arg(line.level, line.levelDescription);
}

EvidenceSummary summarizeEvidence(const DatasetView &view, const StudySelection &selection)
{
    SummaryBuilder builder(view, selection);
    for (const Study *study : view.selectedStudies(selection))
        builder.addStudy(*study);
    return builder.finish();
}

} // namespace eb
