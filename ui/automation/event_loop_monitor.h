#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace ui::automation {

/// Measures how responsive the GUI thread is: while started, a 5 ms precise timer notes the
/// longest gap between its ticks. A gap much longer than 5 ms means the event loop was busy (a
/// frozen window). Measurement code: it runs only between start() and stop(), and only where a
/// measurement was asked for (the screenshot tour, the responsiveness benchmark). GUI thread only.
class EventLoopMonitor : public QObject {
    Q_OBJECT

public:
    explicit EventLoopMonitor(QObject* parent = nullptr);

    /// Starts a fresh measurement (starts the timer).
    void start();
    /// Stops the timer; longestGapMs() keeps the measurement's result.
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    /// Longest gap between ticks since start(), in milliseconds (timer period included).
    double longestGapMs() const { return m_longest; }

private:
    void tick();
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_longest = 0;
};

}  // namespace ui::automation
