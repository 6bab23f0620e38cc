#pragma once

#include "ReportChange.h"

#include <QAbstractTableModel>
#include <QHash>

class ReportDocument;

// A table over one list of the report (年中预算调整, 预算管理, 绩效目标表, problems, …):
// one row per element, one column per field of the element. Edits go to the document as
// undo commands; the model follows the document's changes with precise row signals.
// Typed amounts are read with the core's lenient MoneyInput; a refused text stays visible
// in its cell, marked, with the reason, until it is corrected (the document holds it, as an
// error finding).
class ReportListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Column
    {
        QString header;
        QString field; // below the element: "amount"; empty for a list of texts
    };
    enum Role { FieldPathRole = Qt::UserRole + 1, RejectedRole, ProblemRole };

    ReportListModel(ReportDocument *document, const QString &listPath, QList<Column> columns,
                    QObject *parent = nullptr);

    QString listPath() const { return m_listPath; }
    // Shows another list of the same shape (e.g. the points of another target group).
    void setListPath(const QString &listPath);
    QString cellPath(int row, int column) const;
    // The cell of a field path of this list, or an invalid index.
    QModelIndex indexOfPath(const QString &path) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    // A cell of this list shows a text its field refused (ReportDocument::refusedInput).
    bool hasRejectedInput() const;

    static QString categoryLabel(const QString &key);
    static QString directionLabel(const QString &key);

Q_SIGNALS:
    // A typed value was refused: the clerk's text is kept in the cell, with this reason.
    void inputRejected(const QModelIndex &index, const QString &reason);

private:
    void onAboutToChange(const ReportChange &change);
    void onChanged(const ReportChange &change);
    void onFindingsChanged();
    bool setTypedText(const QModelIndex &index, const QString &text);
    QVariant displayValue(const QString &path, int column) const;
    int typeOf(int column) const { return m_columnTypes.value(column); }
    void updateColumnTypes();

    ReportDocument *m_document;
    QString m_listPath;
    QList<Column> m_columns;
    QList<int> m_columnTypes; // ReportFields::Type of each column (the same for every row)
    enum class Pending { None, Insert, Remove, Move, Reset } m_pending = Pending::None;
};
