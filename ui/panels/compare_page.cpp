#include "panels/compare_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include "charts/loss_comparison_chart.h"
#include "charts/result_plots.h"
#include "i18n/locale_text.h"
#include "i18n/retranslator.h"
#include "models/config_comparison_model.h"
#include "models/csv_text.h"
#include "models/metric_comparison_model.h"
#include "models/run_comparison.h"
#include "models/training_history.h"

namespace ui::panels {
namespace {

constexpr auto kOnlyDifferencesKey = "compare/onlyDifferences";

QTableView* tableFor(QAbstractItemModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    // Compact rows: the point of these tables is to see many rows at once.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

}  // namespace

ComparePage::ComparePage(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);

    m_sections = new QTabWidget(this);
    layout->addWidget(m_sections, 1);

    // ---- tables ----
    auto* splitter = new QSplitter(Qt::Vertical, m_sections);
    auto* metricsBox = new QWidget(splitter);
    auto* metricsLayout = new QVBoxLayout(metricsBox);
    metricsLayout->setContentsMargins(0, 0, 0, 0);
    auto* metricsTop = new QHBoxLayout();
    auto* metricsTitle = new QLabel(metricsBox);
    metricsTop->addWidget(metricsTitle);
    metricsTop->addStretch(1);
    auto* exportMetrics = new QPushButton(metricsBox);
    metricsTop->addWidget(exportMetrics);
    metricsLayout->addLayout(metricsTop);
    m_metricModel = new models::MetricComparisonModel(this);
    m_metricView = tableFor(m_metricModel, metricsBox);
    metricsLayout->addWidget(m_metricView);

