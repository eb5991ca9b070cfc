// SPDX-License-Identifier: MIT
#include "charts/RateFigure.h"

#include "charts/FigureCanvas.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QJsonObject>
#include <QLineSeries>
#include <QValueAxis>

namespace eb {
namespace {

const QColor barColour(0x1f, 0x5f, 0x8b);
const QColor rangeColour(0x9e, 0xc5, 0xe0);
const QColor lineColour(0x33, 0x33, 0x33);

struct Columns
{
    double labelX, labelWidth, plotX, plotWidth, valueX, valueWidth;

    // The value column as wide as its widest value (at most 30% of the page, wrapping past
    // that), the plot 40% (at least 25%), the labels the rest.
    static Columns forValues(const QStringList &values, const FigureCanvas &canvas)
    {
        const double margin = canvas.margin();
        const double usable = canvas.width() - 2 * margin;
        const double gap = margin * 0.6;
        const QFontMetricsF metrics(canvas.font());
        double widest = metrics.horizontalAdvance(QStringLiteral("Rate"));
        for (const QString &value : values)
            widest = std::max(widest, metrics.horizontalAdvance(value));
        Columns c{};
        c.valueWidth = std::min(std::ceil(widest) + 1, usable * 0.3);
        c.plotWidth = std::max(usable * 0.25, std::min(usable * 0.4, usable * 0.64 - c.valueWidth));
        c.labelWidth = usable - c.plotWidth - c.valueWidth - 2 * gap;
        c.labelX = margin;
        c.plotX = c.labelX + c.labelWidth + gap;
        c.valueX = c.plotX + c.plotWidth + gap;
        return c;
    }

    // The axis runs from -4% to 104% so that "0%" and "100%" fit inside the chart.
    static constexpr double axisLow = -4.0;
    static constexpr double axisHigh = 104.0;
    double x(double percent) const
    {
        return plotX +
               plotWidth * (std::clamp(percent, 0.0, 100.0) - axisLow) / (axisHigh - axisLow);
    }
};

// The percent axis, drawn by Qt Charts under the bars.
// Ticks every 20%, or every 25% or 50% where the plot is too narrow for six labels.
int tickStep(const Columns &columns, const FigureCanvas &canvas)
{
    const double label = QFontMetricsF(canvas.font()).horizontalAdvance(QStringLiteral("100%"));
    for (int step : {20, 25, 50})
        if (columns.plotWidth / (100.0 / step) > label * 1.3)
            return step;
    return 100;
}

void addPercentAxis(QGraphicsScene *scene, const Columns &columns, int step, double top,
                    double plotHeight)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    // Hidden value axis for the mapping, category axis for labels exactly at 0, 20, ... 100.
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(Columns::axisLow, Columns::axisHigh);
    valueAxis->setVisible(false);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(Columns::axisLow);
    // Qt Charts draws the grid; the figure draws line, ticks, labels and title (see ForestFigure).
    axis->setLabelsVisible(false);
    axis->setLineVisible(false);
    axis->setTitleVisible(false);
    for (int percent = 0; percent <= 100; percent += step)
        axis->append(QStringLiteral("%1%").arg(percent), percent);
    axis->setRange(Columns::axisLow, Columns::axisHigh);
    axis->setGridLinePen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.5));
    chart->addAxis(axis, Qt::AlignBottom);
    auto *rowAxis = new QValueAxis;
    rowAxis->setRange(0, 1);
    rowAxis->setVisible(false);
    chart->addAxis(rowAxis, Qt::AlignLeft);
    // A chart without a series ignores its plot area: an empty one keeps the axis in place.
    auto *anchor = new QLineSeries;
    chart->addSeries(anchor);
    anchor->attachAxis(valueAxis);
    anchor->attachAxis(rowAxis);
    // Qt 6.4 lays the axis out over the chart's whole width: the chart covers the plot column.
    scene->addItem(chart);
    chart->setGeometry(QRectF(columns.plotX, top, columns.plotWidth, plotHeight));
    chart->setPlotArea(QRectF(0, 0, columns.plotWidth, plotHeight));
    chart->setData(ItemRole, QStringLiteral("axis-chart"));
}

