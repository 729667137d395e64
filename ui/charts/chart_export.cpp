#include "charts/chart_export.h"

#include <qcustomplot.h>
#include <QAbstractAxis>
#include <QBuffer>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QImageWriter>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

#include "i18n/locale_text.h"
#include "i18n/retranslator.h"
#include "models/csv_text.h"
#include "util/number_text.h"

namespace ui::charts {
namespace {

// The free functions' texts, in one translation context.
struct ChartExport {
    Q_DECLARE_TR_FUNCTIONS(ui::charts::ChartExport)
};

constexpr int kMinPixels = 16;
constexpr int kStatusMilliseconds = 8000;
// Screen pixels per inch that layouts are measured in (SVG, PDF, the PNG's resolution).
constexpr double kLayoutDpi = 96.0;

const char* suffixOf(ChartFileType type) {
    switch (type) {
        case ChartFileType::Png:
            return "png";
        case ChartFileType::Svg:
            return "svg";
        case ChartFileType::Pdf:
            return "pdf";
        case ChartFileType::Csv:
            return "csv";
    }
    return "png";
}

QString filterOf(ChartFileType type) {
    switch (type) {
        case ChartFileType::Png:
            return ChartExport::tr("PNG images (*.png)");
        case ChartFileType::Svg:
            return ChartExport::tr("SVG drawings (*.svg)");
        case ChartFileType::Pdf:
            return ChartExport::tr("PDF documents (*.pdf)");
        case ChartFileType::Csv:
            return ChartExport::tr("CSV files (*.csv)");
    }
    return {};
}

// A file path that does not exist yet: name.png, name-2.png, …
QString freePath(const QString& folder, const QString& stem, const QString& suffix) {
    QString path = QDir(folder).filePath(stem + '.' + suffix);
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = QDir(folder).filePath(QStringLiteral("%1-%2.%3").arg(stem).arg(i).arg(suffix));
    return path;
}

bool fail(QString* error, const QString& message) {
    if (error)
        *error = message;
    return false;
}

// Draws `chart` laid out at `layout` (logical pixels) onto `device`, scaled to fill the rectangle
// (0, 0, target): text and lines grow with the scale. `vector`: a PDF or SVG (no pixel fixes).
bool paintChart(QWidget* chart, QPaintDevice* device, QSize layout, QSizeF target, bool vector) {
    const double sx = target.width() / layout.width();
    const double sy = target.height() / layout.height();
    if (auto* plot = qobject_cast<QCustomPlot*>(chart)) {
        QCPPainter painter;
        if (!painter.begin(device))
            return false;
        painter.setMode(QCPPainter::pmVectorized, vector);
        // Cosmetic (zero-width) pens stay one device pixel thin whatever the scale: make every
        // line scale with the text.
        painter.setMode(QCPPainter::pmNonCosmetic);
        painter.scale(sx, sy);
        plot->toPainter(&painter, layout.width(), layout.height());
        painter.end();
        // toPainter laid the plot out at the export size: lay it out at its own size again.
        plot->replot(QCustomPlot::rpQueuedReplot);
        return true;
    }
    if (auto* view = qobject_cast<QChartView*>(chart)) {
        QChart* c = view->chart();
        if (!c || !view->scene())
            return false;
        // Lay the chart out at the export size, render its scene, and put it back.
        const QRectF oldGeometry = c->geometry();
        c->setGeometry(QRectF(QPointF(0, 0), QSizeF(layout)));
        QPainter painter;
        const bool painting = painter.begin(device);
        if (painting) {
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            view->scene()->render(&painter, QRectF(QPointF(0, 0), target),
                                  QRectF(QPointF(0, 0), QSizeF(layout)), Qt::IgnoreAspectRatio);
            painter.end();
        }
        c->setGeometry(oldGeometry);
        return painting;
    }
    return false;
}

bool isChart(QWidget* chart) {
    return qobject_cast<QCustomPlot*>(chart) || qobject_cast<QChartView*>(chart);
}

bool validSizes(QSize layout, QSize pixels) {
    return layout.width() >= 1 && layout.height() >= 1 && pixels.width() >= kMinPixels &&
           pixels.height() >= kMinPixels;
}

QImage renderImage(QWidget* chart, QSize layout, QSize pixels) {
    if (!isChart(chart) || !validSizes(layout, pixels))
        return {};
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    if (!paintChart(chart, &image, layout, QSizeF(pixels), false))
        return {};
    return image;
}

bool writeBytes(const QString& path, const QByteArray& bytes, QString* error) {
    // QSaveFile: a failed export never leaves half a file in place of an old one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(error, ChartExport::tr("cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

bool writePng(QImage image, const QString& path, double pixelsPerLayoutPixel, QString* error) {
    // The resolution makes the image print as wide as the chart's layout on a 96-dpi screen.
    const int dotsPerMeter = qRound(kLayoutDpi * pixelsPerLayoutPixel / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        return fail(error, ChartExport::tr("cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(path), writer.errorString()));
    return writeBytes(path, bytes, error);
}

bool writeSvg(QWidget* chart, const QString& path, QSize layout, QString* error) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(layout);
    svg.setViewBox(QRect(QPoint(0, 0), layout));
    svg.setResolution(int(kLayoutDpi));
    svg.setTitle(QFileInfo(path).completeBaseName());
    svg.setDescription(QStringLiteral("Ratings Workbench"));
    if (!paintChart(chart, &svg, layout, QSizeF(layout), true))
        return fail(
            error,
            ChartExport::tr("cannot draw the chart into %1").arg(QDir::toNativeSeparators(path)));
    return writeBytes(path, bytes, error);
}

bool writePdf(QWidget* chart, const QString& path, QSize layout, QString* error) {
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setResolution(int(kLayoutDpi));
        pdf.setCreator(QStringLiteral("Ratings Workbench"));
        pdf.setTitle(QFileInfo(path).completeBaseName());
        // One page the size of the layout at 96 dpi, without margins.
        const QPageSize page(QSizeF(layout) * (72.0 / kLayoutDpi), QPageSize::Point, QString(),
                             QPageSize::ExactMatch);
        pdf.setPageLayout(QPageLayout(page, QPageLayout::Portrait, QMarginsF()));
        if (!paintChart(chart, &pdf, layout, QSizeF(layout), true))
            return fail(error, ChartExport::tr("cannot draw the chart into %1")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    return writeBytes(path, bytes, error);
}

QString csvNumber(double value) {
    return std::isfinite(value) ? QString::fromStdString(core::util::formatNumber(value))
                                : QString();
}

// Rows of one series, in the plot's horizontal/vertical orientation.
class CsvRows {
public:
    explicit CsvRows(QStringList* lines) : m_lines(lines) {}
    void add(const QString& series, double x, double y, const QString& label) {
        *m_lines << models::csvLine({series, csvNumber(x), csvNumber(y), label});
    }

private:
    QStringList* m_lines;
};

void addPlottableRows(QCPAbstractPlottable* plottable, int index, CsvRows& rows) {
    QCPAxis* keyAxis = plottable->keyAxis();
    QCPAxis* valueAxis = plottable->valueAxis();
    QString name = plottable->name();
    if (name.isEmpty() && valueAxis)
        name = valueAxis->label();
    if (name.isEmpty())
        name = QStringLiteral("series %1").arg(index + 1);
    const bool keyVertical = keyAxis && keyAxis->orientation() == Qt::Vertical;
    QSharedPointer<QCPAxisTickerText> textTicks;
    if (keyAxis)
        textTicks = keyAxis->ticker().dynamicCast<QCPAxisTickerText>();
    const auto keyLabel = [&](double key) {
        return textTicks ? textTicks->ticks().value(key) : QString();
    };
    const auto add = [&](double key, double value, const QString& label) {
        if (keyVertical)
            rows.add(name, value, key, label);
        else
            rows.add(name, key, value, label);
    };
    if (auto* graph = qobject_cast<QCPGraph*>(plottable)) {
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
            add(it->key, it->value, keyLabel(it->key));
    } else if (auto* curve = qobject_cast<QCPCurve*>(plottable)) {
        for (auto it = curve->data()->constBegin(); it != curve->data()->constEnd(); ++it)
            add(it->key, it->value, QString());
    } else if (auto* bars = qobject_cast<QCPBars*>(plottable)) {
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            add(it->key, it->value, keyLabel(it->key));
    } else if (auto* boxes = qobject_cast<QCPStatisticalBox*>(plottable)) {
        for (auto it = boxes->data()->constBegin(); it != boxes->data()->constEnd(); ++it) {
            add(it->key, it->minimum, QStringLiteral("min"));
            add(it->key, it->lowerQuartile, QStringLiteral("q1"));
            add(it->key, it->median, QStringLiteral("median"));
            add(it->key, it->upperQuartile, QStringLiteral("q3"));
            add(it->key, it->maximum, QStringLiteral("max"));
            for (const double outlier : it->outliers)
                add(it->key, outlier, QStringLiteral("outlier"));
        }
    } else if (auto* map = qobject_cast<QCPColorMap*>(plottable)) {
        // A density plot's cells (not the millions of points binned into them): column by
        // column, the cells that have a value, with the value as the label.
        QCPColorMapData* cells = map->data();
        for (int k = 0; k < cells->keySize(); ++k)
            for (int v = 0; v < cells->valueSize(); ++v) {
                const double z = cells->cell(k, v);
                if (std::isnan(z))
                    continue;
                double key = 0, value = 0;
                cells->cellToCoord(k, v, &key, &value);
                add(key, value, csvNumber(z));
            }
    }
}

void addSeriesRows(QXYSeries* series, int index, CsvRows& rows) {
    QString name = series->name();
    if (name.isEmpty()) {
        for (const QAbstractAxis* axis : series->attachedAxes())
            if (axis->orientation() == Qt::Vertical && !axis->titleText().isEmpty()) {
                name = axis->titleText();
                break;
            }
    }
    if (name.isEmpty())
        name = QStringLiteral("series %1").arg(index + 1);
    for (const QPointF& p : series->points())
        rows.add(name, p.x(), p.y(), QString());
}

// Says `text` in the status bar of the chart's window, where it has one.
void showStatus(QWidget* chart, const QString& text) {
    if (auto* bar = chart->window()->findChild<QStatusBar*>())
        bar->showMessage(text, kStatusMilliseconds);
}

void exportInteractively(QWidget* chart, const QString& fileStem, ChartFileType type) {
    QWidget* window = chart->window();
    ExportImageSize size = rememberedImageSize();
    QStringList filters;
    if (type == ChartFileType::Csv) {
        filters << filterOf(ChartFileType::Csv);
    } else {
        ExportImageDialog sizeDialog(window);
        if (sizeDialog.exec() != QDialog::Accepted)
            return;
        size = sizeDialog.imageSize();
        for (const auto t : {ChartFileType::Png, ChartFileType::Svg, ChartFileType::Pdf})
            filters << filterOf(t);
    }
    QString selectedFilter = filterOf(type);
    QString path = QFileDialog::getSaveFileName(
        window,
        type == ChartFileType::Csv ? ChartExport::tr("Export chart data")
                                   : ChartExport::tr("Export chart"),
        freePath(rememberedExportFolder(), fileStem, QString::fromLatin1(suffixOf(type))),
        filters.join(QStringLiteral(";;")), &selectedFilter);
    if (path.isEmpty())
        return;
    // The name's suffix decides the type; without a known one, the chosen filter does.
    if (type != ChartFileType::Csv) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        bool known = false;
        for (const auto t : {ChartFileType::Png, ChartFileType::Svg, ChartFileType::Pdf}) {
            if (suffix == QLatin1String(suffixOf(t))) {
                type = t;
                known = true;
            }
        }
        if (!known) {
            for (const auto t : {ChartFileType::Png, ChartFileType::Svg, ChartFileType::Pdf})
                if (selectedFilter == filterOf(t))
                    type = t;
            path += '.' + QString::fromLatin1(suffixOf(type));
        }
    } else if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".csv");
    }
    rememberExportFolder(QFileInfo(path).absolutePath());
    QString error;
    if (!exportChart(chart, path, type, size, &error)) {
        QMessageBox::warning(window, ChartExport::tr("Export failed"), error);
        return;
    }
    showStatus(chart,
               type == ChartFileType::Csv
                   ? ChartExport::tr("Chart data saved to %1").arg(QDir::toNativeSeparators(path))
                   : ChartExport::tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)));
}

}  // namespace

