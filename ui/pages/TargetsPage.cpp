#include "TargetsPage.h"

#include "FieldPath.h"
#include "ListEditor.h"
#include "ReportDocument.h"
#include "ReportListModel.h"

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

TargetsPage::TargetsPage(ReportDocument *document, QWidget *parent)
    : FormPage(document, tr("绩效目标"), parent)
{
    QVBoxLayout *groups = addPlainSection(tr("绩效目标完成情况（按组编号 1. 2. …）"));
    auto *groupModel = new ReportListModel(document, QStringLiteral("targets"),
                                           {{tr("组标题（可空）"), QStringLiteral("title")}}, this);
    m_groups = new ListEditor(document, groupModel, tr("绩效目标分组"), this);
    m_groups->view()->setMinimumHeight(fontMetrics().height() * 7);
    addList(m_groups, groups);

    auto *pointsLabel = new QLabel(tr("所选分组的要点（①②…，每行一条）："));
    groups->addWidget(pointsLabel);
    m_pointsModel = new ReportListModel(document, QString(), {{tr("要点"), QString()}}, this);
    m_points = new ListEditor(document, m_pointsModel, tr("所选分组的要点"), this);
    m_points->view()->setMinimumHeight(fontMetrics().height() * 12);
    addList(m_points, groups);
    connect(m_groups, &ListEditor::currentRowChanged, this, &TargetsPage::showPointsOf);
    connect(document, &ReportDocument::changed, this, [this] {
        // The group list changed under us (undo, removal): follow the current group.
        showPointsOf(m_groups->currentRow());
    });

    finish();
}

void TargetsPage::showPointsOf(int group)
{
    const bool valid = group >= 0 && group < m_document->rowCount(QStringLiteral("targets"));
    m_pointsModel->setListPath(valid ? QStringLiteral("targets[%1].points").arg(group) : QString());
    m_points->setEnabled(valid);
}

bool TargetsPage::focusPath(const QString &path)
{
    int group = -1;
    if (pathIsInList(path, QStringLiteral("targets"), &group)) {
        m_groups->focusPath(QStringLiteral("targets[%1].title").arg(group));
        showPointsOf(group);
        if (m_points->focusPath(path))
            return true;
    }
    return FormPage::focusPath(path);
}

bool TargetsPage::owns(const QString &path) const
{
    return path == QLatin1String("targets") || pathIsInList(path, QStringLiteral("targets"))
           || FormPage::owns(path);
}
