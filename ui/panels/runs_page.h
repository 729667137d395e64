#pragma once

#include <QWidget>

#include <filesystem>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;

namespace ui::models {
class RunListModel;
}

namespace ui::panels {

/// The run directories of the workspace folder, with their test metrics and key
/// hyperparameters as sortable columns: open any past run's results without retraining,
/// rename, tag, delete, reveal in the file manager, copy the path; select several (Ctrl+click,
/// Shift+click) to compare, tag, delete or copy them together. Open, rename and reveal act on
/// one run (exactly one selected); the same actions are in the table's context menu.
class RunsPage : public QWidget {
    Q_OBJECT

public:
    explicit RunsPage(QWidget* parent = nullptr);
    void setWorkspace(const QString& folder);
    QString workspace() const;
    /// Re-reads the workspace, keeping the selection (by folder) where the runs still exist.
    void refresh();
    models::RunListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// The selected runs' folders, in the list's order.
    QStringList selectedRunFolders() const;
    /// Selects these run folders (those in the list), the first one current.
    void selectRunFolders(const QStringList& folders);
    /// "Compare selected runs" (Ctrl+D): enabled while two or more runs are selected; emits
    /// compareRequested. The window puts it in its Run menu.
    QAction* compareAction() const { return m_compare; }
    /// The table's context menu, built for the current selection (the caller owns it).
    QMenu* createContextMenu(QWidget* parent);

    // The actions of the buttons and the context menu (also for tests and scripts).
    QAction* openAction() const { return m_open; }
    QAction* renameAction() const { return m_rename; }
    QAction* tagAction() const { return m_tag; }
    QAction* deleteAction() const { return m_delete; }
    QAction* revealAction() const { return m_reveal; }
    QAction* copyPathAction() const { return m_copyPath; }

signals:
    void openRequested(const QString& runFolder);
    void compareRequested(const QStringList& runFolders);
    void workspaceChangeRequested();

private:
    void updateActions();
    /// The run folder of the current row when exactly one run is selected, else empty.
    QString singleSelectedFolder() const;
    void openSelected();
    void renameSelected();
    void tagSelected();
    void deleteSelected();
    void revealSelected();
    void copySelectedPaths();

    models::RunListModel* m_model;
    QTableView* m_view;
    QLabel* m_workspace;
    QString m_folder;
    QAction* m_open;
    QAction* m_compare;
    QAction* m_rename;
    QAction* m_tag;
    QAction* m_delete;
    QAction* m_reveal;
    QAction* m_copyPath;
    QAction* m_refresh;
};

}  // namespace ui::panels
