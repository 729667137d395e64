#pragma once

#include <QObject>

#include <memory>

#include "config/experiment_config.h"
#include "data/dataset_overview.h"
#include "data/movielens_data.h"
#include "data/movielens_reader.h"
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

/// A folder loaded in the background, with its counts.
struct DatasetLoad {
    core::data::MovieLensLoad load;
    std::shared_ptr<const core::data::DatasetOverview> overview;
};

/// What the window is working on: the loaded dataset, the experiment configuration and the run
/// on display. It owns the one copy of each; pages observe it through its signals and read it
/// when they need it. GUI thread only.
class Session : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    /// Replaces the dataset. `overview` is its counts (core::data::overviewOf), computed where
    /// the dataset was loaded; counted here when null.
    void setDataset(std::shared_ptr<const core::data::MovieLensData> data,
                    core::data::ValidationReport report,
                    std::shared_ptr<const core::data::DatasetOverview> overview = nullptr);
    const std::shared_ptr<const core::data::MovieLensData>& dataset() const { return m_dataset; }
    /// The dataset's counts; null when no dataset is loaded.
    const std::shared_ptr<const core::data::DatasetOverview>& overview() const {
        return m_overview;
    }
    const core::data::ValidationReport& report() const { return m_report; }

    /// Replaces the experiment configuration; emits configChanged() when it differs. The
    /// experiment page's form sets only values that pass core's checks; training and the
    /// dataset page's filter counts read it.
    void setConfig(const core::config::ExperimentConfig& config);
    const core::config::ExperimentConfig& config() const { return m_config; }
    /// Records that the configuration now equals its file (just loaded or saved).
    void markConfigSaved();
    /// True when the configuration differs from the one last marked saved (at first the
    /// notebook's defaults, which need no saving).
    bool isConfigDirty() const { return m_config != m_savedConfig; }
    /// What the last loaded or saved file holds (the notebook's values before any).
    const core::config::ExperimentConfig& savedConfig() const { return m_savedConfig; }

    void setRun(std::shared_ptr<const RunView> run);
    const std::shared_ptr<const RunView>& run() const { return m_run; }

signals:
    void datasetChanged();
    void configChanged();
    void runChanged();

private:
    std::shared_ptr<const core::data::MovieLensData> m_dataset;
    std::shared_ptr<const core::data::DatasetOverview> m_overview;
    core::data::ValidationReport m_report;
    core::config::ExperimentConfig m_config;
    core::config::ExperimentConfig m_savedConfig;  // what the last loaded or saved file holds
    std::shared_ptr<const RunView> m_run;
};

}  // namespace ui::models
