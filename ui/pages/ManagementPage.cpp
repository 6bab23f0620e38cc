#include "ManagementPage.h"

#include "ListEditor.h"
#include "ReportListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ManagementPage::ManagementPage(ReportDocument *document, QWidget *parent)
    : FormPage(document, tr("预算管理"), parent)
{
    QVBoxLayout *section = addPlainSection(tr("预算管理情况"));
    auto *hint = new QLabel(tr("“达标”一栏：勾选为达标，不勾选为未达标，半选为未填报。"));
    hint->setWordWrap(true);
    section->addWidget(hint);
    auto *model = new ReportListModel(document, QStringLiteral("management"),
                                      {{tr("管理指标"), QStringLiteral("indicator")},
                                       {tr("达标"), QStringLiteral("compliant")}},
                                      this);
    auto *editor = new ListEditor(document, model, tr("预算管理情况"), this);
    editor->view()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    editor->view()->horizontalHeader()->setStretchLastSection(false);
    editor->setDetailField(QStringLiteral("text"), tr("所选项目的情况说明(&T)："));
    addList(editor, section);
    finish();
}
