#include "charts/chart_export.h"

#include <qcustomplot.h>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QImageWriter>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace ui::charts {
namespace {

QSize rememberedSize() {
    QSettings s;
    return {s.value("export/width", 1600).toInt(), s.value("export/height", 1000).toInt()};
}

double rememberedScale() {
    return QSettings().value("export/scale", 1.0).toDouble();
}

// A file path that does not exist yet: name.png, name-2.png, …
QString freePath(const QString& folder, const QString& stem) {
    QString path = QDir(folder).filePath(stem + ".png");
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = QDir(folder).filePath(QString("%1-%2.png").arg(stem).arg(i));
    return path;
}

}  // namespace

bool exportChartPng(QWidget* chart, const QString& path, QSize size, double scale, QString* error) {
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (size.width() < 16 || size.height() < 16 || scale <= 0)
        return fail(QObject::tr("invalid image size"));
    if (auto* plot = qobject_cast<QCustomPlot*>(chart)) {
        if (!plot->savePng(path, size.width(), size.height(), scale))
            return fail(QObject::tr("cannot write %1").arg(path));
        return true;
    }
    if (auto* view = qobject_cast<QChartView*>(chart)) {
        QImage image(QSize(qRound(size.width() * scale), qRound(size.height() * scale)),
                     QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
        // Lay the chart out at the requested size, render its scene, and put it back.
        QChart* c = view->chart();
        const QRectF oldGeometry = c->geometry();
        c->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            view->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)),
                                  QRectF(QPointF(0, 0), QSizeF(size)));
        }
        c->setGeometry(oldGeometry);
        QImageWriter writer(path, "png");
        if (!writer.write(image))
            return fail(QObject::tr("cannot write %1: %2").arg(path, writer.errorString()));
        return true;
    }
    return fail(QObject::tr("this widget is not a chart"));
}

void installExportMenu(QWidget* chart, const QString& fileStem) {
    chart->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        chart, &QWidget::customContextMenuRequested, chart, [chart, fileStem](const QPoint& pos) {
            QMenu menu(chart);
            QAction* exportAction = menu.addAction(QObject::tr("Export as PNG…"));
            if (menu.exec(chart->mapToGlobal(pos)) != exportAction)
                return;
            ExportImageDialog sizeDialog(chart->window());
            if (sizeDialog.exec() != QDialog::Accepted)
                return;
            const QString folder =
                QSettings()
                    .value("export/folder",
                           QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                    .toString();
            const QString path = QFileDialog::getSaveFileName(
                chart->window(), QObject::tr("Export chart"), freePath(folder, fileStem),
                QObject::tr("PNG images (*.png)"));
            if (path.isEmpty())
                return;
            QSettings().setValue("export/folder", QFileInfo(path).absolutePath());
            QString error;
            if (!exportChartPng(chart, path, sizeDialog.imageSize(), sizeDialog.scale(), &error))
                QMessageBox::warning(chart->window(), QObject::tr("Export failed"), error);
        });
}

ExportImageDialog::ExportImageDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Image size"));
    auto* form = new QFormLayout(this);
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (auto* box : {m_width, m_height}) {
        box->setRange(200, 8000);
        box->setSuffix(tr(" px"));
    }
    const QSize size = rememberedSize();
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    m_scale = new QComboBox(this);
    m_scale->addItem(tr("1× (96 dpi)"), 1.0);
    m_scale->addItem(tr("2× (192 dpi)"), 2.0);
    m_scale->addItem(tr("3× (288 dpi)"), 3.0);
    m_scale->setCurrentIndex(std::max(0, m_scale->findData(rememberedScale())));
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Resolution:"), m_scale);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QSize ExportImageDialog::imageSize() const {
    return {m_width->value(), m_height->value()};
}
double ExportImageDialog::scale() const {
    return m_scale->currentData().toDouble();
}

void ExportImageDialog::accept() {
    QSettings s;
    s.setValue("export/width", m_width->value());
    s.setValue("export/height", m_height->value());
    s.setValue("export/scale", scale());
    QDialog::accept();
}

QStringList exportCharts(const QList<ChartHandle>& charts, const QString& folder, QString* error) {
    QStringList written;
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QObject::tr("cannot create %1").arg(folder);
        return written;
    }
    for (const auto& chart : charts) {
        const QString path = freePath(folder, chart.fileStem);
        if (!exportChartPng(chart.widget, path, rememberedSize(), rememberedScale(), error))
            return written;
        written << path;
    }
    return written;
}

}  // namespace ui::charts
