#pragma once

#include <QString>
#include <QStringList>

namespace Placeholders {

// `text` with %1, %2… replaced by args[0], args[1]… in one pass (a value that contains "%1"
// stays as it is, which QString::arg would not guarantee); a % not followed by a number in
// range stays.
QString fill(const QString &text, const QStringList &args);

} // namespace Placeholders
