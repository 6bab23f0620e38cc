#pragma once

#include <QString>

class QApplication;

// The application's fonts and the few style rules the forms rely on (marking fields with
// problems). Chinese text must never turn into boxes: a missing CJK font is reported.
// Tooltips always show plain text (report text in them is never taken for HTML).
namespace UiStyle {
// Returns a message for the user when no Chinese font is installed, else empty.
QString apply(QApplication *app);
QStringList preferredFamilies();
}
