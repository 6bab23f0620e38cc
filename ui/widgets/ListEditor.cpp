#include "ListEditor.h"

#include "EditGuards.h"
#include "FieldPath.h"
#include "ReportDocument.h"
#include "ReportItemDelegate.h"
#include "ReportListModel.h"
#include "ReportTableView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ListEditor::ListEditor(ReportDocument *document, ReportListModel *model, const QString &accessibleName,
                       QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(model)
    , m_view(new ReportTableView(this))
    , m_add(new QPushButton(tr("添加"), this))
    , m_remove(new QPushButton(tr("删除"), this))
    , m_up(new QPushButton(tr("上移"), this))
    , m_down(new QPushButton(tr("下移"), this))
    , m_rejection(new QLabel(this))
    , m_comments(new QLabel(this))
{
    m_view->setModel(model);
    m_view->setItemDelegate(new ReportItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(accessibleName);
    m_view->setMinimumHeight(fontMetrics().height() * 9);

    for (QPushButton *b : {m_add, m_remove, m_up, m_down}) {
        b->setAutoDefault(false);
        b->setAccessibleName(b->text() + QLatin1Char(' ') + accessibleName);
    }
    m_rejection->setObjectName(QStringLiteral("inputError"));
    m_rejection->setWordWrap(true);
    m_rejection->setTextFormat(Qt::PlainText); // quotes what was typed
    m_rejection->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_rejection);
    m_comments->setObjectName(QStringLiteral("reviewComment"));
    m_comments->setTextFormat(Qt::PlainText);
    m_comments->setWordWrap(true);
    m_comments->hide();
    layout->addWidget(m_comments);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ListEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &ListEditor::removeRow);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRow(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRow(+1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateButtons();
        refreshDetail();
        Q_EMIT currentRowChanged(currentRow());
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        selectFirstRowIfNone();
        updateButtons();
        refreshDetail();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ListEditor::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ListEditor::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &ListEditor::refreshDetail);
    connect(model, &ReportListModel::inputRejected, this, [this](const QModelIndex &index, const QString &why) {
        m_rejection->setText(tr("第%1行“%2”：%3")
                                 .arg(index.row() + 1)
                                 .arg(m_model->headerData(index.column(), Qt::Horizontal).toString(), why));
        m_rejection->setVisible(true);
    });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_model->hasRejectedInput())
            m_rejection->setVisible(false);
    });
    // Qt fits rows to their text when the data changes, not when a column widens: rows fitted
    // before the window was laid out stayed as tall as a narrow column made them.
    // (Queued: fitting may take the scroll bar away and widen the column once more.)
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_view->verticalHeader()->sectionResizeMode(0) == QHeaderView::ResizeToContents)
            m_view->resizeRowsToContents();
    }, Qt::QueuedConnection);
    selectFirstRowIfNone();
    updateButtons();
}

void ListEditor::selectFirstRowIfNone()
{
    // A row is always chosen when there is one, so its details are on screen.
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void ListEditor::setDetailField(const QString &field, const QString &label)
{
    m_detailField = field;
    m_detailLabel = new QLabel(label, this);
    m_detail = new QPlainTextEdit(this);
    m_detail->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')).remove(QChar(0xFF1A)));
    m_detail->setMinimumHeight(fontMetrics().height() * 5);
    m_detailLabel->setBuddy(m_detail);
    EditGuards::install(m_detail);
    m_detail->setTabChangesFocus(true);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_detailLabel);
    layout->addWidget(m_detail);
    connect(m_detail, &QPlainTextEdit::textChanged, this, [this] {
        const int row = currentRow();
        if (m_refreshingDetail || row < 0)
            return;
        m_refreshingDetail = true; // our own edit: do not reload the text under the cursor
        m_document->setValue(m_model->listPath() + QStringLiteral("[%1].").arg(row) + m_detailField,
                             m_detail->toPlainText());
        m_refreshingDetail = false;
    });
    connect(m_detail, &QPlainTextEdit::blockCountChanged, m_document, &ReportDocument::endTypingSession);
    refreshDetail();
}

