// SPDX-License-Identifier: MIT
#pragma once

#include "core/StudySelection.h"

#include <QSqlDatabase>
#include <QStringList>

namespace eb {

// Which studies a selection keeps, answered by the database rather than by loading them:
// the conditions, designs, treatments and study id in SQL over indexed columns, the text
// through the full-text index (EvidenceRepository::studiesContainingSql), in one query. The rules
// are StudySelection::matches's (designCategory, treatmentCategoryIds), written in SQL;
// tst_studyquery checks both agree. Read-only; throws DatabaseError.
class StudyQuery
{
public:
    explicit StudyQuery(QSqlDatabase connection);

    // The ids of the studies the selection keeps, in stored order.
    QStringList studyIds(const StudySelection &selection) const;
    // How many studies the database holds.
    qsizetype studyCount() const;

private:
    QSqlDatabase m_connection;
};

} // namespace eb
