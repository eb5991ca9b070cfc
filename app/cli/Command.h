// SPDX-License-Identifier: MIT
#pragma once

#include "data/UserError.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QTextStream>

namespace eb {

// A bad option or option value ("--dpi: give a number from 30 to 2400"): exit code 2.
class UsageError : public UserError
{
public:
    using UserError::UserError;
    Cause cause() const override { return Cause::Input; }
};

// One subcommand: its name, its options, how it reads and checks them, and what it does.
// Every failure is thrown as a UserError; main() prints it and maps its cause to the exit
// code (README "Command line").
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for --help
    virtual QList<QCommandLineOption> options() const = 0;
    // Names of the arguments after the command's name ("FILE"), for --help and the parser.
    virtual QStringList positionalArguments() const { return {}; }
    // Reads the parsed options into the command and checks them; throws UsageError.
    virtual void configure(const QCommandLineParser &parser) = 0;
    // Figure commands draw with Qt Charts, which needs a QApplication (offscreen when there
    // is no display); the others need only a QCoreApplication.
    virtual bool drawsFigures() const { return false; }
    virtual void run(QTextStream &out, QTextStream &err) const = 0;
};

} // namespace eb