// ---- sizes ----

QSize ExportImageSize::layoutSize() const {
    if (pixels.width() < 1 || pixels.height() < 1)
        return {};
    if (layoutWidth <= 0)
        return pixels;
    return {layoutWidth, std::max(1, qRound(pixels.height() / scale()))};
}

double ExportImageSize::scale() const {
    return layoutWidth > 0 ? double(pixels.width()) / layoutWidth : 1.0;
}

ExportImageSize rememberedImageSize() {
    QSettings s;
    ExportImageSize size;
    size.pixels = QSize(s.value(QStringLiteral("export/width"), size.pixels.width()).toInt(),
                        s.value(QStringLiteral("export/height"), size.pixels.height()).toInt());
    if (s.contains(QStringLiteral("export/layoutWidth"))) {
        size.layoutWidth = s.value(QStringLiteral("export/layoutWidth")).toInt();
    } else if (s.contains(QStringLiteral("export/scale"))) {
        // Before, width × height were the layout and "scale" multiplied the file's pixels: keep
        // the file's pixels, with the (new) default text size.
        const double scale = s.value(QStringLiteral("export/scale")).toDouble();
        if (scale > 0)
            size.pixels =
                QSize(qRound(size.pixels.width() * scale), qRound(size.pixels.height() * scale));
    }
    size.pixels = size.pixels.expandedTo(QSize(kMinPixels, kMinPixels));
    size.layoutWidth = std::max(0, size.layoutWidth);
    return size;
}

