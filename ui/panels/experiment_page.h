#pragma once

#include <QWidget>

class QLabel;

namespace ui::widgets {
class ConfigForm;
}
namespace ui::models {
class Session;
}

namespace ui::panels {

/// The experiment's configuration (the session's): a form for every field with live
/// validation, YAML load and save, reset to the notebook's values, whether there are unsaved
/// changes (Session::isConfigDirty) and what device training will use.
class ExperimentPage : public QWidget {
    Q_OBJECT

public:
    ExperimentPage(models::Session* session, QWidget* parent = nullptr);

    widgets::ConfigForm* form() const { return m_form; }
    /// Loads a YAML file into the session's configuration; errors are shown in place (the
    /// configuration is then untouched). Returns success.
    bool loadFile(const QString& path);
    /// Saves the session's configuration to a file; returns success (errors shown in place).
    bool saveFile(const QString& path);
    /// Asks for a file name and saves; false when cancelled or failed.
    bool saveAs();
    /// Asks for a YAML file and loads it.
    void chooseAndLoad();
    void setTrainingActive(bool active);
    /// Puts the notebook's values in the form (the Reset button).
    void resetToNotebook();

signals:
    void trainRequested();

private:
    void updateStatus();
    void updateDeviceText();
    void updateFileText();
    void updateDataNote();

    models::Session* m_session;
    widgets::ConfigForm* m_form;
    QLabel* m_status;
    QLabel* m_file;
    QLabel* m_device;
    QLabel* m_dataNote;  // what the loaded release changes (no user features, half stars)
    QString m_path;
    bool m_trainingActive = false;
};

}  // namespace ui::panels
