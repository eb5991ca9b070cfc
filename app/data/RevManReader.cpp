// SPDX-License-Identifier: MIT
#include "data/RevManReader.h"

#include "data/ImportProblem.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>
#include <optional>

namespace eb {
namespace {

// Where an element starts, as a person finds it in the file.
struct Place
{
    qint64 line = 0;
    qint64 column = 0;
    QString path; // COMPARISON[NO=1]/DICH_OUTCOME[NO=2]/DICH_DATA[STUDY_ID=STD-Smith-2001]

    QString text() const
    {
        return QStringLiteral("line %1, column %2, %3").arg(line).arg(column).arg(path);
    }
};

// An element as written: its place and its attributes.
struct Element
{
    Place place;
    QXmlStreamAttributes attributes;

    QString attribute(const QString &name) const { return attributes.value(name).toString(); }
    bool has(const QString &name) const { return attributes.hasAttribute(name); }
};

struct StudyElement : Element
{
    QString id;
};

// An outcome or one of its subgroups: a name, its pooled attributes and its studies' rows.
struct Group : Element
{
    QString name;
    QList<Element> rows;
};

struct OutcomeElement : Group
{
    QString kind; // DICH | CONT | IV
    QString groupLabel1;
    QString groupLabel2;
    QString graphLabel1;
    QString graphLabel2;
    QString measureElement; // IV_OUTCOME may name its measure in an element
    QList<Group> subgroups;
};

struct ComparisonElement : Element
{
    QString name;
    QList<OutcomeElement> outcomes;
};

// What the streaming pass collects; numbers stay text until they are checked.
struct ReviewFile
{
    QString title;
    QString doi;
    QList<StudyElement> studies;
    QList<ComparisonElement> comparisons;
};

const QString rootName = QStringLiteral("COCHRANE_REVIEW");

// The data kind an element name belongs to: "DICH" of DICH_OUTCOME, DICH_SUBGROUP, DICH_DATA.
QString kindOf(QStringView name, QStringView suffix)
{
    for (const char *kind : {"DICH", "CONT", "IV"})
        if (name == QString(QLatin1StringView(kind) + u'_' + suffix))
            return QLatin1StringView(kind).toString();
    return QString();
}

// "STD-Smith 2001" -> "std-smith-2001": ids built from the file's own identifiers.
QString slug(const QString &text)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString s = text.toLower().replace(other, QStringLiteral("-"));
    while (s.startsWith(u'-'))
        s.remove(0, 1);
    while (s.endsWith(u'-'))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("x") : s;
}

class ReviewParser
{
public:
    ReviewParser(const QByteArray &xml, QList<ImportProblem> &problems)
        : m_xml(xml)
        , m_reader(xml)
        , m_problems(problems)
    {}

