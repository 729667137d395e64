#include "widgets/slurm_dialog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include "i18n/retranslator.h"
#include "models/file_paths.h"

namespace ui::widgets {
namespace {

constexpr auto kPartitionKey = "slurm/partition";
constexpr auto kTimeKey = "slurm/time";
constexpr auto kCpusKey = "slurm/cpus";
constexpr auto kMemoryKey = "slurm/memory";
constexpr auto kCliKey = "slurm/cli";
constexpr auto kWriteOnlyKey = "slurm/writeOnly";

// Slurm's --time forms: minutes, minutes:seconds, hours:minutes:seconds, days-hours,
// days-hours:minutes, days-hours:minutes:seconds.
bool isSlurmTime(const QString& text) {
    static const QRegularExpression re(QStringLiteral(
        "^(\\d+|\\d+:\\d+|\\d+:\\d+:\\d+|\\d+-\\d+|\\d+-\\d+:\\d+|\\d+-\\d+:\\d+:\\d+)$"));
    return re.match(text).hasMatch();
}

// --mem: a number with an optional K, M, G or T; empty: the cluster's default.
bool isSlurmMemory(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^(\\d+[KMGTkmgt]?)?$"));
    return re.match(text).hasMatch();
}

}  // namespace

QString SlurmDialog::defaultCli() {
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(QStringLiteral("ratings-workbench-cli"));
}

core::sweep::SlurmSettings SlurmDialog::rememberedSettings() {
    const QSettings s;
    core::sweep::SlurmSettings settings;
    settings.partition = s.value(kPartitionKey).toString().toStdString();
    settings.time =
        s.value(kTimeKey, QString::fromStdString(settings.time)).toString().toStdString();
    settings.cpusPerTask = std::max(1, s.value(kCpusKey, settings.cpusPerTask).toInt());
    settings.memory =
        s.value(kMemoryKey, QString::fromStdString(settings.memory)).toString().toStdString();
    settings.cli = s.value(kCliKey, defaultCli()).toString().toStdString();
    settings.submit = !s.value(kWriteOnlyKey, false).toBool();
    return settings;
}

SlurmDialog::SlurmDialog(QWidget* parent) : QDialog(parent) {
    const auto remembered = rememberedSettings();
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout();
    // Labels made here (QFormLayout makes none for an empty text); texts set below.
    const auto row = [this, form](QWidget* buddy, auto* field) {
        auto* label = new QLabel(this);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    m_partition = new QLineEdit(QString::fromStdString(remembered.partition), this);
    m_partition->setObjectName(QStringLiteral("slurm.partition"));
    row(m_partition, m_partition);
    m_time = new QLineEdit(QString::fromStdString(remembered.time), this);
    m_time->setObjectName(QStringLiteral("slurm.time"));
    row(m_time, m_time);
    m_cpus = new QSpinBox(this);
    m_cpus->setObjectName(QStringLiteral("slurm.cpus"));
    m_cpus->setRange(1, 256);
    m_cpus->setValue(remembered.cpusPerTask);
    row(m_cpus, m_cpus);
    m_memory = new QLineEdit(QString::fromStdString(remembered.memory), this);
    m_memory->setObjectName(QStringLiteral("slurm.memory"));
    row(m_memory, m_memory);
    auto* cliLine = new QHBoxLayout();
    m_cli = new QLineEdit(models::fromPath(remembered.cli), this);
    m_cli->setObjectName(QStringLiteral("slurm.cli"));
    auto* browse = new QPushButton(this);
    auto* reset = new QPushButton(this);
    cliLine->addWidget(m_cli, 1);
    cliLine->addWidget(browse);
    cliLine->addWidget(reset);
    row(m_cli, cliLine);
    layout->addLayout(form);
    m_writeOnly = new QCheckBox(this);
    m_writeOnly->setObjectName(QStringLiteral("slurm.writeOnly"));
    m_writeOnly->setChecked(!remembered.submit);
    layout->addWidget(m_writeOnly);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SlurmDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SlurmDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("ratings-workbench-cli"),
                                                          QFileInfo(m_cli->text()).absolutePath());
        if (!path.isEmpty())
            m_cli->setText(path);
    });
    connect(reset, &QPushButton::clicked, this, [this] { m_cli->setText(defaultCli()); });
    const auto okText = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setText(m_writeOnly->isChecked() ? tr("&Write the script") : tr("&Start on Slurm"));
    };
    connect(m_writeOnly, &QCheckBox::toggled, this, okText);
    for (auto* edit : {m_time, m_memory, m_cli})
        connect(edit, &QLineEdit::textChanged, this, &SlurmDialog::updateState);

    const auto label = [form](auto* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(form->labelForField(field)))
            l->setText(text);
    };
    auto* texts = new i18n::Retranslator(this);
    texts->add([=, this] {
        setWindowTitle(tr("Run the sweep on Slurm"));
        intro->setText(
            tr("Each training runs as one task of a Slurm job array, wave by wave (TPE: the "
               "start-up trials first, then waves suggested from the finished ones). The sweep "
               "folder must be on a filesystem the nodes share. This page collects the results "
               "every few seconds and submits the next wave. Early termination does not apply "
               "on Slurm."));
        m_partition->setPlaceholderText(tr("the cluster's default"));
        label(m_partition, tr("&Partition:"));
        m_time->setToolTip(
            tr("Time limit of one training, as sbatch reads it: minutes, "
               "hours:minutes:seconds or days-hours:minutes"));
        label(m_time, tr("&Time limit per training:"));
        m_cpus->setToolTip(tr("CPUs of one training; also its number of threads"));
        label(m_cpus, tr("&CPUs per training:"));
        m_memory->setToolTip(tr("Memory of one training, e.g. 4G; empty: the cluster's default"));
        label(m_memory, tr("&Memory per training:"));
        m_cli->setToolTip(tr("ratings-workbench-cli as the cluster's nodes see it"));
        browse->setText(tr("&Browse…"));
        reset->setText(tr("&Default"));
        reset->setToolTip(
            tr("The command-line program installed next to this one: %1").arg(defaultCli()));
        label(cliLine, tr("Command-line &program:"));
        m_writeOnly->setText(tr("Only &write the script (submit it yourself with sbatch)"));
        okText();
        updateState();
    });
    resize(560, sizeHint().height());
}

