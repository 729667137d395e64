#pragma once

#include <QWidget>

#include <filesystem>

class QLabel;
class QTableView;

namespace ui::models {
class RunListModel;
}

namespace ui::panels {

/// The run directories of the workspace folder: open any past run's results without
/// retraining, rename, tag, delete, reveal in the file manager.
class RunsPage : public QWidget {
    Q_OBJECT

public:
    explicit RunsPage(QWidget* parent = nullptr);
    void setWorkspace(const QString& folder);
    QString workspace() const;
    void refresh();
    models::RunListModel* model() const { return m_model; }

signals:
    void openRequested(const QString& runFolder);
    void workspaceChangeRequested();

private:
    int selectedRow() const;
    void renameSelected();
    void tagSelected();
    void deleteSelected();
    void revealSelected();

    models::RunListModel* m_model;
    QTableView* m_view;
    QLabel* m_workspace;
};

}  // namespace ui::panels
