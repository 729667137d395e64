#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

#include "sweep/sweep_spec.h"

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QVBoxLayout;

namespace ui::models {
class Session;
}

namespace ui::widgets {

/// The sweep specification as a form: the base configuration (the experiment page's, a YAML
/// configuration file, or the base of a loaded spec file), the swept parameters (any field of
/// core::config::configFields(), each with a list of values or a range: low, high, linear or
/// log, and grid steps), strategy, trials, startup trials, seed, repeats, objective, budget and
/// early termination. On every edit it builds a core::sweep::SweepSpec, writes it with
/// sweepSpecToYaml and parses that back with parseSweepSpec, so that core's checks are the
/// only ones; each error is shown in place next to the widget of the key it names (and listed
/// by problems()), and the planned trial count follows live. Loads and saves spec YAML files;
/// remembers the last one. Numbers are shown with the UI language's decimal separator; both
/// separators are accepted. Values in a list are separated by ';'. GUI thread only.
///
/// Widgets have object names for tests and automation: base.session, base.file, base.spec,
/// strategy, trials, startup_trials, seed, repeats, objective.metric, objective.direction,
/// budget.max_trials, budget.max_wall_seconds, early_termination.kind (and .warmup_epochs,
/// .min_trials, .min_epochs, .reduction_factor); parameter row i: parameterN.key, .kind,
/// .values, .low, .high, .scale, .steps, .remove, .error.
class SweepEditor : public QWidget {
    Q_OBJECT

public:
    explicit SweepEditor(models::Session* session, QWidget* parent = nullptr);
    ~SweepEditor() override;

    /// The spec as core parsed it back, with its errors (empty when valid).
    const core::sweep::SweepSpecLoad& result() const { return m_result; }
    bool isValid() const { return m_problems.isEmpty(); }
    /// Every problem, naming the key ("`parameters.training.learning_rate.range.low` must be >
    /// 0 for a log scale (got 0)"), in the order of the form.
    QStringList problems() const { return m_problems; }
    /// plannedTrials() of the valid spec, or −1.
    int plannedTrials() const;
    /// The message shown in place for `key` (a parameter row answers for every key under
    /// "parameters.<its field>"), or empty.
    QString errorShownFor(const QString& key) const;

    /// Fills the form with `spec`; its base becomes the "specification's base" (named by
    /// `source`).
    void setSpec(const core::sweep::SweepSpec& spec, const QString& source);
    /// Reads a spec file (errors, with file and line, are shown and returned false; the form is
    /// then unchanged). Remembers it as the last spec file.
    bool loadFile(const QString& path);
    /// Writes the spec as YAML (valid specs only). Remembers it as the last spec file.
    bool saveFile(const QString& path, QString* error = nullptr);
    void chooseAndLoad();
    bool saveAs();
    /// The spec file the form equals (loaded or saved and not edited since), or empty.
    QString specFile() const;

    /// Adds a parameter row for `key` with a default list or range (from the base's value);
    /// returns its index.
    int addParameter(const QString& key);
    void removeParameter(int index);
    int parameterCount() const { return int(m_rows.size()); }

signals:
    /// After any change of the form or its result.
    void changed();

private:
    struct ParameterRow;
    void build();
    QWidget* section(const QString& title, QVBoxLayout* into, QLabel** error);
    ParameterRow* createRow();
    void retranslate();
    void retranslateRow(ParameterRow& row);
    void fillDefaults(ParameterRow& row);
    void updateRowWidgets(ParameterRow& row);
    void renameRows();
    void updateVisibility();
    void validate();
    core::config::ExperimentConfig baseConfig(QString* error) const;
    void showErrors(const std::vector<std::pair<QString, QString>>& errors);
    QLabel* labelFor(const QString& key, QWidget** widget) const;
    void clearMarks();
    void chooseBaseFile();
    void setBaseFile(const QString& path);

    models::Session* m_session;
    core::sweep::SweepSpecLoad m_result;
    QStringList m_problems;
    bool m_filling = false;

    // base
    QRadioButton* m_baseSession;
    QRadioButton* m_baseFile;
    QRadioButton* m_baseSpec;
    QButtonGroup* m_baseGroup;
    QLabel* m_baseFileLabel;
    QPushButton* m_baseFileButton;
    QString m_baseFilePath;
    std::unique_ptr<core::config::ExperimentConfig> m_baseFileConfig;  // read when chosen
    QString m_baseFileError;
    std::unique_ptr<core::config::ExperimentConfig> m_specBase;  // of the loaded spec
    QString m_specBaseSource;
    QLabel* m_baseError;
    std::vector<QGroupBox*> m_sections;  // base, parameters, search, objective, budget, early t.
    // parameters
    QLabel* m_parametersHint;
    QPushButton* m_addParameter;
    QVBoxLayout* m_rowsLayout;
    std::vector<std::unique_ptr<ParameterRow>> m_rows;
    QLabel* m_parametersError;
    // search
    QComboBox* m_strategy;
    QSpinBox* m_trials;
    QSpinBox* m_startupTrials;
    QSpinBox* m_seed;
    QSpinBox* m_repeats;
    QLabel* m_searchError;
    // objective
    QComboBox* m_metric;
    QComboBox* m_direction;
    QLabel* m_objectiveError;
    // budget
    QSpinBox* m_maxTrials;
    QSpinBox* m_maxWallSeconds;
    QLabel* m_budgetError;
    // early termination
    QComboBox* m_termination;
    QSpinBox* m_warmupEpochs;
    QSpinBox* m_minTrials;
    QSpinBox* m_minEpochs;
    QSpinBox* m_reductionFactor;
    QLabel* m_terminationError;
    // summary
    QLabel* m_planned;
    QLabel* m_otherError;
    QString m_specFile;
    std::string m_specFileYaml;  // sweepSpecToYaml of the spec as loaded or saved
};

}  // namespace ui::widgets
