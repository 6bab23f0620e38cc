#pragma once

#include <QAbstractTableModel>

class ReportDocument;

// The live indicators (三、绩效分析): name, value and printed formula, one row each.
// Only the rows whose indicator changed are signalled.
class IndicatorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, FormulaColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit IndicatorTableModel(ReportDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    int rowOf(const QString &id) const;

private:
    ReportDocument *m_document;
    int m_rows = 0;
};
