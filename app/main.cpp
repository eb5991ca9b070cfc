// SPDX-License-Identifier: MIT
// Entry point: no command opens the window; a command runs headless, with or without a
// display (see README "Command line").
#include "cli/AuditCommand.h"
#include "cli/CommandLine.h"
#include "cli/DatabaseArguments.h"
#include "cli/ExitCode.h"
#include "cli/ExportCommand.h"
#include "cli/ExportFigureCommand.h"
#include "cli/PoolCommand.h"
#include "core/ApplicationInfo.h"
#include "data/Database.h"
#include "data/DatabaseError.h"
#include "data/EvidenceRepository.h"
#include "ui/MainWindow.h"

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

bool isFigureCommand(const QString &command)
{
    return command == u"export-forest" || command == u"export-bars";
}

int runHeadless(const eb::CommandLine &commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!commandLine.error.isEmpty()) {
        err << QStringLiteral("evidence-browser: %1\nTry 'evidence-browser --help'.\n")
                   .arg(commandLine.error);
        return eb::ExitUsageError;
    }
    if (commandLine.showHelp) {
        out << commandLine.helpText;
        return eb::ExitDone;
    }
    if (commandLine.showVersion) {
        out << eb::executableName() << u' ' << eb::applicationVersion() << u'\n';
        return eb::ExitDone;
    }
    if (commandLine.command == u"pool")
        return eb::PoolCommand::run(commandLine, out, err);
    if (commandLine.command == u"audit")
        return eb::AuditCommand::run(commandLine, out, err);
    if (isFigureCommand(commandLine.command))
        return eb::ExportFigureCommand::run(commandLine, out, err);
    return eb::ExportCommand::run(commandLine, out, err);
}

int runWindow(const eb::CommandLine &commandLine)
{
    QTextStream err(stderr);
    const QString path = eb::databasePathFor(commandLine);
    try {
        const eb::Database database = eb::Database::open(path);
        const eb::EvidenceRepository repository(database.connection());
        const std::optional<QString> conditionId = eb::conditionIdFor(commandLine, repository, err);
        if (!conditionId)
            return eb::ExitUsageError;
        eb::MainWindow window(repository.load(), path, *conditionId);
        window.show();
        return QApplication::exec();
    } catch (const eb::DatabaseError &error) {
        err << QStringLiteral("evidence-browser: %1\n").arg(error.message());
        err.flush();
        QMessageBox::critical(nullptr, eb::applicationDisplayName(), error.message());
        return eb::ExitRuntimeFailure;
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
    const eb::CommandLine commandLine = eb::CommandLine::parse(argumentsOf(argc, argv));
    if (commandLine.opensWindow()) {
        QApplication app(argc, argv);
        setWindowApplicationNames();
        return runWindow(commandLine);
    }
    // Commands must run where there is no display (over ssh, in scripts). Text commands need
    // no platform plugin at all: a QCoreApplication starts faster and never asks for a
    // screen. Figure commands need a QApplication (Qt Charts does), and a QApplication without
    // a display aborts: choose the offscreen platform before the application object exists.
    if (isFigureCommand(commandLine.command)) {
        prepareOffscreenPlatform();
        QApplication app(argc, argv);
        return runHeadless(commandLine);
    }
    QCoreApplication app(argc, argv);
    return runHeadless(commandLine);
}
