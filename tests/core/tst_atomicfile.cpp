// SPDX-License-Identifier: MIT
#include "core/io/AtomicFile.h"
#include "core/io/FileIdentity.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/resource.h>

using namespace eb;
using namespace Qt::StringLiterals;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// While alive, no file of this process may grow past `bytes`: a write beyond fails with
// EFBIG, as on a full disk (SIGXFSZ, which would kill the process, is ignored).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved = {};
};

} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
    }

    void writesTheWholeFile()
    {
        const QString path = m_folder->filePath(u"f.txt"_s);
        QCOMPARE(AtomicFile::write(path, "first"), QString());
        QCOMPARE(AtomicFile::write(path, "second"), QString());
        QCOMPARE(contentsOf(path), QByteArray("second"));
    }

    void aMissingFolderIsAnErrorNamingTheFile()
    {
        const QString path = m_folder->filePath(u"missing/f.txt"_s);
        const QString error = AtomicFile::write(path, "x");
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void aFullDeviceIsAnError()
    {
        const QString error = AtomicFile::write(u"/dev/full"_s, QByteArray(100000, 'x'));
        QVERIFY2(error.contains(u"/dev/full"_s), qPrintable(error));
        QVERIFY2(error.contains(u"space"_s, Qt::CaseInsensitive), qPrintable(error));
    }

    void aWriteCutShortLeavesNoPartialFile()
    {
        const QString path = m_folder->filePath(u"new.png"_s);
        QString error;
        {
            const FileSizeLimit limit(16 * 1024);
            error = AtomicFile::write(path, QByteArray(100000, 'x'));
        }
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void aWriteCutShortKeepsTheOldFile()
    {
        const QString path = m_folder->filePath(u"old.png"_s);
        QCOMPARE(AtomicFile::write(path, "old"), QString());
        QString error;
        {
            const FileSizeLimit limit(16 * 1024);
            error = AtomicFile::write(path, QByteArray(100000, 'x'));
        }
        QVERIFY(!error.isEmpty());
        QCOMPARE(contentsOf(path), QByteArray("old"));
        QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"old.png"_s});
    }

    void recognisesTheSameFileUnderAnotherName()
    {
        const QString path = m_folder->filePath(u"db.sqlite"_s);
        QVERIFY(isSameFile(path, m_folder->filePath(u"./sub/../db.sqlite"_s)));
        QVERIFY(!isSameFile(path, m_folder->filePath(u"other.sqlite"_s)));
        QCOMPARE(AtomicFile::write(path, "x"), QString());
        QVERIFY(QFile::link(path, m_folder->filePath(u"symlink.sqlite"_s)));
        QVERIFY(isSameFile(m_folder->filePath(u"symlink.sqlite"_s), path));
        QVERIFY(QDir::setCurrent(m_folder->path()));
        QVERIFY(isSameFile(u"db.sqlite"_s, path));
        QCOMPARE(AtomicFile::write(m_folder->filePath(u"other.sqlite"_s), "x"), QString());
        QVERIFY(!isSameFile(m_folder->filePath(u"other.sqlite"_s), path));
    }

private:
    std::unique_ptr<QTemporaryDir> m_folder;
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