// The value as printed with its caveats' numbers: "30% [1]".
QString valueText(const RateBar &bar, const QStringList &caveats)
{
    QString value = bar.valueText;
    for (const QString &caveat : bar.caveats)
        value += QStringLiteral(" [%1]").arg(caveats.indexOf(caveat) + 1);
    return value;
}

// One bar row: the arm, the bar or range with its whisker, the value with its caveats' numbers.
void renderBar(FigureCanvas &canvas, const Columns &columns, const RateBar &bar,
               const QStringList &caveats)
{
    const double labelWidth = columns.labelWidth - canvas.margin();
    const double rowHeight = canvas.rowHeightFor(
        {{bar.label, labelWidth}, {valueText(bar, caveats), columns.valueWidth}});
    const double y = canvas.y() + rowHeight / 2;
    QGraphicsItem *label = canvas.addWrappedText(bar.label, columns.labelX + canvas.margin(), y,
                                                 labelWidth, QStringLiteral("row"), bar.tooltip);
    label->setData(ItemStudyId, bar.studyId);
    label->setData(ItemAccessibleDescription, bar.accessibleDescription);
    canvas.addWrappedText(valueText(bar, caveats), columns.valueX, y, columns.valueWidth,
                          QStringLiteral("row"));
    const double barHeight = canvas.rowHeight() * 0.55;
    QGraphicsRectItem *shape = nullptr;
    if (bar.rangeLow && bar.rangeHigh) {
        // A range across studies: drawn from its low to its high end, no bar from zero.
        shape = canvas.scene()->addRect(columns.x(*bar.rangeLow), y - barHeight / 2,
                                        columns.x(*bar.rangeHigh) - columns.x(*bar.rangeLow),
                                        barHeight, QPen(barColour, 0.8, Qt::DashLine), rangeColour);
    } else {
        shape = canvas.scene()->addRect(columns.x(0), y - barHeight / 2,
                                        columns.x(*bar.percent) - columns.x(0), barHeight,
                                        Qt::NoPen, barColour);
        // A rate too small to see on a 0–100% axis is also written beside its bar.
        if (*bar.percent < 5 && !bar.wilson)
            canvas.addText(bar.valueText, columns.x(*bar.percent) + canvas.fontPixels() * 0.4, y,
                           columns.plotWidth / 3, Qt::AlignLeft, QStringLiteral("bar-value"));
    }
    shape->setData(ItemStudyId, bar.studyId);
    if (bar.wilson) {
        const QPen whiskerPen(lineColour, canvas.fontPixels() / 9.0);
        const double low = columns.x(100 * bar.wilson->low);
        const double high = columns.x(100 * bar.wilson->high);
        canvas.scene()->addLine(low, y, high, y, whiskerPen);
        canvas.scene()->addLine(low, y - barHeight / 3, low, y + barHeight / 3, whiskerPen);
        canvas.scene()->addLine(high, y - barHeight / 3, high, y + barHeight / 3, whiskerPen);
    }
    canvas.advance(rowHeight);
}

} // namespace

RateFigure::RateFigure(const RatePlan &plan, const QString &title)
    : m_plan(plan)
    , m_title(title)
{}

QJsonArray RateFigure::rowsJson() const
{
    QJsonArray rows;
    for (const RateGroup &group : m_plan.groups)
        for (const RateBar &bar : group.bars)
            rows.append(QJsonObject{
                {QStringLiteral("group"), group.title},
                {QStringLiteral("arm"), bar.label},
                {QStringLiteral("detail"), bar.detail},
                {QStringLiteral("value"), bar.valueText},
                {QStringLiteral("percent"), bar.percent ? QJsonValue(*bar.percent) : QJsonValue()},
                {QStringLiteral("range_low"),
                 bar.rangeLow ? QJsonValue(*bar.rangeLow) : QJsonValue()},
                {QStringLiteral("range_high"),
                 bar.rangeHigh ? QJsonValue(*bar.rangeHigh) : QJsonValue()}});
    return rows;
}

