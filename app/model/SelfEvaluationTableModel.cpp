#include "SelfEvaluationTableModel.h"

#include "MoneyInput.h"
#include "ReportDocument.h"
#include "SelfEvaluationText.h"

#include <QBrush>
#include <QColor>

namespace {

const QString List = QStringLiteral("target_indicators");

QString rowPath(int row, const char *field)
{
    return List + QStringLiteral("[%1].").arg(row) + QLatin1String(field);
}

} // namespace

SelfEvaluationTableModel::SelfEvaluationTableModel(ReportDocument *document, QObject *parent)
    : ReportListModel(document, List,
                      {{tr("一级指标"), QStringLiteral("level1")},
                       {tr("二级指标"), QStringLiteral("level2")},
                       {tr("三级指标"), QStringLiteral("name")},
                       {tr("单位"), QStringLiteral("unit")},
                       {tr("指标性质"), QStringLiteral("direction")},
                       {tr("年度指标值"), QStringLiteral("target")},
                       {tr("实际完成值"), QStringLiteral("actual")},
                       {tr("分值"), QStringLiteral("weight")},
                       {tr("档次（定性）"), QStringLiteral("tier")},
                       {tr("评分（定性）"), QStringLiteral("score")},
                       {tr("得分"), QStringLiteral("row_score")},
                       {tr("偏差原因分析及改进措施"), QStringLiteral("deviation")}},
                      parent)
    , m_doc(document)
{
    connect(document, &ReportDocument::tableChanged, this, &SelfEvaluationTableModel::onScoresChanged);
    connect(document, &ReportDocument::findingsChanged, this, &SelfEvaluationTableModel::onScoresChanged);
}

void SelfEvaluationTableModel::onScoresChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, RowScore), index(rowCount() - 1, RowScore));
}

bool SelfEvaluationTableModel::isQualitative(int row) const
{
    return m_doc->value(rowPath(row, "direction")).toString() == QLatin1String("qualitative");
}

QString SelfEvaluationTableModel::tierLabel(const QString &key)
{
    if (const std::optional<QualitativeTier> t = qualitativeTierFromKey(key))
        return SelfEvaluationText::tierLabel(*t);
    return QString();
}

QVariant SelfEvaluationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return QVariant();
    const int row = index.row();
    switch (index.column()) {
    case RowScore: {
        const QList<TargetIndicatorScore> &rows = m_doc->evaluation().table.rows;
        if (row >= rows.size())
            return QVariant();
        const TargetIndicatorScore &s = rows[row];
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return SelfEvaluationText::optionalPoints(s.scoreCenti);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && !s.isScored())
            return s.state == TargetIndicatorScore::State::OutOfTier ? tr("评分不在所选档次的范围内，尚未计分")
                                                                     : tr("缺少年度指标值、实际完成值或评分，尚未计分");
        if (role == Qt::ForegroundRole && !s.isScored())
            return QBrush(QColor(0x80, 0x60, 0x00));
        if (role == FieldPathRole)
            return rowPath(row, "score");
        return QVariant();
    }
    case Target:
    case Actual:
        if (isQualitative(row) && (role == Qt::DisplayRole || role == Qt::EditRole))
            return m_doc->value(rowPath(row, index.column() == Target ? "target_text" : "actual_text"));
        if (isQualitative(row) && role == Qt::TextAlignmentRole) // words, not a number
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        break;
    case Tier:
        if (role == Qt::DisplayRole)
            return isQualitative(row) ? tierLabel(m_doc->value(rowPath(row, "tier")).toString()) : QString();
        if (role == Qt::EditRole)
            return m_doc->value(rowPath(row, "tier"));
        break;
    case Score:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            const QVariant v = m_doc->value(rowPath(row, "score"));
            if (!isQualitative(row) && role == Qt::DisplayRole)
                return QString();
            if (const std::optional<ReportDocument::Refusal> refused = m_doc->refusedInput(rowPath(row, "score")))
                return refused->text;
            return v.isValid() ? SelfEvaluationText::points(v.toLongLong()) : QString();
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Weight:
        if ((role == Qt::DisplayRole || role == Qt::EditRole) && !m_doc->refusedInput(rowPath(row, "weight"))) {
            const QVariant v = m_doc->value(rowPath(row, "weight"));
            return v.isValid() ? SelfEvaluationText::points(v.value<Decimal>().millionths() / (Decimal::Scale / 100)) : QString();
        }
        break;
    case Direction:
        if (role == Qt::DisplayRole)
            return SelfEvaluationText::directionLabel(targetDirectionFromKey(m_doc->value(rowPath(row, "direction")).toString())
                                                          .value_or(TargetDirection::Higher));
        break;
    default:
        break;
    }
    return ReportListModel::data(index, role);
}

