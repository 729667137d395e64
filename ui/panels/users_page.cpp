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
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "charts/chart_export.h"
#include "i18n/locale_text.h"
#include "i18n/retranslator.h"
#include "models/csv_text.h"
#include "models/file_paths.h"
#include "models/movielens_labels.h"
#include "models/session.h"
#include "models/user_top_k_models.h"

namespace ui::panels {
namespace {

// A table whose columns always fit its width (the title and genres take what is left and
// elide, with the full text as a tooltip), so no horizontal scroll bar hides a row.
QTableView* tableFor(QAbstractItemModel* model, const QList<int>& stretched, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const int column : stretched)
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(
        std::max(view->fontMetrics().height() + 8, view->verticalHeader()->minimumSectionSize()));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return view;
}

}  // namespace

UsersPage::UsersPage(models::Session* session, QWidget* parent)
    : QWidget(parent), m_session(session) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(m_scroll);
    auto* layout = new QVBoxLayout(content);

    m_run = new QLabel(content);
    m_run->setObjectName(QStringLiteral("runHeader"));
    m_run->setWordWrap(true);
    m_run->setTextFormat(Qt::RichText);
    m_run->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_run);

    auto* top = new QHBoxLayout();
    m_user = new QLineEdit(content);
    m_user->setObjectName(QStringLiteral("userId"));
    m_user->setValidator(new QIntValidator(1, 100000000, m_user));
    m_user->setMaximumWidth(160);
    m_user->setCompleter(new QCompleter(new QStringListModel(m_user), m_user));
    auto* show = new QPushButton(content);
    connect(show, &QPushButton::clicked, this, [this] { showUser(m_user->text().toInt()); });
    connect(m_user, &QLineEdit::returnPressed, this, [this] { showUser(m_user->text().toInt()); });
    auto* userLabel = new QLabel(content);
    top->addWidget(userLabel);
    top->addWidget(m_user);
    top->addWidget(show);
    m_info = new QLabel(content);
    m_info->setObjectName(QStringLiteral("userInfo"));
    m_info->setWordWrap(true);
    top->addWidget(m_info, 1);
    layout->addLayout(top);
    m_metrics = new QLabel(content);
    m_metrics->setObjectName(QStringLiteral("userMetrics"));
    m_metrics->setWordWrap(true);
    layout->addWidget(m_metrics);

    m_tested = new models::RankedTestItemsModel(this);
    m_recommended = new models::RecommendationsModel(this);
    QGroupBox* boxes[2] = {};
    QPushButton* exportButtons[2] = {};
    for (const bool recs : {false, true}) {
        auto* box = new QGroupBox(content);
        auto* boxLayout = new QVBoxLayout(box);
        auto* view = recs ? tableFor(m_recommended, {1, 3}, box) : tableFor(m_tested, {1, 2}, box);
        view->setObjectName(recs ? QStringLiteral("recommendations") : QStringLiteral("testItems"));
        (recs ? m_recommendedView : m_testedView) = view;
        boxLayout->addWidget(view);
        auto* exportButton = new QPushButton(box);
        connect(exportButton, &QPushButton::clicked, this, [this, recs] { chooseAndExport(recs); });
        boxLayout->addWidget(exportButton, 0, Qt::AlignRight);
        layout->addWidget(box);
        boxes[recs] = box;
        exportButtons[recs] = exportButton;
    }
    layout->addStretch(1);
    m_scroll->setWidget(content);
    outer->addWidget(m_scroll);
    fitTables(10);

    auto* texts = new i18n::Retranslator(this);
    texts->add([=, this] {
        m_user->setPlaceholderText(tr("UserID"));
        userLabel->setText(tr("User:"));
        show->setText(tr("Show"));
        boxes[0]->setTitle(tr("The user's test items, ranked by prediction"));
        boxes[1]->setTitle(tr("Best-predicted movies the user has not rated"));
        for (auto* button : exportButtons)
            button->setText(tr("Export CSV…"));
        m_tested->refreshTexts();
        m_recommended->refreshTexts();
        updateTexts();
    });
    connect(session, &models::Session::runChanged, this, &UsersPage::onRunChanged);
    onRunChanged();
}

void UsersPage::fitTables(int rows) {
    for (auto* view : {m_testedView, m_recommendedView}) {
        const int header = view->horizontalHeader()->sizeHint().height();
        const int body = rows * view->verticalHeader()->defaultSectionSize();
        view->setFixedHeight(header + body + 2 * view->frameWidth());
    }
}

QString UsersPage::runHeader() const {
    return m_run->text();
}

QString UsersPage::userInfo() const {
    return m_info->text();
}

void UsersPage::clearTables() {
    m_tested->setItems({});
    m_recommended->setItems({});
}

