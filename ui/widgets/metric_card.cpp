#include "widgets/metric_card.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ui::widgets {

MetricCard::MetricCard(const QString& title, const QString& help, QWidget* parent)
    : QFrame(parent) {
    setFrameShape(QFrame::StyledPanel);
    setToolTip(help);
    setMinimumWidth(130);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    auto* heading = new QLabel(title, this);
    m_title = heading;
    heading->setWordWrap(true);
    QFont small = heading->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    heading->setFont(small);
    m_value = new QLabel(QStringLiteral("–"), this);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail = new QLabel(this);
    m_detail->setFont(small);
    layout->addWidget(heading);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
}

void MetricCard::setValue(const QString& value, const QString& detail) {
    m_value->setText(value);
    m_detail->setText(detail);
}

void MetricCard::setTitle(const QString& title, const QString& help) {
    m_title->setText(title);
    setToolTip(help);
}

QString MetricCard::value() const {
    return m_value->text();
}

}  // namespace ui::widgets