    ReviewFile parse()
    {
        bool sawRoot = false;
        while (!m_reader.atEnd()) {
            const QXmlStreamReader::TokenType token = m_reader.readNext();
            if (token == QXmlStreamReader::StartDocument &&
                !isUtf8Where(m_reader.documentEncoding()))
                return m_file;
            if (token == QXmlStreamReader::DTD) {
                problemHere(QStringLiteral("a document type declaration (<!DOCTYPE ...>) is not "
                                           "read: entity declarations can expand without bound or "
                                           "read other files, and a RevMan 5 review has none"));
                return m_file;
            }
            if (token == QXmlStreamReader::StartElement) {
                if (!sawRoot && m_reader.name() != rootName) {
                    problemHere(QStringLiteral("the root element is %1; expected a RevMan 5 "
                                               "review, whose root element is %2")
                                    .arg(m_reader.name().toString(), rootName));
                    return m_file;
                }
                sawRoot = true;
                startElement();
            } else if (token == QXmlStreamReader::EndElement) {
                m_path.removeLast();
            }
        }
        if (m_reader.hasError()) {
            if (!sawRoot && m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                m_problems.append({QString(), QString(),
                                   QStringLiteral("no root element; expected a RevMan 5 review, "
                                                  "whose root element is %1")
                                       .arg(rootName)});
            else
                problemHere(QStringLiteral("not well-formed XML: %1").arg(m_reader.errorString()));
        }
        return m_file;
    }

private:
    // A file that declares UTF-8 (or nothing, which means UTF-8) must be UTF-8: the reader's
    // own message for a wrong byte has no place, so the first one is found here.
    bool isUtf8Where(QStringView declared)
    {
        if (!declared.isEmpty() && declared.compare(u"UTF-8", Qt::CaseInsensitive) != 0)
            return true;
        const qsizetype bad = firstNonUtf8Byte(m_xml);
        if (bad < 0)
            return true;
        const QByteArray before = m_xml.left(bad);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        m_problems.append(
            {QStringLiteral("line %1, column %2")
                 .arg(before.count('\n') + 1)
                 .arg(QString::fromUtf8(before.mid(lineStart)).size() + 1),
             QString(),
             QStringLiteral("the byte %1 is not UTF-8, the encoding the file declares; RevMan "
                            "writes ISO-8859-1 and declares it (<?xml version=\"1.0\" "
                            "encoding=\"ISO-8859-1\"?>)")
                 .arg(QString::number(quint8(m_xml.at(bad)), 16).toUpper())});
        return false;
    }

    // The offset of the first byte that does not belong to a UTF-8 sequence, or -1.
    static qsizetype firstNonUtf8Byte(const QByteArray &bytes)
    {
        for (qsizetype i = 0; i < bytes.size();) {
            const auto lead = quint8(bytes.at(i));
            const int length = lead < 0x80           ? 1
                               : (lead >> 5) == 0x6  ? 2
                               : (lead >> 4) == 0xE  ? 3
                               : (lead >> 3) == 0x1E ? 4
                                                     : 0;
            if (length == 0 || i + length > bytes.size())
                return i;
            for (int k = 1; k < length; ++k)
                if ((quint8(bytes.at(i + k)) >> 6) != 0x2)
                    return i;
            i += length;
        }
        return -1;
    }

    Place here() const
    {
        QStringList shown = m_path;
        if (!shown.isEmpty() && shown.first() == rootName)
            shown.removeFirst();
        return {m_reader.lineNumber(), m_reader.columnNumber() + 1,
                shown.isEmpty() ? rootName : shown.join(u'/')};
    }

    void problemHere(const QString &message)
    {
        m_problems.append({QStringLiteral("line %1, column %2")
                               .arg(m_reader.lineNumber())
                               .arg(m_reader.columnNumber() + 1),
                           QString(), message});
    }

    QString parent() const { return m_path.size() >= 2 ? m_path[m_path.size() - 2] : QString(); }
    QString parentName() const { return parent().section(u'[', 0, 0); }

    // The element's text; the reader then stands on its end, which the caller pops.
    QString text()
    {
        const QString value =
            m_reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        m_path.removeLast();
        return value;
    }

    void startElement()
    {
        const QString name = m_reader.name().toString();
        const QXmlStreamAttributes attributes = m_reader.attributes();
        QString segment = name;
        for (const char *key : {"STUDY_ID", "NO", "ID"})
            if (attributes.hasAttribute(QLatin1StringView(key))) {
                segment += QStringLiteral("[%1=%2]").arg(
                    QLatin1StringView(key), attributes.value(QLatin1StringView(key)).toString());
                break;
            }
        m_path.append(segment);
        const Element element{here(), attributes};
        const QString parentName = this->parentName();

        if (name == rootName && m_path.size() == 1) {
            m_file.doi = attributes.value(QStringLiteral("DOI")).toString().trimmed();
        } else if (name == u"TITLE" && parentName == u"COVER_SHEET") {
            m_file.title = text();
        } else if (name == u"STUDY" && parentName == u"INCLUDED_STUDIES") {
            m_file.studies.append({element, attributes.value(QStringLiteral("ID")).toString()});
        } else if (name == u"COMPARISON" && parentName == u"ANALYSES_AND_DATA") {
            m_file.comparisons.append({element, {}, {}});
        } else if (parentName == u"COMPARISON" && !m_file.comparisons.isEmpty()) {
            if (const QString kind = kindOf(name, u"OUTCOME"); !kind.isEmpty()) {
                OutcomeElement outcome;
                static_cast<Element &>(outcome) = element;
                outcome.kind = kind;
                m_file.comparisons.last().outcomes.append(outcome);
            } else if (name == u"NAME") {
                m_file.comparisons.last().name = text();
            }
        } else if (!kindOf(parentName, u"OUTCOME").isEmpty() && hasOutcome()) {
            outcomeChild(name, element);
        } else if (!kindOf(parentName, u"SUBGROUP").isEmpty() && hasOutcome() &&
                   !currentOutcome().subgroups.isEmpty()) {
            Group &subgroup = currentOutcome().subgroups.last();
            if (const QString kind = kindOf(name, u"DATA"); !kind.isEmpty()) {
                requireKind(kind, element);
                subgroup.rows.append(element);
            } else if (name == u"NAME") {
                subgroup.name = text();
            }
        }
    }

    // An element inside DICH_OUTCOME, CONT_OUTCOME or IV_OUTCOME.
    void outcomeChild(const QString &name, const Element &element)
    {
        OutcomeElement &outcome = currentOutcome();
        if (const QString kind = kindOf(name, u"SUBGROUP"); !kind.isEmpty()) {
            Group subgroup;
            static_cast<Element &>(subgroup) = element;
            outcome.subgroups.append(subgroup);
            requireKind(kind, element);
        } else if (const QString kind = kindOf(name, u"DATA"); !kind.isEmpty()) {
            requireKind(kind, element);
            outcome.rows.append(element);
        } else if (name == u"NAME") {
            outcome.name = text();
        } else if (name == u"GROUP_LABEL_1") {
            outcome.groupLabel1 = text();
        } else if (name == u"GROUP_LABEL_2") {
            outcome.groupLabel2 = text();
        } else if (name == u"GRAPH_LABEL_1") {
            outcome.graphLabel1 = text();
        } else if (name == u"GRAPH_LABEL_2") {
            outcome.graphLabel2 = text();
        } else if (name == u"EFFECT_MEASURE") {
            outcome.measureElement = text();
        }
    }

    bool hasOutcome() const
    {
        return !m_file.comparisons.isEmpty() && !m_file.comparisons.last().outcomes.isEmpty();
    }

    OutcomeElement &currentOutcome() { return m_file.comparisons.last().outcomes.last(); }

    // DICH_DATA belongs in a DICH_OUTCOME: other data would be read with the wrong fields.
    void requireKind(const QString &kind, const Element &element)
    {
        const QString outcomeKind = currentOutcome().kind;
        if (kind != outcomeKind)
            m_problems.append({element.place.text(), QString(),
                               QStringLiteral("%1 data in a %2_OUTCOME; expected %2_ elements")
                                   .arg(kind, outcomeKind)});
    }

    const QByteArray &m_xml;
    QXmlStreamReader m_reader;
    QList<ImportProblem> &m_problems;
    QStringList m_path;
    ReviewFile m_file;
};

// The measures each kind of outcome may use, as RevMan names them.
QStringList measuresOf(const QString &kind)
{
    if (kind == u"DICH")
        return {QStringLiteral("OR"), QStringLiteral("RR"), QStringLiteral("RD"),
                QStringLiteral("PETO_OR")};
    if (kind == u"CONT")
        return {QStringLiteral("MD"), QStringLiteral("SMD")};
    return {QStringLiteral("OR"),     QStringLiteral("RR"), QStringLiteral("RD"),
            QStringLiteral("HR"),     QStringLiteral("MD"), QStringLiteral("SMD"),
            QStringLiteral("PETO_OR")};
}

bool isRatioMeasure(const QString &measure)
{
    return measure == u"OR" || measure == u"RR" || measure == u"HR" || measure == u"PETO_OR";
}

// Turns what the parser collected into a Dataset, checking every value on the way.
class ReviewMapper
{
public:
    ReviewMapper(const ReviewFile &file, const QString &fileName, QList<ImportProblem> &problems)
        : m_file(file)
        , m_problems(problems)
        , m_key(QStringLiteral("rm5-") + slug(QFileInfo(fileName).completeBaseName()))
    {}

