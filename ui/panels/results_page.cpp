#include "panels/results_page.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

#include "charts/loss_chart.h"
#include "charts/result_plots.h"
#include "models/movielens_labels.h"
#include "models/session.h"
#include "models/training_history.h"
#include "widgets/metric_card.h"

namespace ui::panels {

QString formatMetric(double value) {
    return QString::number(value, 'f', 4);
}

ResultsPage::ResultsPage(models::Session* session, QWidget* parent)
    : QWidget(parent), m_session(session) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    m_header = new QLabel(tr("No results yet: train a model or open a saved run."), content);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);

    auto* cards = new QHBoxLayout();
    const struct {
        const char* key;
        QString title, help;
    } specs[] = {
        {"rmse", tr("RMSE"),
         tr("Root mean squared error on the test set. Large: normalised ratings (stars / 5), as "
            "the notebook prints it; below: in stars.")},
        {"mae", tr("MAE"),
         tr("Mean absolute error on the test set, normalised (stars / 5) and in stars.")},
        {"r2", tr("R²"),
         tr("Share of the test ratings' variance the model explains (1 is perfect, 0 is the "
            "mean).")},
        {"precision", tr("Precision@k"),
         tr("Per user: relevant items (≥ threshold) among the k best-predicted test items, divided "
            "by k (as the notebook), averaged over users.")},
        {"ndcg_notebook", tr("NDCG@k (notebook-compatible)"),
         tr("The notebook's NDCG: its ideal ranking sorts only the top-k slice, so relevant items "
            "ranked below k are ignored. Comparable with the notebook's 0.9338.")},
        {"ndcg", tr("NDCG@k (correct)"),
         tr("NDCG with the ideal ranking built from all of the user's relevant test items.")},
    };
    for (const auto& s : specs) {
        auto* card = new widgets::MetricCard(s.title, s.help, content);
        card->setObjectName(QStringLiteral("card_%1").arg(s.key));
        m_cards.insert(QString::fromLatin1(s.key), card);
        cards->addWidget(card);
    }
    layout->addLayout(cards);

    auto* viewRow = new QHBoxLayout();
    m_view = new QComboBox(content);
    m_view->addItem(tr("Predicted vs. actual: jittered points"));
    m_view->addItem(tr("Predicted vs. actual: box plot per star"));
    viewRow->addWidget(new QLabel(tr("View:"), content));
    viewRow->addWidget(m_view);
    viewRow->addWidget(
        new QLabel(tr("Drag to pan, wheel to zoom, double-click to reset; right-click to export."),
                   content),
        1);
    layout->addLayout(viewRow);

    auto* grid = new QGridLayout();
    m_loss = new charts::LossChart(content);
    m_scatter = new charts::PredictionScatterPlot(content);
    m_histogram = new charts::ErrorHistogramPlot(content);
    m_residuals = new charts::ResidualPlot(content);
    for (auto* w : std::initializer_list<QWidget*>{m_loss, m_scatter, m_histogram, m_residuals})
        w->setMinimumHeight(320);
    grid->addWidget(m_loss, 0, 0);
    grid->addWidget(m_scatter, 0, 1);
    grid->addWidget(m_histogram, 1, 0);
    grid->addWidget(m_residuals, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    for (const auto& h : charts())
        charts::installExportMenu(h.widget, h.fileStem);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    connect(m_view, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_scatter->setView(i == 0 ? charts::PredictionScatterPlot::View::Jitter
                                  : charts::PredictionScatterPlot::View::Box);
    });
    connect(session, &models::Session::runChanged, this, &ResultsPage::showRun);
    showRun();
}

QList<charts::ChartHandle> ResultsPage::charts() const {
    return {{m_loss, QStringLiteral("loss_curves")},
            {m_scatter, QStringLiteral("predicted_vs_actual")},
            {m_histogram, QStringLiteral("error_histogram")},
            {m_residuals, QStringLiteral("residuals")}};
}

widgets::MetricCard* ResultsPage::card(const QString& key) const {
    return m_cards.value(key);
}

void ResultsPage::showRun() {
    const auto& run = m_session->run();
    models::TrainingHistory history;
    if (!run) {
        for (auto* c : m_cards)
            c->setValue(QStringLiteral("–"));
        m_loss->showHistory(history, 30);
        m_scatter->setData({}, {});
        m_histogram->setErrors({});
        m_residuals->setData({}, {});
        return;
    }
    const auto& r = run->record;
    const auto& s = r.summary;
    const QLocale locale;
    m_header->setText(
        tr("<b>%1</b> %2 — %3%4<br>Data: %5 · split %6 / %7 / %8 (train / validation / test) · "
           "best epoch %9 of %10 · %11 s on %12 (%13 step)")
            .arg(QString::fromStdString(s.name).toHtmlEscaped(),
                 s.tag.empty() ? QString()
                               : "[" + QString::fromStdString(s.tag).toHtmlEscaped() + "]",
                 models::runStatusLabel(s.status),
                 s.message.empty() ? QString()
                                   : ": " + QString::fromStdString(s.message).toHtmlEscaped(),
                 QString::fromStdString(s.dataFolder).toHtmlEscaped(),
                 locale.toString(qlonglong(s.trainSize)),
                 locale.toString(qlonglong(s.validationSize)),
                 locale.toString(qlonglong(s.testSize)))
            .arg(s.bestEpoch)
            .arg(s.epochs)
            .arg(s.trainingSeconds, 0, 'f', 1)
            .arg(QString::fromStdString(s.deviceName),
                 QString::fromUtf8(core::training::trainingStepText(s.trainingStep))));
    history.setEpochs(r.history);
    m_loss->showHistory(history, r.config.training.maxEpochs);

    if (!r.metrics) {
        for (auto* c : m_cards)
            c->setValue(QStringLiteral("–"), tr("no test metrics (failed run)"));
        m_scatter->setData({}, {});
        m_histogram->setErrors({});
        m_residuals->setData({}, {});
        return;
    }
    const auto& reg = r.metrics->regression;
    const auto& rank = r.metrics->ranking;
    const QString k = QString::number(rank.k);
    m_cards["rmse"]->setValue(formatMetric(reg.rmse),
                              tr("%1 stars").arg(reg.rmseStars(), 0, 'f', 4));
    m_cards["mae"]->setValue(formatMetric(reg.mae), tr("%1 stars").arg(reg.maeStars(), 0, 'f', 4));
    m_cards["r2"]->setValue(formatMetric(reg.r2),
                            tr("%1 test ratings").arg(locale.toString(qlonglong(reg.count))));
    m_cards["precision"]->setValue(
        formatMetric(rank.precision),
        tr("k = %1, relevant ≥ %2★").arg(k).arg(rank.threshold * 5, 0, 'g', 3));
    m_cards["ndcg_notebook"]->setValue(formatMetric(rank.ndcgNotebook),
                                       tr("%1 users").arg(locale.toString(qlonglong(rank.users))));
    m_cards["ndcg"]->setValue(formatMetric(rank.ndcg), tr("ideal from all relevant items"));

    const auto& p = r.predictions;
    std::vector<float> actual(p.size()), predicted(p.size()), residual(p.size());
    for (std::size_t i = 0; i < p.size(); ++i) {
        actual[i] = p.truth[i] * 5.0f;
        predicted[i] = p.predicted[i] * 5.0f;
        residual[i] = actual[i] - predicted[i];
    }
    m_scatter->setData(actual, predicted);
    m_histogram->setErrors(residual);
    m_residuals->setData(predicted, residual);
}

}  // namespace ui::panels
