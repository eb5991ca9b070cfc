// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportedNumber.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace eb {

// Words of a source a value was read from. A quote is verbatim: its text is the source's own
// words ("verbatim"), or, for a primary publication whose abstract is not bundled, a line of
// Evidence Browser's summary of that abstract ("abstract_summary"), shown as such and never
// in quotation marks. A value read from a file a user imported is a "file_value": its text
// names the element it came from and the value as written there, never a source's sentence.
// A value the user typed in the window cites a quote of wording "user_entry": the statement
// that the user entered it, shown as the user's. Our remark about the quote is its note, never
// part of its text.
struct Quote
{
    QString id;
    QString sourceId;
    QString text;
    QString location;
    // verbatim | abstract_summary | file_value | user_entry
    QString wording = QStringLiteral("verbatim");
    QString note; // Evidence Browser's, empty if none

    bool isAbstractSummary() const { return wording == u"abstract_summary"; }
    bool isUserEntry() const { return wording == u"user_entry"; }
};

// A value that is Evidence Browser's classification, not a source's statement (an arm's
// role, a time point's anchor, a drug class): field names it, reason says why it is ours.
struct Classification
{
    QString id;
    QString field;
    QString reason;
};

struct Source
{
    QString id;
    QString kind; // "review_article" | "primary_publication" | "user_entry" | "user_file"
    QString citation;
    QString title;
    std::optional<int> year;
    QString doi;
    QString pmid;
    QString notes;
    bool bundled = false; // the bundled dataset's (origin 'bundled'), not the user's
    QList<Quote> quotes;

    // How figures and the detail pane cite it: "Iino 2005"; "Source document" for the bundled
    // review article; a review the user imported by its title; the user's own file or entry
    // as theirs.
    QString shortName() const;
};

// A link from a stored value to the quote behind it; field names the study or arm field
// ("size", "dose") where the row has several numbers.
struct Citation
{
    QString quoteId;
    QString field;
};

struct Caveat
{
    QString id;
    QString
        kind; // words_vs_numbers | differs_from_primary | omitted_by_document | design_limitation
    QString text;
    QString quoteId;
    QString field; // the field of its row in dispute ("design"); empty: the row's value
};

struct Condition
{
    QString id; // lower case: "hbv", "cirrhosis", "hcc"
    QString label;
    QString description;
};

struct Intervention
{
    QString id;
    QString label;
    QString shortLabel;
    QString drugClass;
    QList<Classification> classifications;
};

enum class Direction
{
    HigherIsBetter,
    HigherIsWorse
};

struct Endpoint
{
    QString id;
    QString label;
    QString eventLabel;
    Direction direction = Direction::HigherIsBetter;
    QString description;
    QList<Classification> classifications;
};

struct Timepoint
{
    QString id;
    QString label;
    QString anchor; // treatment_start | treatment_end | whole_follow_up
    std::optional<double> amount;
    QString unit; // week | month
    QList<Classification> classifications;
};

struct Outcome
{
    QString id;
    QString endpointId;
    std::optional<Timepoint> timepoint;
    QString endpointWording;
    QString method;
    std::optional<int> events;
    std::optional<int> total;
    OptionalNumber percent;
    OptionalNumber percentLow; // a reported range, e.g. 60-90%
    OptionalNumber percentHigh;
    QString finding;     // words where the source gives no number
    OptionalNumber mean; // a continuous result: the arm's mean and SD over its total
    OptionalNumber sd;
    QString analysisId; // the review analysis this result belongs to, empty if none
    QList<Citation> citations;
    QList<Caveat> caveats;
};

struct Arm
{
    QString id;
    QString label;
    QString role; // treatment | comparator | historical_control | single_arm
    OptionalNumber dose;
    QString doseUnit;
    QString schedule;
    OptionalNumber duration;
    QString durationUnit;
    OptionalNumber size;
    QString notes;
    QStringList interventionIds;
    QList<Outcome> outcomes;
    QList<Citation> citations;
    QList<Caveat> caveats;
    QList<Classification> classifications;
};

struct Effect
{
    QString id;
    QString endpointId;
    std::optional<Timepoint> timepoint;
    QString endpointWording;
    QString treatmentArmId;
    QString comparatorArmId;
    QString measure; // OR | RR | HR | RD | MD | SMD | PETO_OR, empty where only words are given
    OptionalNumber estimate;
    std::optional<double> ciLevel;
    OptionalNumber ciLow;
    OptionalNumber ciHigh;
    std::optional<ReportedPValue> pValue;
    QString analysis;
    OptionalNumber relativeReductionPercent;
    QString claim; // the source's words about the result, as a controlled term
    QString claimWording;
    OptionalNumber standardError; // of the estimate; of its logarithm for a ratio measure
    QString analysisId;           // the review analysis this result belongs to, empty if none
    QList<Citation> citations;
    QList<Caveat> caveats;
};

struct Study
{
    QString id;
    QString name;
    QString kind; // trial | cohort | meta_analysis | summary_statement | unspecified
    QString design;
    QString population;
    QString country;
    OptionalNumber size;
    OptionalNumber includedStudies;
    OptionalNumber followUp;
    QString followUpUnit;
    QString followUpStatistic; // median | fixed
    QString notes;
    // "bundled": the source document's, read-only; "user": the user's own, entered in the
    // window or imported, with every arm, outcome and effect it has.
    QString origin;
    QString userNote; // the user's annotation, of any study; never the source's
    QStringList conditionIds;
    QList<Arm> arms;
    QList<Effect> effects;
    QList<Citation> citations;
    QList<Caveat> caveats;
    QList<Classification> classifications;

    bool isUsers() const { return origin == u"user"; }

    const Arm *findArm(const QString &armId) const
    {
        for (const Arm &arm : arms)
            if (arm.id == armId)
                return &arm;
        return nullptr;
    }
};

// One analysis of a systematic review: an outcome of a comparison, or one subgroup of it, with
// the choices the review made (measure, method, model, labels) and the pooled result the review
// itself stored. Those numbers are the review's published result, shown beside a recomputation
// of ours and never replaced by it; quoteId names the element they were read from.
struct ReviewAnalysis
{
    QString id;
    QString sourceId;
    QString quoteId;
    QString endpointId;
    QString parentId; // the outcome's analysis, for a subgroup; empty otherwise
    QString comparison;
    QString outcome;
    QString subgroup;
    QString dataType;    // dichotomous | continuous | inverse_variance
    QString measure;     // OR | RR | HR | RD | MD | SMD | PETO_OR
    QString method;      // MH | IV | PETO
    QString model;       // fixed | random
    QString groupLabel1; // the experimental group ("Treatment")
    QString groupLabel2; // the control group
    QString graphLabel1; // under the left of the axis ("Favours experimental")
    QString graphLabel2; // under the right
    OptionalNumber estimate;
    OptionalNumber ciLow;
    OptionalNumber ciHigh;
    OptionalNumber chi2; // Cochran's Q
    OptionalNumber df;
    OptionalNumber pChi2;
    OptionalNumber i2; // percent
    OptionalNumber tau2;
    OptionalNumber z;
    OptionalNumber pZ;

    bool isSubgroup() const { return !parentId.isEmpty(); }
};

// Statements about the therapy as a whole (approval, evidence tier), tied to no study.
struct TherapyFact
{
    QString id;
    QString interventionId;
    QString topic;
    QString statement;
    QString relation;
    OptionalNumber value;
    QString unit;
    QList<Citation> citations;
};

} // namespace eb