    Dataset map()
    {
        m_source.id = m_key;
        m_source.kind = QStringLiteral("review_article");
        m_source.title = m_file.title;
        m_source.doi = m_file.doi;
        m_source.citation = m_file.doi.isEmpty()
                                ? m_file.title
                                : m_file.title + QStringLiteral(". doi:") + m_file.doi;
        if (m_file.title.isEmpty())
            m_problems.append({QStringLiteral("COVER_SHEET/TITLE"), QString(),
                               QStringLiteral("missing; expected the review's title")});
        mapStudies();
        countOutcomeNames();
        for (const ComparisonElement &comparison : m_file.comparisons)
            mapComparison(comparison);
        m_dataset.sources.prepend(m_source);
        for (const StudyElement &element : m_file.studies)
            if (const auto found = m_studyIndex.constFind(element.id); found != m_studyIndex.cend())
                m_dataset.studies.append(m_studies[*found]);
        return m_dataset;
    }

private:
    QString quote(const Element &element, const QStringList &attributes)
    {
        QStringList written;
        for (const QString &name : attributes)
            if (element.has(name))
                written.append(QStringLiteral("%1=\"%2\"").arg(name, element.attribute(name)));
        Quote q;
        q.id = QStringLiteral("%1-q%2").arg(m_key).arg(m_source.quotes.size() + 1);
        q.sourceId = m_source.id;
        q.text = element.place.path + QStringLiteral(": ") + written.join(u' ');
        q.location = QStringLiteral("line %1").arg(element.place.line);
        q.wording = QStringLiteral("file_value");
        m_source.quotes.append(q);
        return q.id;
    }

