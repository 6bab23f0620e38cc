#include "ReportListModel.h"

#include "Decimal.h"
#include "FindingText.h"
#include "MoneyInput.h"
#include "ReportDocument.h"
#include "ReportFields.h"

#include <QBrush>
#include <QColor>

ReportListModel::ReportListModel(ReportDocument *document, const QString &listPath,
                                 QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_listPath(listPath)
    , m_columns(std::move(columns))
{
    updateColumnTypes();
    connect(document, &ReportDocument::aboutToChange, this, &ReportListModel::onAboutToChange);
    connect(document, &ReportDocument::changed, this, &ReportListModel::onChanged);
    connect(document, &ReportDocument::findingsChanged, this, &ReportListModel::onFindingsChanged);
    connect(document, &ReportDocument::refusedInputChanged, this, [this](const QString &path) {
        const QModelIndex cell = indexOfPath(path);
        if (cell.isValid() && cellPath(cell.row(), cell.column()) == path)
            Q_EMIT dataChanged(cell, cell);
    });
}

bool ReportListModel::hasRejectedInput() const
{
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            if (m_document->refusedInput(cellPath(r, c)))
                return true;
        }
    }
    return false;
}

void ReportListModel::setListPath(const QString &listPath)
{
    if (listPath == m_listPath)
        return;
    beginResetModel();
    m_listPath = listPath;
    updateColumnTypes();
    endResetModel();
}

void ReportListModel::updateColumnTypes()
{
    m_columnTypes.clear();
    for (int c = 0; c < m_columns.size(); ++c)
        m_columnTypes.append(int(ReportFields::type(cellPath(0, c))));
}

QString ReportListModel::cellPath(int row, int column) const
{
    QString path = m_listPath + QLatin1Char('[') + QString::number(row) + QLatin1Char(']');
    const QString &field = m_columns.value(column).field;
    if (!field.isEmpty())
        path += QLatin1Char('.') + field;
    return path;
}

QModelIndex ReportListModel::indexOfPath(const QString &path) const
{
    int row = -1;
    if (!pathIsInList(path, m_listPath, &row) || row >= rowCount())
        return QModelIndex();
    for (int c = 0; c < m_columns.size(); ++c) {
        if (path == cellPath(row, c))
            return index(row, c);
    }
    return index(row, 0);
}

int ReportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_listPath.isEmpty() ? 0 : m_document->rowCount(m_listPath);
}

int ReportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString ReportListModel::categoryLabel(const QString &key)
{
    if (key == QLatin1String("basic"))
        return tr("基本支出");
    if (key == QLatin1String("transfer"))
        return tr("结构调整（基本→项目）");
    return tr("项目支出");
}

QString ReportListModel::directionLabel(const QString &key)
{
    if (key == QLatin1String("lower"))
        return tr("≤ 越低越好");
    if (key == QLatin1String("exact"))
        return tr("= 定值");
    if (key == QLatin1String("qualitative"))
        return tr("定性");
    return tr("≥ 越高越好");
}

QVariant ReportListModel::displayValue(const QString &path, int column) const
{
    const QVariant v = m_document->value(path);
    switch (ReportFields::Type(typeOf(column))) {
    case ReportFields::Type::Money:
        return v.isValid() ? v.value<Money>().toWan() : QString();
    case ReportFields::Type::Decimal:
        return v.isValid() ? v.value<Decimal>().toString() : QString();
    case ReportFields::Type::Category:
        return categoryLabel(v.toString());
    case ReportFields::Type::Direction:
        return directionLabel(v.toString());
    case ReportFields::Type::Flag:
    case ReportFields::Type::OptionalFlag:
        return QVariant(); // shown as a check box
    default:
        return v;
    }
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return QVariant();
    const QString path = cellPath(index.row(), index.column());
    const auto type = ReportFields::Type(typeOf(index.column()));
    const std::optional<ReportDocument::Refusal> rejected = m_document->refusedInput(path);
    switch (role) {
    case Qt::DisplayRole:
        if (rejected)
            return rejected->text;
        return displayValue(path, index.column());
    case Qt::EditRole: {
        if (rejected)
            return rejected->text;
        const QVariant v = m_document->value(path);
        if (type == ReportFields::Type::Money)
            return v.isValid() ? v.value<Money>().toExactWan() : QString();
        if (type == ReportFields::Type::Decimal)
            return v.isValid() ? v.value<Decimal>().toString() : QString();
        return v;
    }
    case Qt::CheckStateRole:
        if (type == ReportFields::Type::Flag || type == ReportFields::Type::OptionalFlag) {
            const QVariant v = m_document->value(path);
            if (!v.isValid())
                return Qt::PartiallyChecked;
            return v.toBool() ? Qt::Checked : Qt::Unchecked;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (type == ReportFields::Type::Money || type == ReportFields::Type::Decimal)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ForegroundRole:
        if (rejected)
            return QBrush(QColor(0xB0, 0x00, 0x20));
        return QVariant();
    case Qt::BackgroundRole:
        if (rejected || !data(index, ProblemRole).toString().isEmpty())
            return QBrush(QColor(0xFF, 0xE8, 0xE8));
        return QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        if (rejected)
            return rejected->reason;
        const QString problem = data(index, ProblemRole).toString();
        return problem.isEmpty() ? QVariant() : QVariant(problem);
    }
    case FieldPathRole:
        return path;
    case RejectedRole:
        return rejected ? QVariant(rejected->reason) : QVariant();
    case ProblemRole: {
        // Only findings about this very cell: a finding about the whole list is shown
        // on the list, not on every cell.
        QStringList messages;
        for (const Finding *f : m_document->findingsFor(path)) {
            for (const QString &field : f->fields) {
                if (field == path || field.startsWith(path + QLatin1Char('.'))) {
                    messages.append(FindingText::message(*f));
                    break;
                }
            }
        }
        return messages.join(QLatin1Char('\n'));
    }
    default:
        return QVariant();
    }
}

