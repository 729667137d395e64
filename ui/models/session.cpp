#include "models/session.h"

namespace ui::models {

void Session::setDataset(std::shared_ptr<const core::data::MovieLensData> data,
                         core::data::ValidationReport report,
                         std::shared_ptr<const core::data::DatasetOverview> overview) {
    if (data && !overview)
        overview =
            std::make_shared<const core::data::DatasetOverview>(core::data::overviewOf(*data));
    m_dataset = std::move(data);
    m_overview = m_dataset ? std::move(overview) : nullptr;
    m_report = std::move(report);
    emit datasetChanged();
}

void Session::setConfig(const core::config::ExperimentConfig& config) {
    if (config == m_config)
        return;
    m_config = config;
    emit configChanged();
}

void Session::markConfigSaved() {
    m_savedConfig = m_config;
}

void Session::setRun(std::shared_ptr<const RunView> run) {
    m_run = std::move(run);
    emit runChanged();
}

}  // namespace ui::models
