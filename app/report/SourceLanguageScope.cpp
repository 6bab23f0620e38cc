#include "SourceLanguageScope.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QThread>
#include <QTranslator>

namespace {

thread_local int t_depth = 0;

// Consulted before the program's own translators: while a scope is open in the calling
// thread it answers every lookup with the source text, otherwise it defers to them.
class SourceTextTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return t_depth > 0 && sourceText ? QString::fromUtf8(sourceText) : QString();
    }
    // QCoreApplication sends LanguageChange (and the window retranslates all its widgets)
    // for every translator it installs unless the translator is empty: this one has no
    // translations of its own.
    bool isEmpty() const override { return true; }

    // Whether a translator installed after this one may now be consulted first.
    bool shadowed = false;

protected:
    // Installing or removing any other translator sends LanguageChange to the application.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
            shadowed = true;
        return false;
    }
};

QPointer<SourceTextTranslator> g_translator;

// Installs the translator (once, silently), or again in front of translators installed since.
void ensureFirst()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread())
        return; // installed by the first scope of the application's thread
    if (!g_translator) {
        g_translator = new SourceTextTranslator(app);
        app->installEventFilter(g_translator);
        QCoreApplication::installTranslator(g_translator);
        g_translator->shadowed = false;
        return;
    }
    if (g_translator->shadowed) {
        QCoreApplication::removeTranslator(g_translator);
        QCoreApplication::installTranslator(g_translator); // prepended: consulted first
        g_translator->shadowed = false;
    }
}

} // namespace

SourceLanguageScope::SourceLanguageScope()
{
    ensureFirst();
    ++t_depth;
}

SourceLanguageScope::~SourceLanguageScope()
{
    --t_depth;
}

bool SourceLanguageScope::isActive()
{
    return t_depth > 0;
}