    void problem(const Element &element, const QString &field, const QString &message)
    {
        m_problems.append({element.place.text(), field, message});
    }

    OptionalNumber number(const Element &element, const QString &name, bool required)
    {
        if (!element.has(name)) {
            if (required)
                problem(element, name, QStringLiteral("missing; expected a number"));
            return std::nullopt;
        }
        const QString written = element.attribute(name).trimmed();
        bool ok = false;
        const double value = written.toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            problem(element, name, QStringLiteral("\"%1\" is not a number").arg(written));
            return std::nullopt;
        }
        return ReportedNumber{value, written};
    }

    std::optional<int> count(const Element &element, const QString &name)
    {
        const OptionalNumber n = number(element, name, true);
        if (!n)
            return std::nullopt;
        if (n->value != std::trunc(n->value) || std::abs(n->value) > 1e9) {
            problem(element, name, QStringLiteral("%1 is not a count").arg(n->printed));
            return std::nullopt;
        }
        if (n->value < 0) {
            problem(element, name,
                    QStringLiteral("%1 is negative; expected a count").arg(n->printed));
            return std::nullopt;
        }
        return int(n->value);
    }

    void requireRange(const Element &element, const QString &name, const OptionalNumber &n,
                      double low, double high, const QString &expected)
    {
        if (n && (n->value < low || n->value > high))
            problem(element, name, QStringLiteral("%1 is %2").arg(n->printed, expected));
    }

    void mapStudies()
    {
        QHash<QString, Place> declared;
        for (const StudyElement &element : m_file.studies) {
            if (element.id.isEmpty()) {
                problem(element, QStringLiteral("ID"),
                        QStringLiteral("missing; expected the "
                                       "study's id"));
                continue;
            }
            if (const auto first = declared.constFind(element.id); first != declared.cend()) {
                problem(element, QStringLiteral("ID"),
                        QStringLiteral("\"%1\" is declared twice; the first is at line %2")
                            .arg(element.id)
                            .arg(first->line));
                continue;
            }
            declared.insert(element.id, element.place);
            Study study;
            study.id = m_key + u'-' + slug(element.id);
            study.name = element.attribute(QStringLiteral("NAME")).simplified();
            if (study.name.isEmpty())
                study.name = element.id;
            study.kind = QStringLiteral("trial");
            const QString year = element.attribute(QStringLiteral("YEAR")).trimmed();
            study.notes =
                year.isEmpty()
                    ? QStringLiteral("An included study of the review \"%1\".").arg(m_file.title)
                    : QStringLiteral("An included study of the review \"%1\"; year %2 "
                                     "as the review gives it.")
                          .arg(m_file.title, year);
            study.citations.append({quote(element, {QStringLiteral("ID"), QStringLiteral("NAME"),
                                                    QStringLiteral("YEAR")}),
                                    QStringLiteral("name")});
            m_studyIndex.insert(element.id, m_studies.size());
            m_studies.append(study);
        }
    }

