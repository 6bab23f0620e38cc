#include "FillDialog.h"

#include "Dialogs.h"
#include "FieldNames.h"
#include "FillWording.h"
#include "FindingText.h"
#include "ReportDocument.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString wanText(const QVariant &value)
{
    if (!value.isValid())
        return FillDialog::tr("（未填写）");
    const Money m = value.value<Money>();
    return m.fen() % 10000 == 0 ? m.toWan() : m.toExactWan();
}

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

FillDialog::FillDialog(ReportDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_fileList(new QListWidget(this))
    , m_removeFile(new QPushButton(tr("移除(&R)"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_problems(wrappingLabel(QStringLiteral("fillProblems"), this))
    , m_checks(wrappingLabel(QStringLiteral("fillChecks"), this))
    , m_apply(new QPushButton(tr("填入勾选的数字(&A)"), this))
{
    setObjectName(QStringLiteral("FillDialog"));
    setWindowTitle(tr("从决算/预算报表填入"));
    auto *intro = new QLabel(tr("选择本部门公开的决算表、预算表（.xlsx 或 .xls）。表格按标题识别，数字按行、列的名称查找；"
                                "勾选要填入的数字，再按“填入”。填入是一步操作，可以撤销。"),
                             this);
    intro->setWordWrap(true);

    m_fileList->setObjectName(QStringLiteral("fillFiles"));
    m_fileList->setAccessibleName(tr("报表文件"));
    m_fileList->setMaximumHeight(fontMetrics().height() * 5);
    auto *add = new QPushButton(tr("添加文件(&F)…"), this);
    add->setObjectName(QStringLiteral("fillAddFile"));
    m_removeFile->setObjectName(QStringLiteral("fillRemoveFile"));
    connect(add, &QPushButton::clicked, this, &FillDialog::chooseFiles);
    connect(m_removeFile, &QPushButton::clicked, this, &FillDialog::removeSelectedFile);
    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(add);
    fileButtons->addWidget(m_removeFile);
    fileButtons->addStretch();
    auto *files = new QHBoxLayout;
    files->addWidget(m_fileList, 1);
    files->addLayout(fileButtons);

    m_table->setObjectName(QStringLiteral("fillFigures"));
    m_table->setAccessibleName(tr("从报表读到的数字"));
    m_table->setHorizontalHeaderLabels({tr("填入"), tr("新值（万元）"), tr("当前值（万元）"), tr("来源"), tr("说明")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // The source (file › sheet › cell and the labels) is what a clerk checks before ticking:
    // it wraps whole rather than being cut to "决算表.xlsx ›…"; so does the note.
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_apply->setObjectName(QStringLiteral("fillApply"));
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(files);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_checks);
    layout->addWidget(buttons);

    // The checks follow the document: after applying, after undo, after any edit.
    connect(m_document, &ReportDocument::findingsChanged, this, &FillDialog::updateChecks);
    connect(m_document, &ReportDocument::figuresChanged, this, &FillDialog::updateChecks);
    connect(m_document, &ReportDocument::changed, this, &FillDialog::showFigures);
    const int em = fontMetrics().horizontalAdvance(QChar(0x4E2D));
    resize(em * 70, em * 40);
    reread();
}

void FillDialog::start(ReportDocument *document, QWidget *parent)
{
    auto *dialog = new FillDialog(document, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->chooseFiles();
}

void FillDialog::chooseFiles()
{
    // The 决算 and the 预算 table together (Ctrl+click), as the command line takes them.
    const QStringList files = Dialogs::openFileNames(this, tr("选择决算或预算公开表"), tr("Excel 表格 (*.xlsx *.xls);;所有文件 (*)"));
    if (!files.isEmpty())
        addFiles(files);
}

void FillDialog::addFiles(const QStringList &files)
{
    for (const QString &f : files) {
        if (!m_files.contains(f))
            m_files.append(f);
    }
    reread();
}

void FillDialog::removeSelectedFile()
{
    const int row = m_fileList->currentRow();
    if (row < 0 || row >= m_files.size())
        return;
    m_files.removeAt(row);
    reread();
}

void FillDialog::reread()
{
    m_fill = m_files.isEmpty() ? TableFill() : TableFill::fromFiles(m_files);
    m_fileList->clear();
    for (const QString &f : std::as_const(m_files))
        m_fileList->addItem(f);
    m_removeFile->setEnabled(!m_files.isEmpty());
    QStringList lines;
    for (const TableFinding &f : m_fill.findings)
        lines.append((f.isInconsistency() ? tr("自相矛盾：") : tr("未能使用：")) + FillWording::finding(f));
    if (!m_files.isEmpty() && m_fill.filled.isEmpty())
        lines.append(tr("没有读到任何数字。"));
    for (const QString &path : std::as_const(m_fill.notFound)) {
        if (!m_files.isEmpty() && !m_fill.filled.isEmpty())
            lines.append(tr("报表中没有：%1（保持原值）").arg(FieldNames::label(path)));
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    showFigures();
    updateChecks();
}

void FillDialog::showFigures()
{
    // Ticks survive a refresh (the document changed under the dialog).
    QHash<QString, bool> ticked;
    for (int r = 0; r < m_table->rowCount(); ++r)
        ticked.insert(m_table->item(r, FigureColumn)->data(Qt::UserRole).toString(),
                      m_table->item(r, FigureColumn)->checkState() == Qt::Checked);
    m_table->setRowCount(int(m_fill.filled.size()));
    for (int r = 0; r < m_fill.filled.size(); ++r) {
        const FilledFigure &f = m_fill.filled[r];
        const QVariant current = m_document->value(f.path);
        const bool differs = !current.isValid() || current.value<Money>() != f.value;
        auto *figure = new QTableWidgetItem(FieldNames::label(f.path));
        figure->setData(Qt::UserRole, f.path);
        figure->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        figure->setCheckState(ticked.value(f.path, differs) ? Qt::Checked : Qt::Unchecked);
        figure->setToolTip(f.path);
        m_table->setItem(r, FigureColumn, figure);
        auto *value = new QTableWidgetItem(wanText(QVariant::fromValue(f.value)));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (differs) {
            QFont bold = value->font();
            bold.setBold(true);
            value->setFont(bold);
        }
        m_table->setItem(r, NewColumn, value);
        auto *old = new QTableWidgetItem(wanText(current));
        old->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, CurrentColumn, old);
        const QString source = tr("%1（%2）").arg(FillWording::place(f.source), FillWording::labels(f.source));
        auto *sourceItem = new QTableWidgetItem(source);
        sourceItem->setToolTip(f.source.file);
        m_table->setItem(r, SourceColumn, sourceItem);
        m_table->setItem(r, NoteColumn, new QTableWidgetItem(FillWording::note(f)));
    }
    // The amounts as wide as their titles; the figure's name and the note at most about 14
    // and 16 characters wide (they wrap, long in English): the source keeps the room.
    const int em = fontMetrics().horizontalAdvance(QChar(0x4E2D));
    for (const int column : {FigureColumn, NewColumn, CurrentColumn, NoteColumn})
        m_table->resizeColumnToContents(column);
    m_table->setColumnWidth(FigureColumn, qMin(m_table->columnWidth(FigureColumn), em * 14));
    m_table->setColumnWidth(NoteColumn, qMin(m_table->columnWidth(NoteColumn), em * 16));
    m_apply->setEnabled(!m_fill.filled.isEmpty() && !m_document->isReadOnly());
}

int FillDialog::apply()
{
    QList<QPair<QString, QVariant>> values;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *item = m_table->item(r, FigureColumn);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString path = item->data(Qt::UserRole).toString();
        for (const FilledFigure &f : std::as_const(m_fill.filled)) {
            if (f.path == path)
                values.append({path, QVariant::fromValue(f.value)});
        }
    }
    return m_document->setValues(values, tr("从决算/预算报表填入 %1 项").arg(values.size()));
}

void FillDialog::updateChecks()
{
    const Finding *balance = nullptr;
    for (const Finding &f : m_document->evaluation().findings) {
        if (f.code == QLatin1String("balance_mismatch"))
            balance = &f;
    }
    if (!m_document->evaluation().figures.carryoverOut) {
        m_checks->setText(tr("年末结转尚未填写，还不能核对资金结余。"));
        m_checks->setProperty("balanced", false);
        return;
    }
    if (balance)
        m_checks->setText(tr("账目不平衡（balance_mismatch）：%1\n决算表里的数字已包含年中追加或调减的预算；"
                             "如果报告中还没有填写年中预算调整，就会这样不平衡，请在“年中预算调整”中补齐。")
                              .arg(FindingText::message(*balance)));
    else
        m_checks->setText(tr("账目平衡：上年结转 + 全年预算 − 全年支出 − 财政收回 = 年末结转。"));
    m_checks->setProperty("balanced", balance == nullptr);
}
