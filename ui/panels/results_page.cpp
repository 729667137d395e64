#include "panels/results_page.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

#include "charts/loss_chart.h"
#include "charts/result_plots.h"
#include "i18n/locale_text.h"
#include "i18n/retranslator.h"
#include "model/trained_model.h"
#include "models/movielens_labels.h"
#include "models/session.h"
#include "models/training_history.h"
#include "training/training_messages.h"
#include "widgets/metric_card.h"

namespace ui::panels {

QString formatMetric(double value) {
    return i18n::number(value, 4);
}

PredictionPattern predictionPattern(const std::vector<float>& predictedStars) {
    PredictionPattern pattern;
    if (predictedStars.empty())
        return pattern;
    // Counted at a hundredth of a star: a model whose output saturates (a ReLU that died, a
    // clamp) puts a large share of its predictions on one value. One count per hundredth
    // between the lowest and the highest prediction (a few hundred), no hashing: a full-size
    // test set has millions of predictions.
    const auto [low, high] = std::minmax_element(predictedStars.begin(), predictedStars.end());
    const long first = std::lround(double(*low) * 100);
    std::vector<std::int64_t> counts(std::size_t(std::lround(double(*high) * 100) - first + 1), 0);
    std::int64_t outside = 0;
    for (const float p : predictedStars) {
        ++counts[std::size_t(std::lround(double(p) * 100) - first)];
        outside += p < 1.0f || p > 5.0f;
    }
    // The lowest of the most frequent values.
    const auto most = std::max_element(counts.begin(), counts.end());
    const long mode = first + long(most - counts.begin());
    const double n = double(predictedStars.size());
    pattern.commonValue = double(mode) / 100;
    pattern.commonShare = double(*most) / n;
    pattern.outsideShare = double(outside) / n;
    return pattern;
}

ResultsPage::ResultsPage(models::Session* session, QWidget* parent)
    : QWidget(parent), m_session(session) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    m_header = new QLabel(content);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);

    auto* cards = new QHBoxLayout();
    for (const char* key : {"rmse", "mae", "r2", "precision", "ndcg_notebook", "ndcg"}) {
        auto* card = new widgets::MetricCard(QString(), QString(), content);
        card->setObjectName(QStringLiteral("card_%1").arg(QLatin1String(key)));
        m_cards.insert(QString::fromLatin1(key), card);
        cards->addWidget(card);
    }
    layout->addLayout(cards);
    // Patterns a metric hides: many predictions on one value, predictions outside 1–5 stars.
    m_pattern = new QLabel(content);
    m_pattern->setObjectName(QStringLiteral("predictionPattern"));
    m_pattern->setWordWrap(true);
    layout->addWidget(m_pattern);

    auto* viewRow = new QHBoxLayout();
    m_view = new QComboBox(content);
    m_view->addItem(QString());
    m_view->addItem(QString());
    auto* viewLabel = new QLabel(content);
    auto* hint = new QLabel(content);
    hint->setWordWrap(true);
    viewRow->addWidget(viewLabel);
    viewRow->addWidget(m_view);
    viewRow->addWidget(hint, 1);
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
    auto* texts = new i18n::Retranslator(this);
    texts->add([=, this] {
        // Stars lead: a user thinks in stars; the notebook's normalised value stays below.
        const QString k = QString::number(m_session->config().evaluation.k);
        m_cards["rmse"]->setTitle(
            tr("RMSE (stars)"),
            tr("Root mean squared error on the test set, in stars; below: on normalised ratings "
               "(stars / 5), as the notebook prints it."));
        m_cards["mae"]->setTitle(tr("MAE (stars)"),
                                 tr("Mean absolute error on the test set, in stars; below: "
                                    "normalised (stars / 5)."));
        m_cards["r2"]->setTitle(tr("R²"), tr("Share of the test ratings' variance the model "
                                             "explains (1 is perfect, 0 is the mean)."));
        m_cards["precision"]->setTitle(
            tr("Precision@%1").arg(k),
            tr("Per user: relevant items (≥ threshold) among the k best-predicted test items, "
               "divided by k (as the notebook), averaged over users."));
        m_cards["ndcg_notebook"]->setTitle(
            tr("NDCG@%1 (notebook-compatible)").arg(k),
            tr("The notebook's NDCG: its ideal ranking sorts only the top-k slice, so relevant "
               "items ranked below k are ignored. Comparable with the notebook's 0.9338."));
        m_cards["ndcg"]->setTitle(
            tr("NDCG@%1 (correct)").arg(k),
            tr("NDCG with the ideal ranking built from all of the user's relevant test items."));
        m_view->setItemText(0, tr("Predicted vs. actual: jittered points"));
        m_view->setItemText(1, tr("Predicted vs. actual: box plot per star"));
        viewLabel->setText(tr("View:"));
        hint->setText(
            tr("Drag to pan, wheel to zoom, double-click to reset; right-click to "
               "export (PNG, SVG, PDF, CSV, clipboard)."));
        showRun();
    });
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
    m_pattern->clear();
    m_pattern->setVisible(false);
    if (!run) {
        m_header->setText(tr("No results yet: train a model or open a saved run."));
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
    const QString model = run->model ? i18n::text(run->model->shape().describeText())
                                     : QString::fromStdString(s.model);
    m_header->setText(
        tr("<b>%1</b> %2 — %3%4<br>Model: %5<br>Data: %6 · split %7 / %8 / %9 (train / "
           "validation / test) · best epoch %10 of %11 · %12 s on %13 (%14)")
            .arg(
                QString::fromStdString(s.name).toHtmlEscaped(),
                s.tag.empty() ? QString()
                              : "[" + QString::fromStdString(s.tag).toHtmlEscaped() + "]",
                models::runStatusLabel(s.status),
                s.message.empty()
                    ? QString()
                    : ": " + i18n::text(core::training::trainingMessage(s.message)).toHtmlEscaped(),
                model.toHtmlEscaped(), QString::fromStdString(s.dataFolder).toHtmlEscaped(),
                i18n::count(s.trainSize), i18n::count(s.validationSize), i18n::count(s.testSize))
            .arg(s.bestEpoch)
            .arg(s.epochs)
            .arg(i18n::number(s.trainingSeconds, 1),
                 QString::fromStdString(s.deviceName).toHtmlEscaped(),
                 models::trainingStepLabel(s.trainingStep)));
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
    m_cards["rmse"]->setValue(formatMetric(reg.rmseStars()),
                              tr("%1 normalised").arg(formatMetric(reg.rmse)));
    m_cards["mae"]->setValue(formatMetric(reg.maeStars()),
                             tr("%1 normalised").arg(formatMetric(reg.mae)));
    m_cards["r2"]->setValue(formatMetric(reg.r2),
                            tr("%1 test ratings").arg(i18n::count(reg.count)));
    m_cards["precision"]->setValue(
        formatMetric(rank.precision),
        tr("k = %1, relevant ≥ %2★").arg(k, QLocale().toString(rank.threshold * 5, 'g', 3)));
    m_cards["ndcg_notebook"]->setValue(formatMetric(rank.ndcgNotebook),
                                       tr("%1 users").arg(i18n::count(rank.users)));
    m_cards["ndcg"]->setValue(formatMetric(rank.ndcg), tr("ideal from all relevant items"));

    const auto& p = r.predictions;
    std::vector<float> actual(p.size()), predicted(p.size()), residual(p.size());
    for (std::size_t i = 0; i < p.size(); ++i) {
        actual[i] = p.truth[i] * 5.0f;
        predicted[i] = p.predicted[i] * 5.0f;
        residual[i] = actual[i] - predicted[i];
    }
    const PredictionPattern pattern = predictionPattern(predicted);
    QStringList notes;
    if (pattern.commonShare >= 0.02)
        notes << tr("%1 of the predictions are the same value, %2 stars: the model's output "
                    "saturates there (look for a floor or a ceiling in the plots).")
                     .arg(i18n::percent(pattern.commonShare, 1),
                          i18n::number(pattern.commonValue, 2));
    if (pattern.outsideShare > 0)
        notes << tr("%1 of the predictions lie outside 1–5 stars (the metrics use them as they "
                    "are).")
                     .arg(i18n::percent(pattern.outsideShare, 1));
    m_pattern->setText(notes.join(QLatin1Char(' ')));
    m_pattern->setVisible(!notes.isEmpty());
    m_histogram->setErrors(residual);
    m_residuals->setData(predicted, residual);
    // Moved, not copied: the scatter keeps them, and a copy of millions costs more than
    // binning them.
    m_scatter->setData(std::move(actual), std::move(predicted));
}

}  // namespace ui::panels
