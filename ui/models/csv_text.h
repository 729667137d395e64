#pragma once

#include <QString>
#include <QStringList>

namespace ui::models {

// CSV as the tables' "Export CSV…" buttons write it: UTF-8, comma-separated, one header line,
// fields quoted only when they must be (RFC 4180).

/// One field: quoted, with quotes doubled, when it holds a comma, a quote or a line break.
QString csvField(const QString& text);
/// The fields of one line joined by commas (no line break).
QString csvLine(const QStringList& fields);
/// Writes `text` to `path` as UTF-8, replacing the file. Returns an empty string when written,
/// else the reason, naming the file.
QString writeCsvFile(const QString& path, const QString& text);

}  // namespace ui::models
