#include "ProblemsPage.h"

#include "ListEditor.h"
#include "ReportListModel.h"

#include <QFormLayout>
#include <QVBoxLayout>

ProblemsPage::ProblemsPage(ReportDocument *document, QWidget *parent)
    : FormPage(document, tr("问题与措施"), parent)
{
    QFormLayout *intro = addSection(tr("四、存在的主要问题"));
    addText(intro, tr("引言(&I)："), QStringLiteral("problems_intro"), 3);

    QVBoxLayout *problems = addPlainSection(tr("问题（一）（二）…"));
    auto *problemModel = new ReportListModel(document, QStringLiteral("problems"),
                                             {{tr("问题标题"), QStringLiteral("title")}}, this);
    auto *problemEditor = new ListEditor(document, problemModel, tr("存在的主要问题"), this);
    problemEditor->setDetailField(QStringLiteral("text"), tr("所选问题的说明(&W)："));
    addList(problemEditor, problems);

    QVBoxLayout *measures = addPlainSection(tr("五、改进的措施和建议"));
    auto *measureModel = new ReportListModel(document, QStringLiteral("measures"),
                                             {{tr("措施标题"), QStringLiteral("title")}}, this);
    auto *measureEditor = new ListEditor(document, measureModel, tr("改进的措施和建议"), this);
    measureEditor->setDetailField(QStringLiteral("text"), tr("所选措施的说明(&M)："));
    addList(measureEditor, measures);
    finish();
}
