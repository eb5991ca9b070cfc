// SPDX-License-Identifier: MIT
#pragma once

// Finds a DocumentFigure in the JSON form of the dataset (JsonExporter's output, whether
// produced in-process or by the `export` command).

#include "common/DocumentFigures.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

class FigureMatcher
{
public:
    explicit FigureMatcher(const QJsonObject &exported)
    {
        for (const QJsonValue &source : exported.value(QStringLiteral("sources")).toArray()) {
            const bool isDocument =
                source[QStringLiteral("kind")].toString() == QStringLiteral("review_article");
            for (const QJsonValue &quote : source[QStringLiteral("quotes")].toArray())
                if (isDocument)
                    m_documentQuotes.insert(quote[QStringLiteral("id")].toString(),
                                            quote[QStringLiteral("text")].toString());
        }
        for (const QJsonValue &study : exported.value(QStringLiteral("studies")).toArray()) {
            m_rows[QStringLiteral("study")].append(study.toObject());
            for (const QJsonValue &arm : study[QStringLiteral("arms")].toArray()) {
                m_rows[QStringLiteral("arm")].append(arm.toObject());
                for (const QJsonValue &outcome : arm[QStringLiteral("outcomes")].toArray())
                    m_rows[QStringLiteral("outcome")].append(outcome.toObject());
            }
            for (const QJsonValue &effect : study[QStringLiteral("effects")].toArray())
                m_rows[QStringLiteral("effect")].append(effect.toObject());
        }
        for (const QJsonValue &fact : exported.value(QStringLiteral("therapy_facts")).toArray())
            m_rows[QStringLiteral("therapy_fact")].append(fact.toObject());
    }

    // How many rows hold the figure's values and cite a document sentence with its words.
    int count(const DocumentFigure &figure) const
    {
        int found = 0;
        for (const QJsonObject &row : m_rows.value(figure.table))
            if (holdsValues(row, figure) && citesDocument(row, figure.quoteFragment))
                ++found;
        return found;
    }

    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    static bool holdsValues(const QJsonObject &row, const DocumentFigure &figure)
    {
        for (auto it = figure.values.cbegin(); it != figure.values.cend(); ++it) {
            const QJsonValue actual = row.value(it.key());
            if (it.value().isNull() ? !actual.isNull() : actual.toVariant() != it.value())
                return false;
        }
        if (figure.timepoint) {
            const QJsonObject timepoint = row.value(QStringLiteral("timepoint")).toObject();
            if (timepoint.value(QStringLiteral("amount")).toDouble() != figure.timepoint->first ||
                timepoint.value(QStringLiteral("unit")).toString() != figure.timepoint->second)
                return false;
        }
        return true;
    }

    bool citesDocument(const QJsonObject &row, const QString &fragment) const
    {
        for (const QJsonValue &citation : row.value(QStringLiteral("citations")).toArray())
            if (m_documentQuotes.value(citation[QStringLiteral("quote_id")].toString())
                    .contains(fragment))
                return true;
        return false;
    }

    QHash<QString, QString> m_documentQuotes;
    QHash<QString, QList<QJsonObject>> m_rows;
};