Qt::ItemFlags SelfEvaluationTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = ReportListModel::flags(index);
    if (!index.isValid())
        return f;
    // The row's 得分 is computed; 档次 and 评分 are the evaluator's, for qualitative rows only.
    if (index.column() == RowScore || ((index.column() == Tier || index.column() == Score) && !isQualitative(index.row())))
        f &= ~Qt::ItemIsEditable;
    if (index.column() == Tier || index.column() == Score)
        f |= isQualitative(index.row()) ? Qt::ItemIsEditable : Qt::NoItemFlags;
    return f;
}

bool SelfEvaluationTableModel::setDirection(int row, const QString &key)
{
    const QString before = m_doc->value(rowPath(row, "direction")).toString();
    if (key == before)
        return false;
    QList<QPair<QString, QVariant>> values = {{rowPath(row, "direction"), key}};
    const bool toQualitative = key == QLatin1String("qualitative");
    const bool fromQualitative = before == QLatin1String("qualitative");
    // The row's values come along: 700 becomes the text "700", and back when it is a number.
    for (const char *field : {"target", "actual"}) {
        const QString text = QString::fromLatin1(field) + QStringLiteral("_text");
        if (toQualitative) {
            const QVariant v = m_doc->value(rowPath(row, field));
            if (v.isValid()) {
                values.append({rowPath(row, qPrintable(text)), v.value<Decimal>().toString()});
                values.append({rowPath(row, field), QVariant()});
            }
        } else if (fromQualitative) {
            const QString typed = m_doc->value(rowPath(row, qPrintable(text))).toString();
            const MoneyInput::Result parsed = MoneyInput::parse(typed);
            if (parsed.status == MoneyInput::Status::Valid)
                values.append({rowPath(row, field), QVariant::fromValue(Decimal::fromMillionths(parsed.value.fen()))});
            values.append({rowPath(row, qPrintable(text)), QString()});
        }
    }
    if (fromQualitative) { // the evaluator's tier and score belong to a qualitative row
        values.append({rowPath(row, "tier"), QVariant()});
        values.append({rowPath(row, "score"), QVariant()});
    }
    return m_doc->setValues(values, tr("修改第%1项绩效指标的指标性质").arg(row + 1)) > 0;
}

bool SelfEvaluationTableModel::setPoints(const QModelIndex &index, const QString &text)
{
    const bool weight = index.column() == Weight;
    const QString path = rowPath(index.row(), weight ? "weight" : "score");
    const MoneyInput::Result typed = MoneyInput::parse(text);
    QString problem;
    if (typed.status == MoneyInput::Status::Invalid) // not in 万元, as MoneyInput would say
        problem = tr("“%1”不是分数：请只填数字，例如 9.50。").arg(text.trimmed());
    else if (typed.status == MoneyInput::Status::Valid && typed.value.fen() % (Decimal::Scale / 100) != 0)
        problem = tr("分数最多两位小数");
    else if (typed.status == MoneyInput::Status::Valid && weight && typed.value.isNegative())
        problem = tr("分值不能为负数");
    if (!problem.isEmpty()) {
        if (m_doc->setRefusedInput(path, text, problem))
            Q_EMIT inputRejected(index, problem);
        return false;
    }
    QVariant value;
    if (typed.status == MoneyInput::Status::Valid)
        value = weight ? QVariant::fromValue(Decimal::fromMillionths(typed.value.fen()))
                       : QVariant(qint64(typed.value.fen() / (Decimal::Scale / 100)));
    const bool changed = m_doc->setValue(path, value);
    const bool hadRefused = m_doc->clearRefusedInput(path);
    return changed || hadRefused;
}

bool SelfEvaluationTableModel::setQualitativeText(const QModelIndex &index, const QString &text)
{
    return m_doc->setValue(rowPath(index.row(), index.column() == Target ? "target_text" : "actual_text"), text);
}

bool SelfEvaluationTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index) || role != Qt::EditRole)
        return ReportListModel::setData(index, value, role);
    bool changed = false;
    switch (index.column()) {
    case RowScore:
        return false;
    case Direction: {
        const QString key = directionKeyOf(value.toString());
        if (key.isEmpty())
            return false;
        changed = setDirection(index.row(), key);
        break;
    }
    case Tier: {
        const QString typed = value.toString();
        const QString key = tierKeyOf(typed);
        if (key.isEmpty() && !typed.trimmed().isEmpty())
            return false;
        changed = m_doc->setValue(rowPath(index.row(), "tier"), key.isEmpty() ? QVariant() : QVariant(key));
        break;
    }
    case Weight:
    case Score:
        changed = setPoints(index, value.toString());
        break;
    case Target:
    case Actual:
        if (isQualitative(index.row())) {
            changed = setQualitativeText(index, value.toString());
            break;
        }
        return ReportListModel::setData(index, value, role);
    default:
        return ReportListModel::setData(index, value, role);
    }
    m_doc->endTypingSession();
    return changed;
}

