#include "panels/runs_page.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

#include "models/run_list_model.h"
#include "runs/workspace.h"

namespace ui::panels {

RunsPage::RunsPage(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout();
    m_workspace = new QLabel(this);
    m_workspace->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* change = new QPushButton(tr("Change workspace…"), this);
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    connect(change, &QPushButton::clicked, this, &RunsPage::workspaceChangeRequested);
    connect(refreshButton, &QPushButton::clicked, this, &RunsPage::refresh);
    top->addWidget(m_workspace, 1);
    top->addWidget(refreshButton);
    top->addWidget(change);
    layout->addLayout(top);

    m_model = new models::RunListModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSortIndicator(-1,
                                                 Qt::AscendingOrder);  // newest first, as listed
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit openRequested(QString::fromStdString(m_model->runPath(index.row()).string()));
    });
    layout->addWidget(m_view, 1);

    auto* actions = new QHBoxLayout();
    const struct {
        QString label;
        void (RunsPage::*slot)();
    } buttons[] = {{tr("Rename…"), &RunsPage::renameSelected},
                   {tr("Tag…"), &RunsPage::tagSelected},
                   {tr("Delete…"), &RunsPage::deleteSelected},
                   {tr("Reveal in file manager"), &RunsPage::revealSelected}};
    auto* open = new QPushButton(tr("Open results"), this);
    connect(open, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRow(); row >= 0)
            emit openRequested(QString::fromStdString(m_model->runPath(row).string()));
    });
    actions->addWidget(open);
    m_singleRunButtons << open;

    m_compare = new QAction(tr("&Compare selected runs"), this);
    m_compare->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_compare->setToolTip(
        tr("Compare the selected runs side by side (Ctrl+D). Select two or more runs with "
           "Ctrl+click or Shift+click."));
    connect(m_compare, &QAction::triggered, this, [this] {
        const QStringList folders = selectedRunFolders();
        if (folders.size() >= 2)
            emit compareRequested(folders);
    });
    addAction(m_compare);  // the shortcut works on this page also outside the window's menu
    m_compareButton = new QPushButton(tr("Compare"), this);
    m_compareButton->setToolTip(m_compare->toolTip());
    connect(m_compareButton, &QPushButton::clicked, m_compare, &QAction::trigger);
    actions->addWidget(m_compareButton);

    for (const auto& b : buttons) {
        auto* button = new QPushButton(b.label, this);
        connect(button, &QPushButton::clicked, this, b.slot);
        actions->addWidget(button);
        m_singleRunButtons << button;
    }
    actions->addStretch(1);
    layout->addLayout(actions);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunsPage::updateActions);
    // A model reset clears the selection without selectionChanged.
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunsPage::updateActions);
    updateActions();
}

void RunsPage::updateActions() {
    const auto selected = m_view->selectionModel()->selectedRows().size();
    m_compare->setEnabled(selected >= 2);
    m_compareButton->setEnabled(selected >= 2);
    for (auto* button : m_singleRunButtons)
        button->setEnabled(selected == 1);
}

QStringList RunsPage::selectedRunFolders() const {
    auto rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList folders;
    for (const auto& index : rows)
        folders << QString::fromStdString(m_model->runPath(index.row()).string());
    return folders;
}

void RunsPage::setWorkspace(const QString& folder) {
    m_workspace->setText(tr("Workspace: %1").arg(folder));
    m_model->setWorkspace(folder.toStdString());
    m_view->resizeColumnsToContents();
}

QString RunsPage::workspace() const {
    return QString::fromStdString(m_model->workspace().string());
}

void RunsPage::refresh() {
    setWorkspace(workspace());
}

int RunsPage::selectedRow() const {
    const auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        QMessageBox::information(const_cast<RunsPage*>(this), tr("Runs"),
                                 tr("Select a run first."));
        return -1;
    }
    return rows.front().row();
}

void RunsPage::renameSelected() {
    const int row = selectedRow();
    if (row < 0)
        return;
    const auto& summary = m_model->summary(row);
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename run"), tr("New name:"), QLineEdit::Normal,
                              QString::fromStdString(summary.name), &ok);
    if (!ok || name.isEmpty())
        return;
    std::string error;
    if (!core::runs::renameRun(m_model->runPath(row), name.toStdString(), &error))
        QMessageBox::warning(this, tr("Rename failed"), QString::fromStdString(error));
    refresh();
}

void RunsPage::tagSelected() {
    const int row = selectedRow();
    if (row < 0)
        return;
    bool ok = false;
    const QString tag =
        QInputDialog::getText(this, tr("Tag run"), tr("Tag:"), QLineEdit::Normal,
                              QString::fromStdString(m_model->summary(row).tag), &ok);
    if (!ok)
        return;
    if (auto error = core::runs::setRunTag(m_model->runPath(row), tag.toStdString()))
        QMessageBox::warning(this, tr("Tag failed"), QString::fromStdString(*error));
    refresh();
}

void RunsPage::deleteSelected() {
    const int row = selectedRow();
    if (row < 0)
        return;
    const auto path = m_model->runPath(row);
    if (QMessageBox::question(this, tr("Delete run"),
                              tr("Delete the run folder %1 and everything in it?")
                                  .arg(QString::fromStdString(path.string())),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (auto error = core::runs::deleteRun(path))
        QMessageBox::warning(this, tr("Delete failed"), QString::fromStdString(*error));
    refresh();
}

void RunsPage::revealSelected() {
    const int row = selectedRow();
    if (row < 0)
        return;
    QDesktopServices::openUrl(
        QUrl::fromLocalFile(QString::fromStdString(m_model->runPath(row).string())));
}

}  // namespace ui::panels