    auto* configBox = new QWidget(splitter);
    auto* configLayout = new QVBoxLayout(configBox);
    configLayout->setContentsMargins(0, 0, 0, 0);
    auto* configTop = new QHBoxLayout();
    auto* configTitle = new QLabel(configBox);
    configTop->addWidget(configTitle);
    m_onlyDifferences = new QCheckBox(configBox);
    configTop->addWidget(m_onlyDifferences);
    configTop->addStretch(1);
    auto* exportConfig = new QPushButton(configBox);
    configTop->addWidget(exportConfig);
    configLayout->addLayout(configTop);
    m_configModel = new models::ConfigComparisonModel(this);
    m_configView = tableFor(m_configModel, configBox);
    configLayout->addWidget(m_configView);
    splitter->addWidget(metricsBox);
    splitter->addWidget(configBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // Room for every metric row at first; the configuration takes the rest.
    const int rowHeight = m_metricView->verticalHeader()->defaultSectionSize();
    splitter->setSizes({rowHeight * 15 + 2 * fontMetrics().height() + 16, 10000});
    m_sections->addTab(splitter, QString());

    // ---- loss curves ----
    m_loss = new charts::LossComparisonChart(m_sections);
    m_sections->addTab(m_loss, QString());

    // ---- two runs ----
    auto* pair = new QWidget(m_sections);
    auto* pairLayout = new QVBoxLayout(pair);
    auto* choose = new QHBoxLayout();
    std::array<QLabel*, 2> runLabels{};
    for (int side = 0; side < 2; ++side) {
        m_run[side] = new QComboBox(pair);
        m_run[side]->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        auto* label = new QLabel(pair);
        runLabels[side] = label;
        label->setBuddy(m_run[side]);
        choose->addWidget(label);
        choose->addWidget(m_run[side]);
        choose->addSpacing(12);
    }
    m_view = new QComboBox(pair);
    m_view->addItem(QString());
    m_view->addItem(QString());
    choose->addWidget(m_view);
    auto* hint = new QLabel(pair);
    hint->setWordWrap(true);  // long in some languages: wraps rather than widening the window
    choose->addWidget(hint, 1);
    pairLayout->addLayout(choose);
    auto* grid = new QGridLayout();
    for (int side = 0; side < 2; ++side) {
        m_scatter[side] = new charts::PredictionScatterPlot(pair);
        m_histogram[side] = new charts::ErrorHistogramPlot(pair);
        grid->addWidget(m_scatter[side], 0, side);
        grid->addWidget(m_histogram[side], 1, side);
        grid->setColumnStretch(side, 1);
    }
    pairLayout->addLayout(grid, 1);
    m_sections->addTab(pair, QString());

    for (const auto& h : charts())
        charts::installExportMenu(h.widget, h.fileStem);
    linkAxes(m_scatter[0], m_scatter[1]);
    linkAxes(m_histogram[0], m_histogram[1]);

    connect(m_onlyDifferences, &QCheckBox::toggled, this, &ComparePage::setOnlyDifferences);
    connect(exportMetrics, &QPushButton::clicked, this, [this] { chooseAndExport(true); });
    connect(exportConfig, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
    for (auto* combo : m_run)
        connect(combo, &QComboBox::currentIndexChanged, this, &ComparePage::showPair);
    connect(m_view, &QComboBox::currentIndexChanged, this, [this](int i) {
        for (auto* plot : m_scatter)
            plot->setView(i == 0 ? charts::PredictionScatterPlot::View::Jitter
                                 : charts::PredictionScatterPlot::View::Box);
    });

    m_onlyDifferences->setChecked(QSettings().value(kOnlyDifferencesKey, false).toBool());
    m_configModel->setOnlyDifferences(m_onlyDifferences->isChecked());
    setComparison(nullptr);

    auto* texts = new i18n::Retranslator(this);
    texts->add([=, this] {
        metricsTitle->setText(
            tr("<b>Outcome and test metrics</b> — the best value of each row is marked green."));
        exportMetrics->setText(tr("Export &metrics as CSV…"));
        configTitle->setText(
            tr("<b>Configuration</b> — settings that differ between the runs are highlighted."));
        m_onlyDifferences->setText(tr("Show &only differences"));
        exportConfig->setText(tr("Export &configuration as CSV…"));
        m_sections->setTabText(0, tr("Metrics and configuration"));
        m_sections->setTabText(1, tr("Loss curves"));
        m_sections->setTabText(2, tr("Two runs side by side"));
        runLabels[0]->setText(tr("Run &A:"));
        runLabels[1]->setText(tr("Run &B:"));
        m_view->setItemText(0, tr("Predicted vs. actual: jittered points"));
        m_view->setItemText(1, tr("Predicted vs. actual: box plot per star"));
        hint->setText(
            tr("Both sides share their axes. Drag to pan, wheel to zoom, "
               "double-click to reset; right-click to export."));
        m_metricModel->refreshTexts();
        m_configModel->refreshTexts();
        updateHeader();
        alignColumns();
        // After the plots' own retranslation (children hear of the change after this page),
        // which puts back their generic titles.
        QTimer::singleShot(0, this, [this] { updatePairTitles(); });
    });
}

QList<charts::ChartHandle> ComparePage::charts() const {
    return {{m_loss, QStringLiteral("compare_loss_curves")},
            {m_scatter[0], QStringLiteral("compare_predicted_vs_actual_a")},
            {m_scatter[1], QStringLiteral("compare_predicted_vs_actual_b")},
            {m_histogram[0], QStringLiteral("compare_error_histogram_a")},
            {m_histogram[1], QStringLiteral("compare_error_histogram_b")}};
}

void ComparePage::setComparison(std::shared_ptr<const models::RunComparison> comparison) {
    m_comparison = std::move(comparison);
    m_metricModel->setComparison(m_comparison);
    m_configModel->setComparison(m_comparison);
    const std::size_t runs = m_comparison ? m_comparison->runs.size() : 0;
    updateHeader();

    QList<charts::RunLossCurves> curves;
    for (std::size_t r = 0; r < runs; ++r) {
        models::TrainingHistory history;
        history.setEpochs(m_comparison->runs[r].history);
        curves.append({m_comparison->name(r), history.trainLoss(), history.validationLoss()});
    }
    m_loss->showRuns(curves);

    for (int side = 0; side < 2; ++side) {
        QSignalBlocker block(m_run[side]);
        m_run[side]->clear();
        for (std::size_t r = 0; r < runs; ++r)
            m_run[side]->addItem(m_comparison->name(r));
        m_run[side]->setCurrentIndex(std::min(side, int(runs) - 1));
    }
    showPair();
    alignColumns();
}

void ComparePage::updateHeader() {
    const std::size_t runs = m_comparison ? m_comparison->runs.size() : 0;
    QString header;
    if (!m_comparison) {
        header =
            tr("Nothing compared yet: select two or more runs on the Runs page and press "
               "Compare (Ctrl+D).");
    } else {
        QStringList names;
        for (std::size_t r = 0; r < runs; ++r)
            names << "<b>" + m_comparison->name(r).toHtmlEscaped() + "</b>";
        header = tr("Comparing %1 runs: %2.")
                     .arg(i18n::count(qint64(runs)), names.join(QStringLiteral(", ")));
        QStringList withoutMetrics;
        for (std::size_t r = 0; r < runs; ++r)
            if (!m_comparison->runs[r].metrics)
                withoutMetrics << m_comparison->name(r).toHtmlEscaped();
        if (!withoutMetrics.isEmpty())
            header += ' ' + tr("Blank where a run has no test metrics (interrupted or failed): %1.")
                                .arg(withoutMetrics.join(QStringLiteral(", ")));
        for (const auto& problem : m_comparison->problems)
            header += "<br>" + problem.toHtmlEscaped();
    }
    m_header->setText(header);
}

void ComparePage::alignColumns() {
    // Each run's column as wide in both tables, so that a run reads straight down the page.
    for (auto* view : {m_metricView, m_configView})
        view->resizeColumnsToContents();
    const int columns = std::max(m_metricModel->columnCount(), m_configModel->columnCount());
    for (int c = 0; c < columns; ++c) {
        const int width = std::max(m_metricView->columnWidth(c), m_configView->columnWidth(c));
        m_metricView->setColumnWidth(c, width);
        m_configView->setColumnWidth(c, width);
    }
}

void ComparePage::setPair(int a, int b) {
    // Both first, then one redraw.
    {
        QSignalBlocker block(m_run[0]);
        m_run[0]->setCurrentIndex(a);
    }
    m_run[1]->setCurrentIndex(b);
    showPair();
}

void ComparePage::showPair() {
    std::array<std::vector<float>, 2> errors;
    for (int side = 0; side < 2; ++side) {
        const int index = m_run[side]->currentIndex();
        const core::runs::RunRecord* run =
            m_comparison && index >= 0 ? &m_comparison->runs[std::size_t(index)] : nullptr;
        std::vector<float> actual, predicted;
        if (run && run->metrics) {
            const auto& p = run->predictions;
            actual.resize(p.size());
            predicted.resize(p.size());
            errors[side].resize(p.size());
            for (std::size_t i = 0; i < p.size(); ++i) {
                actual[i] = p.truth[i] * 5.0f;
                predicted[i] = p.predicted[i] * 5.0f;
                errors[side][i] = actual[i] - predicted[i];
            }
        }
        m_scatter[side]->setData(actual, predicted);
    }
    updatePairTitles();
    // Shared bins and axes: the union of both runs' error ranges, the taller histogram's top.
    auto bins = charts::ErrorHistogramPlot::binRange(errors[0]);
    const auto other = charts::ErrorHistogramPlot::binRange(errors[1]);
    if (bins.lower > bins.upper)
        bins = other;
    else if (other.lower <= other.upper)
        bins = QCPRange(std::min(bins.lower, other.lower), std::max(bins.upper, other.upper));
    double xLower = 0, xUpper = 1, yUpper = 1;
    bool any = false;
    for (int side = 0; side < 2; ++side) {
        m_histogram[side]->setErrors(errors[side], bins.lower, bins.upper);
        if (errors[side].empty())
            continue;
        const auto x = m_histogram[side]->xAxis->range();
        xLower = any ? std::min(xLower, x.lower) : x.lower;
        xUpper = any ? std::max(xUpper, x.upper) : x.upper;
        yUpper = any ? std::max(yUpper, m_histogram[side]->yAxis->range().upper)
                     : m_histogram[side]->yAxis->range().upper;
        any = true;
    }
    m_histogramXLower = xLower;
    m_histogramXUpper = xUpper;
    m_histogramYUpper = yUpper;
    applySharedRanges();
}

void ComparePage::updatePairTitles() {
    for (int side = 0; side < 2; ++side) {
        const int index = m_run[side]->currentIndex();
        const core::runs::RunRecord* run =
            m_comparison && index >= 0 ? &m_comparison->runs[std::size_t(index)] : nullptr;
        const QString name = run ? m_comparison->name(std::size_t(index)) : QString();
        const QString missing = run && !run->metrics ? tr(" (no test predictions)") : QString();
        charts::setPlotTitle(m_scatter[side],
                             run ? tr("Predicted vs. actual — %1%2").arg(name, missing)
                                 : tr("Predicted vs. actual rating"));
        charts::setPlotTitle(
            m_histogram[side],
            run ? tr("Error histogram — %1%2").arg(name, missing) : tr("Error histogram"));
        m_scatter[side]->replot(QCustomPlot::rpQueuedReplot);
        m_histogram[side]->replot(QCustomPlot::rpQueuedReplot);
    }
}

void ComparePage::applySharedRanges() {
    m_linking = true;
    // The scatter plots' own ranges, the wider on both sides: 0.4–5.6 stars, or from 0 where
    // a run has half-star ratings.
    const QCPRange a = m_scatter[0]->starRange(), b = m_scatter[1]->starRange();
    const QCPRange stars(std::min(a.lower, b.lower), std::max(a.upper, b.upper));
    for (int side = 0; side < 2; ++side) {
        m_histogram[side]->xAxis->setRange(m_histogramXLower, m_histogramXUpper);
        m_histogram[side]->yAxis->setRange(0, m_histogramYUpper);
        m_scatter[side]->xAxis->setRange(stars);
        m_scatter[side]->yAxis->setRange(stars);
    }
    m_linking = false;
    for (int side = 0; side < 2; ++side) {
        m_histogram[side]->replot();
        m_scatter[side]->replot();
    }
}

void ComparePage::linkAxes(QCustomPlot* a, QCustomPlot* b) {
    // Panning or zooming one side moves the other the same way.
    const auto mirror = [this](QCPAxis* from, QCPAxis* to) {
        connect(from, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
                [this, to](const QCPRange& range) {
                    if (m_linking)
                        return;
                    m_linking = true;
                    to->setRange(range);
                    m_linking = false;
                    to->parentPlot()->replot(QCustomPlot::rpQueuedReplot);
                });
    };
    mirror(a->xAxis, b->xAxis);
    mirror(a->yAxis, b->yAxis);
    mirror(b->xAxis, a->xAxis);
    mirror(b->yAxis, a->yAxis);
    // Double-click resets to the shared ranges (after the plot's own reset to its data).
    for (auto* plot : {a, b})
        connect(plot, &QCustomPlot::mouseDoubleClick, this, [this] { applySharedRanges(); });
}

void ComparePage::setOnlyDifferences(bool only) {
    if (m_onlyDifferences->isChecked() != only) {
        m_onlyDifferences->setChecked(only);  // comes back here through toggled
        return;
    }
    QSettings().setValue(kOnlyDifferencesKey, only);
    m_configModel->setOnlyDifferences(only);
    alignColumns();
}

QString ComparePage::exportMetricsCsv(const QString& path) const {
    return models::writeCsvFile(path, m_metricModel->toCsv());
}

QString ComparePage::exportConfigCsv(const QString& path) const {
    return models::writeCsvFile(path, m_configModel->toCsv());
}

void ComparePage::chooseAndExport(bool metrics) {
    if (!m_comparison)
        return;
    const QString path =
        charts::chooseExportFile(this, tr("Export table"),
                                 metrics ? QStringLiteral("compare_metrics.csv")
                                         : QStringLiteral("compare_configuration.csv"),
                                 tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = metrics ? exportMetricsCsv(path) : exportConfigCsv(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

}  // namespace ui::panels
