#pragma once

#include "Dialogs.h"

#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

// Shared set-up for tests that drive the real window: private settings, no real dialogs.
namespace GuiTestSupport {

inline void isolate(QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    Dialogs::setTesting(true);
}

// The widget bound to a report field path (FieldBinder tags it with "fieldPath").
template<typename T = QWidget>
T *fieldWidget(QWidget *root, const QString &path)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->property("fieldPath").toString() == path)
            return qobject_cast<T *>(w);
    }
    return nullptr;
}

// Replaces a line edit's text the way a person does: select all, type.
inline void retype(QLineEdit *edit, const QString &latin1Text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, latin1Text);
}

// Text committed by an input method (full-width digits, Chinese punctuation): QTest's
// key clicks are Latin-1 only.
inline void commitInputMethodText(QWidget *target, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(target, &event);
}

} // namespace GuiTestSupport