void UsersPage::onRunChanged() {
    const auto& run = m_session->run();
    const QString path = run ? models::fromPath(run->record.path) : QString();
    if (path != m_runPath) {
        m_replacedRunName = m_runName;
        m_runPath = path;
        m_runName = run ? QString::fromStdString(run->record.summary.name) : QString();
    }
    QStringList ids;
    if (run && run->prepared)
        for (const auto id : run->prepared->userIds)
            ids << QString::number(id);
    static_cast<QStringListModel*>(m_user->completer()->model())->setStringList(ids);
    clearTables();
    m_unknownUserId = 0;
    fitTables(run ? std::max(1, run->record.config.evaluation.k) : 10);
    if (!run || !run->prepared || !run->model || run->prepared->userIds.empty()) {
        updateTexts();
        return;
    }
    // The same user as before when this run knows them, so two runs compare at a glance.
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
        // Never leave another user's tables under this user's id.
        clearTables();
        m_userId = 0;
        m_unknownUserId = userId;
        updateTexts();
        return false;
    }
    m_userId = userId;
    m_unknownUserId = 0;
    m_user->setText(QString::number(userId));
    m_userRatings = int(std::count(prepared.userIndex.begin(), prepared.userIndex.end(), index));
    const auto& config = run->record.config.evaluation;
    m_tested->setItems(core::model::rankedTestItems(run->record.predictions, prepared, userId,
                                                    config.k, config.relevanceThreshold));
    m_recommended->setItems(core::model::topUnratedMovies(*run->model, prepared, userId, config.k));
    updateTexts();
    return true;
}

void UsersPage::updateTexts() {
    const auto& run = m_session->run();
    if (!run) {
        m_run->setText(tr("No run on display: train a model, or open a run on the Runs page."));
        m_info->setText(tr("Train a model or open a run, then pick a user."));
        m_metrics->clear();
        return;
    }
    const auto& s = run->record.summary;
    QString header =
        tr("Run <b>%1</b> · model %2")
            .arg(QString::fromStdString(s.name).toHtmlEscaped(),
                 QString::fromStdString(run->record.config.model.kind).toHtmlEscaped());
    if (!s.tag.empty())
        header += QStringLiteral(" [%1]").arg(QString::fromStdString(s.tag).toHtmlEscaped());
    if (!m_replacedRunName.isEmpty())
        header += QStringLiteral(" · ") +
                  tr("replaced run %1 on this page: the tables below are this run's")
                      .arg(m_replacedRunName.toHtmlEscaped());
    m_run->setText(header);

    m_metrics->clear();
    if (!run->prepared || !run->model) {
        m_info->setText(tr("This run's per-user tables need its model and dataset (%1), which are "
                           "not available.")
                            .arg(QString::fromStdString(s.dataFolder)));
        return;
    }
    if (m_unknownUserId) {
        m_info->setText(tr("User %1 is not in this run's data (after the filters): no tables to "
                           "show. Pick another user.")
                            .arg(m_unknownUserId));
        return;
    }
    const auto index = m_userId ? run->prepared->userIndexOf(m_userId) : -1;
    if (index < 0) {
        m_info->setText(tr("Pick a user."));
        return;
    }
    const auto& user = run->prepared->user(index);
    m_info->setText(tr("User %1: %2, age %3, %4 · %5 ratings after the filters")
                        .arg(m_userId)
                        .arg(models::genderLabel(user.gender), models::ageBucketLabel(user.age),
                             models::occupationLabel(user.occupation), i18n::count(m_userRatings)));
    if (!run->record.metrics)
        return;
    const int k = run->record.config.evaluation.k;
    for (const auto& u : run->record.metrics->ranking.perUser)
        if (u.userIndex == index) {
            m_metrics->setText(tr("This user: %1 test items, %2 relevant · Precision@%3 %4 · "
                                  "NDCG@%3 %5 (notebook-compatible) · NDCG@%3 %6 (correct)")
                                   .arg(i18n::count(u.testItems), i18n::count(u.relevantItems))
                                   .arg(k)
                                   .arg(i18n::number(u.precision, 4),
                                        i18n::number(u.ndcgNotebook, 4), i18n::number(u.ndcg, 4)));
            break;
        }
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
            row << model->data(model->index(r, c), models::RankedTestItemsModel::ExportRole)
                       .toString();
        text += models::csvLine(row) + '\n';
    }
    return models::writeCsvFile(path, text);
}

void UsersPage::chooseAndExport(bool recommendationsTable) {
    const QString stem = recommendationsTable ? QStringLiteral("user%1_unrated_top%2.csv")
                                              : QStringLiteral("user%1_test_top%2.csv");
    const int k = m_session->run() ? m_session->run()->record.config.evaluation.k : 10;
    const QString path = charts::chooseExportFile(
        this, tr("Export table"), stem.arg(m_userId).arg(k), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportCsv(recommendationsTable, path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

}  // namespace ui::panels
