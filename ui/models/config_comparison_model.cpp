#include "models/config_comparison_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include "config/config_fields.h"
#include "models/csv_text.h"
#include "models/file_paths.h"
#include "models/run_comparison.h"
#include "widgets/config_field_texts.h"

namespace ui::models {
namespace {

const core::config::ConfigField& fieldAt(std::size_t i) {
    return core::config::configFields()[i];
}

}  // namespace

void ConfigComparisonModel::setComparison(std::shared_ptr<const RunComparison> comparison) {
    m_comparison = std::move(comparison);
    rebuild();
}

void ConfigComparisonModel::refreshTexts() {
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ConfigComparisonModel::setOnlyDifferences(bool only) {
    if (only == m_onlyDifferences)
        return;
    m_onlyDifferences = only;
    rebuild();
}

void ConfigComparisonModel::rebuild() {
    beginResetModel();
    m_all.clear();
    m_shown.clear();
    const auto& fields = core::config::configFields();
    if (m_comparison) {
        for (std::size_t f = 0; f < fields.size(); ++f) {
            Row row;
            row.field = f;
            for (const auto& run : m_comparison->runs)
                row.values << QString::fromStdString(
                    core::config::formatFieldValue(fields[f].get(run.config)));
            for (const auto& v : row.values)
                row.differs = row.differs || v != row.values.front();
            m_all.push_back(std::move(row));
        }
    }
    for (std::size_t r = 0; r < m_all.size(); ++r)
        if (!m_onlyDifferences || m_all[r].differs)
            m_shown.push_back(r);
    endResetModel();
}

QString ConfigComparisonModel::key(int row) const {
    return QString::fromStdString(fieldAt(m_all[m_shown[std::size_t(row)]].field).key);
}

bool ConfigComparisonModel::rowDiffers(int row) const {
    return m_all[m_shown[std::size_t(row)]].differs;
}

QStringList ConfigComparisonModel::differingKeys() const {
    QStringList keys;
    for (const auto& row : m_all)
        if (row.differs)
            keys << QString::fromStdString(fieldAt(row.field).key);
    return keys;
}

int ConfigComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ConfigComparisonModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_comparison ? 0 : 1 + int(m_comparison->runs.size());
}

QVariant ConfigComparisonModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_all[m_shown[std::size_t(index.row())]];
    const auto& field = fieldAt(row.field);
    const QString key = QString::fromStdString(field.key);
    switch (role) {
        case Qt::DisplayRole:
            if (index.column() == 0) {
                const QString label = widgets::fieldText(key).label;
                return label.isEmpty() ? key : label;
            }
            if (field.type == core::config::FieldType::Real) {
                // The value as the file has it ("0.001"), with the UI's decimal separator.
                QString text = row.values.value(index.column() - 1);
                return text.replace(QLatin1Char('.'), QLocale().decimalPoint());
            }
            return row.values.value(index.column() - 1);
        case Qt::ToolTipRole:
            return index.column() == 0 ? key : QVariant();
        case DiffersRole:
            return row.differs;
        case Qt::BackgroundRole:
            // Amber, as a highlighter would mark it; the text colour is set with it so that
            // dark themes stay readable.
            return row.differs ? QBrush(QColor(255, 224, 130)) : QVariant();
        case Qt::ForegroundRole:
            return row.differs ? QBrush(Qt::black) : QVariant();
        case Qt::FontRole:
            if (row.differs) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
    }
    return {};
}

QVariant ConfigComparisonModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || !m_comparison)
        return {};
    if (role == Qt::DisplayRole)
        return section == 0 ? tr("Setting") : m_comparison->name(std::size_t(section - 1));
    if (role == Qt::ToolTipRole && section > 0)
        return models::fromPath(m_comparison->runs[std::size_t(section - 1)].path);
    return {};
}

QString ConfigComparisonModel::toCsv() const {
    QStringList header{QStringLiteral("key"), QStringLiteral("setting")};
    if (m_comparison)
        for (std::size_t r = 0; r < m_comparison->runs.size(); ++r)
            header << m_comparison->name(r);
    header << QStringLiteral("differs");
    QString text = csvLine(header) + '\n';
    for (int r = 0; r < rowCount(); ++r) {
        const Row& row = m_all[m_shown[std::size_t(r)]];
        QStringList line{key(r), data(index(r, 0), Qt::DisplayRole).toString()};
        line << row.values;
        line << (row.differs ? QStringLiteral("true") : QStringLiteral("false"));
        text += csvLine(line) + '\n';
    }
    return text;
}

}  // namespace ui::models
