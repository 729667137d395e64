#include "i18n/retranslator.h"

#include <QEvent>
#include <QWidget>

namespace ui::i18n {

Retranslator::Retranslator(QWidget* owner) : QObject(owner) {
    owner->installEventFilter(this);
}

void Retranslator::add(std::function<void()> apply) {
    apply();
    m_apply.push_back(std::move(apply));
}

bool Retranslator::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::LanguageChange && watched == parent()) {
        for (const auto& apply : m_apply)
            apply();
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace ui::i18n
