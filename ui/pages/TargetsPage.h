#pragma once

#include "FormPage.h"

class ReportListModel;

// 绩效目标完成情况: numbered groups of ①② points. The target-indicator rows (绩效目标表) are
// edited on the 自评表 page (SelfEvaluationPage).
class TargetsPage : public FormPage
{
    Q_OBJECT
public:
    explicit TargetsPage(ReportDocument *document, QWidget *parent = nullptr);
    bool focusPath(const QString &path) override;
    bool owns(const QString &path) const override;

private:
    void showPointsOf(int group);

    ListEditor *m_groups;
    ListEditor *m_points;
    ReportListModel *m_pointsModel;
};
