#include "GradeName.h"

QString GradeName::display(const QString &grade)
{
    // The grades of the default scheme, highest first.
    static const char *const known[] = {QT_TR_NOOP("优"), QT_TR_NOOP("良"), QT_TR_NOOP("中"), QT_TR_NOOP("差")};
    for (const char *name : known) {
        if (grade == QString::fromUtf8(name))
            return tr(name);
    }
    return grade;
}
