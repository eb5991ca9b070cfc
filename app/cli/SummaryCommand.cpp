// SPDX-License-Identifier: MIT
#include "cli/SummaryCommand.h"

#include "core/summary/SummaryReport.h"

#include <QDate>

namespace eb {

SummaryCommand::SummaryCommand()
    : DatabaseReportCommand(
          {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("html")})
{}

QString SummaryCommand::summary() const
{
    return QStringLiteral("what the evidence says, one row per question (--format text|json|html)");
}

void SummaryCommand::run(QTextStream &out, QTextStream &) const
{
    const DatabaseOptions::Selected loaded = database().loadWhole();
    const DatasetView view(loaded.dataset);
    const EvidenceSummary found = summarizeEvidence(view, loaded.selection);
    const QString version = view.dataset().datasetVersion;
    if (writesJson())
        out << QString::fromUtf8(summary::toJsonText(found, version));
    else if (format() == u"html")
        out << summary::toHtml(found, version, {false, QDate::currentDate().toString(Qt::ISODate)});
    else
        out << summary::toText(found, version);
}

} // namespace eb
