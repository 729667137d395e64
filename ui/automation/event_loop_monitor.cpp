#include "automation/event_loop_monitor.h"

namespace ui::automation {

EventLoopMonitor::EventLoopMonitor(QObject* parent) : QObject(parent) {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(5);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopMonitor::tick);
    m_clock.start();
}

void EventLoopMonitor::start() {
    m_longest = 0;
    m_lastNs = m_clock.nsecsElapsed();
    m_timer.start();
}

void EventLoopMonitor::stop() {
    m_timer.stop();
}

void EventLoopMonitor::tick() {
    const qint64 now = m_clock.nsecsElapsed();
    if (m_lastNs > 0) {
        const double gap = double(now - m_lastNs) / 1e6;
        if (gap > 20 && qEnvironmentVariableIsSet("RW_DEBUG_STALLS"))
            qWarning("event loop stall: %.1f ms at %.3f s", gap, double(now) / 1e9);
        m_longest = std::max(m_longest, gap);
    }
    m_lastNs = now;
}

}  // namespace ui::automation