// The caveats of the bars, each once, numbered in order of first appearance.
QStringList RateFigure::caveats() const
{
    QStringList caveats;
    for (const RateGroup &group : m_plan.groups)
        for (const RateBar &bar : group.bars)
            for (const QString &caveat : bar.caveats)
                if (!caveats.contains(caveat))
                    caveats.append(caveat);
    return caveats;
}

std::unique_ptr<QGraphicsScene> RateFigure::render(const FigureLayoutOptions &layout) const
{
    FigureCanvas canvas(layout.width, layout.fontPixels);
    canvas.addDisclaimerStrip();
    canvas.addTitle(m_title,
                    QStringLiteral("Rates as each source gives them; whiskers: Wilson 95% CI "
                                   "where events and totals are known"));
    const QStringList caveats = this->caveats();
    QStringList values;
    for (const RateGroup &group : m_plan.groups)
        for (const RateBar &bar : group.bars)
            values.append(valueText(bar, caveats));
    const Columns columns = Columns::forValues(values, canvas);
    const QString labelHeader = QStringLiteral("Endpoint · study · time point · arm");
    const double headerHeight = canvas.rowHeightFor({{labelHeader, columns.labelWidth}}, true);
    const double headerY = canvas.y() + headerHeight / 2;
    canvas.addWrappedText(labelHeader, columns.labelX, headerY, columns.labelWidth,
                          QStringLiteral("header"), QString(), true);
    canvas.addText(QStringLiteral("Rate"), columns.valueX, headerY, columns.valueWidth,
                   Qt::AlignLeft, QStringLiteral("header"), true);
    canvas.advance(headerHeight);
    const double plotTop = canvas.y();

    for (const RateGroup &group : m_plan.groups) {
        canvas.addBlock(group.title, columns.labelX, columns.labelWidth, QStringLiteral("subgroup"),
                        true);
        if (group.indirect)
            canvas.addBlock(QStringLiteral("indirect comparison — different studies"),
                            columns.labelX, columns.labelWidth, QStringLiteral("indirect"), true,
                            QColor(0x61, 0x1a, 0x15));
        QString set;
        for (const RateBar &bar : group.bars) {
            if (bar.detail != set) {
                set = bar.detail;
                canvas.addBlock(set, columns.labelX, columns.labelWidth, QStringLiteral("set"));
            }
            renderBar(canvas, columns, bar, caveats);
        }
    }
    const double plotHeight = canvas.y() - plotTop;
    const int step = tickStep(columns, canvas);
    addPercentAxis(canvas.scene(), columns, step, plotTop, plotHeight);
    QList<std::pair<double, QString>> ticks;
    for (int percent = 0; percent <= 100; percent += step)
        ticks.append({columns.x(percent), QStringLiteral("%1%").arg(percent)});
    canvas.advance(canvas.addAxis(columns.plotX, columns.plotX + columns.plotWidth, canvas.y(),
                                  ticks, QStringLiteral("Patients with the outcome (%)")));

    QStringList notes{
        QStringLiteral("Only rates a source gives are drawn; arms are named as the study "
                       "names them, so a combination arm is never shown as thymosin "
                       "alpha-1 alone.")};
    for (const RateGroup &group : m_plan.groups)
        if (group.indirect) {
            notes.append(QStringLiteral("Bars marked \"indirect comparison\" come from different "
                                        "studies with different patients and designs; their "
                                        "difference is not a measured effect."));
            break;
        }
    for (qsizetype i = 0; i < caveats.size(); ++i)
        notes.append(QStringLiteral("[%1] %2").arg(i + 1).arg(caveats.at(i)));
    canvas.addFooter(m_plan.sourcesCited, notes);
    canvas.finish();
    return canvas.takeScene();
}

} // namespace eb
