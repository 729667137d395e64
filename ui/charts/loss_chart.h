#pragma once

#include <QChartView>

class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QLogValueAxis;

namespace ui::models {
class TrainingHistory;
}

namespace ui::charts {

/// Training and validation loss per epoch (Qt Charts), the running batch loss within epochs,
/// the best epoch marked, and the learning rate on a log axis at the right. Shows what a
/// TrainingHistory holds; showHistory() replaces whole series (Qt Charts' fast path).
class LossChart : public QChartView {
    Q_OBJECT

public:
    explicit LossChart(QWidget* parent = nullptr);
    void showHistory(const models::TrainingHistory& history, int maxEpochs);
    /// Number of points of the validation-loss series (for tests).
    int validationPointCount() const;
    int trainPointCount() const;
    /// The loss (left) axis.
    QValueAxis* lossAxis() const { return m_y; }

private:
    QLineSeries* m_train;
    QLineSeries* m_validation;
    QLineSeries* m_running;
    QScatterSeries* m_best;
    QLineSeries* m_rate;
    QValueAxis* m_x;
    QValueAxis* m_y;
    QLogValueAxis* m_rateAxis;
};

}  // namespace ui::charts
