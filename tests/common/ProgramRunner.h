// SPDX-License-Identifier: MIT
#pragma once

// Runs the built evidence-browser the way a script over ssh would: no DISPLAY, no
// WAYLAND_DISPLAY and no QT_QPA_PLATFORM, with its data and settings in a private folder.

#include <QProcess>
#include <QString>
#include <QStringList>

struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// `shellSetup`, when given, runs in /bin/sh first (e.g. "ulimit -f 16") and the program
// then replaces the shell.
inline ProgramRun runEvidenceBrowser(const QStringList &arguments, const QString &homeFolder,
                                     const QString &shellSetup = QString())
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), homeFolder);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), homeFolder + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), homeFolder + QStringLiteral("/config"));
    QProcess process;
    process.setProcessEnvironment(environment);
    if (shellSetup.isEmpty())
        process.start(QStringLiteral(EB_BINARY), arguments);
    else
        process.start(QStringLiteral("/bin/sh"),
                      QStringList{QStringLiteral("-c"),
                                  shellSetup + QStringLiteral("; exec \"$0\" \"$@\""),
                                  QStringLiteral(EB_BINARY)} +
                          arguments);
    ProgramRun run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
