#include "WorkspaceGridModel.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>

namespace {
quint64 cellKey(int row, int column)
{
    return (quint64(quint32(row)) << 32) | quint32(column);
}
} // namespace

WorkspaceGridModel::WorkspaceGridModel(QObject *parent) : QAbstractTableModel(parent) {}

void WorkspaceGridModel::setReports(const QList<ReportSummary> &reports, const QList<int> &extraYears)
{
    beginResetModel();
    m_reports = reports;
    m_departments.clear();
    m_years = extraYears;
    for (const ReportSummary &s : reports) {
        if (m_departments.isEmpty() || m_departments.constLast() != s.department)
            m_departments.append(s.department); // listed in department order
        m_years.append(s.year);
    }
    m_departments.removeDuplicates();
    // By pinyin, as a clerk looks for a department.
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true); // 第9局 before 第10局
    std::sort(m_departments.begin(), m_departments.end(), collator);
    std::sort(m_years.begin(), m_years.end());
    m_years.erase(std::unique(m_years.begin(), m_years.end()), m_years.end());
    m_rowOf.clear();
    m_columnOf.clear();
    m_cells.clear();
    for (int i = 0; i < m_departments.size(); ++i)
        m_rowOf.insert(m_departments.at(i), i);
    for (int i = 0; i < m_years.size(); ++i)
        m_columnOf.insert(m_years.at(i), i + 1);
    for (int i = 0; i < m_reports.size(); ++i)
        m_cells.insert(cellKey(m_rowOf.value(m_reports.at(i).department), m_columnOf.value(m_reports.at(i).year)), i);
    endResetModel();
}

int WorkspaceGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_departments.size());
}

int WorkspaceGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size()) + 1;
}

const ReportSummary *WorkspaceGridModel::reportAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() == 0)
        return nullptr;
    const auto it = m_cells.constFind(cellKey(index.row(), index.column()));
    return it == m_cells.constEnd() ? nullptr : &m_reports.at(*it);
}

const ReportSummary *WorkspaceGridModel::find(const QString &department, int year) const
{
    return reportAt(indexOf(department, year));
}

QModelIndex WorkspaceGridModel::indexOf(const QString &department, int year) const
{
    const auto row = m_rowOf.constFind(department);
    const auto column = m_columnOf.constFind(year);
    if (row == m_rowOf.constEnd() || column == m_columnOf.constEnd())
        return {};
    return index(*row, *column);
}

QVariant WorkspaceGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == DepartmentRole || role == Qt::ToolTipRole)
            return m_departments.at(index.row());
        return {};
    }
    const ReportSummary *s = reportAt(index);
    switch (role) {
    case DepartmentRole:
        return m_departments.at(index.row());
    case YearRole:
        return yearAt(index.column());
    case ReportIdRole:
        return s ? s->id : 0;
    case RevisionRole:
        return s ? s->revision : 0;
    case Qt::DisplayRole:
        return s ? reportStatusText(s->status) : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (!s)
            return tr("%1 %2年度：还没有报告").arg(m_departments.at(index.row())).arg(yearAt(index.column()));
        return tr("%1 %2年度（%3，第 %4 版）\n全年预算 %5 万元，全年支出 %6 万元\n%7 由 %8 保存")
            .arg(s->department)
            .arg(s->year)
            .arg(reportStatusText(s->status))
            .arg(s->revision)
            .arg(s->budget ? s->budget->toWan() : QStringLiteral("—"), s->spent ? s->spent->toWan() : QStringLiteral("—"),
                 QLocale().toString(s->updatedAt.toLocalTime(), QLocale::ShortFormat), s->updatedBy);
    default:
        return {};
    }
}

QVariant WorkspaceGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return departmentAt(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("部门");
    return tr("%1年度").arg(yearAt(section));
}
