#include "ProfilePage.h"

#include "ListEditor.h"
#include "ReportListModel.h"

#include <QFormLayout>
#include <QVBoxLayout>

ProfilePage::ProfilePage(ReportDocument *document, QWidget *parent)
    : FormPage(document, tr("部门概况"), parent)
{
    QFormLayout *report = addSection(tr("报告"));
    addLine(report, tr("部门名称(&D)："), QStringLiteral("department"));
    addCount(report, tr("年度(&Y)："), QStringLiteral("year"));
    addLine(report, tr("报告标题(&T)："), QStringLiteral("title"));
    addText(report, tr("开篇说明(&P)："), QStringLiteral("preamble"), 4);

    QFormLayout *profile = addSection(tr("（一）基本情况"));
    addText(profile, tr("基本情况(&O)："), QStringLiteral("profile.overview"), 6);
    addCount(profile, tr("在职人数(&A)："), QStringLiteral("profile.staff.active"));
    addCount(profile, tr("退休人数(&R)："), QStringLiteral("profile.staff.retired"));
    addCount(profile, tr("编制数(&Z)："), QStringLiteral("profile.staff.authorized"));

    QVBoxLayout *functions = addPlainSection(tr("主要职能"));
    auto *model = new ReportListModel(document, QStringLiteral("profile.functions"),
                                      {{tr("职能（每行一条，按顺序）"), QString()}}, this);
    addList(new ListEditor(document, model, tr("主要职能"), this), functions);
    finish();
}
