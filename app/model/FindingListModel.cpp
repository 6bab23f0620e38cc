#include "FindingListModel.h"

#include "FieldNames.h"
#include "FindingText.h"
#include "ReportDocument.h"

#include <QBrush>
#include <QColor>

FindingListModel::FindingListModel(ReportDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(int(document->evaluation().findings.size()))
{
    connect(document, &ReportDocument::findingsChanged, this, &FindingListModel::onFindingsChanged);
}

void FindingListModel::onFindingsChanged()
{
    const int n = int(m_document->evaluation().findings.size());
    if (n == m_rows) {
        if (n > 0)
            Q_EMIT dataChanged(index(0, 0), index(n - 1, ColumnCount - 1));
        return;
    }
    // Rows come and go as figures change; the list is short, a reset is clearest.
    beginResetModel();
    m_rows = n;
    endResetModel();
}

int FindingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int FindingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return QVariant();
    const Finding &f = m_document->evaluation().findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return f.isError() ? tr("错误") : tr("警告");
        case MessageColumn:
            return FindingText::message(f);
        case FieldColumn:
            return f.fields.isEmpty() ? QString() : FieldNames::label(f.fields.first());
        }
        break;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return FindingText::message(f);
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return QBrush(f.isError() ? QColor(0xB0, 0x00, 0x20) : QColor(0x9A, 0x5B, 0x00));
        break;
    case CodeRole:
        return f.code;
    case FieldPathRole:
        return f.fields.value(0);
    case IsErrorRole:
        return f.isError();
    default:
        break;
    }
    return QVariant();
}

QVariant FindingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SeverityColumn:
        return tr("级别");
    case MessageColumn:
        return tr("问题");
    case FieldColumn:
        return tr("位置");
    }
    return QVariant();
}