core::sweep::SlurmSettings SlurmDialog::settings() const {
    core::sweep::SlurmSettings s;
    s.partition = m_partition->text().trimmed().toStdString();
    s.time = m_time->text().trimmed().toStdString();
    s.cpusPerTask = m_cpus->value();
    s.memory = m_memory->text().trimmed().toUpper().toStdString();
    s.cli = m_cli->text().trimmed().toStdString();
    s.submit = !m_writeOnly->isChecked();
    return s;
}

QString SlurmDialog::problem() const {
    if (!isSlurmTime(m_time->text().trimmed()))
        return tr("The time limit must be minutes, hours:minutes:seconds or "
                  "days-hours:minutes (got \"%1\").")
            .arg(m_time->text());
    if (!isSlurmMemory(m_memory->text().trimmed()))
        return tr("The memory must be a number with an optional K, M, G or T, e.g. 4G (got "
                  "\"%1\").")
            .arg(m_memory->text());
    if (m_cli->text().trimmed().isEmpty())
        return tr("Give the path of ratings-workbench-cli as the nodes see it.");
    return {};
}

void SlurmDialog::updateState() {
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
}

void SlurmDialog::accept() {
    updateState();
    if (!problem().isEmpty())
        return;
    const auto s = settings();
    QSettings q;
    q.setValue(kPartitionKey, QString::fromStdString(s.partition));
    q.setValue(kTimeKey, QString::fromStdString(s.time));
    q.setValue(kCpusKey, s.cpusPerTask);
    q.setValue(kMemoryKey, QString::fromStdString(s.memory));
    q.setValue(kCliKey, models::fromPath(s.cli));
    q.setValue(kWriteOnlyKey, !s.submit);
    QDialog::accept();
}

}  // namespace ui::widgets
