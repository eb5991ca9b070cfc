// SPDX-License-Identifier: MIT
#pragma once

#include "ui/MainWindow.h"

#include <QObject>

#include <memory>

namespace eb {

// The window on one database for the life of the program: shown from the database, and
// shown anew from it when an import changes it (the new window takes the old one's size,
// filters and settings through QSettings).
class WindowSession : public QObject
{
    Q_OBJECT

public:
    // Throws UserError when the database cannot be read. initialConditionId: --condition's.
    WindowSession(QString databasePath, const QString &initialConditionId);

    MainWindow *window() const { return m_window.get(); }

private:
    std::unique_ptr<MainWindow> load(const QString &conditionId) const;
    void reload();

    QString m_databasePath;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace eb
