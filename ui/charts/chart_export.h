#pragma once

#include <QDialog>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

class QComboBox;
class QImage;
class QLabel;
class QMenu;
class QSpinBox;

namespace ui::charts {

// Exporting charts (QCustomPlot widgets and QChartViews) for a report: images whose text and
// lines grow with the image (PNG, SVG, PDF, the clipboard) and the plotted data as CSV.
// Everything here runs in the GUI thread.

/// A chart that can be exported: the widget (a QCustomPlot or a QChartView) and a file stem.
struct ChartHandle {
    QWidget* widget = nullptr;
    QString fileStem;  ///< e.g. "loss_curves"
};

/// The size of an exported chart image. The chart is laid out as if it were `layoutWidth`
/// pixels wide on screen (with the aspect ratio of `pixels`), then drawn scaled up or down to
/// exactly `pixels`: fonts and lines keep the proportions they have on a chart that wide, so a
/// 1600-pixel image for a report has text twice the height of an 800-pixel one.
struct ExportImageSize {
    QSize pixels{1600, 1000};  ///< the image's pixels (PNG, clipboard); the aspect of SVG/PDF
    int layoutWidth = 800;     ///< logical pixels; 0 = pixels.width(): screen-sized text
    /// The size the chart is laid out at (logical pixels, at least 1 × 1).
    QSize layoutSize() const;
    /// Image pixels per layout pixel along the width (fonts and lines grow by this).
    double scale() const;
};

/// The image size chosen last in ExportImageDialog (QSettings "export/…"), or the default
/// 1600 × 1000 pixels laid out at 800.
ExportImageSize rememberedImageSize();
/// Stores `size` as the one rememberedImageSize() returns.
void rememberImageSize(const ExportImageSize& size);

/// The file types a chart exports to.
enum class ChartFileType { Png, Svg, Pdf, Csv };

/// Renders a chart into a PNG of `size` logical pixels at `scale` (device pixel ratio): the
/// file is size × scale pixels, and text and lines are `scale` times as thick as on a chart of
/// `size` on screen. The chart is laid out at `size` (not a stretched screenshot). Never
/// overwrites silently: the caller picks the path. Returns false and sets *error (naming the
/// file) on failure.
bool exportChartPng(QWidget* chart, const QString& path, QSize size, double scale, QString* error);

/// The chart drawn as `size` describes: an image of exactly size.pixels (white background).
/// A null image when `chart` is not a chart or the size is invalid.
QImage renderChartImage(QWidget* chart, const ExportImageSize& size);

/// Writes the chart as a PNG (exactly size.pixels, its resolution set so that it prints as
/// wide as the layout at 96 dpi), an SVG or a PDF (vector, one page, the layout size at 96 dpi),
/// or its plotted data as CSV (chartDataCsv; `size` unused). Replaces `path`. Returns false and
/// sets *error, naming the file, on failure.
bool exportChart(QWidget* chart, const QString& path, ChartFileType type,
                 const ExportImageSize& size, QString* error);

/// The data a chart plots as CSV (UTF-8 text, RFC 4180, numbers in the C locale's form):
/// header `series,x,y,label`, then one row per point, series after series in drawing order.
/// `series` is the plottable's or series' name (else its value axis' label, else "series N");
/// x and y are coordinates along the horizontal and vertical axes (horizontal bars have their
/// key as y); `label` is the key's text tick label where the key axis has text ticks (bar
/// categories), or for a box plot which statistic the row is (min, q1, median, q3, max, one row
/// each, plus one "outlier" row per outlier), or for a colour map (a density plot) the cell's
/// value: one row per cell that has one (not NaN), x and y its centre, column after column.
/// Visible QCustomPlot QCPGraph, QCPCurve, QCPBars, QCPStatisticalBox and QCPColorMap
/// plottables and Qt Charts QXYSeries (line, spline, scatter); other plottables and decorations
/// (straight lines, texts) are left out. Non-finite values (a graph's NaN gaps) are empty
/// fields.
QString chartDataCsv(QWidget* chart);

/// Puts the chart on the clipboard as an image of size.pixels. Returns false when `chart` is
/// not a chart.
bool copyChartImage(QWidget* chart, const ExportImageSize& size);

/// The folder exports start in: the one last chosen (QSettings "export/folder"), else the
/// user's Documents folder.
QString rememberedExportFolder();
/// Remembers `folder` as the one exports start in next time.
void rememberExportFolder(const QString& folder);
/// Asks for a folder (QFileDialog::getExistingDirectory titled `title`) starting in
/// rememberedExportFolder(), and remembers the choice. Returns the folder, or an empty string
/// when the user cancelled.
QString chooseExportFolder(QWidget* parent, const QString& title);
/// Asks for a file to write (QFileDialog::getSaveFileName) named `fileName` in
/// rememberedExportFolder(), and remembers its folder. Returns the path, or an empty string
/// when the user cancelled.
QString chooseExportFile(QWidget* parent, const QString& title, const QString& fileName,
                         const QString& filter);

/// Adds the chart's export actions to `menu`: "Export as PNG…", "Export as SVG…", "Export as
/// PDF…", "Copy image" and "Export data as CSV…" (object names exportPng, exportSvg, exportPdf,
/// copyImage, exportCsv). Each asks what it needs (image size, file name; the file dialog
/// offers every type), writes, and then says where the file went in the status bar of the
/// chart's window, if it has one, for 8 s; a failure shows a message box naming the file.
/// Texts in the language of the moment (build the menu when it is shown).
void addExportActions(QMenu* menu, QWidget* chart, const QString& fileStem);

/// Gives the chart a context menu with addExportActions' actions.
void installExportMenu(QWidget* chart, const QString& fileStem);

/// Asks for the image's width and height in pixels and the size of its text (the width the
/// chart is laid out at); remembers the choice on OK (rememberImageSize).
class ExportImageDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportImageDialog(QWidget* parent = nullptr);
    ExportImageSize imageSize() const;
    void setImageSize(const ExportImageSize& size);
    void accept() override;

private:
    void updateScaleNote();

    QSpinBox* m_width;
    QSpinBox* m_height;
    QComboBox* m_textSize;
    QLabel* m_scaleNote;
};

/// Exports every chart in `charts` as <folder>/<fileStem>.png (never replacing a file: a taken
/// name gets -2, -3, …) with rememberedImageSize(). Returns the files written, or sets *error.
QStringList exportCharts(const QList<ChartHandle>& charts, const QString& folder, QString* error);

}  // namespace ui::charts
