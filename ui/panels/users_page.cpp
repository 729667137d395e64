#include "panels/users_page.h"

#include <QCompleter>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

#include "models/csv_text.h"
#include "models/movielens_labels.h"
#include "models/session.h"
#include "models/user_top_k_models.h"

namespace ui::panels {
namespace {

QTableView* tableFor(QAbstractItemModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    return view;
}

}  // namespace

UsersPage::UsersPage(models::Session* session, QWidget* parent)
    : QWidget(parent), m_session(session) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout();
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userId"));
    m_user->setPlaceholderText(tr("UserID"));
    m_user->setValidator(new QIntValidator(1, 100000000, m_user));
    m_user->setMaximumWidth(160);
    m_user->setCompleter(new QCompleter(new QStringListModel(m_user), m_user));
    auto* show = new QPushButton(tr("Show"), this);
    connect(show, &QPushButton::clicked, this, [this] { showUser(m_user->text().toInt()); });
    connect(m_user, &QLineEdit::returnPressed, this, [this] { showUser(m_user->text().toInt()); });
    top->addWidget(new QLabel(tr("User:"), this));
    top->addWidget(m_user);
    top->addWidget(show);
    m_info = new QLabel(tr("Train a model or open a run, then pick a user."), this);
    m_info->setWordWrap(true);
    top->addWidget(m_info, 1);
    layout->addLayout(top);
    m_metrics = new QLabel(this);
    m_metrics->setObjectName(QStringLiteral("userMetrics"));
    layout->addWidget(m_metrics);

    m_tested = new models::RankedTestItemsModel(this);
    m_recommended = new models::RecommendationsModel(this);
    for (const bool recs : {false, true}) {
        auto* box = new QGroupBox(recs ? tr("Best-predicted movies the user has not rated")
                                       : tr("The user's test items, ranked by prediction"),
                                  this);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(
            tableFor(recs ? static_cast<QAbstractItemModel*>(m_recommended) : m_tested, box));
        auto* exportButton = new QPushButton(tr("Export CSV…"), box);
        connect(exportButton, &QPushButton::clicked, this, [this, recs] { chooseAndExport(recs); });
        boxLayout->addWidget(exportButton, 0, Qt::AlignRight);
        layout->addWidget(box, 1);
    }
    connect(session, &models::Session::runChanged, this, &UsersPage::onRunChanged);
}

void UsersPage::onRunChanged() {
    const auto& run = m_session->run();
    QStringList ids;
    if (run && run->prepared)
        for (const auto id : run->prepared->userIds)
            ids << QString::number(id);
    static_cast<QStringListModel*>(m_user->completer()->model())->setStringList(ids);
    m_tested->setItems({});
    m_recommended->setItems({});
    m_metrics->clear();
    if (!run)
        return;
    if (!run->prepared || !run->model) {
        m_info->setText(tr("This run's per-user tables need its model and dataset (%1), which are "
                           "not available.")
                            .arg(QString::fromStdString(run->record.summary.dataFolder)));
        return;
    }
    showUser(m_userId && run->prepared->userIndexOf(m_userId) >= 0
                 ? m_userId
                 : run->prepared->userIds.front());
}

bool UsersPage::showUser(int userId) {
    const auto& run = m_session->run();
    if (!run || !run->prepared || !run->model)
        return false;
    const auto& prepared = *run->prepared;
    const auto index = prepared.userIndexOf(userId);
    if (index < 0) {
        m_info->setText(tr("User %1 is not in this run's data (after the filters).").arg(userId));
        return false;
    }
    m_userId = userId;
    m_user->setText(QString::number(userId));
    const auto& user = prepared.user(index);
    const auto& config = run->record.config.evaluation;
    int ratings = 0;
    for (const auto u : prepared.userIndex)
        ratings += u == index;
    m_info->setText(tr("User %1: %2, age %3, %4 · %5 ratings after the filters")
                        .arg(userId)
                        .arg(models::genderLabel(user.gender), models::ageBucketLabel(user.age),
                             models::occupationLabel(user.occupation))
                        .arg(ratings));
    m_tested->setItems(core::model::rankedTestItems(run->record.predictions, prepared, userId,
                                                    config.k, config.relevanceThreshold));
    m_recommended->setItems(core::model::topUnratedMovies(*run->model, prepared, userId, config.k));
    if (run->record.metrics)
        for (const auto& u : run->record.metrics->ranking.perUser)
            if (u.userIndex == index) {
                m_metrics->setText(tr("This user: %1 test items, %2 relevant · Precision@%3 %4 · "
                                      "NDCG@%3 %5 (notebook-compatible) · NDCG@%3 %6 (correct)")
                                       .arg(u.testItems)
                                       .arg(u.relevantItems)
                                       .arg(config.k)
                                       .arg(u.precision, 0, 'f', 4)
                                       .arg(u.ndcgNotebook, 0, 'f', 4)
                                       .arg(u.ndcg, 0, 'f', 4));
                break;
            }
    return true;
}

QString UsersPage::exportCsv(bool recommendationsTable, const QString& path) const {
    const QAbstractItemModel* model =
        recommendationsTable ? static_cast<const QAbstractItemModel*>(m_recommended) : m_tested;
    QStringList header{QStringLiteral("user_id")};
    for (int c = 0; c < model->columnCount(); ++c)
        header << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    QString text = models::csvLine(header) + '\n';
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList row{QString::number(m_userId)};
        for (int c = 0; c < model->columnCount(); ++c)
            row << model->data(model->index(r, c), Qt::DisplayRole).toString();
        text += models::csvLine(row) + '\n';
    }
    return models::writeCsvFile(path, text);
}

void UsersPage::chooseAndExport(bool recommendationsTable) {
    const QString stem = recommendationsTable ? QStringLiteral("user%1_unrated_top%2.csv")
                                              : QStringLiteral("user%1_test_top%2.csv");
    const int k = m_session->run() ? m_session->run()->record.config.evaluation.k : 10;
    const QString folder = QSettings().value("export/folder").toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table"),
                                                      folder + "/" + stem.arg(m_userId).arg(k),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportCsv(recommendationsTable, path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

}  // namespace ui::panels