void ListEditor::refreshDetail()
{
    if (!m_detail || m_refreshingDetail)
        return;
    const int row = currentRow();
    const QString text = row < 0 ? QString()
                                 : m_document->value(m_model->listPath() + QStringLiteral("[%1].").arg(row) + m_detailField).toString();
    m_detail->setEnabled(row >= 0);
    if (m_detail->toPlainText() != text) {
        m_refreshingDetail = true;
        m_detail->setPlainText(text);
        m_refreshingDetail = false;
    }
}

int ListEditor::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ListEditor::addRow()
{
    const int row = currentRow() < 0 ? m_model->rowCount() : currentRow() + 1;
    if (m_model->insertRows(row, 1)) {
        const QModelIndex cell = m_model->index(row, 0);
        m_view->setCurrentIndex(cell);
        m_view->edit(cell);
    }
}

void ListEditor::removeRow()
{
    const int row = currentRow();
    if (row >= 0)
        m_model->removeRows(row, 1);
    updateButtons();
}

void ListEditor::moveRow(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    const int column = m_view->currentIndex().column();
    if (m_model->moveRows(QModelIndex(), row, 1, QModelIndex(), delta > 0 ? to + 1 : to))
        m_view->setCurrentIndex(m_model->index(to, column));
}

void ListEditor::updateRowSizing()
{
    // Rows fit their text while the list is short; a long list (hundreds of adjustments)
    // gets fixed rows, since fitting every row on every edit costs more than a frame.
    const bool fit = m_model->rowCount() <= 60;
    QHeaderView *rows = m_view->verticalHeader();
    if (fit && rows->sectionResizeMode(0) != QHeaderView::ResizeToContents) {
        rows->setSectionResizeMode(QHeaderView::ResizeToContents);
    } else if (!fit && rows->sectionResizeMode(0) != QHeaderView::Interactive) {
        rows->setSectionResizeMode(QHeaderView::Interactive);
        rows->setDefaultSectionSize(fontMetrics().lineSpacing() * 2 + 6);
    }
}

void ListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                           | QAbstractItemView::AnyKeyPressed);
    if (m_detail)
        m_detail->setReadOnly(readOnly);
    m_add->setEnabled(!readOnly);
    updateButtons();
}

void ListEditor::updateButtons()
{
    updateRowSizing();
    if (m_readOnly) {
        for (QPushButton *b : {m_add, m_remove, m_up, m_down})
            b->setEnabled(false);
        return;
    }
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

bool ListEditor::focusPath(const QString &path)
{
    const QModelIndex cell = m_model->indexOfPath(path);
    if (path == m_model->listPath()) {
        m_view->setFocus();
        return true;
    }
    if (!cell.isValid())
        return false;
    m_view->setCurrentIndex(cell);
    m_view->scrollTo(cell);
    if (m_detail && path.endsWith(QLatin1Char('.') + m_detailField))
        m_detail->setFocus();
    else
        m_view->setFocus();
    return true;
}

void ListEditor::showComments(const QHash<QString, QStringList> &comments)
{
    QStringList lines;
    const QString list = m_model->listPath();
    for (auto it = comments.constBegin(); it != comments.constEnd(); ++it) {
        int row = -1;
        if (!list.isEmpty() && it.key() == list)
            lines.append(tr("审核意见：%1").arg(it.value().join(QStringLiteral("；"))));
        else if (!list.isEmpty() && pathIsInList(it.key(), list, &row))
            lines.append(tr("审核意见（第%1行）：%2").arg(row + 1).arg(it.value().join(QStringLiteral("；"))));
    }
    lines.sort();
    m_comments->setText(lines.join(QLatin1Char('\n')));
    m_comments->setVisible(!lines.isEmpty());
}