void rememberImageSize(const ExportImageSize& size) {
    QSettings s;
    s.setValue(QStringLiteral("export/width"), size.pixels.width());
    s.setValue(QStringLiteral("export/height"), size.pixels.height());
    s.setValue(QStringLiteral("export/layoutWidth"), size.layoutWidth);
    s.remove(QStringLiteral("export/scale"));
}

// ---- exports ----

bool exportChartPng(QWidget* chart, const QString& path, QSize size, double scale, QString* error) {
    if (!isChart(chart))
        return fail(error, ChartExport::tr("this widget is not a chart"));
    const QSize pixels(qRound(size.width() * scale), qRound(size.height() * scale));
    if (size.width() < kMinPixels || size.height() < kMinPixels || !(scale > 0) ||
        !validSizes(size, pixels))
        return fail(error, ChartExport::tr("invalid image size"));
    const QImage image = renderImage(chart, size, pixels);
    if (image.isNull())
        return fail(
            error,
            ChartExport::tr("cannot draw the chart into %1").arg(QDir::toNativeSeparators(path)));
    return writePng(image, path, scale, error);
}

QImage renderChartImage(QWidget* chart, const ExportImageSize& size) {
    return renderImage(chart, size.layoutSize(), size.pixels);
}

bool exportChart(QWidget* chart, const QString& path, ChartFileType type,
                 const ExportImageSize& size, QString* error) {
    if (!isChart(chart))
        return fail(error, ChartExport::tr("this widget is not a chart"));
    if (type == ChartFileType::Csv)
        return writeBytes(path, chartDataCsv(chart).toUtf8(), error);
    const QSize layout = size.layoutSize();
    if (!validSizes(layout, size.pixels))
        return fail(error, ChartExport::tr("invalid image size"));
    switch (type) {
        case ChartFileType::Png: {
            const QImage image = renderImage(chart, layout, size.pixels);
            if (image.isNull())
                return fail(error, ChartExport::tr("cannot draw the chart into %1")
                                       .arg(QDir::toNativeSeparators(path)));
            return writePng(image, path, size.scale(), error);
        }
        case ChartFileType::Svg:
            return writeSvg(chart, path, layout, error);
        case ChartFileType::Pdf:
            return writePdf(chart, path, layout, error);
        case ChartFileType::Csv:
            break;
    }
    return false;
}