    // An outcome's name is its endpoint's label unless another outcome has the same name.
    void countOutcomeNames()
    {
        for (const ComparisonElement &comparison : m_file.comparisons)
            for (const OutcomeElement &outcome : comparison.outcomes)
                ++m_outcomeNames[outcome.name];
    }

    static QString numberOf(const Element &element, qsizetype index)
    {
        const QString no = element.attribute(QStringLiteral("NO")).trimmed();
        return no.isEmpty() ? QString::number(index + 1) : slug(no);
    }

    void mapComparison(const ComparisonElement &comparison)
    {
        const QString c = numberOf(comparison, m_comparisonIndex++);
        if (comparison.name.isEmpty())
            problem(comparison, QStringLiteral("NAME"),
                    QStringLiteral("missing; expected the comparison's name"));
        for (qsizetype o = 0; o < comparison.outcomes.size(); ++o)
            mapOutcome(comparison, c, comparison.outcomes[o], numberOf(comparison.outcomes[o], o));
    }

    void mapOutcome(const ComparisonElement &comparison, const QString &c,
                    const OutcomeElement &outcome, const QString &o)
    {
        if (outcome.name.isEmpty())
            problem(outcome, QStringLiteral("NAME"),
                    QStringLiteral("missing; expected the outcome's name"));
        Endpoint endpoint;
        endpoint.id = QStringLiteral("%1-cmp%2-out%3").arg(m_key, c, o);
        endpoint.label = m_outcomeNames.value(outcome.name) > 1
                             ? comparison.name + QStringLiteral(": ") + outcome.name
                             : outcome.name;
        endpoint.eventLabel = outcome.name;
        endpoint.direction = Direction::HigherIsWorse;
        endpoint.description = QStringLiteral("Outcome of the comparison \"%1\" in the review "
                                              "\"%2\".")
                                   .arg(comparison.name, m_file.title);
        endpoint.classifications.append(
            {endpoint.id + QStringLiteral("-direction"), QStringLiteral("direction"),
             QStringLiteral("A RevMan file does not say whether more of an outcome is better; "
                            "Evidence Browser takes it as worse (an event such as death or "
                            "relapse), as RevMan's default labels read ('Favours experimental' "
                            "on the left of the axis).")});
        m_dataset.endpoints.append(endpoint);

        ReviewAnalysis analysis = analysisOf(outcome, outcome);
        analysis.id = endpoint.id;
        analysis.endpointId = endpoint.id;
        analysis.comparison = comparison.name;
        analysis.outcome = outcome.name;
        if (analysis.measure.isEmpty())
            return;
        m_dataset.reviewAnalyses.append(analysis);
        const Arms arms{c, outcome.groupLabel1, outcome.groupLabel2};
        for (const Element &row : outcome.rows)
            mapRow(outcome, analysis, arms, row, o);
        for (qsizetype s = 0; s < outcome.subgroups.size(); ++s) {
            const Group &group = outcome.subgroups[s];
            ReviewAnalysis subgroup = analysisOf(outcome, group);
            subgroup.id = analysis.id + QStringLiteral("-sub") + numberOf(group, s);
            subgroup.endpointId = endpoint.id;
            subgroup.parentId = analysis.id;
            subgroup.comparison = comparison.name;
            subgroup.outcome = outcome.name;
            subgroup.subgroup = group.name;
            if (group.name.isEmpty())
                problem(group, QStringLiteral("NAME"),
                        QStringLiteral("missing; expected the subgroup's name"));
            m_dataset.reviewAnalyses.append(subgroup);
            for (const Element &row : group.rows)
                mapRow(outcome, subgroup, arms, row, o);
        }
    }

