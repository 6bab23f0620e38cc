#include "SelfEvaluationPage.h"

#include "FieldBinder.h"
#include "GradeName.h"
#include "ListEditor.h"
#include "OneLineItemDelegate.h"
#include "ReportDocument.h"
#include "ReportFigures.h"
#include "SelfEvaluationTableModel.h"
#include "SelfEvaluationText.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString wan(const Money &m)
{
    return m.toWan();
}

} // namespace

SelfEvaluationPage::SelfEvaluationPage(ReportDocument *document, QWidget *parent)
    : FormPage(document, tr("自评表"), parent)
{
    setObjectName(QStringLiteral("selfEvaluationPage"));
    addExecution();
    addFundsBySource();
    addGoal();
    addIndicators();
    addTotals();
    addPreparer();
    finish();

    connect(document, &ReportDocument::tableChanged, this, &SelfEvaluationPage::updateTotals);
    connect(document, &ReportDocument::changed, this, &SelfEvaluationPage::updateTotals);
    updateTotals();
}

// 1. 预算执行情况, from the figures already entered: nothing to type twice.
void SelfEvaluationPage::addExecution()
{
    QFormLayout *execution = addSection(tr("预算执行情况（单位：万元）"));
    auto table = [document = m_document] { return document->evaluation().table; };
    addComputed(execution, tr("年初预算数 = 年初预算 + 上年结转："), [](const ReportFigures &f) {
        Money sum;
        if (f.overflow || !Money::addChecked(f.initial, f.carryoverIn, &sum))
            return QString();
        return QStringLiteral("%1 + %2 = %3").arg(wan(f.initial), wan(f.carryoverIn), wan(sum));
    });
    addComputed(execution, tr("全年预算数 = 全年预算 + 上年结转："), [](const ReportFigures &f) {
        return f.overflow ? QString() : QStringLiteral("%1 + %2 = %3").arg(wan(f.budget), wan(f.carryoverIn), wan(f.available));
    });
    addComputed(execution, tr("全年执行数 = 全年支出："), [](const ReportFigures &f) { return f.overflow ? QString() : wan(f.spent); });
    addComputed(execution, tr("执行率 = 全年执行数 ÷ 全年预算数："), [table](const ReportFigures &) {
        const SelfEvaluation t = table();
        return t.rate ? QStringLiteral("%1/%2*100%=%3%").arg(wan(t.spent), wan(t.full), t.rate->percentText()) : tr("不适用（全年预算数为0）");
    });
    addComputed(execution, tr("得分 = 分值 × 执行率（最高为分值）："), [table](const ReportFigures &) {
        const SelfEvaluation t = table();
        if (!t.executionScoreCenti)
            return tr("待评");
        return tr("%1 × %2% = %3分").arg(SelfEvaluationText::points(t.executionWeightCenti), t.rate->percentText(),
                                          SelfEvaluationText::points(*t.executionScoreCenti));
    });

    // The formulas are longer than an amount: room for "1843.29 + 30.55 = 1873.84" and more.
    for (QLineEdit *formula : execution->parentWidget()->findChildren<QLineEdit *>()) {
        formula->setMaximumWidth(QWIDGETSIZE_MAX);
        formula->setMinimumWidth(formula->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 40);
        formula->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
}

// 其中: the funds by source, each with its three columns.
void SelfEvaluationPage::addFundsBySource()
{
    QFormLayout *sources = addSection(tr("其中（可选，各项合计应等于年度资金总额）"));
    const struct { const char *key; const char *name; } kinds[] = {
        {"appropriation", QT_TR_NOOP("当年财政拨款")}, {"carryover", QT_TR_NOOP("上年结转资金")}, {"other", QT_TR_NOOP("其他资金")}};
    const struct { const char *key; const char *name; } columns[] = {
        {"initial", QT_TR_NOOP("年初预算数")}, {"full", QT_TR_NOOP("全年预算数")}, {"spent", QT_TR_NOOP("全年执行数")}};
    int mnemonic = 1; // &1 … &9
    for (const auto &k : kinds) {
        for (const auto &c : columns)
            addMoney(sources, tr("%1 %2(&%3)：").arg(tr(k.name), tr(c.name)).arg(mnemonic++),
                     QStringLiteral("funds_by_source.%1.%2").arg(QLatin1String(k.key), QLatin1String(c.key)));
    }
}

// 2. 年度总体目标.
void SelfEvaluationPage::addGoal()
{
    QFormLayout *goal = addSection(tr("年度总体目标"));
    addText(goal, tr("预期目标(&G)："), QStringLiteral("overall_goal.expected"), 3);
    addText(goal, tr("实际完成情况(&A)："), QStringLiteral("overall_goal.achieved"), 3);
}

// 3. 绩效指标: the grid, with a hint on what may be typed and pasted.
void SelfEvaluationPage::addIndicators()
{
    QVBoxLayout *grid = addPlainSection(tr("绩效指标"));
    auto *hint = new QLabel(tr("指标性质：≥ 越高越好，≤ 越低越好，= 定值，定性指标选档次并在档次范围内评分。"
                               "可从 Excel 或 WPS 复制多行，选中单元格后按 Ctrl+V 粘贴；Ctrl+C 复制选中的行；"
                               "Ctrl+Enter 在末尾添加一行。"));
    hint->setWordWrap(true);
    grid->addWidget(hint);
    m_model = new SelfEvaluationTableModel(m_document, this);
    m_indicators = new ListEditor(m_document, m_model, tr("绩效指标"), this);
    m_indicators->setObjectName(QStringLiteral("selfEvaluationIndicators"));
    m_indicators->view()->setSelectionMode(QAbstractItemView::ContiguousSelection);
    sizeColumns(m_indicators->view()->horizontalHeader());
    m_indicators->view()->setMinimumHeight(fontMetrics().height() * 24);
    m_indicators->setDetailField(QStringLiteral("deviation"), tr("所选指标的偏差原因分析及改进措施(&D)："));
    // The reason has that roomy editor: one line in the grid, or it makes its row ten lines tall.
    m_indicators->view()->setItemDelegateForColumn(SelfEvaluationTableModel::Deviation, new OneLineItemDelegate(m_indicators->view()));
    m_indicators->view()->installEventFilter(this);
    addList(m_indicators, grid);
}

// Twelve columns at Qt's default 100 px each put 得分 out of sight on a 1600 px screen: the
// names wrap at about five characters, the short columns fit their contents, and the reason,
// last, takes what is left (it has its roomy editor below the grid).
void SelfEvaluationPage::sizeColumns(QHeaderView *header) const
{
    using M = SelfEvaluationTableModel;
    const int character = fontMetrics().horizontalAdvance(QChar(0x4E2D)); // 中
    const int padding = fontMetrics().horizontalAdvance(QLatin1Char('0')) * 2;
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const struct { int column; int characters; } widths[] = {
        {M::Level1, 5}, {M::Level2, 5}, {M::Name, 6}, {M::Target, 5}, {M::Actual, 5}, {M::Tier, 6}};
    QFont bold = header->font(); // the current column's title is bold
    bold.setBold(true);
    const QFontMetrics titles(bold);
    for (const auto &w : widths) { // and never narrower than the column's title
        const QString title = header->model()->headerData(w.column, Qt::Horizontal).toString();
        header->resizeSection(w.column, qMax(w.characters * character, titles.horizontalAdvance(title)) + padding);
    }
    for (const int column : {M::Unit, M::Direction, M::Weight, M::Score, M::RowScore})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

// Totals, the ceiling and the grade.
void SelfEvaluationPage::addTotals()
{
    QVBoxLayout *totals = addPlainSection(tr("合计"));
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("selfEvaluationTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    totals->addWidget(m_totals);
}

void SelfEvaluationPage::addPreparer()
{
    QFormLayout *preparer = addSection(tr("填报人"));
    addLine(preparer, tr("填报人(&R)："), QStringLiteral("preparer.name"));
    addLine(preparer, tr("联系电话(&T)："), QStringLiteral("preparer.phone"));
    // 填报日期: left out, the printed form leaves it blank to be written by hand.
    auto *given = new QCheckBox(tr("注明填报日期(&E)"), preparer->parentWidget());
    given->setObjectName(QStringLiteral("preparerDateGiven"));
    auto *date = new QDateEdit(preparer->parentWidget());
    date->setObjectName(QStringLiteral("preparerDate"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setDate(QDate::currentDate());
    date->setAccessibleName(tr("填报日期"));
    preparer->addRow(given);
    auto *label = new QLabel(tr("填报日期(&F)："), preparer->parentWidget());
    label->setBuddy(date);
    preparer->addRow(label, date);
    m_binder->bindDate(given, date, QStringLiteral("preparer.date"));
}

void SelfEvaluationPage::updateTotals()
{
    const SelfEvaluation &t = m_document->evaluation().table;
    QStringList lines;
    lines.append(tr("预算执行%1分（分值%2分） + 绩效指标%3分（分值%4分）")
                     .arg(SelfEvaluationText::optionalPoints(t.executionScoreCenti), SelfEvaluationText::points(t.executionWeightCenti),
                          SelfEvaluationText::optionalPoints(t.indicatorScoreCenti), SelfEvaluationText::points(t.indicatorWeightCenti)));
    if (!t.rows.isEmpty() && t.rowWeightSumCenti != t.indicatorWeightCenti && t.indicatorScoreCenti)
        lines.append(tr("各项指标分值合计%1分，不是%2分：指标得分%3分已按%2÷%1折算为%4分。")
                         .arg(SelfEvaluationText::points(t.rowWeightSumCenti), SelfEvaluationText::points(t.indicatorWeightCenti),
                              SelfEvaluationText::points(t.rowScoreSumCenti), SelfEvaluationText::points(*t.indicatorScoreCenti)));
    if (const QString cap = SelfEvaluationText::ceiling(t); !cap.isEmpty())
        lines.append(cap);
    lines.append(SelfEvaluationText::windowTotal(t, GradeName::display(t.grade)));
    m_totals->setText(lines.join(QLatin1Char('\n')));
}

bool SelfEvaluationPage::focusPath(const QString &path)
{
    if (m_indicators->focusPath(path))
        return true;
    return FormPage::focusPath(path);
}

int SelfEvaluationPage::pasteFromClipboard()
{
    const QString text = QApplication::clipboard()->text();
    QTableView *view = m_indicators->view();
    const int n = m_model->pasteTabSeparated(text, view->currentIndex());
    if (n > 0) {
        const QModelIndex first = view->currentIndex().isValid() ? view->currentIndex() : m_model->index(0, 0);
        view->setCurrentIndex(first);
    }
    return n;
}

void SelfEvaluationPage::copyToClipboard() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_indicators->view()->selectionModel()->selectedIndexes()) {
        if (!rows.contains(i.row()))
            rows.append(i.row());
    }
    if (rows.isEmpty() && m_indicators->view()->currentIndex().isValid())
        rows.append(m_indicators->view()->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    if (!rows.isEmpty())
        QApplication::clipboard()->setText(m_model->copyTabSeparated(rows));
}

void SelfEvaluationPage::addRowFromKeyboard()
{
    if (m_document->isReadOnly())
        return;
    const int row = m_model->rowCount();
    if (m_model->insertRows(row, 1)) {
        m_indicators->view()->setCurrentIndex(m_model->index(row, 0));
        m_indicators->view()->setFocus();
    }
}

bool SelfEvaluationPage::eventFilter(QObject *watched, QEvent *event)
{
    // Keys typed into a cell's editor go to the editor, not here: these are the grid's own.
    if (m_indicators && watched == m_indicators->view() && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste)) {
            pasteFromClipboard();
            return true;
        }
        if (key->matches(QKeySequence::Copy)) {
            copyToClipboard();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ControlModifier) {
            addRowFromKeyboard();
            return true;
        }
    }
    return FormPage::eventFilter(watched, event);
}
