#pragma once

#include <QDialog>
#include <QList>
#include <QSize>
#include <QString>

class QSpinBox;
class QComboBox;

namespace ui::charts {

/// A chart that can be exported: the widget (a QCustomPlot or a QChartView) and a file stem.
struct ChartHandle {
    QWidget* widget = nullptr;
    QString fileStem;  ///< e.g. "loss_curves"
};

/// Renders a chart into a PNG of `size` logical pixels at `scale` (device pixel ratio): the
/// file is size × scale pixels. The chart is laid out at the requested size (not a stretched
/// screenshot). Never overwrites silently: the caller picks the path. Returns false and sets
/// *error on failure. GUI thread.
bool exportChartPng(QWidget* chart, const QString& path, QSize size, double scale, QString* error);

/// Adds "Export as PNG…" to the chart's context menu.
void installExportMenu(QWidget* chart, const QString& fileStem);

/// Asks for the image size and resolution; remembers the last choice.
class ExportImageDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportImageDialog(QWidget* parent = nullptr);
    QSize imageSize() const;
    double scale() const;
    void accept() override;

private:
    QSpinBox* m_width;
    QSpinBox* m_height;
    QComboBox* m_scale;
};

/// Exports every chart in `charts` as <folder>/<fileStem>.png with the remembered size.
/// Returns the files written, or sets *error.
QStringList exportCharts(const QList<ChartHandle>& charts, const QString& folder, QString* error);

}  // namespace ui::charts
