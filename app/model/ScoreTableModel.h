#pragma once

#include <QAbstractTableModel>
#include <optional>

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

    // Points typed by a person (full-width digits allowed), in hundredths, when they are a
    // number from 0 to `weightCenti` with two decimals at most; else empty, with why.
    static std::optional<qint64> parsePoints(const QString &text, qint64 weightCenti, QString *error);
    // The score and the 扣分原因 of a manual item together, as one undo step; both are
    // required. False (with why) when refused.
    bool setManualScore(int row, const QString &pointsText, const QString &reason, QString *error);

Q_SIGNALS:
    // A typed score was refused (not a number, outside [0, weight], no reason yet).
    void inputRejected(const QModelIndex &index, const QString &reason);

private:
    void onScoreChanged();

    ReportDocument *m_document;
    int m_rows = 0;
};
