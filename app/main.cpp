// SPDX-License-Identifier: MIT
// Entry point: no command opens the window; a command runs headless, with or without a
// display (see README "Command line").
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "core/ApplicationInfo.h"
#include "data/Database.h"
#include "data/EvidenceRepository.h"
#include "ui/WindowSession.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EvidenceBrowser"));
    QCoreApplication::setApplicationName(eb::executableName());
    QCoreApplication::setApplicationVersion(eb::applicationVersion());
}

void setWindowApplicationNames()
{
    QGuiApplication::setApplicationDisplayName(eb::applicationDisplayName());
    QGuiApplication::setDesktopFileName(eb::applicationId());
}

int exitCodeOf(const eb::UserError &error)
{
    return error.cause() == eb::UserError::Cause::Input ? eb::ExitUsageError
                                                        : eb::ExitRuntimeFailure;
}

// Runs a command; every failure reaches here as a UserError.
int runCommand(const eb::Command &command)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    try {
        command.run(out, err);
        return eb::ExitDone;
    } catch (const eb::UserError &error) {
        out.flush();
        err << QStringLiteral("evidence-browser: %1\n").arg(error.message());
        return exitCodeOf(error);
    }
}

int runWindow(const eb::DatabaseOptions &options)
{
    const QString path = options.databasePath();
    try {
        QString conditionId;
        {
            const eb::Database database = eb::Database::open(path, eb::Database::Access::ReadOnly);
            conditionId = options.conditionId(eb::EvidenceRepository(database.connection()));
        }
        const eb::WindowSession session(path, conditionId);
        return QApplication::exec();
    } catch (const eb::UserError &error) {
        QTextStream(stderr) << QStringLiteral("evidence-browser: %1\n").arg(error.message());
        QMessageBox::critical(nullptr, eb::applicationDisplayName(), error.message());
        return exitCodeOf(error);
    }
}

void prepareOffscreenPlatform()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without XDG_RUNTIME_DIR (a script, a root shell) Qt falls back to /tmp/runtime-USER
    // and says so on stderr; give it that folder itself so scripts see only our messages.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString folder = QDir::tempPath() + QStringLiteral("/runtime-evidence-browser-") +
                               QString::number(getuid());
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(folder));
    }
}

} // namespace

int main(int argc, char **argv)
{
    setApplicationNames();
    eb::CommandLine commandLine;
    try {
        commandLine.parse(argumentsOf(argc, argv));
    } catch (const eb::UsageError &error) {
        QTextStream(stderr) << QStringLiteral(
                                   "evidence-browser: %1\nTry 'evidence-browser --help'.\n")
                                   .arg(error.message());
        return eb::ExitUsageError;
    }
    switch (commandLine.action()) {
    case eb::CommandLine::Action::PrintHelp:
        QTextStream(stdout) << commandLine.helpText();
        return eb::ExitDone;
    case eb::CommandLine::Action::PrintVersion:
        QTextStream(stdout) << eb::executableName() << u' ' << eb::applicationVersion() << u'\n';
        return eb::ExitDone;
    case eb::CommandLine::Action::OpenWindow: {
        QApplication app(argc, argv);
        setWindowApplicationNames();
        return runWindow(commandLine.windowOptions());
    }
    case eb::CommandLine::Action::RunCommand:
        break;
    }
    // Commands must run where there is no display (over ssh, in scripts). Text commands need
    // no platform plugin at all: a QCoreApplication starts faster and never asks for a
    // screen. Figure commands need a QApplication (Qt Charts does), and a QApplication without
    // a display aborts: choose the offscreen platform before the application object exists.
    if (commandLine.command().drawsFigures()) {
        prepareOffscreenPlatform();
        QApplication app(argc, argv);
        return runCommand(commandLine.command());
    }
    QCoreApplication app(argc, argv);
    return runCommand(commandLine.command());
}
