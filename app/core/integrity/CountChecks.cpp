// SPDX-License-Identifier: MIT
#include "core/integrity/CountChecks.h"

#include "core/format/EvidenceText.h"
#include "core/integrity/RoundingInterval.h"

#include <QStringList>

#include <cmath>

namespace eb::integrity {
namespace {

const QString historicalControl = QStringLiteral("historical_control");

} // namespace

std::optional<QString> checkPercentVsCounts(const Outcome &outcome)
{
    if (!outcome.events || !outcome.total || !outcome.percent || *outcome.total <= 0)
        return std::nullopt;
    const double computed = 100.0 * *outcome.events / *outcome.total;
    const RoundingInterval printed = roundingInterval(*outcome.percent);
    if (!definitelyBelow(computed, printed.low) && !definitelyBelow(printed.high, computed))
        return std::nullopt;
    const int decimals = decimalsOf(outcome.percent->printed, outcome.percent->value);
    return QStringLiteral("%1 of %2 is %3%, which does not round to the printed %4% (that needs "
                          "a value from %5% to %6%).")
        .arg(QString::number(*outcome.events), QString::number(*outcome.total),
             QString::number(computed, 'f', std::max(0, decimals) + 2),
             format::number(*outcome.percent),
             QString::number(printed.low, 'f', std::max(0, decimals + 1)),
             QString::number(printed.high, 'f', std::max(0, decimals + 1)));
}

std::optional<QString> checkArmSizesVsStudySize(const Study &study)
{
    if (!study.size || study.arms.isEmpty())
        return std::nullopt;
    double sum = 0.0;
    QStringList counted;
    QStringList notCounted;
    for (const Arm &arm : study.arms) {
        if (!arm.size)
            return std::nullopt;
        if (arm.role == historicalControl) {
            notCounted.append(format::number(*arm.size));
            continue;
        }
        sum += arm.size->value;
        counted.append(format::number(*arm.size));
    }
    if (counted.isEmpty() || std::abs(sum - study.size->value) < 1e-9)
        return std::nullopt;
    QString explanation =
        counted.size() == 1
            ? QStringLiteral("The only arm has %1 patients, but the study size is %2.")
                  .arg(counted.constFirst(), format::number(*study.size))
            : QStringLiteral("The arms add up to %1 = %2 patients, but the study size is %3.")
                  .arg(counted.join(QStringLiteral(" + ")), QString::number(sum, 'g', 15),
                       format::number(*study.size));
    if (notCounted.size() == 1)
        explanation += QStringLiteral(" The historical control (n=%1) is not counted.")
                           .arg(notCounted.constFirst());
    else if (notCounted.size() > 1)
        explanation += QStringLiteral(" The historical controls (n=%1) are not counted.")
                           .arg(notCounted.join(QStringLiteral(", n=")));
    return explanation;
}

} // namespace eb::integrity
