#pragma once

#include <QDialog>

#include "sweep/slurm.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ui::widgets {

/// Asks how a sweep is handed to Slurm (core::sweep::SlurmSettings): partition, time limit and
/// CPUs and memory of one training, the path of ratings-workbench-cli as the cluster's nodes
/// see it (default: the one installed next to this program), and whether to only write the
/// sbatch script. Remembers the last answers. Checks what it can here (a time limit Slurm
/// reads, a CLI path); whether the nodes see that path it cannot know. GUI thread only.
///
/// Object names for tests: slurm.partition, slurm.time, slurm.cpus, slurm.memory, slurm.cli,
/// slurm.writeOnly.
class SlurmDialog : public QDialog {
    Q_OBJECT

public:
    explicit SlurmDialog(QWidget* parent = nullptr);

    core::sweep::SlurmSettings settings() const;
    /// Empty when the answers can be used, else why not.
    QString problem() const;

    /// The answers remembered from the last time (defaults the first time), without a dialog.
    static core::sweep::SlurmSettings rememberedSettings();
    /// The CLI installed next to this program.
    static QString defaultCli();

    void accept() override;

private:
    void updateState();

    QLineEdit* m_partition;
    QLineEdit* m_time;
    QSpinBox* m_cpus;
    QLineEdit* m_memory;
    QLineEdit* m_cli;
    QCheckBox* m_writeOnly;
    QLabel* m_problem;
};

}  // namespace ui::widgets
