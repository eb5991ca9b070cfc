// SPDX-License-Identifier: MIT
#pragma once

#include "data/InputError.h"

#include <QList>
#include <QString>

namespace eb {

// One thing wrong with an imported file, at a place a person can find: a line and column,
// or a path to the record ("studies[2].arms[0].outcomes[1]"), and the field.
struct ImportProblem
{
    QString place;
    QString field;
    QString message; // what is wrong and what was expected

    QString text() const;
};

// Every problem of a file at once; nothing was imported.
class ImportError : public InputError
{
public:
    ImportError(const QString &fileName, const QList<ImportProblem> &problems);

    const QList<ImportProblem> &problems() const { return m_problems; }

private:
    static QString summary(const QString &fileName, const QList<ImportProblem> &problems);

    QList<ImportProblem> m_problems;
};

} // namespace eb
