// SPDX-License-Identifier: MIT
#include "data/ImportFileReader.h"

#include "data/CsvDatasetReader.h"
#include "data/ImportProblem.h"
#include "data/JsonDatasetReader.h"
#include "data/RevManReader.h"

#include <QFile>
#include <QFileInfo>

namespace eb {
namespace {

// Larger than any review; a bigger file is refused before it is read into memory.
constexpr qint64 maxFileBytes = 256 * 1024 * 1024;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        throw InputError(QStringLiteral("%1: no such file").arg(path));
    if (file.size() > maxFileBytes)
        throw InputError(QStringLiteral("%1: %2 MB is more than the %3 MB an import reads")
                             .arg(path)
                             .arg(file.size() / (1024 * 1024))
                             .arg(maxFileBytes / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

Dataset readImportFile(const QString &path, const Dataset &vocabulary)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv") {
        if (!QFileInfo(path).isFile())
            throw InputError(QStringLiteral("%1: no such file").arg(path));
        return CsvDatasetReader::read(path, vocabulary);
    }
    const bool revMan = suffix == u"rm5";
    if (suffix != u"json" && !revMan)
        throw InputError(QStringLiteral("%1: cannot import a '.%2' file; import reads the JSON "
                                        "that export --format json writes (.json), RevMan 5 "
                                        "reviews (.rm5) and CSV sheets of trials (.csv)")
                             .arg(path, suffix));
    const QByteArray bytes = readFile(path);
    if (bytes.trimmed().isEmpty())
        throw ImportError(path, {{QString(), QString(),
                                  revMan ? QStringLiteral("the file is empty; expected a RevMan 5 "
                                                          "review (XML whose root element is "
                                                          "COCHRANE_REVIEW)")
                                         : QStringLiteral("the file is empty; expected the JSON "
                                                          "that export --format json writes")}});
    return revMan ? RevManReader::read(bytes, path) : JsonDatasetReader::read(bytes, path);
}

} // namespace eb
