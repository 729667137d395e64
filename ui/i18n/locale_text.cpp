#include "i18n/locale_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <array>

#include "util/text.h"

namespace ui::i18n {
namespace {

// lupdate files a core template under the namespace or class it is written in, as it reads
// the code: "std" for a lambda taking a std::string_view, "ModelShape" without its namespace.
// tst_translations checks that every context holding a core template is listed.
constexpr std::array kCoreContexts = {"ConfigField",    "core::config",
                                      "core::data",     "IdsSeen",
                                      "LineTally",      "GenreCollector",
                                      "RatingsReader",  "core::metrics",
                                      "core::model",    "ModelShape",
                                      "core::runs",     "core::sweep",
                                      "core::training", "core::training::TrainingLoop",
                                      "core::util",     "std"};

// Inserts the locale's group separator into the integer part of `text` (written without
// separators). Qt applies CLDR's "minimum grouping digits" to the most significant group, which
// gives "1000.209" in Spanish; the groups here are every three digits, with a four-digit number
// left whole where the language says so ("1000" in Spanish, "1,000" in English).
QString grouped(const QString& text, const QLocale& locale) {
    const qsizetype start =
        text.startsWith(locale.negativeSign()) ? locale.negativeSign().size() : 0;
    qsizetype end = start;
    while (end < text.size() && text[end].isDigit())
        ++end;
    const qsizetype digits = end - start;
    const bool fourWhole = locale.language() == QLocale::Spanish;
    if (digits <= 3 || (digits == 4 && fourWhole))
        return text;
    QString out = text.left(start);
    for (qsizetype i = start; i < end; ++i) {
        if (i > start && (end - i) % 3 == 0)
            out += locale.groupSeparator();
        out += text[i];
    }
    return out + text.mid(end);
}

QLocale ungrouped() {
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

}  // namespace

QString number(double value, int decimals) {
    return grouped(ungrouped().toString(value, 'f', decimals), QLocale());
}

QString count(qint64 value) {
    return grouped(ungrouped().toString(value), QLocale());
}

QString percent(double share, int decimals) {
    const QLocale locale;
    // Spanish and most European locales write "9,1 %", English "9.1%".
    const QString sign = locale.percent();
    const bool spaced = locale.language() != QLocale::English;
    return number(100.0 * share, decimals) + (spaced ? QStringLiteral("\u00a0") : QString()) + sign;
}

QStringList coreContexts() {
    QStringList list;
    for (const char* context : kCoreContexts)
        list << QString::fromLatin1(context);
    return list;
}

QString coreText(const std::string& english) {
    const QString untranslated = QString::fromStdString(english);
    for (const char* context : kCoreContexts) {
        const QString translated = QCoreApplication::translate(context, english.c_str());
        if (translated != untranslated)
            return translated;
    }
    return untranslated;
}

QString text(const core::util::Text& message) {
    std::vector<std::string> filled;
    filled.reserve(message.args.size());
    for (const auto& a : message.args) {
        QString value;
        switch (a.kind) {
            case core::util::TextArg::Kind::Plain:
                value = QString::fromStdString(a.plain);
                break;
            case core::util::TextArg::Kind::Count:
                value = count(a.integer);
                break;
            case core::util::TextArg::Kind::Id:
                value = QString::number(a.integer);
                break;
            case core::util::TextArg::Kind::Number:
                value = a.decimals < 0 ? QLocale().toString(a.real, 'g', 6)
                                       : number(a.real, a.decimals);
                break;
            case core::util::TextArg::Kind::Phrase:
                value = a.phrase.empty() ? QString() : text(a.phrase.front());
                break;
        }
        filled.push_back(value.toStdString());
    }
    return QString::fromStdString(
        core::util::fillPattern(coreText(message.pattern).toStdString(), filled));
}

}  // namespace ui::i18n
