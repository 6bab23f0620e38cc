#include "ManualScoreDialog.h"

#include "ScoreCard.h"
#include "ScoreTableModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

ManualScoreDialog::ManualScoreDialog(const QString &itemName, qint64 weightCenti, QWidget *parent)
    : QDialog(parent)
    , m_weightCenti(weightCenti)
    , m_points(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("人工评分"));
    auto *item = new QLabel(tr("%1（分值 %2 分）").arg(itemName, ScoreCard::pointsText(weightCenti)), this);
    item->setTextFormat(Qt::PlainText);
    item->setWordWrap(true);
    m_points->setObjectName(QStringLiteral("points"));
    m_points->setAccessibleName(tr("得分"));
    m_points->setPlaceholderText(tr("0 至 %1").arg(ScoreCard::pointsText(weightCenti)));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setAccessibleName(tr("扣分原因"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_problem->setObjectName(QStringLiteral("inputError"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("评分"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));

    auto *form = new QFormLayout(this);
    form->addRow(item);
    auto *pointsLabel = new QLabel(tr("得分(&S)："), this);
    pointsLabel->setBuddy(m_points);
    form->addRow(pointsLabel, m_points);
    auto *reasonLabel = new QLabel(tr("扣分原因(&R)："), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    form->addRow(m_problem);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_points, &QLineEdit::textChanged, this, &ManualScoreDialog::check);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ManualScoreDialog::check);
    setMinimumWidth(fontMetrics().horizontalAdvance(QChar(0x4E2D)) * 28);
    check();
}

QString ManualScoreDialog::points() const
{
    return m_points->text().trimmed();
}

QString ManualScoreDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ManualScoreDialog::setPoints(const QString &points)
{
    m_points->setText(points);
}

void ManualScoreDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void ManualScoreDialog::check()
{
    QString problem;
    if (!points().isEmpty())
        ScoreTableModel::parsePoints(points(), m_weightCenti, &problem);
    if (problem.isEmpty() && !points().isEmpty() && reason().isEmpty())
        problem = tr("得分和扣分原因一起填写：没有原因的人工评分不计入总分。");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty() && !points().isEmpty() && !reason().isEmpty());
}
