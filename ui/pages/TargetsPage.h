#pragma once

#include "FormPage.h"

class ReportListModel;

// 绩效目标完成情况: numbered groups of ①② points, and the target-indicator table (绩效目标表).
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
