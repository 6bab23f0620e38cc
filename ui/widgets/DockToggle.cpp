#include "DockToggle.h"

#include <QAction>
#include <QDockWidget>

QAction *DockToggle::create(QDockWidget *dock, const QString &text)
{
    auto *action = new QAction(text, dock);
    action->setCheckable(true);
    action->setChecked(dock->isVisible());
    // visibilityChanged also follows its tab being selected or not.
    QObject::connect(dock, &QDockWidget::visibilityChanged, action, &QAction::setChecked);
    QObject::connect(action, &QAction::triggered, dock, [dock](bool inView) {
        if (!inView) {
            dock->hide();
            return;
        }
        dock->show();
        dock->raise();
    });
    return action;
}
