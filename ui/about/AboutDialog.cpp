#include "AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("关于绩效自评"));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(tr("<h2>绩效自评 %1</h2>"
                     "<p>部门整体支出预算绩效自评报告与绩效自评表的填报、检查、评审与导出。</p>"
                     "<p>Qt %2（编译时 Qt %3）</p>"
                     "<p>许可：GNU 通用公共许可证第 3 版或更新版本（GPL-3.0-or-later）。</p>"
                     "<p>应用标识：%4</p>")
                      .arg(QCoreApplication::applicationVersion().section(QLatin1Char(' '), 0, 0).toHtmlEscaped(),
                           QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR), applicationId()));
    text->setMinimumWidth(360);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::applicationId()
{
    return QStringLiteral(JIXIAO_APP_ID);
}

QIcon AboutDialog::applicationIcon()
{
    return QIcon::fromTheme(applicationId(), QIcon(QStringLiteral(":/icons/%1.svg").arg(applicationId())));
}
