// SPDX-License-Identifier: MIT
#include "charts/FigureExporter.h"
#include "charts/ForestFigure.h"
#include "common/BundledData.h"

#include <QFile>
#include <QImageReader>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace eb;
using namespace Qt::StringLiterals;

class TestFigureExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const DatasetView dataset(loadBundledDataset(m_dir.filePath(u"x.sqlite"_s)));
        m_plan = planForest(dataset, StudySelection::ofCondition(u"hcc"_s), PoolingOptions());
        QVERIFY(!m_plan.isEmpty());
    }

    void pngHasTheRequestedSizeAndResolution_data()
    {
        QTest::addColumn<double>("dpi");
        QTest::addColumn<double>("widthMm");
        QTest::addColumn<int>("pixels");
        QTest::newRow("journal column at 300 dpi") << 300.0 << 170.0 << 2008;
        QTest::newRow("150 dpi") << 150.0 << 170.0 << 1004;
        QTest::newRow("full page at 600 dpi") << 600.0 << 250.0 << 5906;
        QTest::newRow("small at 96 dpi") << 96.0 << 80.0 << 302;
    }

    void pngHasTheRequestedSizeAndResolution()
    {
        QFETCH(double, dpi);
        QFETCH(double, widthMm);
        QFETCH(int, pixels);
        const QString path = m_dir.filePath(QStringLiteral("f-%1-%2.png").arg(dpi).arg(widthMm));
        QCOMPARE(write(path, {dpi, widthMm}), QString());
        QImageReader reader(path);
        QCOMPARE(reader.size().width(), pixels);
        QVERIFY(reader.size().height() > pixels / 4);
        const QImage image = reader.read();
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), qRound(dpi));
    }

    void pngCarriesItsMetadata()
    {
        const QString path = m_dir.filePath(u"meta.png"_s);
        QCOMPARE(write(path, FigureExportOptions()), QString());
        QImageReader reader(path);
        for (const char *key :
             {"Title", "Description", "Source", "Software", "Disclaimer", "Fingerprint"})
            QVERIFY2(!reader.text(QString::fromLatin1(key)).isEmpty(), key);
        QVERIFY(reader.text(u"Disclaimer"_s).contains(u"not be construed as medical advice"_s));
        QCOMPARE(reader.text(u"Fingerprint"_s),
                 FigureExporter::fingerprint(
                     ForestFigure(m_plan, QString(), PoolingOptions()).rowsJson()));
        QCOMPARE(reader.text(u"Fingerprint"_s).size(), 64);
    }

    void svgLoadsAndDescribesItself()
    {
        const QString path = m_dir.filePath(u"f.svg"_s);
        QCOMPARE(write(path, FigureExportOptions()), QString());
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<desc>"));
        QVERIFY(svg.contains("not be construed as medical advice"));
        QVERIFY(svg.contains("Fingerprint"));
    }

    void pdfIsAPdf()
    {
        const QString path = m_dir.filePath(u"f.pdf"_s);
        QCOMPARE(write(path, FigureExportOptions()), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    void refusesAnUnknownFormatOrAnUnwritablePlace()
    {
        QVERIFY(write(m_dir.filePath(u"f.jpg"_s), FigureExportOptions())
                    .contains(u".png, .svg or .pdf"_s));
        QVERIFY(!write(u"/proc/no/f.png"_s, FigureExportOptions()).isEmpty());
    }

    // A full disk: every format must fail, naming the file, rather than report success.
    void aFullDeviceIsAnError_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << u"full.png"_s;
        QTest::newRow("svg") << u"full.svg"_s;
        QTest::newRow("pdf") << u"full.pdf"_s;
    }

    void aFullDeviceIsAnError()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        QVERIFY(QFile::link(u"/dev/full"_s, path));
        const QString error = write(path, FigureExportOptions());
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(u"space"_s, Qt::CaseInsensitive), qPrintable(error));
    }

    void aMissingFolderLeavesNoFile()
    {
        const QString path = m_dir.filePath(u"missing/f.pdf"_s);
        QVERIFY(!write(path, FigureExportOptions()).isEmpty());
        QVERIFY(!QFile::exists(path));
    }

private:
    QString write(const QString &path, const FigureExportOptions &options) const
    {
        const ForestFigure figure(m_plan, u"Forest plot · HCC"_s, PoolingOptions());
        return FigureExporter::write(
            [figure](const FigureLayoutOptions &layout) { return figure.render(layout); }, path,
            options,
            {u"Forest plot · HCC"_s, u"test"_s, u"Source document"_s,
             FigureExporter::fingerprint(figure.rowsJson())});
    }

    QTemporaryDir m_dir;
    ForestPlan m_plan;
};

QTEST_MAIN(TestFigureExporter)
#include "tst_figureexporter.moc"
