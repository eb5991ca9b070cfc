// SPDX-License-Identifier: MIT
#pragma once

#include "data/SqlScript.h"

#include <QList>
#include <QSqlDatabase>

namespace eb {

// The evidence that ships with the program (db/seed/), with its own version. Rows it
// writes are marked origin = 'bundled'; installing a newer version replaces exactly those
// rows in one transaction and keeps every row a user entered.
class BundledDataset
{
public:
    BundledDataset(); // the dataset compiled into the program
    BundledDataset(int version, QList<SqlScript> scripts);

    int version() const { return m_version; }

    // 0 where no bundled dataset was ever installed.
    static int installedVersion(const QSqlDatabase &connection);

    // Installs this dataset if the database holds none or an older one; returns whether it
    // did. A newer installed dataset (from a newer program) is left alone.
    bool installIfNewer(const QSqlDatabase &connection) const;

private:
    void replaceBundledRows(const QSqlDatabase &connection) const;

    int m_version = 0;
    QList<SqlScript> m_scripts;
};

} // namespace eb
