// SPDX-License-Identifier: MIT
#include "cli/ImportCommand.h"

#include "data/Database.h"
#include "data/EvidenceRepository.h"
#include "data/ImportFileReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eb {
namespace {

const QList<std::pair<QString, DuplicatePolicy>> &duplicatePolicies()
{
    static const QList<std::pair<QString, DuplicatePolicy>> policies{
        {QStringLiteral("refuse"), DuplicatePolicy::Refuse},
        {QStringLiteral("skip"), DuplicatePolicy::Skip},
        {QStringLiteral("replace"), DuplicatePolicy::Replace},
        {QStringLiteral("keep-both"), DuplicatePolicy::KeepBoth}};
    return policies;
}

} // namespace

ImportCommand::ImportCommand()
    : m_format({QStringLiteral("text"), QStringLiteral("json")})
{}

QString ImportCommand::summary() const
{
    return QStringLiteral("add the studies of FILE (.json, .csv, or a RevMan 5 review .rm5) to "
                          "the database, all or nothing");
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return {{QStringLiteral("database"),
             QStringLiteral("Import into the evidence database PATH (created from the bundled "
                            "dataset if absent) instead of the default one."),
             QStringLiteral("PATH")},
            {QStringLiteral("dry-run"),
             QStringLiteral("Check everything and say what would be imported; write nothing.")},
            {QStringLiteral("on-duplicate"),
             QStringLiteral("A study the database already holds (same id or name): refuse "
                            "(default; nothing is imported), skip, replace (your own studies "
                            "only) or keep-both."),
             QStringLiteral("WHAT"), QStringLiteral("refuse")},
            m_format.option()};
}

void ImportCommand::configure(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        throw UsageError(QStringLiteral("import: give the FILE to import"));
    m_file = positional.at(1);
    m_databasePath = parser.value(QStringLiteral("database"));
    m_dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString duplicates = parser.value(QStringLiteral("on-duplicate"));
    QStringList names;
    bool known = false;
    for (const auto &[name, policy] : duplicatePolicies()) {
        names.append(name);
        if (name == duplicates) {
            m_duplicates = policy;
            known = true;
        }
    }
    if (!known)
        throw UsageError(QStringLiteral("--on-duplicate: '%1' is not one of %2")
                             .arg(duplicates, names.join(QStringLiteral(", "))));
    m_format.read(parser, name());
}

void ImportCommand::run(QTextStream &out, QTextStream &) const
{
    const QString path = m_databasePath.isEmpty() ? Database::defaultPath() : m_databasePath;
    const Database database = Database::open(path);
    Dataset dataset =
        readImportFile(m_file, EvidenceRepository(database.connection()).loadHeader());
    const ImportReport report = EvidenceImporter(database.connection())
                                    .import(std::move(dataset), m_file, m_duplicates, m_dryRun);
    if (m_format.isJson()) {
        const QJsonObject json{
            {QStringLiteral("file"), m_file},
            {QStringLiteral("database"), path},
            {QStringLiteral("written"), report.written},
            {QStringLiteral("studies"), report.studies},
            {QStringLiteral("arms"), report.arms},
            {QStringLiteral("outcomes"), report.outcomes},
            {QStringLiteral("effects"), report.effects},
            {QStringLiteral("new_sources"), report.sources},
            {QStringLiteral("new_quotes"), report.quotes},
            {QStringLiteral("new_review_analyses"), report.reviewAnalyses},
            {QStringLiteral("new_user_notes"), report.userNotes},
            {QStringLiteral("skipped"), QJsonArray::fromStringList(report.skipped)},
            {QStringLiteral("replaced"), QJsonArray::fromStringList(report.replaced)},
            {QStringLiteral("renamed"), QJsonArray::fromStringList(report.renamed)},
            {QStringLiteral("new_conditions"), QJsonArray::fromStringList(report.newConditions)},
            {QStringLiteral("new_endpoints"), QJsonArray::fromStringList(report.newEndpoints)},
            {QStringLiteral("new_interventions"),
             QJsonArray::fromStringList(report.newInterventions)}};
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return;
    }
    out << (report.written ? QStringLiteral("Imported %1 into %2: %3.\n")
                           : QStringLiteral("Dry run: %1 would add to %2: %3. Nothing was "
                                            "written.\n"))
               .arg(m_file, path, report.countsText());
    for (const QString &study : report.skipped)
        out << QStringLiteral("Skipped (already in the database): %1\n").arg(study);
    for (const QString &study : report.replaced)
        out << QStringLiteral("Replaced: %1\n").arg(study);
    for (const QString &renaming : report.renamed)
        out << QStringLiteral("Kept both, the imported one under a new id: %1\n").arg(renaming);
    for (const QString &condition : report.newConditions)
        out << QStringLiteral("New condition: %1\n").arg(condition);
    for (const QString &endpoint : report.newEndpoints)
        out << QStringLiteral("New endpoint: %1\n").arg(endpoint);
    for (const QString &intervention : report.newInterventions)
        out << QStringLiteral("New intervention: %1\n").arg(intervention);
}

} // namespace eb
