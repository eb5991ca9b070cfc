// SPDX-License-Identifier: MIT
#include "charts/ForestFigure.h"

#include "charts/FigureCanvas.h"
#include "core/format/EvidenceText.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsRectItem>
#include <QJsonObject>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace eb {
namespace {

const QColor studyColour(0x1f, 0x5f, 0x8b);
const QColor metaAnalysisColour(0x6a, 0x3d, 0x9a);
const QColor lineColour(0x33, 0x33, 0x33);

// Column layout for one panel: the estimate, weight and count columns as wide as their
// widest text, the plot a third of the width, study and design sharing the rest (their text
// wraps to two lines).
struct Columns
{
    double studyX, studyWidth, designX, designWidth, treatmentX, treatmentWidth, controlX,
        controlWidth, plotX, plotWidth, estimateX, estimateWidth, weightX, weightWidth;
    // On a narrow page (a 90 mm column) the design and the counts go under the study's name
    // and the CI under the estimate, so that nothing is cut or set smaller.
    bool compact = false;

    static Columns forPanel(const ForestSubgroup &panel, const FigureCanvas &canvas, double width)
    {
        const QFontMetricsF metrics(canvas.font());
        const QFontMetricsF bold(canvas.font(true));
        const auto widest = [&](const QStringList &texts, const QFontMetricsF &m) {
            double w = 0;
            for (const QString &text : texts)
                w = std::max(w, m.horizontalAdvance(text));
            return std::ceil(w) + 1;
        };
        QStringList estimates{estimateHeader(panel)};
        QStringList treatmentCounts;
        QStringList controlCounts;
        for (const ForestRow &row : panel.rows) {
            estimates.append(estimateCell(row));
            treatmentCounts.append(row.treatmentCounts);
            controlCounts.append(row.controlCounts);
        }
        const bool counts = hasCounts(panel);
        const double margin = canvas.margin();
        const double gap = margin * 0.6;
        Columns c{};
        c.weightWidth =
            panel.pooled ? widest({QStringLiteral("Weight"), QStringLiteral("100.0%")}, bold) : 0;
        c.estimateWidth = widest(estimates, bold);
        c.treatmentWidth =
            counts ? widest(treatmentCounts +
                                QStringList{countsHeader(panel.comparison.treatmentShort)},
                            bold)
                   : 0;
        c.controlWidth =
            counts
                ? widest(controlCounts + QStringList{countsHeader(panel.comparison.controlShort)},
                         bold)
                : 0;
        const double usable = width - 2 * margin;
        c.plotWidth = usable * 0.3;
        const double fixed = c.weightWidth + c.estimateWidth + c.treatmentWidth + c.controlWidth +
                             c.plotWidth + 6 * gap;
        if (usable - fixed < usable * 0.35) {
            c.compact = true;
            c.treatmentWidth = c.controlWidth = 0;
            QStringList parts;
            for (const QString &estimate : estimates)
                parts += stacked(estimate).split(u'\n');
            c.estimateWidth = widest(parts, bold);
            c.plotWidth = usable * 0.25;
        }
        const double rest = std::max(usable - c.weightWidth - c.estimateWidth - c.treatmentWidth -
                                         c.controlWidth - c.plotWidth - 6 * gap,
                                     usable * 0.2);
        c.studyWidth = hasDesign(panel) && !c.compact ? rest * 0.62 : rest;
        c.designWidth = c.compact ? 0 : rest - c.studyWidth;
        c.studyX = margin;
        c.designX = c.studyX + c.studyWidth + gap;
        c.treatmentX = c.designX + c.designWidth + gap;
        c.controlX = c.treatmentX + c.treatmentWidth + (counts && !c.compact ? gap : 0);
        c.plotX = c.controlX + c.controlWidth + gap;
        c.estimateX = c.plotX + c.plotWidth + gap;
        c.weightX = c.estimateX + c.estimateWidth + gap;
        return c;
    }

    static QString countsHeader(const QString &group) { return group + QStringLiteral(" n/N"); }

    // "0.54 [0.19, 1.53] †" as "0.54" over "[0.19, 1.53] †", for a narrow column.
    static QString stacked(QString estimate)
    {
        const qsizetype space = estimate.indexOf(u' ');
        if (space > 0)
            estimate[space] = u'\n';
        return estimate;
    }

