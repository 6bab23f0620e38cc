#include "UiStyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QMenu>
#include <QTextDocument>
#include <QToolTip>

namespace {

// Tooltips carry report text (findings quote adjustment names, history summaries, file
// names), and Qt takes any tooltip that looks like HTML ("<b>…", "&lt;") for rich text.
// Every tooltip is shown as the plain text it is; ordinary ones go Qt's own way.
class PlainTextToolTips : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
            return false;
        auto *widget = static_cast<QWidget *>(watched);
        const auto *help = static_cast<QHelpEvent *>(event);
        QString text = widget->toolTip();
        QRect area;
        if (auto *view = qobject_cast<QAbstractItemView *>(widget->parentWidget()); view && view->viewport() == widget) {
            const QModelIndex index = view->indexAt(help->pos());
            text = index.data(Qt::ToolTipRole).toString();
            area = view->visualRect(index);
        } else if (auto *menu = qobject_cast<QMenu *>(widget)) {
            const QAction *action = menu->actionAt(help->pos());
            text = action && menu->toolTipsVisible() ? action->toolTip() : QString();
        }
        if (text.isEmpty() || !Qt::mightBeRichText(text))
            return false;
        QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal), widget, area);
        return true;
    }
};

} // namespace

QStringList UiStyle::preferredFamilies()
{
    // Simplified-Chinese shapes first; Noto Sans CJK JP would give Japanese punctuation.
    return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
            QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("WenQuanYi Micro Hei"),
            QStringLiteral("Microsoft YaHei"), QStringLiteral("AR PL UMing CN")};
}

QString UiStyle::apply(QApplication *app)
{
    const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    QStringList families;
    for (const QString &family : preferredFamilies()) {
        if (installed.contains(family))
            families.append(family);
    }
    if (!app->findChild<QObject *>(QStringLiteral("plainTextToolTips"), Qt::FindDirectChildrenOnly)) {
        auto *toolTips = new PlainTextToolTips(app);
        toolTips->setObjectName(QStringLiteral("plainTextToolTips"));
        app->installEventFilter(toolTips);
    }
    QFont font = app->font();
    if (!families.isEmpty()) {
        // The CJK face first: mixing it behind a Latin face makes Qt measure full-width
        // punctuation with one font and draw it with another (clipped group titles).
        font.setFamilies(families);
        app->setFont(font);
    }
    app->setStyleSheet(QStringLiteral(
        "QLineEdit[problem=\"error\"], QPlainTextEdit[problem=\"error\"] { border: 2px solid #b00020; }"
        "QLineEdit[problem=\"warning\"], QPlainTextEdit[problem=\"warning\"] { border: 2px solid #c77700; }"
        "QLineEdit[rejected=\"true\"] { border: 2px solid #b00020; background: #fff0f0; }"
        "QLineEdit[computed=\"true\"] { background: palette(window); }"
        "QLabel#inputError { color: #b00020; }"
        "QLabel#reviewComment { color: #0b4f9c; background: #eaf2fc; padding: 2px 4px; }"
        "QLabel#pageTitle { font-size: 15pt; font-weight: bold; padding: 4px 0 8px 0; }"
        "QLabel#panelTitle { font-weight: bold; }"
        "QLabel#sectionTitle { font-weight: bold; padding-top: 6px; }"));
    if (installed.isEmpty())
        return QCoreApplication::translate("UiStyle", "没有找到可显示简体中文的字体，界面中的中文会显示为方框。"
                                                      "请安装 fonts-noto-cjk 或 fonts-wqy-zenhei。");
    return QString();
}
