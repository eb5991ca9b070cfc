// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace eb {

// What the user asked for on the command line. Parsing needs no application object, so
// main() can decide before creating one whether a display is needed.
struct CommandLine
{
    QString command; // empty: open the window
    QString databasePath;
    QString condition;
    QString format;
    QString inputPath; // pool
    QString measure;   // pool
    QString method;    // pool
    bool hartungKnapp = false;
    QString outPath;      // export-forest, export-bars
    QString studyName;    // export-forest, export-bars
    QString endpointName; // export-forest, export-bars
    double dpi = 300.0;
    double widthMillimetres = 170.0;
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;
    QString error; // a usage error, already worded for the user

    bool opensWindow() const
    {
        return command.isEmpty() && !showHelp && !showVersion && error.isEmpty();
    }

    static CommandLine parse(const QStringList &arguments);
    static QStringList commands();
};

} // namespace eb