    // The review's choices from the outcome, and the pooled numbers of `pooled` (the outcome
    // itself or one of its subgroups).
    ReviewAnalysis analysisOf(const OutcomeElement &outcome, const Group &pooled)
    {
        ReviewAnalysis a;
        a.sourceId = m_source.id;
        a.dataType = outcome.kind == u"DICH"   ? QStringLiteral("dichotomous")
                     : outcome.kind == u"CONT" ? QStringLiteral("continuous")
                                               : QStringLiteral("inverse_variance");
        QString measure = outcome.attribute(QStringLiteral("EFFECT_MEASURE")).trimmed();
        if (measure.isEmpty())
            measure = outcome.measureElement;
        if (!measuresOf(outcome.kind).contains(measure))
            problem(outcome, QStringLiteral("EFFECT_MEASURE"),
                    QStringLiteral("\"%1\" is not a measure this program reads for %2_OUTCOME; "
                                   "expected one of %3")
                        .arg(measure, outcome.kind,
                             measuresOf(outcome.kind).join(QStringLiteral(", "))));
        else
            a.measure = measure;
        const QString method = outcome.attribute(QStringLiteral("METHOD")).trimmed();
        if (method != u"MH" && method != u"IV" && method != u"PETO")
            problem(outcome, QStringLiteral("METHOD"),
                    QStringLiteral("\"%1\" is not an analysis method; expected MH, IV or PETO")
                        .arg(method));
        a.method = method;
        const QString random = outcome.attribute(QStringLiteral("RANDOM")).trimmed();
        if (random != u"YES" && random != u"NO")
            problem(outcome, QStringLiteral("RANDOM"),
                    QStringLiteral("\"%1\" is neither YES nor NO").arg(random));
        a.model = random == u"YES" ? QStringLiteral("random") : QStringLiteral("fixed");
        a.groupLabel1 = outcome.groupLabel1;
        a.groupLabel2 = outcome.groupLabel2;
        a.graphLabel1 = outcome.graphLabel1;
        a.graphLabel2 = outcome.graphLabel2;

        const QStringList names{QStringLiteral("EFFECT_SIZE"), QStringLiteral("CI_START"),
                                QStringLiteral("CI_END"),      QStringLiteral("CHI2"),
                                QStringLiteral("DF"),          QStringLiteral("P_CHI2"),
                                QStringLiteral("I2"),          QStringLiteral("TAU2"),
                                QStringLiteral("Z"),           QStringLiteral("P_Z")};
        OptionalNumber *targets[] = {&a.estimate, &a.ciLow, &a.ciHigh, &a.chi2, &a.df,
                                     &a.pChi2,    &a.i2,    &a.tau2,   &a.z,    &a.pZ};
        for (qsizetype i = 0; i < names.size(); ++i)
            *targets[i] = number(pooled, names[i], false);
        const QString probability = QStringLiteral("not a probability between 0 and 1");
        requireRange(pooled, QStringLiteral("P_CHI2"), a.pChi2, 0, 1, probability);
        requireRange(pooled, QStringLiteral("P_Z"), a.pZ, 0, 1, probability);
        requireRange(pooled, QStringLiteral("I2"), a.i2, 0, 100,
                     QStringLiteral("not a percentage between 0 and 100"));
        for (const auto &[name, value] :
             {std::pair{QStringLiteral("CHI2"), a.chi2}, std::pair{QStringLiteral("DF"), a.df},
              std::pair{QStringLiteral("TAU2"), a.tau2}})
            requireRange(pooled, name, value, 0, HUGE_VAL, QStringLiteral("negative"));
        if (isRatioMeasure(measure))
            for (const auto &[name, value] : {std::pair{QStringLiteral("EFFECT_SIZE"), a.estimate},
                                              std::pair{QStringLiteral("CI_START"), a.ciLow},
                                              std::pair{QStringLiteral("CI_END"), a.ciHigh}})
                if (value && value->value <= 0)
                    problem(pooled, name,
                            QStringLiteral("%1 is not a ratio; an %2 is above 0")
                                .arg(value->printed, measure));
        if (a.ciLow.has_value() != a.ciHigh.has_value())
            problem(pooled, a.ciLow ? QStringLiteral("CI_END") : QStringLiteral("CI_START"),
                    QStringLiteral("missing; a confidence interval needs both ends"));
        else if (a.ciLow && a.ciLow->value > a.ciHigh->value)
            problem(
                pooled, QStringLiteral("CI_START"),
                QStringLiteral("%1 is above CI_END %2").arg(a.ciLow->printed, a.ciHigh->printed));
        QStringList written{QStringLiteral("EFFECT_MEASURE"), QStringLiteral("METHOD"),
                            QStringLiteral("RANDOM")};
        a.quoteId = quote(pooled, written + names);
        return a;
    }

