#include "ReportItemDelegate.h"

#include "EditGuards.h"
#include "ReportFields.h"
#include "ReportListModel.h"

#include <QComboBox>
#include <QLineEdit>

namespace {

QStringList choicesFor(ReportFields::Type type)
{
    if (type == ReportFields::Type::Category)
        return {QStringLiteral("basic"), QStringLiteral("project"), QStringLiteral("transfer")};
    if (type == ReportFields::Type::Direction)
        return {QStringLiteral("higher"), QStringLiteral("lower"), QStringLiteral("exact")};
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
        combo->addItem(type == ReportFields::Type::Category ? ReportListModel::categoryLabel(key)
                                                            : ReportListModel::directionLabel(key),
                       key);
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
