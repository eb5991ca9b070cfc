// SPDX-License-Identifier: MIT
#pragma once

#include "core/summary/EvidenceSummary.h"

#include <QJsonObject>
#include <QString>

// The summary of findings written out: plain text, JSON and one self-contained HTML page,
// for the `summary` command, the window's Summary tab and its File > Export.
namespace eb::summary {

QString toText(const EvidenceSummary &summary, const QString &datasetVersion);
QJsonObject toJson(const EvidenceSummary &summary, const QString &datasetVersion);
// toJson() as indented text with the disclaimer as its first member (QJsonDocument would
// sort it after "caveats"): the disclaimer is the first line of every export.
QByteArray toJsonText(const EvidenceSummary &summary, const QString &datasetVersion);

struct HtmlOptions
{
    // In the window: study names link to "study:ID", questions to "forest:N" (the Nth, from 0) and
    // the level to "level:A" (its rule as a tooltip), and the window's banner stands in for the
    // disclaimer paragraph; a file has no such links and starts with the disclaimer.
    bool forWindow = false;
    QString generated; // "2026-11-26": the date printed under the title; empty: none
    // At most this many result lines (0: all), then a note that says how many are left out:
    // a text view lays out a large table in time that grows faster than its rows.
    qsizetype maxLines = 0;
};
// The disclaimer first, the table, the caveats, then the sources; prints on A4.
QString toHtml(const EvidenceSummary &summary, const QString &datasetVersion,
               const HtmlOptions &options = HtmlOptions());

} // namespace eb::summary
