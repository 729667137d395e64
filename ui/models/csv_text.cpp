#include "models/csv_text.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ui::models {

QString csvField(const QString& text) {
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n') && !text.contains('\r'))
        return text;
    return '"' + QString(text).replace('"', QStringLiteral("\"\"")) + '"';
}

QString csvLine(const QStringList& fields) {
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const auto& f : fields)
        quoted << csvField(f);
    return quoted.join(',');
}

QString writeCsvFile(const QString& path, const QString& text) {
    const auto failed = [&](const QString& why) {
        return QCoreApplication::translate("ui::models::CsvText", "Cannot write %1: %2")
            .arg(path, why);
    };
    // QSaveFile: a failed export never leaves half a file in place of an old one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failed(file.errorString());
    return {};
}

}  // namespace ui::models
