#include "ScoreTableModel.h"

#include "MoneyInput.h"
#include "ReportDocument.h"
#include "ScoreText.h"

#include <QBrush>
#include <QColor>

ScoreTableModel::ScoreTableModel(ReportDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(int(document->evaluation().score.items.size()))
{
    connect(document, &ReportDocument::scoreChanged, this, &ScoreTableModel::onScoreChanged);
}

void ScoreTableModel::onScoreChanged()
{
    const int n = int(m_document->evaluation().score.items.size());
    if (n != m_rows) { // another scheme
        beginResetModel();
        m_rows = n;
        endResetModel();
        return;
    }
    if (n > 0)
        Q_EMIT dataChanged(index(0, 0), index(n - 1, ColumnCount - 1));
}

int ScoreTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ScoreTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoreTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return QVariant();
    const ScoreItem &item = m_document->evaluation().score.items.at(index.row());
    const auto manual = m_document->manualScores().constFind(item.id);
    const bool hasManual = manual != m_document->manualScores().constEnd();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Level1Column:
            return item.level1;
        case Level2Column:
            return item.level2;
        case NameColumn:
            return item.name;
        case WeightColumn:
            return ScoreCard::pointsText(item.weightCenti);
        case ScoreColumn:
            return item.scoreCenti ? ScoreCard::pointsText(*item.scoreCenti) : tr("待评");
        case ReasonColumn:
            return ScoreText::reason(item);
        }
        break;
    case Qt::EditRole:
        if (index.column() == ScoreColumn)
            return hasManual && manual->scoreCenti ? ScoreCard::pointsText(*manual->scoreCenti) : QString();
        if (index.column() == ReasonColumn)
            return hasManual ? manual->reason : QString();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == WeightColumn || index.column() == ScoreColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::BackgroundRole:
        if (!item.scoreCenti)
            return QBrush(QColor(0xFF, 0xF4, 0xD6)); // waiting for a person
        break;
    case Qt::ToolTipRole:
        if (item.manual && (index.column() == ScoreColumn || index.column() == ReasonColumn))
            return tr("人工评分：填写得分（0至%1分）和扣分原因，两者都要填。").arg(ScoreCard::pointsText(item.weightCenti));
        if (const QString reason = ScoreText::reason(item); !reason.isEmpty())
            return reason;
        return QVariant();
    case IdRole:
        return item.id;
    case ManualRole:
        return item.manual;
    case PendingRole:
        return !item.scoreCenti.has_value();
    default:
        break;
    }
    return QVariant();
}

bool ScoreTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index) || role != Qt::EditRole)
        return false;
    const ScoreItem &item = m_document->evaluation().score.items.at(index.row());
    if (!item.manual)
        return false;
    const auto current = m_document->manualScores().constFind(item.id);
    ManualScore score = current != m_document->manualScores().constEnd() ? *current : ManualScore();

    if (index.column() == ScoreColumn) {
        const QString text = value.toString();
        if (text.trimmed().isEmpty()) {
            return m_document->setManualScore(item.id, std::nullopt);
        }
        QString why;
        const std::optional<qint64> points = parsePoints(text, item.weightCenti, &why);
        if (!points) {
            Q_EMIT inputRejected(index, why);
            return false;
        }
        score.scoreCenti = *points;
    } else if (index.column() == ReasonColumn) {
        score.reason = value.toString().trimmed();
    } else {
        return false;
    }
    if (!score.isComplete()) {
        // Half a manual score (no reason yet, or no score yet) is kept, and counts once whole.
        m_document->setManualScore(item.id, score);
        Q_EMIT inputRejected(index, score.reason.isEmpty() ? tr("请填写扣分原因：没有原因的人工评分不计入总分。")
                                                           : tr("请填写得分。"));
        return true;
    }
    return m_document->setManualScore(item.id, score);
}

std::optional<qint64> ScoreTableModel::parsePoints(const QString &text, qint64 weightCenti, QString *error)
{
    // Points are typed like amounts (full-width digits allowed), two decimals at most.
    const MoneyInput::Result typed = MoneyInput::parse(text);
    const qint64 fen = typed.value.fen();
    if (typed.status != MoneyInput::Status::Valid || fen % 10000 != 0 || fen < 0 || fen / 10000 > weightCenti) {
        if (error)
            *error = tr("得分须是0到%1之间、最多两位小数的数。").arg(ScoreCard::pointsText(weightCenti));
        return std::nullopt;
    }
    return fen / 10000;
}

bool ScoreTableModel::setManualScore(int row, const QString &pointsText, const QString &reason, QString *error)
{
    if (row < 0 || row >= m_rows)
        return false;
    const ScoreItem &item = m_document->evaluation().score.items.at(row);
    if (!item.manual)
        return false;
    const std::optional<qint64> points = parsePoints(pointsText, item.weightCenti, error);
    if (!points)
        return false;
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = tr("请填写扣分原因：没有原因的人工评分不计入总分。");
        return false;
    }
    const auto current = m_document->manualScores().constFind(item.id);
    const ManualScore score{*points, reason.trimmed()};
    if (current != m_document->manualScores().constEnd() && *current == score)
        return true;
    return m_document->setManualScore(item.id, score);
}

Qt::ItemFlags ScoreTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const ScoreItem &item = m_document->evaluation().score.items.at(index.row());
    if (item.manual && (index.column() == ScoreColumn || index.column() == ReasonColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ScoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Level1Column:
        return tr("一级指标");
    case Level2Column:
        return tr("二级指标");
    case NameColumn:
        return tr("三级指标");
    case WeightColumn:
        return tr("分值");
    case ScoreColumn:
        return tr("得分");
    case ReasonColumn:
        return tr("扣分原因");
    }
    return QVariant();
}
