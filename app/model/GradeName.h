#pragma once

#include <QCoreApplication>
#include <QString>

// A grade as the window shows it. Grades are the scoring scheme's data (优, 良, 中, 差 in
// resources/schemes/hunan.json) and stay so in the report, JSON, CSV and xlsx; in a window
// running in another language the known ones read in that language (差: Poor). A grade of
// another scheme is shown as it is.
class GradeName
{
    Q_DECLARE_TR_FUNCTIONS(GradeName)
public:
    static QString display(const QString &grade);
};
