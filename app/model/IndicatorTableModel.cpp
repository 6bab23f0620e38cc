#include "IndicatorTableModel.h"

#include "IndicatorText.h"
#include "ReportDocument.h"

IndicatorTableModel::IndicatorTableModel(ReportDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(int(document->evaluation().indicators.size()))
{
    connect(document, &ReportDocument::indicatorsChanged, this, [this](const QList<int> &rows) {
        const int n = int(m_document->evaluation().indicators.size());
        if (n != m_rows) {
            beginResetModel();
            m_rows = n;
            endResetModel();
            return;
        }
        for (int row : rows)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return QVariant();
    const Indicator &i = m_document->evaluation().indicators.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return IndicatorText::name(i.id);
        case ValueColumn:
            return i.applies() ? i.valueText() + QLatin1Char('%') : tr("不适用");
        case FormulaColumn:
            return i.applies() ? IndicatorText::formula(i) : IndicatorText::notApplicable(i.notApplicable);
        }
        break;
    case Qt::ToolTipRole:
        return IndicatorText::formula(i);
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return i.id;
    default:
        break;
    }
    return QVariant();
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("指标");
    case ValueColumn:
        return tr("数值");
    case FormulaColumn:
        return tr("计算公式");
    }
    return QVariant();
}

int IndicatorTableModel::rowOf(const QString &id) const
{
    const IndicatorList &list = m_document->evaluation().indicators;
    for (int r = 0; r < list.size(); ++r) {
        if (list[r].id == id)
            return r;
    }
    return -1;
}
