#pragma once

#include <QObject>
#include <functional>
#include <vector>

class QWidget;

namespace ui::i18n {

/// Keeps a widget's texts in the language of the moment. Each function given to add() sets
/// some texts with tr(); it runs at once and again whenever the application's language changes
/// (QEvent::LanguageChange, sent to every widget when a translator is installed or removed),
/// so a page written this way retranslates without a restart. Owned by the widget it watches.
class Retranslator : public QObject {
public:
    explicit Retranslator(QWidget* owner);

    /// Runs `apply` now and after every language change, in the order added.
    void add(std::function<void()> apply);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::vector<std::function<void()>> m_apply;
};

}  // namespace ui::i18n
