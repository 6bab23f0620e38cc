#pragma once

class QAction;
class QDockWidget;
class QString;

// A View-menu item for a dock that shares its place with others as tabs. Qt's own
// toggleViewAction hides a dock whose tab is merely behind another (the first press of
// Ctrl+Shift+R took the review's tab away); this one is checked while the dock is in view,
// brings it to the front when it is not, and puts it away when it is.
namespace DockToggle {
QAction *create(QDockWidget *dock, const QString &text);
}
