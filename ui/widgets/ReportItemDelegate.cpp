#include "ReportItemDelegate.h"

#include "EditGuards.h"
#include "ReportFields.h"
#include "ReportListModel.h"
#include "SelfEvaluationTableModel.h"

#include <QComboBox>
#include <QLineEdit>

namespace {

QStringList choicesFor(ReportFields::Type type)
{
    if (type == ReportFields::Type::Category)
        return {QStringLiteral("basic"), QStringLiteral("project"), QStringLiteral("transfer")};
    if (type == ReportFields::Type::Direction)
        return {QStringLiteral("higher"), QStringLiteral("lower"), QStringLiteral("exact"), QStringLiteral("qualitative")};
    if (type == ReportFields::Type::Tier) // empty: not rated yet
        return {QString(), QStringLiteral("achieved"), QStringLiteral("partial"), QStringLiteral("not_achieved")};
    return {};
}

ReportFields::Type typeOf(const QModelIndex &index)
{
    return ReportFields::type(index.data(ReportListModel::FieldPathRole).toString());
}

} // namespace

QWidget *ReportItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const ReportFields::Type type = typeOf(index);
    const QStringList choices = choicesFor(type);
    if (choices.isEmpty()) {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        EditGuards::install(editor);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            if (type == ReportFields::Type::Money || type == ReportFields::Type::Decimal)
                line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        return editor;
    }
    auto *combo = new QComboBox(parent);
    for (const QString &key : choices) {
        const QString label = type == ReportFields::Type::Category    ? ReportListModel::categoryLabel(key)
                              : type == ReportFields::Type::Direction ? ReportListModel::directionLabel(key)
                                                                      : SelfEvaluationTableModel::tierLabel(key);
        combo->addItem(label, key);
    }
    EditGuards::install(combo);
    return combo;
}

void ReportItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ReportItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
