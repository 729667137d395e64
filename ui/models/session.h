#pragma once

#include <QObject>

#include <memory>

#include "config/experiment_config.h"
#include "data/movielens_data.h"
#include "data/prepared_dataset.h"
#include "data/validation_report.h"
#include "model/trained_model.h"
#include "runs/run_record.h"

namespace ui::models {

/// A run as the results and per-user pages show it: the saved record, and when available the
/// model and the prepared data it was trained on (needed for the per-user tables).
struct RunView {
    core::runs::RunRecord record;
    std::shared_ptr<const core::model::TrainedModel> model;
    std::shared_ptr<const core::data::PreparedDataset> prepared;
};

/// What the window is working on: the loaded dataset, the experiment config in the form and
/// the run on display. Pages observe it. GUI thread only.
class Session : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    void setDataset(std::shared_ptr<const core::data::MovieLensData> data,
                    core::data::ValidationReport report);
    const std::shared_ptr<const core::data::MovieLensData>& dataset() const { return m_dataset; }
    const core::data::ValidationReport& report() const { return m_report; }

    void setConfig(const core::config::ExperimentConfig& config);
    const core::config::ExperimentConfig& config() const { return m_config; }

    void setRun(std::shared_ptr<const RunView> run);
    const std::shared_ptr<const RunView>& run() const { return m_run; }

signals:
    void datasetChanged();
    void configChanged();
    void runChanged();

private:
    std::shared_ptr<const core::data::MovieLensData> m_dataset;
    core::data::ValidationReport m_report;
    core::config::ExperimentConfig m_config;
    std::shared_ptr<const RunView> m_run;
};

}  // namespace ui::models