    // What the study cell holds: its name, and on a narrow page its design and counts too.
    QString studyCell(const QString &label, const ForestRow &row,
                      const Comparison &comparison) const
    {
        if (!compact)
            return label;
        QStringList below;
        if (!row.design.isEmpty())
            below.append(row.design);
        if (!row.treatmentCounts.isEmpty() || !row.controlCounts.isEmpty())
            below.append(
                QStringLiteral("%1 %2, %3 %4")
                    .arg(comparison.treatmentShort,
                         row.treatmentCounts.isEmpty() ? QStringLiteral("—") : row.treatmentCounts,
                         comparison.controlShort,
                         row.controlCounts.isEmpty() ? QStringLiteral("—") : row.controlCounts));
        return below.isEmpty() ? label : label + u'\n' + below.join(QStringLiteral(" · "));
    }

    QString estimateText(const QString &cell) const { return compact ? stacked(cell) : cell; }

    static bool hasDesign(const ForestSubgroup &panel)
    {
        for (const ForestRow &row : panel.rows)
            if (!row.design.isEmpty())
                return true;
        return false;
    }

    static bool hasCounts(const ForestSubgroup &panel)
    {
        for (const ForestRow &row : panel.rows)
            if (!row.treatmentCounts.isEmpty() || !row.controlCounts.isEmpty())
                return true;
        return false;
    }

    // "Estimate [95% CI]", or "Estimate [CI]" when a row's level is not stated.
    static QString estimateHeader(const ForestSubgroup &panel)
    {
        for (const ForestRow &row : panel.rows)
            if (!row.ciLevelStated)
                return QStringLiteral("Estimate [CI]");
        return QStringLiteral("Estimate [95% CI]");
    }

    // The estimate as printed, marked † when computed here and ‡ when its CI level is not
    // stated (the footnotes say so).
    static QString estimateCell(const ForestRow &row)
    {
        QString text = row.estimateText;
        if (row.computedFromCounts)
            text += QStringLiteral(" †");
        if (!row.ciLevelStated)
            text += QStringLiteral(" ‡");
        return text;
    }
};

double analysisValue(const AxisScale &scale, double value)
{
    return scale.isLog() ? std::log(value) : value;
}

// The axis runs a little past the outermost ticks so that their labels fit inside the chart.
double axisPadding(const AxisScale &scale)
{
    return (analysisValue(scale, scale.maximum()) - analysisValue(scale, scale.minimum())) * 0.04;
}
double axisLow(const AxisScale &scale)
{
    return analysisValue(scale, scale.minimum()) - axisPadding(scale);
}
double axisHigh(const AxisScale &scale)
{
    return analysisValue(scale, scale.maximum()) + axisPadding(scale);
}

// The pooled row's two lines as RevMan prints them.
QString heterogeneityText(const PooledEstimate &pooled, const PoolingOptions &options)
{
    const QString common = QStringLiteral("Chi² = %1, df = %2 (%3); I² = %4%")
                               .arg(format::fixed(pooled.q, 2))
                               .arg(pooled.qDegreesOfFreedom)
                               .arg(format::revmanP(pooled.qP), format::fixed(pooled.i2, 0));
    if (!options.isRandomEffects()) // fixed effect, MH or Peto: there is no tau^2
        return QStringLiteral("Heterogeneity: ") + common;
    return QStringLiteral("Heterogeneity: Tau² = %1; %2")
        .arg(format::fixed(pooled.tau2, 3), common);
}

QString overallEffectText(const PooledEstimate &pooled)
{
    if (pooled.degreesOfFreedom)
        return QStringLiteral("Test for overall effect: t = %1, df = %2 (%3)")
            .arg(format::fixed(std::abs(pooled.statistic), 2))
            .arg(*pooled.degreesOfFreedom)
            .arg(format::revmanP(pooled.p));
    return QStringLiteral("Test for overall effect: Z = %1 (%2)")
        .arg(format::fixed(std::abs(pooled.statistic), 2), format::revmanP(pooled.p));
}

class PlotPainter
{
public:
    PlotPainter(FigureCanvas &canvas, const AxisScale &scale, const Columns &columns)
        : m_canvas(canvas)
        , m_scale(scale)
        , m_columns(columns)
    {}

    // The same mapping the axis chart uses: the padded axis range over the plot column.
    double x(double value) const
    {
        const double clamped = std::clamp(value, m_scale.minimum(), m_scale.maximum());
        const double low = axisLow(m_scale);
        const double high = axisHigh(m_scale);
        return m_columns.plotX +
               (analysisValue(m_scale, clamped) - low) / (high - low) * m_columns.plotWidth;
    }

