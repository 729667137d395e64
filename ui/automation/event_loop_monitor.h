#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace ui::automation {

/// Measures how responsive the GUI thread is: a 5 ms timer notes the longest gap between its
/// ticks. A gap much longer than 5 ms means the event loop was busy (a frozen window).
/// GUI thread only.
class EventLoopMonitor : public QObject {
    Q_OBJECT

public:
    explicit EventLoopMonitor(QObject* parent = nullptr);

    /// Starts a fresh measurement.
    void reset();
    /// Longest gap between ticks since reset(), in milliseconds (timer period included).
    double longestGapMs() const { return m_longest; }

private:
    void tick();
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_longest = 0;
};

}  // namespace ui::automation
