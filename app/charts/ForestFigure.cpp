// SPDX-License-Identifier: MIT
#include "charts/ForestFigure.h"

#include "charts/FigureCanvas.h"
#include "core/format/EvidenceText.h"

#include <QCategoryAxis>
#include <QChart>
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

// Column layout as fractions of the page width.
struct Columns
{
    double studyX, studyWidth, armsX, armsWidth, plotX, plotWidth, estimateX, estimateWidth,
        weightX, weightWidth;

    static Columns forWidth(double width, double margin)
    {
        const double usable = width - 2 * margin;
        const double gap = margin * 0.6;
        Columns c{};
        c.studyX = margin;
        c.studyWidth = usable * 0.27;
        c.armsX = c.studyX + c.studyWidth + gap;
        c.armsWidth = usable * 0.17;
        c.plotX = c.armsX + c.armsWidth + gap;
        c.plotWidth = usable * 0.30;
        c.estimateX = c.plotX + c.plotWidth + gap;
        c.estimateWidth = usable * 0.15;
        c.weightX = c.estimateX + c.estimateWidth + gap;
        c.weightWidth = width - margin - c.weightX;
        return c;
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

QString heterogeneityText(const PooledEstimate &pooled)
{
    return QStringLiteral("Heterogeneity: τ² = %1; I² = %2%; Q = %3, df = %4, %5")
        .arg(format::fixed(pooled.tau2, 3), format::fixed(pooled.i2, 1), format::fixed(pooled.q, 2))
        .arg(pooled.qDegreesOfFreedom)
        .arg(format::computedP(pooled.qP));
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

AxisScale ForestFigure::scale() const
{
    double low = 1.0;
    double high = 1.0;
    bool difference = false;
    for (const ForestSubgroup &subgroup : m_plan.subgroups) {
        difference = difference || subgroup.measure == Measure::RiskDifference;
        for (const ForestRow &row : subgroup.rows) {
            low = std::min(low, row.ciLow);
            high = std::max(high, row.ciHigh);
        }
    }
    return difference ? AxisScale::forDifferences(low, high) : AxisScale::forRatios(low, high);
}

QString ForestFigure::axisTitle() const
{
    QStringList names;
    for (const ForestSubgroup &subgroup : m_plan.subgroups)
        if (!names.contains(measureName(subgroup.measure)))
            names.append(measureName(subgroup.measure));
    const bool log = scale().isLog();
    if (names.size() == 1)
        return names.first() + (log ? QStringLiteral(" (log scale)") : QString());
    return QStringLiteral("Ratio (log scale): %1").arg(names.join(QStringLiteral(", ")).toLower());
}

QStringList ForestFigure::favoursLabels() const
{
    std::optional<bool> lowerFavours;
    for (const ForestSubgroup &subgroup : m_plan.subgroups) {
        const bool lower = lowerFavoursTreatment(subgroup.direction);
        if (lowerFavours && *lowerFavours != lower)
            return {};
        lowerFavours = lower;
    }
    if (!lowerFavours)
        return {};
    const QString treatment = QStringLiteral("Favours thymosin alpha-1");
    const QString comparator = QStringLiteral("Favours comparator");
    return *lowerFavours ? QStringList{treatment, comparator} : QStringList{comparator, treatment};
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

std::unique_ptr<QGraphicsScene> ForestFigure::render(const FigureLayoutOptions &layout) const
{
    FigureCanvas canvas(layout.width, layout.fontPixels);
    canvas.addDisclaimerStrip();
    canvas.addTitle(m_title, QStringLiteral("Pooling: %1%2 · 95% confidence intervals")
                                 .arg(poolingMethodCode(m_options.method),
                                      m_options.hartungKnapp ? QStringLiteral(" with Hartung-Knapp")
                                                             : QString()));
    const Columns columns = Columns::forWidth(layout.width, canvas.margin());
    const AxisScale axis = scale();
    const PlotPainter painter(canvas, axis, columns);
    const double rowHeight = canvas.rowHeight();

    // Column headers.
    const double headerY = canvas.y() + rowHeight / 2;
    canvas.addText(QStringLiteral("Study"), columns.studyX, headerY, columns.studyWidth,
                   Qt::AlignLeft, QStringLiteral("header"), true);
    canvas.addText(QStringLiteral("Arms · n"), columns.armsX, headerY, columns.armsWidth,
                   Qt::AlignLeft, QStringLiteral("header"), true);
    canvas.addText(QStringLiteral("Estimate [95% CI]"), columns.estimateX, headerY,
                   columns.estimateWidth, Qt::AlignRight, QStringLiteral("header"), true);
    canvas.addText(QStringLiteral("Weight"), columns.weightX, headerY, columns.weightWidth,
                   Qt::AlignRight, QStringLiteral("header"), true);
    canvas.advance(rowHeight);
    const double plotTop = canvas.y();

    // With one outcome direction the labels under the axis say which side favours what;
    // otherwise each group's header says it beside the line of no effect.
    const bool mixedDirections = favoursLabels().isEmpty();
    for (const ForestSubgroup &subgroup : m_plan.subgroups) {
        double y = canvas.y() + rowHeight / 2;
        canvas.addWrappedText(subgroup.title, columns.studyX, y,
                              columns.plotX - columns.studyX - canvas.margin(),
                              QStringLiteral("subgroup"), QString(), true);
        if (mixedDirections) {
            const bool lowerFavours = lowerFavoursTreatment(subgroup.direction);
            const double nullX = painter.x(axis.nullValue());
            canvas.addText(lowerFavours ? QStringLiteral("◀ Tα1") : QStringLiteral("◀ other"),
                           columns.plotX, y, nullX - columns.plotX - 2, Qt::AlignRight,
                           QStringLiteral("favours-hint"), false, 0.8);
            canvas.addText(lowerFavours ? QStringLiteral("other ▶") : QStringLiteral("Tα1 ▶"),
                           nullX + 2, y, columns.plotX + columns.plotWidth - nullX - 2,
                           Qt::AlignLeft, QStringLiteral("favours-hint"), false, 0.8);
        }
        canvas.advance(rowHeight);

        for (const ForestRow &row : subgroup.rows) {
            y = canvas.y() + rowHeight / 2;
            QString label = row.isMetaAnalysis
                                ? QStringLiteral("Meta-analysis, as published: %1")
                                      .arg(row.sourceNames.join(QStringLiteral("; ")))
                                : row.label;
            if (!row.integrityNotes.isEmpty())
                label = QStringLiteral("⚑ ") + label;
            QGraphicsItem *labelItem =
                canvas.addWrappedText(label, columns.studyX, y, columns.studyWidth,
                                      QStringLiteral("row"), row.label + u'\n' + row.tooltip);
            labelItem->setData(ItemStudyId, row.studyId);
            labelItem->setData(ItemAccessibleDescription, row.accessibleDescription);
            if (!row.armsText.isEmpty())
                canvas.addWrappedText(row.armsText, columns.armsX, y, columns.armsWidth,
                                      QStringLiteral("row"));
            canvas.addText(row.estimateText, columns.estimateX, y, columns.estimateWidth,
                           Qt::AlignRight, QStringLiteral("row"));
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
            canvas.advance(rowHeight);
        }

        if (subgroup.pooled) {
            const PooledEstimate &pooled = *subgroup.pooled;
            const auto report = [&](double v) {
                return isRatio(subgroup.measure) ? std::exp(v) : v;
            };
            y = canvas.y() + rowHeight / 2;
            canvas.addText(QStringLiteral("Pooled (%1%2), k = %3")
                               .arg(poolingMethodCode(m_options.method),
                                    m_options.hartungKnapp ? QStringLiteral(", HKSJ") : QString())
                               .arg(pooled.k),
                           columns.studyX, y, columns.studyWidth + columns.armsWidth, Qt::AlignLeft,
                           QStringLiteral("pooled"), true);
            canvas.addText(format::estimateWithCi(report(pooled.estimate), report(pooled.ciLow),
                                                  report(pooled.ciHigh)),
                           columns.estimateX, y, columns.estimateWidth, Qt::AlignRight,
                           QStringLiteral("pooled"), true);
            canvas.addText(QStringLiteral("100%"), columns.weightX, y, columns.weightWidth,
                           Qt::AlignRight, QStringLiteral("pooled"), true);
            painter.diamond(report(pooled.ciLow), report(pooled.estimate), report(pooled.ciHigh), y,
                            Qt::black, QString());
            canvas.advance(rowHeight);
            canvas.addText(heterogeneityText(pooled), columns.studyX, canvas.y() + rowHeight / 2,
                           columns.plotX - columns.studyX - canvas.margin(), Qt::AlignLeft,
                           QStringLiteral("heterogeneity"), false, 0.85);
            canvas.advance(rowHeight);
        } else if (!subgroup.poolingNote.isEmpty()) {
            canvas.addText(subgroup.poolingNote, columns.studyX, canvas.y() + rowHeight / 2,
                           columns.plotX - columns.studyX - canvas.margin(), Qt::AlignLeft,
                           QStringLiteral("heterogeneity"), false, 0.85);
            canvas.advance(rowHeight);
        }
    }

    const double plotHeight = canvas.y() - plotTop;
    addAxisChart(canvas.scene(), axis, columns, plotTop, plotHeight);
    QList<std::pair<double, QString>> ticks;
    for (double tick : axis.ticks())
        ticks.append({painter.x(tick), AxisScale::tickLabel(tick)});
    canvas.advance(canvas.addAxis(columns.plotX, columns.plotX + columns.plotWidth, canvas.y(),
                                  ticks, axisTitle()));

    const QStringList favours = favoursLabels();
    const double favoursY = canvas.y() + rowHeight / 2;
    const double nullX = painter.x(axis.nullValue());
    if (favours.size() == 2) {
        canvas.addText(QStringLiteral("◀ ") + favours.at(0), columns.plotX - columns.armsWidth,
                       favoursY, nullX - columns.plotX + columns.armsWidth - 4, Qt::AlignRight,
                       QStringLiteral("favours"), false, 0.9);
        canvas.addText(favours.at(1) + QStringLiteral(" ▶"), nullX + 4, favoursY,
                       columns.weightX + columns.weightWidth - nullX - 4, Qt::AlignLeft,
                       QStringLiteral("favours"), false, 0.9);
    } else {
        canvas.addText(
            QStringLiteral(
                "Which side favours thymosin alpha-1 differs by outcome: see each group."),
            columns.studyX, favoursY, layout.width - 2 * canvas.margin(), Qt::AlignHCenter,
            QStringLiteral("favours"), false, 0.9);
    }
    canvas.advance(rowHeight);

    QStringList notes;
    for (const ForestSubgroup &subgroup : m_plan.subgroups)
        for (const ForestRow &row : subgroup.rows)
            if (row.isMetaAnalysis) {
                notes.append(
                    QStringLiteral("Diamonds in purple are a meta-analysis's own pooled "
                                   "results, drawn as published and never pooled again with "
                                   "the trials they may contain."));
                break;
            }
    for (const ForestSubgroup &subgroup : m_plan.subgroups)
        for (const ForestRow &row : subgroup.rows)
            for (const QString &note : row.integrityNotes)
                notes.append(QStringLiteral("⚑ %1, %2: %3").arg(row.label, row.estimateText, note));
    notes.removeDuplicates();
    canvas.addFooter(m_plan.sourcesCited.isEmpty() ? QStringList{QStringLiteral("the user's file")}
                                                   : m_plan.sourcesCited,
                     notes);
    canvas.finish();
    return canvas.takeScene();
}

} // namespace eb