    void whisker(double low, double high, double centreY, const QString &studyId) const
    {
        const QPen pen(lineColour, m_canvas.fontPixels() / 9.0);
        auto *line = m_canvas.scene()->addLine(x(low), centreY, x(high), centreY, pen);
        tag(line, studyId);
        const double size = m_canvas.fontPixels() * 0.4;
        if (m_scale.isBelowRange(low))
            arrow(x(low), centreY, -size, studyId);
        if (m_scale.isAboveRange(high))
            arrow(x(high), centreY, size, studyId);
    }

    void square(double value, double centreY, std::optional<double> weightPercent,
                const QString &studyId) const
    {
        // Area proportional to weight; unweighted rows get a middle size.
        const double largest = m_canvas.rowHeight() * 0.75;
        const double side = weightPercent ? std::max(largest * std::sqrt(*weightPercent / 100.0),
                                                     m_canvas.fontPixels() * 0.35)
                                          : largest * 0.5;
        auto *box = m_canvas.scene()->addRect(x(value) - side / 2, centreY - side / 2, side, side,
                                              Qt::NoPen, studyColour);
        tag(box, studyId);
    }

    void diamond(double low, double estimate, double high, double centreY, const QColor &colour,
                 const QString &studyId) const
    {
        const double half = m_canvas.rowHeight() * 0.3;
        QPolygonF shape{{x(low), centreY},
                        {x(estimate), centreY - half},
                        {x(high), centreY},
                        {x(estimate), centreY + half}};
        auto *item = m_canvas.scene()->addPolygon(shape, QPen(lineColour, 0.5), colour);
        tag(item, studyId);
        const double size = m_canvas.fontPixels() * 0.4;
        if (m_scale.isBelowRange(low))
            arrow(x(low), centreY, -size, studyId);
        if (m_scale.isAboveRange(high))
            arrow(x(high), centreY, size, studyId);
    }

private:
    void arrow(double tipX, double centreY, double size, const QString &studyId) const
    {
        QPolygonF head{{tipX, centreY},
                       {tipX - size, centreY - size * 0.6},
                       {tipX - size, centreY + size * 0.6}};
        auto *item = m_canvas.scene()->addPolygon(head, Qt::NoPen, lineColour);
        item->setData(ItemRole, QStringLiteral("arrow"));
        tag(item, studyId);
    }

    static void tag(QGraphicsItem *item, const QString &studyId)
    {
        if (!studyId.isEmpty())
            item->setData(ItemStudyId, studyId);
    }

    FigureCanvas &m_canvas;
    const AxisScale &m_scale;
    const Columns &m_columns;
};

// The axis: Qt Charts draws ticks, labels, grid, the line of no effect and the title. The
// value axis is in analysis units (log ratio) and hidden; a category axis labels it at the
// chosen ticks in ratio units (QLogValueAxis would tick only at powers of ten).
void addAxisChart(QGraphicsScene *scene, const AxisScale &scale, const Columns &columns, double top,
                  double plotHeight)
{
    const double low = axisLow(scale);
    const double high = axisHigh(scale);

    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);

    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(low, high);
    valueAxis->setLabelsVisible(false);
    valueAxis->setLineVisible(false);
    valueAxis->setGridLineVisible(false);
    valueAxis->setVisible(false);
    auto *labelAxis = new QCategoryAxis;
    labelAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    labelAxis->setStartValue(low);
    // Qt 6.4 elides or drops category labels it finds crowded and stacks a second bottom axis
    // below the hidden one: here Qt Charts draws the grid and the line of no effect, and the
    // figure draws the axis line, ticks, labels and title itself (FigureCanvas::addAxis).
    labelAxis->setLabelsVisible(false);
    labelAxis->setLineVisible(false);
    labelAxis->setTitleVisible(false);
    for (double tick : scale.ticks())
        labelAxis->append(AxisScale::tickLabel(tick), analysisValue(scale, tick));
    labelAxis->setRange(low, high);
    labelAxis->setGridLinePen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.5));
    auto *rowAxis = new QValueAxis;
    rowAxis->setRange(0, 1);
    rowAxis->setVisible(false);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    chart->addAxis(labelAxis, Qt::AlignBottom);
    chart->addAxis(rowAxis, Qt::AlignLeft);

    auto *noEffect = new QLineSeries;
    noEffect->append(analysisValue(scale, scale.nullValue()), 0);
    noEffect->append(analysisValue(scale, scale.nullValue()), 1);
    noEffect->setPen(QPen(lineColour, 0.8));
    chart->addSeries(noEffect);
    noEffect->attachAxis(valueAxis);
    noEffect->attachAxis(rowAxis);

    // Qt 6.4 lays the axis out over the chart's whole width whatever the plot area says, so
    // the chart covers exactly the plot column.
    scene->addItem(chart);
    chart->setGeometry(QRectF(columns.plotX, top, columns.plotWidth, plotHeight));
    chart->setPlotArea(QRectF(0, 0, columns.plotWidth, plotHeight));
    chart->setData(ItemRole, QStringLiteral("axis-chart"));
}

} // namespace