QString SelfEvaluationTableModel::directionKeyOf(const QString &typed)
{
    const QString t = typed.trimmed().toLower();
    static const QList<std::pair<const char *, QStringList>> keys = {
        {"higher", {QStringLiteral("higher"), QStringLiteral("≥"), QStringLiteral(">="), QStringLiteral("＞＝"), QStringLiteral("正向"),
                    QStringLiteral("正向指标"), QStringLiteral("越高越好")}},
        {"lower", {QStringLiteral("lower"), QStringLiteral("≤"), QStringLiteral("<="), QStringLiteral("＜＝"), QStringLiteral("反向"),
                   QStringLiteral("反向指标"), QStringLiteral("越低越好")}},
        {"exact", {QStringLiteral("exact"), QStringLiteral("="), QStringLiteral("＝"), QStringLiteral("定值")}},
        {"qualitative", {QStringLiteral("qualitative"), QStringLiteral("定性"), QStringLiteral("定性指标")}},
    };
    for (const auto &[key, words] : keys) {
        if (words.contains(t))
            return QString::fromLatin1(key);
    }
    // The window's own label in its language (≥ 正向 …, or Qualitative).
    for (const auto &[key, words] : keys) {
        const QString k = QString::fromLatin1(key);
        if (t == SelfEvaluationText::directionLabel(*targetDirectionFromKey(k)).toLower() || t == directionLabel(k).toLower())
            return k;
    }
    return QString();
}

QString SelfEvaluationTableModel::tierKeyOf(const QString &typed)
{
    const QString t = typed.trimmed();
    for (QualitativeTier tier : {QualitativeTier::Achieved, QualitativeTier::Partial, QualitativeTier::NotAchieved}) {
        if (t == qualitativeTierKey(tier) || t == SelfEvaluationText::tierLabel(tier)
            || t == SelfEvaluationText::tierLabel(tier, TextLanguage::Chinese))
            return qualitativeTierKey(tier);
    }
    if (t == QStringLiteral("达成") || t == QStringLiteral("完成"))
        return QStringLiteral("achieved");
    if (t == QStringLiteral("部分达成"))
        return QStringLiteral("partial");
    if (t == QStringLiteral("未达成"))
        return QStringLiteral("not_achieved");
    return QString();
}

QList<QStringList> SelfEvaluationTableModel::parseTabSeparated(const QString &text)
{
    // Excel/WPS: cells by tabs, rows by line breaks; a cell holding a tab, a line break or a
    // quote is quoted, quotes doubled. The text ends with a line break (dropped).
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cellStart) {
            quoted = true;
            cellStart = false;
        } else if (c == QLatin1Char('\t')) {
            row.append(cell);
            cell.clear();
            cellStart = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            cellStart = true;
        } else {
            cell += c;
            cellStart = false;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

QStringList SelfEvaluationTableModel::splitTabSeparated(const QString &text)
{
    QStringList out;
    for (const QStringList &row : parseTabSeparated(text))
        out.append(row.join(QLatin1Char('\t')));
    return out;
}

int SelfEvaluationTableModel::pasteTabSeparated(const QString &text, const QModelIndex &topLeft)
{
    const QList<QStringList> rows = parseTabSeparated(text);
    if (rows.isEmpty() || m_doc->isReadOnly())
        return 0;
    const int firstRow = topLeft.isValid() ? topLeft.row() : rowCount();
    const int firstColumn = topLeft.isValid() ? topLeft.column() : 0;
    m_doc->beginEditGroup(tr("粘贴%1行绩效指标").arg(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const int row = firstRow + r;
        if (row >= rowCount())
            insertRows(rowCount(), 1);
        // Direction first: it decides how the values of the row are read.
        const QStringList &cells = rows[r];
        const int directionAt = Direction - firstColumn;
        if (directionAt >= 0 && directionAt < cells.size())
            setData(index(row, Direction), cells[directionAt]);
        for (int c = 0; c < cells.size(); ++c) {
            const int column = firstColumn + c;
            if (column >= ColumnCount || column == Direction || column == RowScore)
                continue;
            if ((column == Tier || column == Score) && !isQualitative(row))
                continue;
            setData(index(row, column), cells[c]);
        }
    }
    m_doc->endEditGroup();
    return int(rows.size());
}

QString SelfEvaluationTableModel::copyTabSeparated(const QList<int> &rows) const
{
    auto field = [](QString cell) {
        if (cell.contains(QLatin1Char('\t')) || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('"')))
            return QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return cell;
    };
    QString out;
    for (int row : rows) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells.append(field(data(index(row, c), Qt::DisplayRole).toString()));
        out += cells.join(QLatin1Char('\t')) + QStringLiteral("\r\n");
    }
    return out;
}