QString chartDataCsv(QWidget* chart) {
    QStringList lines{models::csvLine({QStringLiteral("series"), QStringLiteral("x"),
                                       QStringLiteral("y"), QStringLiteral("label")})};
    CsvRows rows(&lines);
    if (auto* plot = qobject_cast<QCustomPlot*>(chart)) {
        for (int i = 0; i < plot->plottableCount(); ++i)
            if (plot->plottable(i)->visible())
                addPlottableRows(plot->plottable(i), i, rows);
    } else if (auto* view = qobject_cast<QChartView*>(chart); view && view->chart()) {
        const auto series = view->chart()->series();
        for (int i = 0; i < series.size(); ++i)
            if (auto* xy = qobject_cast<QXYSeries*>(series[i]); xy && xy->isVisible())
                addSeriesRows(xy, i, rows);
    }
    return lines.join('\n') + '\n';
}

bool copyChartImage(QWidget* chart, const ExportImageSize& size) {
    const QImage image = renderChartImage(chart, size);
    if (image.isNull())
        return false;
    QGuiApplication::clipboard()->setImage(image);
    return true;
}

// ---- folders ----

QString rememberedExportFolder() {
    return QSettings()
        .value(QStringLiteral("export/folder"),
               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void rememberExportFolder(const QString& folder) {
    if (!folder.isEmpty())
        QSettings().setValue(QStringLiteral("export/folder"), folder);
}

QString chooseExportFolder(QWidget* parent, const QString& title) {
    const QString folder =
        QFileDialog::getExistingDirectory(parent, title, rememberedExportFolder());
    rememberExportFolder(folder);
    return folder;
}

QString chooseExportFile(QWidget* parent, const QString& title, const QString& fileName,
                         const QString& filter) {
    const QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(rememberedExportFolder()).filePath(fileName), filter);
    if (!path.isEmpty())
        rememberExportFolder(QFileInfo(path).absolutePath());
    return path;
}

// ---- menu ----

void addExportActions(QMenu* menu, QWidget* chart, const QString& fileStem) {
    const QPointer<QWidget> target(chart);
    const auto add = [&](const QString& text, const char* name, auto run) {
        QAction* action = menu->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        QObject::connect(action, &QAction::triggered, chart, [target, run] {
            if (target)
                run(target.data());
        });
    };
    const struct {
        ChartFileType type;
        QString text;
        const char* name;
    } images[] = {
        {ChartFileType::Png, ChartExport::tr("Export as PNG…"), "exportPng"},
        {ChartFileType::Svg, ChartExport::tr("Export as SVG…"), "exportSvg"},
        {ChartFileType::Pdf, ChartExport::tr("Export as PDF…"), "exportPdf"},
    };
    for (const auto& image : images) {
        const ChartFileType type = image.type;
        add(image.text, image.name,
            [fileStem, type](QWidget* c) { exportInteractively(c, fileStem, type); });
    }
    add(ChartExport::tr("Copy image"), "copyImage", [](QWidget* c) {
        const ExportImageSize size = rememberedImageSize();
        if (copyChartImage(c, size))
            showStatus(
                c, ChartExport::tr("Chart copied to the clipboard (%1 × %2 pixels)")
                       .arg(i18n::count(size.pixels.width()), i18n::count(size.pixels.height())));
    });
    menu->addSeparator();
    add(ChartExport::tr("Export data as CSV…"), "exportCsv",
        [fileStem](QWidget* c) { exportInteractively(c, fileStem, ChartFileType::Csv); });
}

void installExportMenu(QWidget* chart, const QString& fileStem) {
    chart->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(chart, &QWidget::customContextMenuRequested, chart,
                     [chart, fileStem](const QPoint& pos) {
                         // Built when shown: its texts are in the language of the moment.
                         QMenu menu(chart);
                         addExportActions(&menu, chart, fileStem);
                         menu.exec(chart->mapToGlobal(pos));
                     });
}

// ---- dialog ----

namespace {

// Text sizes the dialog offers: the width the chart is laid out at (0: the image's width).
constexpr int kLayoutWidths[] = {1200, 800, 560, 0};
constexpr int kDefaultLayoutWidth = 800;

}  // namespace

ExportImageDialog::ExportImageDialog(QWidget* parent) : QDialog(parent) {
    auto* form = new QFormLayout(this);
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (auto* box : {m_width, m_height})
        box->setRange(200, 8000);
    m_textSize = new QComboBox(this);
    for (const int width : kLayoutWidths)
        m_textSize->addItem(QString(), width);
    m_scaleNote = new QLabel(this);
    m_scaleNote->setWordWrap(true);
    auto* widthLabel = new QLabel(this);
    auto* heightLabel = new QLabel(this);
    auto* textSizeLabel = new QLabel(this);
    form->addRow(widthLabel, m_width);
    form->addRow(heightLabel, m_height);
    form->addRow(textSizeLabel, m_textSize);
    form->addRow(m_scaleNote);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setImageSize(rememberedImageSize());

    for (auto* box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &ExportImageDialog::updateScaleNote);
    connect(m_textSize, &QComboBox::currentIndexChanged, this, &ExportImageDialog::updateScaleNote);

    auto* texts = new i18n::Retranslator(this);
    texts->add([=, this] {
        setWindowTitle(tr("Image size"));
        widthLabel->setText(tr("Width:"));
        heightLabel->setText(tr("Height:"));
        textSizeLabel->setText(tr("Text size:"));
        for (auto* box : {m_width, m_height}) {
            box->setSuffix(tr(" px"));
            box->setToolTip(tr("The image's size in pixels (SVG and PDF: its proportions)"));
        }
        m_textSize->setItemText(0, tr("Small"));
        m_textSize->setItemText(1, tr("Medium"));
        m_textSize->setItemText(2, tr("Large"));
        m_textSize->setItemText(3, tr("As on screen (not scaled)"));
        m_textSize->setToolTip(
            tr("Text and lines grow with the image: a chart drawn at any "
               "width looks the same, only sharper"));
        updateScaleNote();
    });
}

ExportImageSize ExportImageDialog::imageSize() const {
    ExportImageSize size;
    size.pixels = QSize(m_width->value(), m_height->value());
    size.layoutWidth = m_textSize->currentData().toInt();
    return size;
}

void ExportImageDialog::setImageSize(const ExportImageSize& size) {
    m_width->setValue(size.pixels.width());
    m_height->setValue(size.pixels.height());
    int index = m_textSize->findData(size.layoutWidth);
    if (index < 0)
        index = m_textSize->findData(kDefaultLayoutWidth);
    m_textSize->setCurrentIndex(index);
    updateScaleNote();
}

void ExportImageDialog::updateScaleNote() {
    const ExportImageSize size = imageSize();
    const QSize layout = size.layoutSize();
    const double scale = size.scale();
    const bool whole = std::abs(scale - std::round(scale)) < 0.005;
    m_scaleNote->setText(tr("Text and lines ×%1: drawn as a chart of %2 × %3 pixels on screen.")
                             .arg(i18n::number(scale, whole ? 0 : 2), i18n::count(layout.width()),
                                  i18n::count(layout.height())));
}

void ExportImageDialog::accept() {
    rememberImageSize(imageSize());
    QDialog::accept();
}

// ---- several charts ----

QStringList exportCharts(const QList<ChartHandle>& charts, const QString& folder, QString* error) {
    QStringList written;
    if (!QDir().mkpath(folder)) {
        fail(error, ChartExport::tr("cannot create %1").arg(QDir::toNativeSeparators(folder)));
        return written;
    }
    const ExportImageSize size = rememberedImageSize();
    for (const auto& chart : charts) {
        const QString path = freePath(folder, chart.fileStem, QStringLiteral("png"));
        if (!exportChart(chart.widget, path, ChartFileType::Png, size, error))
            return written;
        written << path;
    }
    return written;
}

}  // namespace ui::charts
