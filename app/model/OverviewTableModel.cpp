#include "OverviewTableModel.h"

#include "GradeName.h"
#include "OverviewText.h"

#include <QBrush>
#include <QColor>

OverviewTableModel::OverviewTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_columns(OverviewColumns::columns())
{
}

QList<OverviewColumns::Cell> OverviewTableModel::cellsOf(const OverviewRecord &record) const
{
    QList<OverviewColumns::Cell> cells;
    cells.reserve(m_columns.size());
    for (int c = 0; c < m_columns.size(); ++c)
        cells.append(OverviewColumns::cell(record, c));
    return cells;
}

void OverviewTableModel::setRecords(const QList<OverviewRecord> &records)
{
    beginResetModel();
    m_records = records;
    m_cells.clear();
    m_cells.reserve(records.size());
    for (const OverviewRecord &r : records)
        m_cells.append(cellsOf(r));
    endResetModel();
}

const OverviewRecord *OverviewTableModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int OverviewTableModel::rowOf(qint64 reportId) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == reportId)
            return i;
    }
    return -1;
}

void OverviewTableModel::updateRecord(const OverviewRecord &record)
{
    const int row = rowOf(record.id);
    if (row < 0) {
        beginInsertRows(QModelIndex(), int(m_records.size()), int(m_records.size()));
        m_records.append(record);
        m_cells.append(cellsOf(record));
        endInsertRows();
        return;
    }
    m_records[row] = record;
    m_cells[row] = cellsOf(record);
    Q_EMIT dataChanged(index(row, 0), index(row, int(m_columns.size()) - 1));
}

int OverviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int OverviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant OverviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OverviewRecord &r = m_records.at(index.row());
    const OverviewColumns::Cell &cell = m_cells.at(index.row()).at(index.column());
    const OverviewColumns::Kind kind = m_columns.at(index.column()).kind;
    const bool numeric = kind == OverviewColumns::Kind::Score || kind == OverviewColumns::Kind::Count
        || kind == OverviewColumns::Kind::Rate || kind == OverviewColumns::Kind::Amount;
    switch (role) {
    case Qt::DisplayRole:
        if (numeric && !cell.number)
            return r.evaluated && kind == OverviewColumns::Kind::Rate ? tr("不适用") : QStringLiteral("—");
        if (kind == OverviewColumns::Kind::Grade)
            // No grade while a person still has to score (the window's rule: one not earned
            // yet); the exports keep the scheme's grade.
            return gradePending(r, index.column()) ? tr("待评") : GradeName::display(cell.text);
        return cell.text;
    case Qt::ToolTipRole:
        if (!r.evaluated)
            return tr("这份报告无法读出，没有评价结果。");
        if (kind == OverviewColumns::Kind::Grade && gradePending(r, index.column()))
            return m_columns.at(index.column()).key == QLatin1String("grade")
                ? tr("待人工评分 %1 项，评完后给出等级。").arg(r.pending)
                : tr("自评表还有待评的指标，评完后给出等级。");
        if (r.storedMismatch)
            return tr("工作区中存储的评价与报告内容不符（可能被人直接改动过，或由另一版本的程序写入）；这里显示的是按报告内容重新计算的结果。");
        if (kind == OverviewColumns::Kind::Rate && !cell.number)
            return tr("%1不适用（分母为0，或缺少所需的数字、上年报告）。").arg(OverviewText::header(m_columns.at(index.column())));
        return {};
    case Qt::TextAlignmentRole:
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (r.storedMismatch && kind == OverviewColumns::Kind::Text)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (kind == OverviewColumns::Kind::Count && m_columns.at(index.column()).key == QLatin1String("errors") && r.errors > 0)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case SortRole:
        if (numeric)
            return cell.number ? *cell.number : NotApplicableSortValue;
        if (kind == OverviewColumns::Kind::Status)
            return qint64(r.status);
        return cell.text;
    case NumberRole:
        return cell.number ? QVariant(*cell.number) : QVariant();
    case IdRole:
        return r.id;
    case KeyRole:
        return m_columns.at(index.column()).key;
    case StatusRole:
        return int(r.status);
    default:
        return {};
    }
}

bool OverviewTableModel::gradePending(const OverviewRecord &r, int column) const
{
    const QString &key = m_columns.at(column).key;
    return r.evaluated
        && ((key == QLatin1String("grade") && r.pending > 0) || (key == QLatin1String("table_grade") && r.tableProvisional));
}

QVariant OverviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return OverviewText::header(m_columns.at(section));
    if (role == KeyRole)
        return m_columns.at(section).key;
    return {};
}

Qt::ItemFlags OverviewTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