ForestFigure::ForestFigure(const ForestPlan &plan, const QString &title,
                           const PoolingOptions &options)
    : m_plan(plan)
    , m_title(title)
    , m_options(options)
{}

AxisScale ForestFigure::scaleOf(const ForestSubgroup &panel)
{
    double low = isRatio(panel.measure) ? 1.0 : 0.0;
    double high = low;
    for (const ForestRow &row : panel.rows) {
        low = std::min(low, row.ciLow);
        high = std::max(high, row.ciHigh);
    }
    if (panel.pooled) {
        const auto report = [&](double v) {
            return isRatio(panel.measure) ? std::exp(v) : v;
        };
        low = std::min(low, report(panel.pooled->ciLow));
        high = std::max(high, report(panel.pooled->ciHigh));
    }
    if (panel.review && panel.review->ciLow && panel.review->ciHigh) {
        low = std::min(low, panel.review->ciLow->value);
        high = std::max(high, panel.review->ciHigh->value);
    }
    return isRatio(panel.measure) ? AxisScale::forRatios(low, high)
                                  : AxisScale::forDifferences(low, high);
}

QString ForestFigure::axisTitleOf(const ForestSubgroup &panel)
{
    return measureName(panel.measure) +
           (isRatio(panel.measure) ? QStringLiteral(" (log scale)") : QString());
}

QJsonArray ForestFigure::rowsJson() const
{
    QJsonArray rows;
    for (const ForestSubgroup &subgroup : m_plan.subgroups) {
        for (const ForestRow &row : subgroup.rows)
            rows.append(
                QJsonObject{{QStringLiteral("subgroup"), subgroup.title},
                            {QStringLiteral("study"), row.label},
                            {QStringLiteral("effect_id"), row.effectId},
                            {QStringLiteral("estimate"), row.estimate},
                            {QStringLiteral("ci_low"), row.ciLow},
                            {QStringLiteral("ci_high"), row.ciHigh},
                            {QStringLiteral("meta_analysis"), row.isMetaAnalysis},
                            {QStringLiteral("weight_percent"),
                             row.weightPercent ? QJsonValue(*row.weightPercent) : QJsonValue()}});
        if (subgroup.pooled)
            rows.append(QJsonObject{{QStringLiteral("subgroup"), subgroup.title},
                                    {QStringLiteral("pooled"), poolingMethodCode(m_options.method)},
                                    {QStringLiteral("estimate"), subgroup.pooled->estimate},
                                    {QStringLiteral("ci_low"), subgroup.pooled->ciLow},
                                    {QStringLiteral("ci_high"), subgroup.pooled->ciHigh}});
    }
    return rows;
}

// The figure's subtitle: how it pools, only if it does, and which CIs it shows.
QString ForestFigure::subtitle() const
{
    QStringList parts;
    bool ownMethods = true; // every pooled panel is a review's, pooled with the review's method
    for (const ForestSubgroup &panel : m_plan.subgroups)
        ownMethods = ownMethods && (!panel.pooled || panel.review);
    if (m_plan.anyPooled() && ownMethods)
        parts.append(QStringLiteral("Pooled with each review's own method"));
    else if (m_plan.anyPooled())
        parts.append(QStringLiteral("Pooled with %1%2")
                         .arg(poolingMethodCode(m_options.method),
                              m_options.hartungKnapp
                                  ? QStringLiteral(" and the Hartung-Knapp adjustment")
                                  : QString()));
    bool unstated = false;
    for (const ForestSubgroup &panel : m_plan.subgroups)
        for (const ForestRow &row : panel.rows)
            unstated = unstated || !row.ciLevelStated;
    parts.append(unstated ? QStringLiteral("95% confidence intervals, except where marked ‡")
                          : QStringLiteral("95% confidence intervals"));
    return parts.join(QStringLiteral(" · "));
}

