#pragma once

#include <QAbstractTableModel>

class ReportDocument;

// The self-evaluation score table (自评表): every item of the scheme with its weight, the
// computed score and the reason for any deduction. Items a person must score take a score
// and a reason (both required) as an undoable edit; the total and grade follow at once.
class ScoreTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Level1Column, Level2Column, NameColumn, WeightColumn, ScoreColumn, ReasonColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ManualRole, PendingRole };

    explicit ScoreTableModel(ReportDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A typed score was refused (not a number, outside [0, weight], no reason yet).
    void inputRejected(const QModelIndex &index, const QString &reason);

private:
    void onScoreChanged();

    ReportDocument *m_document;
    int m_rows = 0;
};
