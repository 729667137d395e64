#include "panels/runs_page.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

#include "i18n/retranslator.h"
#include "models/file_paths.h"
#include "models/run_list_model.h"
#include "runs/workspace.h"

namespace ui::panels {
namespace {

// A push button that triggers `action` and follows its enabled state.
QPushButton* buttonFor(QAction* action, QWidget* parent) {
    auto* button = new QPushButton(parent);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button,
                     [button, action] { button->setEnabled(action->isEnabled()); });
    button->setEnabled(action->isEnabled());
    return button;
}

}  // namespace

RunsPage::RunsPage(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout();
    m_workspace = new QLabel(this);
    m_workspace->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* change = new QPushButton(this);
    auto* refreshButton = new QPushButton(this);
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
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit openRequested(models::fromPath(m_model->runPath(index.row())));
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu* menu = createContextMenu(this);
        menu->exec(m_view->viewport()->mapToGlobal(pos));
        delete menu;
    });
    layout->addWidget(m_view, 1);

    m_open = new QAction(this);
    connect(m_open, &QAction::triggered, this, &RunsPage::openSelected);
    m_compare = new QAction(this);
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_compare, &QAction::triggered, this, [this] {
        const QStringList folders = selectedRunFolders();
        if (folders.size() >= 2)
            emit compareRequested(folders);
    });
    addAction(m_compare);  // the shortcut works on this page also outside the window's menu
    m_rename = new QAction(this);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_rename, &QAction::triggered, this, &RunsPage::renameSelected);
    m_tag = new QAction(this);
    connect(m_tag, &QAction::triggered, this, &RunsPage::tagSelected);
    m_delete = new QAction(this);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &RunsPage::deleteSelected);
    m_reveal = new QAction(this);
    connect(m_reveal, &QAction::triggered, this, &RunsPage::revealSelected);
    m_copyPath = new QAction(this);
    connect(m_copyPath, &QAction::triggered, this, &RunsPage::copySelectedPaths);
    m_refresh = new QAction(this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &RunsPage::refresh);
    // Keys that act on the table's selection work while the table has the focus.
    for (auto* action : {m_rename, m_delete, m_refresh}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
    }

    auto* actions = new QHBoxLayout();
    auto* open = buttonFor(m_open, this);
    auto* compare = buttonFor(m_compare, this);
    auto* rename = buttonFor(m_rename, this);
    auto* tag = buttonFor(m_tag, this);
    auto* remove = buttonFor(m_delete, this);
    auto* reveal = buttonFor(m_reveal, this);
    for (auto* button : {open, compare, rename, tag, remove, reveal})
        actions->addWidget(button);
    actions->addStretch(1);
    layout->addLayout(actions);

    auto* texts = new i18n::Retranslator(this);
    texts->add([=, this] {
        m_workspace->setText(tr("Workspace: %1").arg(m_folder));
        change->setText(tr("Change workspace…"));
        refreshButton->setText(tr("Refresh"));
        m_refresh->setText(tr("R&efresh"));
        m_open->setText(tr("&Open results"));
        m_open->setToolTip(tr("Show this run's results and per-user tables (double-click a run)."));
        open->setText(tr("Open results"));
        m_compare->setText(tr("&Compare selected runs"));
        m_compare->setToolTip(
            tr("Compare the selected runs side by side (Ctrl+D). Select two or more runs with "
               "Ctrl+click or Shift+click."));
        compare->setText(tr("Compare"));
        compare->setToolTip(m_compare->toolTip());
        m_rename->setText(tr("&Rename…"));
        rename->setText(tr("Rename…"));
        m_tag->setText(tr("&Tag…"));
        m_tag->setToolTip(tr("Set the tag of the selected runs."));
        tag->setText(tr("Tag…"));
        tag->setToolTip(m_tag->toolTip());
        m_delete->setText(tr("&Delete…"));
        m_delete->setToolTip(tr("Delete the selected run folders (asks first)."));
        remove->setText(tr("Delete…"));
        remove->setToolTip(m_delete->toolTip());
        m_reveal->setText(tr("Reveal in &file manager"));
        reveal->setText(tr("Reveal in file manager"));
        m_copyPath->setText(tr("Copy &path"));
        m_copyPath->setToolTip(tr("Copy the selected runs' folders, one per line."));
        m_model->refreshTexts();
    });

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunsPage::updateActions);
    // A model reset clears the selection without selectionChanged.
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunsPage::updateActions);
    updateActions();
}

QMenu* RunsPage::createContextMenu(QWidget* parent) {
    updateActions();
    auto* menu = new QMenu(parent);
    menu->addAction(m_open);
    menu->addAction(m_compare);
    menu->addSeparator();
    menu->addAction(m_rename);
    menu->addAction(m_tag);
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_reveal);
    menu->addAction(m_copyPath);
    menu->addSeparator();
    menu->addAction(m_refresh);
    return menu;
}