    struct Arms
    {
        QString comparison;
        QString label1;
        QString label2;
    };

    // A study's two arms in a comparison, made when the study first appears in it.
    std::pair<QString, QString> armsOf(Study &study, const Arms &arms)
    {
        const QString base = study.id + QStringLiteral("-cmp") + arms.comparison;
        const QString experimental = base + QStringLiteral("-exp");
        const QString control = base + QStringLiteral("-ctl");
        if (!study.findArm(experimental)) {
            Arm e;
            e.id = experimental;
            e.label = arms.label1.isEmpty() ? QStringLiteral("Experimental") : arms.label1;
            e.role = QStringLiteral("treatment");
            Arm k;
            k.id = control;
            k.label = arms.label2.isEmpty() ? QStringLiteral("Control") : arms.label2;
            k.role = QStringLiteral("comparator");
            study.arms.append(e);
            study.arms.append(k);
        }
        return {experimental, control};
    }

    static Arm &armById(Study &study, const QString &id)
    {
        for (Arm &arm : study.arms)
            if (arm.id == id)
                return arm;
        Q_UNREACHABLE();
    }

    void mapRow(const OutcomeElement &outcome, const ReviewAnalysis &analysis, const Arms &arms,
                const Element &row, const QString &o)
    {
        const QString studyKey = row.attribute(QStringLiteral("STUDY_ID"));
        const auto found = m_studyIndex.constFind(studyKey);
        if (found == m_studyIndex.cend()) {
            problem(row, QStringLiteral("STUDY_ID"),
                    studyKey.isEmpty()
                        ? QStringLiteral("missing; expected the id of an included study")
                        : QStringLiteral("\"%1\" is not one of the review's included studies "
                                         "(STUDY elements)")
                              .arg(studyKey));
            return;
        }
        Study &study = m_studies[*found];
        const QString rowKey = study.id + u'/' + analysis.endpointId;
        if (m_rows.contains(rowKey)) {
            problem(row, QStringLiteral("STUDY_ID"),
                    QStringLiteral("\"%1\" has a second row in this outcome; the first is at "
                                   "line %2")
                        .arg(studyKey)
                        .arg(m_rows.value(rowKey)));
            return;
        }
        m_rows.insert(rowKey, row.place.line);
        const auto [experimental, control] = armsOf(study, arms);
        if (outcome.kind == u"IV") {
            mapInverseVarianceRow(study, analysis, row,
                                  arms.comparison + QStringLiteral("-out") + o, experimental,
                                  control);
            return;
        }
        const bool dichotomous = outcome.kind == u"DICH";
        const QStringList fields =
            dichotomous ? QStringList{QStringLiteral("EVENTS_1"), QStringLiteral("TOTAL_1"),
                                      QStringLiteral("EVENTS_2"), QStringLiteral("TOTAL_2")}
                        : QStringList{QStringLiteral("MEAN_1"),  QStringLiteral("SD_1"),
                                      QStringLiteral("TOTAL_1"), QStringLiteral("MEAN_2"),
                                      QStringLiteral("SD_2"),    QStringLiteral("TOTAL_2")};
        const QString quoteId = quote(row, QStringList{QStringLiteral("STUDY_ID")} + fields);
        for (const int group : {1, 2}) {
            const QString suffix = QStringLiteral("_%1").arg(group);
            Outcome result;
            result.id = (group == 1 ? experimental : control) + QStringLiteral("-out") + o;
            result.endpointId = analysis.endpointId;
            result.analysisId = analysis.id;
            result.citations.append({quoteId, QString()});
            result.total = count(row, QStringLiteral("TOTAL") + suffix);
            if (result.total && *result.total == 0)
                problem(row, QStringLiteral("TOTAL") + suffix,
                        QStringLiteral("0 is not a group size; expected a count above 0"));
            if (dichotomous) {
                result.events = count(row, QStringLiteral("EVENTS") + suffix);
                if (result.events && result.total && *result.events > *result.total)
                    problem(row, QStringLiteral("EVENTS") + suffix,
                            QStringLiteral("%1 is greater than TOTAL%2 %3")
                                .arg(*result.events)
                                .arg(suffix)
                                .arg(*result.total));
            } else {
                result.mean = number(row, QStringLiteral("MEAN") + suffix, true);
                result.sd = number(row, QStringLiteral("SD") + suffix, true);
                if (result.sd && result.sd->value < 0)
                    problem(row, QStringLiteral("SD") + suffix,
                            QStringLiteral("%1 is negative; expected a standard deviation")
                                .arg(result.sd->printed));
            }
            armById(study, group == 1 ? experimental : control).outcomes.append(result);
        }
    }

