#include "CommentsPanel.h"

#include "Dialogs.h"
#include "FieldNames.h"
#include "WorkspaceSession.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

CommentsPanel::CommentsPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("对当前字段提意见(&M)…"), this))
    , m_resolve(new QPushButton(tr("标记为已解决"), this))
{
    m_list->setObjectName(QStringLiteral("commentList"));
    m_list->setAccessibleName(tr("审核意见"));
    m_list->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_resolve);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        QString path;
        Q_EMIT currentFieldWanted(&path);
        addComment(path);
    });
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_list->currentItem();
        if (!item || !m_session)
            return;
        const bool resolved = item->data(Qt::UserRole + 1).toBool();
        const WorkspaceError e = m_session->setCommentResolved(item->data(Qt::UserRole).toLongLong(), !resolved);
        if (e.isError())
            Dialogs::error(this, tr("审核意见"), e.text());
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_resolve->setEnabled(item != nullptr);
        if (item)
            m_resolve->setText(item->data(Qt::UserRole + 1).toBool() ? tr("重新打开") : tr("标记为已解决"));
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT fieldRequested(item->data(Qt::UserRole + 2).toString());
    });
    refresh();
}

void CommentsPanel::setSession(WorkspaceSession *session)
{
    m_session = session;
    connect(session, &WorkspaceSession::commentsChanged, this, &CommentsPanel::refresh);
    refresh();
}

bool CommentsPanel::addComment(const QString &fieldPath)
{
    if (!m_session || !m_session->hasReport())
        return false;
    const QString where = fieldPath.isEmpty() ? tr("整份报告") : FieldNames::label(fieldPath);
    const QString text = Dialogs::askText(this, tr("审核意见"), tr("对“%1”的意见：").arg(where));
    if (text.isEmpty())
        return false;
    const WorkspaceError e = m_session->addComment(fieldPath, text);
    if (e.isError()) {
        Dialogs::error(this, tr("审核意见"), e.text());
        return false;
    }
    return true;
}

void CommentsPanel::refresh()
{
    m_list->clear();
    const bool open = m_session && m_session->hasReport();
    m_add->setEnabled(open);
    m_resolve->setEnabled(false);
    if (!open)
        return;
    for (const ReportComment &c : m_session->comments()) {
        const QString where = c.fieldPath.isEmpty() ? tr("整份报告") : FieldNames::label(c.fieldPath);
        const QString when = c.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QString text = tr("%1 — %2，%3：%4").arg(where, c.author, when, c.text);
        if (c.resolved)
            text = tr("（已解决）") + text;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, c.resolved);
        item->setData(Qt::UserRole + 2, c.fieldPath);
        if (c.resolved)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
}
