#pragma once

#include <QAbstractTableModel>

class ReportDocument;

// The findings of the consistency checks: severity, message and the field concerned.
class FindingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, MessageColumn, FieldColumn, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1, FieldPathRole, IsErrorRole };

    explicit FindingListModel(ReportDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onFindingsChanged();

    ReportDocument *m_document;
    int m_rows = 0;
};
