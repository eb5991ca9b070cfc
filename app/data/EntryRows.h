// SPDX-License-Identifier: MIT
#pragma once

#include "core/Evidence.h"
#include "data/StoredRows.h"

#include <optional>
#include <utility>

namespace eb {

// The rows of the user's own entries (origin 'user'), column by column as the schema names
// them: a number as its value and its printed digits, an empty text as NULL.
namespace EntryRows {

using Columns = QList<std::pair<QString, QVariant>>;

StoredRow makeRow(const QString &table, const Columns &columns);
QVariant textOrNull(const QString &text);
template <typename T> QVariant valueOrNull(const std::optional<T> &value)
{
    return value ? QVariant(*value) : QVariant();
}

StoredRow studyRow(const QString &id, const Study &study);
StoredRow armRow(const QString &studyId, const QString &id, const Arm &arm);
StoredRow outcomeRow(const QString &armId, const QString &id, const Outcome &outcome);
StoredRow effectRow(const QString &studyId, const QString &id, const Effect &effect);

} // namespace EntryRows
} // namespace eb