void RunsPage::updateActions() {
    const auto selected = m_view->selectionModel()->selectedRows().size();
    m_compare->setEnabled(selected >= 2);
    for (auto* action : {m_open, m_rename, m_reveal})
        action->setEnabled(selected == 1);
    for (auto* action : {m_tag, m_delete, m_copyPath})
        action->setEnabled(selected >= 1);
}

QStringList RunsPage::selectedRunFolders() const {
    auto rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList folders;
    for (const auto& index : rows)
        folders << models::fromPath(m_model->runPath(index.row()));
    return folders;
}

void RunsPage::selectRunFolders(const QStringList& folders) {
    auto* selection = m_view->selectionModel();
    selection->clearSelection();
    bool first = true;
    for (const auto& folder : folders) {
        const int row = m_model->rowOf(models::toPath(folder));
        if (row < 0)
            continue;
        const auto flags = QItemSelectionModel::Select | QItemSelectionModel::Rows;
        selection->select(m_model->index(row, 0), flags);
        if (first)
            selection->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
        first = false;
    }
    updateActions();
}

QString RunsPage::singleSelectedFolder() const {
    const auto rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return {};
    return models::fromPath(m_model->runPath(rows.front().row()));
}

void RunsPage::setWorkspace(const QString& folder) {
    m_folder = folder;
    m_workspace->setText(tr("Workspace: %1").arg(folder));
    m_model->setWorkspace(models::toPath(folder));
    m_view->resizeColumnsToContents();
}

QString RunsPage::workspace() const {
    return models::fromPath(m_model->workspace());
}

void RunsPage::refresh() {
    const QStringList selected = selectedRunFolders();
    setWorkspace(workspace());
    selectRunFolders(selected);
}

void RunsPage::openSelected() {
    if (const QString folder = singleSelectedFolder(); !folder.isEmpty())
        emit openRequested(folder);
}

void RunsPage::renameSelected() {
    const QString folder = singleSelectedFolder();
    if (folder.isEmpty())
        return;
    const int row = m_model->rowOf(models::toPath(folder));
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename run"), tr("New name:"), QLineEdit::Normal,
                              QString::fromStdString(m_model->summary(row).name), &ok);
    if (!ok || name.isEmpty())
        return;
    std::string error;
    const auto renamed = core::runs::renameRun(models::toPath(folder), name.toStdString(), &error);
    if (!renamed)
        QMessageBox::warning(this, tr("Rename failed"), QString::fromStdString(error));
    setWorkspace(workspace());
    selectRunFolders({renamed ? models::fromPath(*renamed) : folder});
}

void RunsPage::tagSelected() {
    const QStringList folders = selectedRunFolders();
    if (folders.isEmpty())
        return;
    // The tag they share, if they share one, is the starting text.
    QString common;
    for (int i = 0; i < folders.size(); ++i) {
        const QString tag = QString::fromStdString(
            m_model->summary(m_model->rowOf(models::toPath(folders[i]))).tag);
        if (i == 0)
            common = tag;
        else if (tag != common)
            common.clear();
    }
    bool ok = false;
    const QString title =
        folders.size() == 1 ? tr("Tag run") : tr("Tag %n runs", nullptr, int(folders.size()));
    const QString tag =
        QInputDialog::getText(this, title, tr("Tag:"), QLineEdit::Normal, common, &ok);
    if (!ok)
        return;
    QStringList errors;
    for (const auto& folder : folders)
        if (auto error = core::runs::setRunTag(models::toPath(folder), tag.toStdString()))
            errors << QString::fromStdString(*error);
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("Tag failed"), errors.join('\n'));
    refresh();
}

void RunsPage::deleteSelected() {
    const QStringList folders = selectedRunFolders();
    if (folders.isEmpty())
        return;
    QString question;
    if (folders.size() == 1) {
        question = tr("Delete the run folder %1 and everything in it?").arg(folders.front());
    } else {
        QStringList names;
        for (const auto& folder : folders)
            names << models::fromPath(models::toPath(folder).filename());
        question = tr("Delete these %n run folders from %1 and everything in them?\n\n%2", nullptr,
                      int(folders.size()))
                       .arg(workspace(), names.join('\n'));
    }
    const QString title =
        folders.size() == 1 ? tr("Delete run") : tr("Delete %n runs", nullptr, int(folders.size()));
    if (QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QStringList errors;
    for (const auto& folder : folders)
        if (auto error = core::runs::deleteRun(models::toPath(folder)))
            errors << QString::fromStdString(*error);
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("Delete failed"), errors.join('\n'));
    refresh();
}

void RunsPage::revealSelected() {
    if (const QString folder = singleSelectedFolder(); !folder.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void RunsPage::copySelectedPaths() {
    const QStringList folders = selectedRunFolders();
    if (!folders.isEmpty())
        QGuiApplication::clipboard()->setText(folders.join('\n'));
}

}  // namespace ui::panels
