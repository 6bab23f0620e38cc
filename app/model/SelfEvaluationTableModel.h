#pragma once

#include "ReportListModel.h"

// The indicator grid of the self-evaluation table (自评表) over target_indicators: 一级/二级/
// 三级指标, 单位, 指标性质 (≥ ≤ = 定性), 年度指标值, 实际完成值, 分值, 档次 and 评分 (the
// evaluator's, qualitative rows only), the row's 得分 (computed live, read-only) and 偏差原因
// 分析及改进措施. A qualitative row's values are its texts; switching a row to 定性 and back
// carries its values across, in the same undo step. Rows can be filled from, and copied to,
// tab-separated text as Excel and WPS put on the clipboard.
class SelfEvaluationTableModel : public ReportListModel
{
    Q_OBJECT
public:
    enum Column { Level1, Level2, Name, Unit, Direction, Target, Actual, Weight, Tier, Score, RowScore, Deviation, ColumnCount };

    explicit SelfEvaluationTableModel(ReportDocument *document, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Fills cells from tab-separated rows (Excel/WPS; quoted cells may hold tabs and line
    // breaks) starting at `topLeft`, adding rows at the end as needed: one undo step.
    // Returns how many rows it filled (0: nothing to paste, or the report is read-only).
    int pasteTabSeparated(const QString &text, const QModelIndex &topLeft);
    // The rows as tab-separated text, the way Excel and WPS copy them (display texts).
    QString copyTabSeparated(const QList<int> &rows) const;

    static QStringList splitTabSeparated(const QString &text); // rows of cells, joined by '\t'
    static QList<QStringList> parseTabSeparated(const QString &text);
    // A 指标性质 or tier as clerks type it (≥, >=, 正向, 越高越好, higher; 定性; 达成…), or empty.
    static QString directionKeyOf(const QString &typed);
    static QString tierKeyOf(const QString &typed);
    static QString tierLabel(const QString &key);

private:
    bool setDirection(int row, const QString &key);
    bool setPoints(const QModelIndex &index, const QString &text);
    bool setQualitativeText(const QModelIndex &index, const QString &text);
    bool isQualitative(int row) const;
    void onScoresChanged();

    ReportDocument *m_doc;
};