    void mapInverseVarianceRow(Study &study, const ReviewAnalysis &analysis, const Element &row,
                               const QString &outcomeKey, const QString &experimental,
                               const QString &control)
    {
        Effect effect;
        effect.id = study.id + QStringLiteral("-cmp") + outcomeKey + QStringLiteral("-effect");
        effect.endpointId = analysis.endpointId;
        effect.analysisId = analysis.id;
        effect.treatmentArmId = experimental;
        effect.comparatorArmId = control;
        effect.measure = analysis.measure;
        effect.estimate = number(row, QStringLiteral("EFFECT_SIZE"), true);
        effect.standardError = number(row, QStringLiteral("SE"), true);
        effect.ciLow = number(row, QStringLiteral("CI_START"), false);
        effect.ciHigh = number(row, QStringLiteral("CI_END"), false);
        if (effect.ciLow || effect.ciHigh)
            effect.ciLevel = 0.95;
        if (effect.standardError && effect.standardError->value <= 0)
            problem(row, QStringLiteral("SE"),
                    QStringLiteral("%1 is not a standard error; expected a number above 0")
                        .arg(effect.standardError->printed));
        if (isRatioMeasure(effect.measure) && effect.estimate && effect.estimate->value <= 0)
            problem(row, QStringLiteral("EFFECT_SIZE"),
                    QStringLiteral("%1 is not a ratio; an %2 is above 0")
                        .arg(effect.estimate->printed, effect.measure));
        if (effect.ciLow.has_value() != effect.ciHigh.has_value())
            problem(row, effect.ciLow ? QStringLiteral("CI_END") : QStringLiteral("CI_START"),
                    QStringLiteral("missing; a confidence interval needs both ends"));
        else if (effect.ciLow && effect.estimate &&
                 (effect.ciLow->value > effect.estimate->value ||
                  effect.estimate->value > effect.ciHigh->value))
            problem(
                row, QStringLiteral("EFFECT_SIZE"),
                QStringLiteral("%1 is outside its confidence interval %2 to %3")
                    .arg(effect.estimate->printed, effect.ciLow->printed, effect.ciHigh->printed));
        effect.citations.append({quote(row, {QStringLiteral("STUDY_ID"),
                                             QStringLiteral("EFFECT_SIZE"), QStringLiteral("SE"),
                                             QStringLiteral("CI_START"), QStringLiteral("CI_END")}),
                                 QString()});
        study.effects.append(effect);
    }

    const ReviewFile &m_file;
    QList<ImportProblem> &m_problems;
    const QString m_key;
    Dataset m_dataset;
    Source m_source;
    QList<Study> m_studies;
    QHash<QString, qsizetype> m_studyIndex; // by the file's STUDY ID
    QHash<QString, int> m_outcomeNames;
    QHash<QString, qint64> m_rows; // "study/endpoint" -> line of its row
    qsizetype m_comparisonIndex = 0;
};

} // namespace

Dataset RevManReader::read(const QByteArray &xml, const QString &fileName)
{
    QList<ImportProblem> problems;
    const ReviewFile file = ReviewParser(xml, problems).parse();
    if (!problems.isEmpty())
        throw ImportError(fileName, problems);
    Dataset dataset = ReviewMapper(file, fileName, problems).map();
    if (!problems.isEmpty())
        throw ImportError(fileName, problems);
    return dataset;
}

} // namespace eb
