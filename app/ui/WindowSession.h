// SPDX-License-Identifier: MIT
#pragma once

#include "ui/MainWindow.h"
#include "ui/editing/EvidenceEditing.h"

#include <QObject>

#include <memory>

namespace eb {

// The window on one database for the life of the program: shown from the database, and
// shown anew from it when an import or an edit changes it (the new window takes the old one's
// size, filters and settings through QSettings, and after an edit its tab and the study
// edited). The user's edits and their undo stack belong to the session, not to a window.
class WindowSession : public QObject
{
    Q_OBJECT

public:
    // Throws UserError when the database cannot be read. initialConditionId: --condition's.
    WindowSession(QString databasePath, const QString &initialConditionId);

    MainWindow *window() const { return m_window.get(); }
    EvidenceEditing *editing() const { return m_editing; }

private:
    std::unique_ptr<MainWindow> load(const QString &conditionId) const;
    void reload();
    void showEdited(const QString &studyId);

    QString m_databasePath;
    EvidenceEditing *m_editing;
    QString m_studyToShow;
    bool m_showPending = false;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace eb
