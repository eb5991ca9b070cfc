// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"

#include <QMainWindow>

class QTableView;

namespace eb {

class DisclaimerBanner;
class StudyTableModel;

// The study list under the disclaimer banner.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Dataset &dataset, const QString &databasePath,
                        QWidget *parent = nullptr);

    DisclaimerBanner *banner() const { return m_banner; }
    QTableView *studyView() const { return m_studyView; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreWindowState();
    void showAbout();

    Dataset m_dataset;
    DisclaimerBanner *m_banner = nullptr;
    StudyTableModel *m_studyModel = nullptr;
    QTableView *m_studyView = nullptr;
};

} // namespace eb