void ForestFigure::renderPanel(FigureCanvas &canvas, const ForestSubgroup &panel) const
{
    canvas.addParagraph(panel.title, QStringLiteral("subgroup"), 1.0, Qt::black, true);
    const Columns columns = Columns::forPanel(panel, canvas, canvas.width());
    const AxisScale axis = scaleOf(panel);
    const PlotPainter painter(canvas, axis, columns);
    const double rowHeight = canvas.rowHeight();
    const bool counts = Columns::hasCounts(panel) && !columns.compact;

    const QString estimateHeader = columns.estimateText(Columns::estimateHeader(panel));
    const double headerHeight =
        canvas.rowHeightFor({{estimateHeader, columns.estimateWidth}}, true);
    double y = canvas.y() + headerHeight / 2;
    const auto header = [&](const QString &text, double x, double width, Qt::Alignment align) {
        canvas.addText(text, x, y, width, align, QStringLiteral("header"), true);
    };
    header(QStringLiteral("Study"), columns.studyX, columns.studyWidth, Qt::AlignLeft);
    if (Columns::hasDesign(panel) && !columns.compact)
        header(QStringLiteral("Design"), columns.designX, columns.designWidth, Qt::AlignLeft);
    if (counts) {
        header(Columns::countsHeader(panel.comparison.treatmentShort), columns.treatmentX,
               columns.treatmentWidth, Qt::AlignRight);
        header(Columns::countsHeader(panel.comparison.controlShort), columns.controlX,
               columns.controlWidth, Qt::AlignRight);
    }
    canvas.addWrappedText(estimateHeader, columns.estimateX, y, columns.estimateWidth,
                          QStringLiteral("header"), QString(), true);
    if (panel.pooled)
        header(QStringLiteral("Weight"), columns.weightX, columns.weightWidth, Qt::AlignRight);
    canvas.advance(headerHeight);
    const double plotTop = canvas.y();

    for (const ForestRow &row : panel.rows) {
        QString label = row.isMetaAnalysis ? QStringLiteral("Meta-analysis, as published: %1")
                                                 .arg(row.sourceNames.join(QStringLiteral("; ")))
                                           : row.label;
        if (!row.integrityNotes.isEmpty())
            label = QStringLiteral("⚑ ") + label;
        // A long name or design wraps: the row grows to hold it, and the plot stays centred.
        const QString study = columns.studyCell(label, row, panel.comparison);
        const QString estimate = columns.estimateText(Columns::estimateCell(row));
        const double height = canvas.rowHeightFor({{study, columns.studyWidth},
                                                   {row.design, columns.designWidth},
                                                   {estimate, columns.estimateWidth}});
        y = canvas.y() + height / 2;
        QGraphicsItem *labelItem =
            canvas.addWrappedText(study, columns.studyX, y, columns.studyWidth,
                                  QStringLiteral("row"), row.label + u'\n' + row.tooltip);
        labelItem->setData(ItemStudyId, row.studyId);
        labelItem->setData(ItemAccessibleDescription, row.accessibleDescription);
        if (!row.design.isEmpty() && !columns.compact)
            canvas.addWrappedText(row.design, columns.designX, y, columns.designWidth,
                                  QStringLiteral("row"));
        if (counts) {
            const QString missing = QStringLiteral("—");
            canvas.addText(row.treatmentCounts.isEmpty() ? missing : row.treatmentCounts,
                           columns.treatmentX, y, columns.treatmentWidth, Qt::AlignRight,
                           QStringLiteral("row"));
            canvas.addText(row.controlCounts.isEmpty() ? missing : row.controlCounts,
                           columns.controlX, y, columns.controlWidth, Qt::AlignRight,
                           QStringLiteral("row"));
        }
        if (columns.compact)
            canvas.addWrappedText(estimate, columns.estimateX, y, columns.estimateWidth,
                                  QStringLiteral("row"));
        else
            canvas.addText(estimate, columns.estimateX, y, columns.estimateWidth, Qt::AlignRight,
                           QStringLiteral("row"));
        if (panel.pooled)
            canvas.addText(row.weightPercent ? format::fixed(*row.weightPercent, 1) + u'%'
                                             : QStringLiteral("—"),
                           columns.weightX, y, columns.weightWidth, Qt::AlignRight,
                           QStringLiteral("row"));
        if (row.isMetaAnalysis) {
            painter.diamond(row.ciLow, row.estimate, row.ciHigh, y, metaAnalysisColour,
                            row.studyId);
        } else {
            painter.whisker(row.ciLow, row.ciHigh, y, row.studyId);
            painter.square(row.estimate, y, row.weightPercent, row.studyId);
        }
        canvas.advance(height);
    }

    if (panel.pooled) {
        const PooledEstimate &pooled = *panel.pooled;
        const auto report = [&](double v) {
            return isRatio(panel.measure) ? std::exp(v) : v;
        };
        const QString label =
            panel.review ? QStringLiteral("Pooled by Evidence Browser (%1, as the review), k = %2")
                               .arg(panel.methodLabel)
                               .arg(pooled.k)
                         : QStringLiteral("Pooled (%1%2), k = %3")
                               .arg(poolingMethodCode(m_options.method),
                                    m_options.hartungKnapp ? QStringLiteral(", HKSJ") : QString())
                               .arg(pooled.k);
        const QString estimate = columns.estimateText(format::estimateWithCi(
            report(pooled.estimate), report(pooled.ciLow), report(pooled.ciHigh)));
        const double labelWidth = columns.plotX - columns.studyX - canvas.margin();
        const double height =
            canvas.rowHeightFor({{label, labelWidth}, {estimate, columns.estimateWidth}}, true);
        y = canvas.y() + height / 2;
        canvas.addWrappedText(label, columns.studyX, y, labelWidth, QStringLiteral("pooled"),
                              QString(), true);
        if (columns.compact)
            canvas.addWrappedText(estimate, columns.estimateX, y, columns.estimateWidth,
                                  QStringLiteral("pooled"), QString(), true);
        else
            canvas.addText(estimate, columns.estimateX, y, columns.estimateWidth, Qt::AlignRight,
                           QStringLiteral("pooled"), true);
        canvas.addText(QStringLiteral("100%"), columns.weightX, y, columns.weightWidth,
                       Qt::AlignRight, QStringLiteral("pooled"), true);
        painter.diamond(report(pooled.ciLow), report(pooled.estimate), report(pooled.ciHigh), y,
                        Qt::black, QString());
        canvas.advance(height);
    }
    if (panel.review && panel.review->estimate && panel.review->ciLow && panel.review->ciHigh) {
        // The review's own published result, as the file stores it, under ours.
        const ReviewAnalysis &review = *panel.review;
        const QString label =
            QStringLiteral("As the review stored it (%1 %2, %3)")
                .arg(review.measure == u"PETO_OR" ? QStringLiteral("Peto OR") : review.measure,
                     review.method,
                     review.model == u"random" ? QStringLiteral("random")
                                               : QStringLiteral("fixed"));
        const QString estimate = columns.estimateText(
            QStringLiteral("%1 [%2, %3]")
                .arg(review.estimate->printed, review.ciLow->printed, review.ciHigh->printed));
        const double labelWidth = columns.plotX - columns.studyX - canvas.margin();
        const double height =
            canvas.rowHeightFor({{label, labelWidth}, {estimate, columns.estimateWidth}}, true);
        y = canvas.y() + height / 2;
        canvas.addWrappedText(label, columns.studyX, y, labelWidth, QStringLiteral("review"),
                              QString(), true);
        if (columns.compact)
            canvas.addWrappedText(estimate, columns.estimateX, y, columns.estimateWidth,
                                  QStringLiteral("review"), QString(), true);
        else
            canvas.addText(estimate, columns.estimateX, y, columns.estimateWidth, Qt::AlignRight,
                           QStringLiteral("review"), true);
        painter.diamond(review.ciLow->value, review.estimate->value, review.ciHigh->value, y,
                        metaAnalysisColour, QString());
        canvas.advance(height);
    }
    const double plotHeight = canvas.y() - plotTop;
    addAxisChart(canvas.scene(), axis, columns, plotTop, plotHeight);
    QList<std::pair<double, QString>> ticks;
    for (double tick : axis.ticks())
        ticks.append({painter.x(tick), AxisScale::tickLabel(tick)});
    canvas.advance(canvas.addAxis(columns.plotX, columns.plotX + columns.plotWidth, canvas.y(),
                                  ticks, axisTitleOf(panel)));

    // What each side of the line of no effect means, under this panel's own axis: beside
    // the line when both fit, otherwise one under the other.
    const auto [leftSide, rightSide] = panel.sideLabels();
    const QString left = QStringLiteral("◀ ") + leftSide;
    const QString right = rightSide + QStringLiteral(" ▶");
    const double nullX = painter.x(axis.nullValue());
    const QFontMetricsF metrics(canvas.font());
    const double leftRoom = nullX - columns.studyX - 4;
    const double rightRoom = canvas.width() - canvas.margin() - nullX - 4;
    y = canvas.y() + rowHeight / 2;
    if (metrics.horizontalAdvance(left) <= leftRoom &&
        metrics.horizontalAdvance(right) <= rightRoom) {
        canvas.addText(left, columns.studyX, y, leftRoom, Qt::AlignRight,
                       QStringLiteral("favours"));
        canvas.addText(right, nullX + 4, y, rightRoom, Qt::AlignLeft, QStringLiteral("favours"));
        canvas.advance(rowHeight);
    } else {
        canvas.addParagraph(left, QStringLiteral("favours"));
        canvas.addParagraph(right, QStringLiteral("favours"));
    }

    if (panel.pooled) {
        canvas.addParagraph(heterogeneityText(*panel.pooled, panel.review
                                                                 ? poolingOptionsOf(*panel.review)
                                                                 : m_options),
                            QStringLiteral("heterogeneity"));
        canvas.addParagraph(overallEffectText(*panel.pooled), QStringLiteral("heterogeneity"));
    } else if (!panel.poolingNote.isEmpty()) {
        canvas.addParagraph(panel.poolingNote, QStringLiteral("heterogeneity"));
    }
    canvas.advance(rowHeight * 0.6);
}

