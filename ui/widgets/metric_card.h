#pragma once

#include <QFrame>

class QLabel;

namespace ui::widgets {

/// One test metric as a card: title, big value, a second line (e.g. the value in stars).
class MetricCard : public QFrame {
    Q_OBJECT
public:
    MetricCard(const QString& title, const QString& help, QWidget* parent = nullptr);
    void setValue(const QString& value, const QString& detail = {});
    QString value() const;
    void setTitle(const QString& title, const QString& help);

private:
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_detail;
};

}  // namespace ui::widgets
