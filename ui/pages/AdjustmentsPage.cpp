#include "AdjustmentsPage.h"

#include "BudgetPage.h"
#include "ListEditor.h"
#include "ReportFigures.h"
#include "ReportListModel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

AdjustmentsPage::AdjustmentsPage(ReportDocument *document, QWidget *parent)
    : FormPage(document, tr("年中预算调整"), parent)
{
    QVBoxLayout *rows = addPlainSection(tr("调整事项"));
    auto *hint = new QLabel(tr("调增填正数，调减填负数（如 -5.00）。结构调整：正数表示从基本支出调到项目支出，负数相反。"
                               "除外调整（政策性、不可抗力、上级临时交办）不计入预算调整率，但须写明依据。"));
    hint->setWordWrap(true);
    rows->addWidget(hint);
    auto *model = new ReportListModel(document, QStringLiteral("budget.adjustments"),
                                      {{tr("调整事项"), QStringLiteral("item")},
                                       {tr("金额（万元）"), QStringLiteral("amount")},
                                       {tr("类别"), QStringLiteral("category")},
                                       {tr("除外调整"), QStringLiteral("excluded")},
                                       {tr("原因或依据"), QStringLiteral("reason")}},
                                      this);
    auto *editor = new ListEditor(document, model, tr("年中预算调整"), this);
    QHeaderView *header = editor->view()->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(4, QHeaderView::Stretch);
    editor->view()->setMinimumHeight(fontMetrics().height() * 14);
    addList(editor, rows);

    QFormLayout *totals = addSection(tr("合计（自动计算）"));
    addComputed(totals, tr("调增合计(&1)："), [](const ReportFigures &f) { return wanText(f.increases); });
    addComputed(totals, tr("调减合计(&2)："), [](const ReportFigures &f) { return wanText(f.decreases); });
    addComputed(totals, tr("除外调整合计(&3)："), [](const ReportFigures &f) { return wanText(f.excludedAdjustments); });
    addComputed(totals, tr("计入调整率的调整(&4)："), [](const ReportFigures &f) { return wanText(f.countedAdjustments); });
    addComputed(totals, tr("全年预算·基本支出(&5)："), [](const ReportFigures &f) { return wanText(f.budgetBasic); });
    addComputed(totals, tr("全年预算·项目支出(&6)："), [](const ReportFigures &f) { return wanText(f.budgetProject); });
    addComputed(totals, tr("全年预算合计(&7)："), [](const ReportFigures &f) { return wanText(f.budget); });
    finish();
}