QStringList ForestFigure::notes() const
{
    QStringList notes;
    bool metaAnalysis = false;
    bool computed = false;
    bool unstated = false;
    bool missingCounts = false;
    for (const ForestSubgroup &panel : m_plan.subgroups)
        for (const ForestRow &row : panel.rows) {
            metaAnalysis = metaAnalysis || row.isMetaAnalysis;
            computed = computed || row.computedFromCounts;
            unstated = unstated || !row.ciLevelStated;
            missingCounts =
                missingCounts || (Columns::hasCounts(panel) &&
                                  (row.treatmentCounts.isEmpty() || row.controlCounts.isEmpty()));
        }
    if (metaAnalysis)
        notes.append(QStringLiteral("Diamonds in purple are a meta-analysis's own pooled results, "
                                    "drawn as published and never pooled again with the trials "
                                    "they may contain."));
    if (computed)
        notes.append(QStringLiteral("† Computed by Evidence Browser from the reported counts (odds "
                                    "ratio with 95% CI, metafor's escalc conventions; for a "
                                    "review's outcome, the review's measure from its counts or "
                                    "means): the source prints no effect for this comparison."));
    if (unstated)
        notes.append(QStringLiteral(
            "‡ CI, level not stated: the source gives this confidence interval without "
            "its level."));
    if (missingCounts)
        notes.append(
            QStringLiteral("n/N: events and participants in each group; — where the source "
                           "does not report them."));
    for (const ForestSubgroup &panel : m_plan.subgroups)
        for (const ForestRow &row : panel.rows)
            for (const QString &note : row.integrityNotes)
                notes.append(QStringLiteral("⚑ %1, %2: %3").arg(row.label, row.estimateText, note));
    notes.removeDuplicates();
    return notes;
}

std::unique_ptr<QGraphicsScene> ForestFigure::render(const FigureLayoutOptions &layout) const
{
    FigureCanvas canvas(layout.width, layout.fontPixels);
    canvas.addDisclaimerStrip();
    canvas.addTitle(m_title, subtitle());
    for (const ForestSubgroup &panel : m_plan.subgroups)
        renderPanel(canvas, panel);
    canvas.addFooter(m_plan.sourcesCited.isEmpty() ? QStringList{QStringLiteral("the user's file")}
                                                   : m_plan.sourcesCited,
                     notes());
    canvas.finish();
    return canvas.takeScene();
}

} // namespace eb