bool ReportListModel::setTypedText(const QModelIndex &index, const QString &text)
{
    const QString path = cellPath(index.row(), index.column());
    const MoneyInput::Result typed = MoneyInput::parse(text);
    if (typed.status == MoneyInput::Status::Invalid) {
        // MoneyInput words an amount in 万元; a target or an achieved value is a plain number
        // with its unit in a column of its own (99% in a % row was told to be 万元).
        const QString why = ReportFields::Type(typeOf(index.column())) == ReportFields::Type::Decimal
            ? tr("“%1”不是数字：请只填数字，例如 99.5；单位写在“单位”一栏。").arg(text.trimmed())
            : typed.error;
        if (m_document->setRefusedInput(path, text, why))
            Q_EMIT inputRejected(index, why);
        return false;
    }
    QVariant value;
    if (typed.status == MoneyInput::Status::Valid) {
        value = ReportFields::Type(typeOf(index.column())) == ReportFields::Type::Decimal
                    ? QVariant::fromValue(Decimal::fromMillionths(typed.value.fen()))
                    : QVariant::fromValue(typed.value);
    }
    const bool changed = m_document->setValue(path, value); // drops a refused text too
    const bool hadRejected = m_document->clearRefusedInput(path);
    return changed || hadRejected;
}

bool ReportListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index))
        return false;
    const QString path = cellPath(index.row(), index.column());
    const auto type = ReportFields::Type(typeOf(index.column()));
    bool changed = false;
    if (role == Qt::CheckStateRole && (type == ReportFields::Type::Flag || type == ReportFields::Type::OptionalFlag)) {
        const auto state = Qt::CheckState(value.toInt());
        const QVariant v = state == Qt::PartiallyChecked && type == ReportFields::Type::OptionalFlag
                               ? QVariant()
                               : QVariant(state == Qt::Checked);
        changed = m_document->setValue(path, v);
    } else if (role == Qt::EditRole) {
        if (type == ReportFields::Type::Money || type == ReportFields::Type::Decimal)
            changed = setTypedText(index, value.toString());
        else
            changed = m_document->setValue(path, value);
    }
    m_document->endTypingSession(); // a cell edit is one step of its own
    return changed;
}

Qt::ItemFlags ReportListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const auto type = ReportFields::Type(typeOf(index.column()));
    if (type == ReportFields::Type::Flag)
        f |= Qt::ItemIsUserCheckable;
    else if (type == ReportFields::Type::OptionalFlag)
        f |= Qt::ItemIsUserCheckable | Qt::ItemIsUserTristate;
    else
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Horizontal)
        return m_columns.value(section).header;
    return section + 1;
}

bool ReportListModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count < 1)
        return false;
    bool ok = true;
    for (int i = 0; i < count && ok; ++i)
        ok = m_document->insertRow(m_listPath, row + i);
    return ok;
}

bool ReportListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count < 1)
        return false;
    bool ok = true;
    for (int i = 0; i < count && ok; ++i)
        ok = m_document->removeRow(m_listPath, row);
    return ok;
}

bool ReportListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                               const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1)
        return false;
    // Qt's destination is "before this row"; the document's is the final position.
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    return m_document->moveRow(m_listPath, sourceRow, to);
}

void ReportListModel::onAboutToChange(const ReportChange &change)
{
    m_pending = Pending::None;
    if (m_listPath.isEmpty())
        return;
    const bool ownList = change.path == m_listPath;
    if (change.kind == ReportChange::Kind::Reset
        || (change.kind != ReportChange::Kind::Value && !ownList && change.touches(m_listPath))) {
        beginResetModel();
        m_pending = Pending::Reset;
        return;
    }
    if (!ownList)
        return;
    switch (change.kind) {
    case ReportChange::Kind::RowsInserted:
        beginInsertRows(QModelIndex(), change.row, change.row);
        m_pending = Pending::Insert;
        break;
    case ReportChange::Kind::RowsRemoved:
        beginRemoveRows(QModelIndex(), change.row, change.row);
        m_pending = Pending::Remove;
        break;
    case ReportChange::Kind::RowMoved:
        beginMoveRows(QModelIndex(), change.row, change.row, QModelIndex(),
                      change.to > change.row ? change.to + 1 : change.to);
        m_pending = Pending::Move;
        break;
    default:
        break;
    }
}

void ReportListModel::onChanged(const ReportChange &change)
{
    const Pending pending = std::exchange(m_pending, Pending::None);
    switch (pending) {
    case Pending::Reset:
        endResetModel();
        return;
    case Pending::Insert:
        endInsertRows();
        return;
    case Pending::Remove:
        endRemoveRows();
        return;
    case Pending::Move:
        endMoveRows();
        return;
    case Pending::None:
        break;
    }
    if (change.kind != ReportChange::Kind::Value)
        return;
    const QModelIndex cell = indexOfPath(change.path);
    if (cell.isValid()) {
        Q_EMIT dataChanged(index(cell.row(), 0), index(cell.row(), columnCount() - 1));
    }
}

void ReportListModel::onFindingsChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::BackgroundRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole, ProblemRole});
}
