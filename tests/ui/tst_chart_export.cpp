#include <qcustomplot.h>
#include <QChartView>
#include <QClipboard>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QSvgRenderer>
#include <QTimer>
#include <QTranslator>
#include <QValueAxis>
#include <QXmlStreamReader>
#include <algorithm>
#include <functional>
#include <memory>

#include "charts/chart_export.h"
#include "image_checks.h"
#include "widget_test_main.h"

using namespace ui;
using charts::ChartFileType;
using charts::ExportImageSize;

namespace {

const QString kLabel = QStringLiteral("Rating (stars)");

// A chart whose only near-black pixels are one line of text: a QCustomPlot's x axis label or
// a Qt Charts title (axes, grid and data in light colours, no tick labels).
std::unique_ptr<QWidget> textChart(const QString& kind) {
    const QPen light(QColor(200, 200, 200));
    if (kind == QLatin1String("QCustomPlot")) {
        auto plot = std::make_unique<QCustomPlot>();
        plot->resize(800, 500);
        plot->xAxis->setLabel(kLabel);
        plot->xAxis->setLabelFont(QFont(plot->font().family(), 10));
        for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
            axis->setTickLabels(false);
            axis->setBasePen(light);
            axis->setTickPen(light);
            axis->setSubTickPen(light);
            axis->grid()->setPen(light);
        }
        auto* graph = plot->addGraph();
        graph->setPen(QPen(QColor(120, 160, 255), 2));
        graph->setData({0, 1, 2}, {1, 3, 2});
        plot->rescaleAxes();
        plot->replot();
        return plot;
    }
    auto* chart = new QChart();
    chart->setTitle(kLabel);
    chart->setTitleBrush(Qt::black);
    chart->setTitleFont(QFont(chart->titleFont().family(), 10));
    chart->legend()->hide();
    auto* series = new QLineSeries();
    series->append({QPointF(0, 1), QPointF(1, 3), QPointF(2, 2)});
    series->setPen(QPen(QColor(120, 160, 255), 2));
    chart->addSeries(series);
    chart->createDefaultAxes();
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsVisible(false);
        axis->setLinePen(light);
        axis->setGridLinePen(light);
    }
    auto view = std::make_unique<QChartView>(chart);
    view->resize(800, 500);
    return view;
}

// Height of the box around the image's near-black pixels (the text), 0 when there are none.
int textHeight(const QImage& image) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int top = -1, bottom = -1;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (qRed(line[x]) < 100 && qGreen(line[x]) < 100 && qBlue(line[x]) < 100) {
                if (top < 0)
                    top = y;
                bottom = y;
                break;
            }
        }
    }
    return top < 0 ? 0 : bottom - top + 1;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Answers the modal dialogs a menu action opens, while it runs: the image size dialog, the
// file dialog (with `path`) and message boxes (their text is kept).
class DialogAnswers : public QObject {
public:
    explicit DialogAnswers(const QString& path, QSize pixels = {640, 400})
        : m_path(path), m_pixels(pixels) {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &DialogAnswers::answer);
        m_timer.start();
    }
    QStringList messages;
    int fileDialogs = 0;
    int sizeDialogs = 0;

private:
    // Each dialog is answered once, by a queued call: answering in the timer's slot would block
    // it if the answer opens another dialog.
    void answer() {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || std::find(m_answered.begin(), m_answered.end(), modal) != m_answered.end())
            return;
        m_answered.append(modal);
        if (auto* sizes = qobject_cast<charts::ExportImageDialog*>(modal)) {
            ++sizeDialogs;
            sizes->setImageSize({m_pixels, 800});
        } else if (auto* files = qobject_cast<QFileDialog*>(modal)) {
            ++fileDialogs;
            // selectFile() leaves the name field alone while it has the focus: type the path.
            files->selectFile(m_path);
            if (auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
                name->setText(m_path);
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            messages << box->text();
        }
        QMetaObject::invokeMethod(modal, "accept", Qt::QueuedConnection);
    }

    QList<QPointer<QWidget>> m_answered;  // null once closed and destroyed
    QTimer m_timer;
    QString m_path;
    QSize m_pixels;
};

// Translates every text to upper case (a stand-in for a language change).
class UpperCaseTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* sourceText, const char* = nullptr,
                      int = -1) const override {
        return QString::fromUtf8(sourceText).toUpper();
    }
};

}  // namespace

class TestChartExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // The dialogs a test answers are Qt's own widgets, whatever the platform.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    void init() { QSettings().clear(); }

    void layoutSize_data() {
        QTest::addColumn<QSize>("pixels");
        QTest::addColumn<int>("layoutWidth");
        QTest::addColumn<QSize>("layout");
        QTest::addColumn<double>("scale");
        QTest::newRow("report") << QSize(1600, 1000) << 800 << QSize(800, 500) << 2.0;
        QTest::newRow("small") << QSize(640, 400) << 800 << QSize(800, 500) << 0.8;
        QTest::newRow("odd height") << QSize(1000, 333) << 800 << QSize(800, 266) << 1.25;
        QTest::newRow("as on screen") << QSize(1600, 1000) << 0 << QSize(1600, 1000) << 1.0;
    }
    void layoutSize() {
        QFETCH(QSize, pixels);
        QFETCH(int, layoutWidth);
        QFETCH(QSize, layout);
        QFETCH(double, scale);
        const ExportImageSize size{pixels, layoutWidth};
        QCOMPARE(size.layoutSize(), layout);
        QCOMPARE(size.scale(), scale);
    }

    // The pixels asked for, exactly, with text that grows with them: a 1600-pixel export (as a
    // report gets, through the remembered size) has text at least twice the height of a
    // 640-pixel one. Laid out at the image's own width (the old export), it would not.
    void textGrowsWithTheImage_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("QCustomPlot") << QStringLiteral("QCustomPlot");
        QTest::newRow("QChartView") << QStringLiteral("QChartView");
    }
    void textGrowsWithTheImage() {
        QFETCH(QString, kind);
        const auto chart = textChart(kind);
        const auto heightsAt = [&](int layoutWidth) {
            QList<int> heights;
            for (const QSize pixels : {QSize(640, 400), QSize(1600, 1000)}) {
                charts::rememberImageSize({pixels, layoutWidth});
                QString error;
                const QStringList written =
                    charts::exportCharts({{chart.get(), QStringLiteral("text-%1").arg(kind)}},
                                         m_dir.filePath(QStringLiteral("grow")), &error);
                if (written.size() != 1) {
                    qWarning() << error;
                    return QList<int>{};
                }
                const QImage image(written.front());
                if (image.size() != pixels) {
                    qWarning() << "image size" << image.size() << "instead of" << pixels;
                    return QList<int>{};
                }
                heights << textHeight(image);
            }
            return heights;
        };
        const QList<int> scaled = heightsAt(800);
        QCOMPARE(scaled.size(), 2);
        QVERIFY2(scaled[0] >= 6, qPrintable(QString::number(scaled[0])));
        QVERIFY2(scaled[1] >= 2 * scaled[0],
                 qPrintable(QStringLiteral("text %1 px high at 640, %2 at 1600")
                                .arg(scaled[0])
                                .arg(scaled[1])));
        // The measure tells the old behaviour apart: screen-sized text at both sizes.
        const QList<int> unscaled = heightsAt(0);
        QCOMPARE(unscaled.size(), 2);
        QVERIFY2(2 * unscaled[1] < 3 * unscaled[0],
                 qPrintable(QStringLiteral("unscaled text %1 and %2 px high")
                                .arg(unscaled[0])
                                .arg(unscaled[1])));
    }

    // exportChartPng: size × scale pixels, text scale times as high.
    void pngAtScale() {
        const auto chart = textChart(QStringLiteral("QCustomPlot"));
        QList<int> heights;
        for (const double scale : {1.0, 2.0, 1.5}) {
            const QString path = m_dir.filePath(QStringLiteral("scale-%1.png").arg(scale));
            QString error;
            QVERIFY2(charts::exportChartPng(chart.get(), path, QSize(640, 400), scale, &error),
                     qPrintable(error));
            const QImage image(path);
            QCOMPARE(image.size(), QSize(qRound(640 * scale), qRound(400 * scale)));
            // Printed as wide as the layout at 96 dpi.
            QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), qRound(96 * scale));
            heights << textHeight(image);
        }
        QVERIFY2(heights[1] >= 2 * heights[0] - 2 && heights[1] <= 2 * heights[0] + 2,
                 qPrintable(QStringLiteral("%1 and %2").arg(heights[0]).arg(heights[1])));
        QString error;
        QVERIFY(!charts::exportChartPng(chart.get(), m_dir.filePath("bad.png"), QSize(8, 8), 1.0,
                                        &error));
        QVERIFY(!error.isEmpty());
    }

    void failureNamesTheFile() {
        const auto chart = textChart(QStringLiteral("QCustomPlot"));
        const QString path = m_dir.filePath(QStringLiteral("missing/folder/chart.png"));
        for (const auto type :
             {ChartFileType::Png, ChartFileType::Svg, ChartFileType::Pdf, ChartFileType::Csv}) {
            QString error;
            QVERIFY(!charts::exportChart(chart.get(), path, type, {}, &error));
            QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        }
        QLabel notAChart;
        QString error;
        QVERIFY(!charts::exportChart(&notAChart, m_dir.filePath("label.png"), ChartFileType::Png,
                                     {}, &error));
        QVERIFY(!error.isEmpty());
    }

    // SVG: XML whose root is <svg> with the layout as its view box and the text in it. PDF: a
    // PDF file, one page the layout's size at 96 dpi (800 × 500 px = 600 × 375 pt).
    void vectorFiles_data() { textGrowsWithTheImage_data(); }
    void vectorFiles() {
        QFETCH(QString, kind);
        const auto chart = textChart(kind);
        const ExportImageSize size{{1600, 1000}, 800};
        QString error;
        const QString svgPath = m_dir.filePath(QStringLiteral("chart-%1.svg").arg(kind));
        QVERIFY2(charts::exportChart(chart.get(), svgPath, ChartFileType::Svg, size, &error),
                 qPrintable(error));
        const QByteArray svg = readAll(svgPath);
        QXmlStreamReader xml(svg);
        QString root, viewBox;
        bool textFound = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (root.isEmpty()) {
                root = xml.name().toString();
                viewBox = xml.attributes().value(QStringLiteral("viewBox")).toString();
            }
            if (xml.name() == QLatin1String("text") && xml.readElementText().contains(kLabel))
                textFound = true;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        QCOMPARE(viewBox, QStringLiteral("0 0 800 500"));
        QVERIFY(textFound);
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QImage drawn(800, 500, QImage::Format_ARGB32_Premultiplied);
        drawn.fill(Qt::white);
        {
            QPainter painter(&drawn);
            renderer.render(&painter);
        }
        QVERIFY(textHeight(drawn) > 0);  // the text drawn near-black, as in the PNG

        const QString pdfPath = m_dir.filePath(QStringLiteral("chart-%1.pdf").arg(kind));
        QVERIFY2(charts::exportChart(chart.get(), pdfPath, ChartFileType::Pdf, size, &error),
                 qPrintable(error));
        const QByteArray pdf = readAll(pdfPath);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        const auto box =
            QRegularExpression(QStringLiteral(R"(/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\])"))
                .match(QString::fromLatin1(pdf));
        QVERIFY(box.hasMatch());
        QCOMPARE(box.captured(1).toDouble(), 600.0);
        QCOMPARE(box.captured(2).toDouble(), 375.0);
        QVERIFY(pdf.contains("/Type /Page"));
    }

    // Two graphs, names that need quoting, a NaN gap; numbers in the C locale's form under a
    // German default locale.
    void csvOfTwoGraphs() {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German));
        QCustomPlot plot;
        auto* train = plot.addGraph();
        train->setName(QStringLiteral("train, loss"));
        train->setData({1, 2, 3}, {0.5, 0.25, 1e-5});
        auto* validation = plot.addGraph();
        validation->setName(QStringLiteral("validation \"best\""));
        validation->setData({1, 2}, {1234.5, qQNaN()});
        auto* hidden = plot.addGraph();
        hidden->setData({1}, {1});
        hidden->setVisible(false);
        const QString path = m_dir.filePath(QStringLiteral("graphs.csv"));
        QString error;
        const bool written =
            charts::exportChart(&plot, path, ChartFileType::Csv, ExportImageSize{}, &error);
        QLocale::setDefault(before);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(QString::fromUtf8(readAll(path)),
                 QStringLiteral("series,x,y,label\n"
                                "\"train, loss\",1,0.5,\n"
                                "\"train, loss\",2,0.25,\n"
                                "\"train, loss\",3,1e-05,\n"
                                "\"validation \"\"best\"\"\",1,1234.5,\n"
                                "\"validation \"\"best\"\"\",2,,\n"));
    }

    // Horizontal bars with category names (x is the value), an unnamed series taking its value
    // axis' label, a box plot's statistics and outliers, and a parallel-coordinates curve.
    void csvOfBarsBoxesAndCurves() {
        QCustomPlot plot;
        plot.xAxis->setLabel(QStringLiteral("trials"));
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        ticker->addTick(1, QStringLiteral("learning rate"));
        ticker->addTick(2, QStringLiteral("dropout, embedding"));
        plot.yAxis->setTicker(ticker);
        auto* bars = new QCPBars(plot.yAxis, plot.xAxis);
        bars->setData({1, 2}, {10, 20.5});
        auto* boxes = new QCPStatisticalBox(plot.xAxis, plot.yAxis2);
        boxes->setName(QStringLiteral("box"));
        boxes->addData(3, 1, 2, 3, 4, 5, {9.25});
        auto* curve = new QCPCurve(plot.xAxis, plot.yAxis2);
        curve->setName(QStringLiteral("trial 7"));
        curve->setData({0, 1, 2}, {0.5, 0.25, 0.125});
        QCOMPARE(charts::chartDataCsv(&plot),
                 QStringLiteral("series,x,y,label\n"
                                "trials,10,1,learning rate\n"
                                "trials,20.5,2,\"dropout, embedding\"\n"
                                "box,3,1,min\n"
                                "box,3,2,q1\n"
                                "box,3,3,median\n"
                                "box,3,4,q3\n"
                                "box,3,5,max\n"
                                "box,3,9.25,outlier\n"
                                "trial 7,0,0.5,\n"
                                "trial 7,1,0.25,\n"
                                "trial 7,2,0.125,\n"));
    }

    void csvOfQtCharts() {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German));
        auto* chart = new QChart();
        auto* train = new QLineSeries();
        train->setName(QStringLiteral("train loss"));
        train->append({QPointF(1, 0.5), QPointF(2, 0.0625)});
        auto* unnamed = new QLineSeries();
        unnamed->append(1, 0.75);
        chart->addSeries(train);
        chart->addSeries(unnamed);
        auto* x = new QValueAxis();
        auto* y = new QValueAxis();
        y->setTitleText(QStringLiteral("MSE"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (auto* s : {train, unnamed}) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
        QChartView view(chart);
        const QString csv = charts::chartDataCsv(&view);
        QLocale::setDefault(before);
        QCOMPARE(csv, QStringLiteral("series,x,y,label\n"
                                     "train loss,1,0.5,\n"
                                     "train loss,2,0.0625,\n"
                                     "MSE,1,0.75,\n"));
    }

    void clipboardHoldsTheImage_data() { textGrowsWithTheImage_data(); }
    void clipboardHoldsTheImage() {
        QFETCH(QString, kind);
        const auto chart = textChart(kind);
        QVERIFY(charts::copyChartImage(chart.get(), {{640, 400}, 800}));
        const QImage image = QGuiApplication::clipboard()->image();
        QCOMPARE(image.size(), QSize(640, 400));
        QVERIFY(hasContent(image));
        QLabel notAChart;
        QVERIFY(!charts::copyChartImage(&notAChart, {{640, 400}, 800}));
    }

    // The context menu's actions, driven directly: each writes where the file dialog says
    // (the name's suffix choosing the type), remembers the folder, and says where the file went
    // in the window's status bar.
    void contextMenuExports() {
        QMainWindow window;
        auto owned = textChart(QStringLiteral("QCustomPlot"));
        QWidget* chart = owned.release();
        window.setCentralWidget(chart);
        window.statusBar();
        window.resize(900, 600);
        window.show();
        QMenu menu;
        charts::addExportActions(&menu, chart, QStringLiteral("ratings"));
        QStringList names;
        for (QAction* action : menu.actions())
            if (!action->isSeparator())
                names << action->objectName();
        QCOMPARE(names,
                 QStringList({"exportPng", "exportSvg", "exportPdf", "copyImage", "exportCsv"}));
        const auto action = [&](const char* name) {
            return menu.findChild<QAction*>(QString::fromLatin1(name));
        };
        const QString folder = m_dir.filePath(QStringLiteral("menu"));
        QVERIFY(QDir().mkpath(folder));
        QStatusBar* bar = window.statusBar();

        for (const auto& [name, file] : {std::pair{"exportPng", QStringLiteral("chart.png")},
                                         std::pair{"exportPng", QStringLiteral("as-svg.svg")},
                                         std::pair{"exportPdf", QStringLiteral("chart.pdf")},
                                         std::pair{"exportCsv", QStringLiteral("chart.csv")}}) {
            const QString path = QDir(folder).filePath(file);
            bar->clearMessage();
            DialogAnswers answers(path, QSize(640, 400));
            action(name)->trigger();
            QCOMPARE(answers.fileDialogs, 1);
            QCOMPARE(answers.sizeDialogs, file.endsWith(".csv") ? 0 : 1);
            QVERIFY2(answers.messages.isEmpty(), qPrintable(answers.messages.join('\n')));
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            QVERIFY2(bar->currentMessage().contains(QDir::toNativeSeparators(path)),
                     qPrintable(bar->currentMessage()));
            QCOMPARE(QSettings().value("export/folder").toString(), folder);
        }
        QCOMPARE(QImage(QDir(folder).filePath("chart.png")).size(), QSize(640, 400));
        QVERIFY(readAll(QDir(folder).filePath("as-svg.svg")).contains("<svg"));
        QVERIFY(readAll(QDir(folder).filePath("chart.pdf")).startsWith("%PDF-"));
        QVERIFY(readAll(QDir(folder).filePath("chart.csv")).startsWith("series,x,y,label\n"));
        // The size chosen in the dialog is remembered for the next export and the clipboard.
        QCOMPARE(charts::rememberedImageSize().pixels, QSize(640, 400));

        bar->clearMessage();
        QGuiApplication::clipboard()->clear();
        action("copyImage")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->image().size(), QSize(640, 400));
        QVERIFY2(bar->currentMessage().contains(QStringLiteral("clipboard")),
                 qPrintable(bar->currentMessage()));
    }

    void chooseExportFolderRemembers() {
        const QString folder = m_dir.filePath(QStringLiteral("chosen"));
        QVERIFY(QDir().mkpath(folder));
        DialogAnswers answers(folder);
        const QString chosen = charts::chooseExportFolder(nullptr, QStringLiteral("Export into"));
        QCOMPARE(answers.fileDialogs, 1);
        QCOMPARE(QDir(chosen).canonicalPath(), QDir(folder).canonicalPath());
        QCOMPARE(charts::rememberedExportFolder(), chosen);
    }

    // A table export asks for a file in the remembered folder and remembers the file's folder.
    void chooseExportFileRemembers() {
        const QString folder = m_dir.filePath(QStringLiteral("tables"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("table.csv"));
        DialogAnswers answers(path);
        const QString chosen = charts::chooseExportFile(nullptr, QStringLiteral("Export table"),
                                                        QStringLiteral("table.csv"),
                                                        QStringLiteral("CSV files (*.csv)"));
        QCOMPARE(answers.fileDialogs, 1);
        QCOMPARE(QFileInfo(chosen).canonicalFilePath().isEmpty()
                     ? QFileInfo(chosen).absoluteFilePath()
                     : QFileInfo(chosen).canonicalFilePath(),
                 QFileInfo(path).absoluteFilePath());
        QCOMPARE(QDir(charts::rememberedExportFolder()).canonicalPath(),
                 QDir(folder).canonicalPath());
    }

    void dialogRemembersTheSize() {
        {
            charts::ExportImageDialog dialog;
            QCOMPARE(dialog.imageSize().pixels, QSize(1600, 1000));  // the default
            QCOMPARE(dialog.imageSize().layoutWidth, 800);
            dialog.setImageSize({{1200, 900}, 560});
            dialog.accept();
        }
        charts::ExportImageDialog again;
        QCOMPARE(again.imageSize().pixels, QSize(1200, 900));
        QCOMPARE(again.imageSize().layoutWidth, 560);
        QCOMPARE(charts::rememberedImageSize().layoutWidth, 560);

        // Settings of the former dialog (layout size × scale): the same pixels, default text.
        QSettings().clear();
        QSettings s;
        s.setValue("export/width", 800);
        s.setValue("export/height", 500);
        s.setValue("export/scale", 2.0);
        s.sync();
        QCOMPARE(charts::rememberedImageSize().pixels, QSize(1600, 1000));
        QCOMPARE(charts::rememberedImageSize().layoutWidth, 800);
    }

    // A language change retranslates an open dialog; a menu built afterwards is in the new
    // language.
    void textsFollowTheLanguage() {
        charts::ExportImageDialog dialog;
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Image size"));
        UpperCaseTranslator upper;
        QCoreApplication::installTranslator(&upper);
        QCoreApplication::processEvents();
        const QString title = dialog.windowTitle();
        QCustomPlot plot;
        QMenu menu;
        charts::addExportActions(&menu, &plot, QStringLiteral("x"));
        const QString first = menu.actions().front()->text();
        QCoreApplication::removeTranslator(&upper);
        QCoreApplication::processEvents();
        QCOMPARE(title, QStringLiteral("IMAGE SIZE"));
        QCOMPARE(first, QStringLiteral("EXPORT AS PNG…"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Image size"));
    }
};

RW_UI_TEST_MAIN(TestChartExport)
#include "tst_chart_export.moc"
