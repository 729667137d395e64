#pragma once

#include <QWidget>

#include <filesystem>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace ui::models {
class RunListModel;
}

namespace ui::panels {

/// The run directories of the workspace folder: open any past run's results without
/// retraining, rename, tag, delete, reveal in the file manager; select several (Ctrl+click,
/// Shift+click) and compare them. The actions on one run need exactly one selected run.
class RunsPage : public QWidget {
    Q_OBJECT

public:
    explicit RunsPage(QWidget* parent = nullptr);
    void setWorkspace(const QString& folder);
    QString workspace() const;
    void refresh();
    models::RunListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// The selected runs' folders, in the list's order.
    QStringList selectedRunFolders() const;
    /// "Compare selected runs" (Ctrl+D): enabled while two or more runs are selected; emits
    /// compareRequested. The window puts it in its Run menu.
    QAction* compareAction() const { return m_compare; }

signals:
    void openRequested(const QString& runFolder);
    void compareRequested(const QStringList& runFolders);
    void workspaceChangeRequested();

private:
    void updateActions();
    int selectedRow() const;
    void renameSelected();
    void tagSelected();
    void deleteSelected();
    void revealSelected();

    models::RunListModel* m_model;
    QTableView* m_view;
    QLabel* m_workspace;
    QAction* m_compare;
    QPushButton* m_compareButton;
    QList<QPushButton*> m_singleRunButtons;  // enabled with exactly one selected run
};

}  // namespace ui::panels
