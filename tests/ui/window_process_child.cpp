// The window as a process of its own, for tst_windowprocess: the real MainWindow on a
// SQLite workspace, the real export dialog (not the Dialogs test seam: the dialog itself
// is what is under test), driven by lines on stdin and killed with SIGKILL by the test.
//
//   window_process_child DB_FILE SETTINGS_DIR      starts in DB_FILE's folder: "READY"
//   stdin "export-dialog"   Ctrl+E's action; once the dialog has listed the folder (it
//                           must hold a subfolder to see that), cancel: "DIALOG-CANCELLED"
//   stdin "hold"            whether the process still holds the workspace file as SQLite
//                           needs (SqliteFileHold): "HOLD held", "HOLD lock lost", …
//   stdin "edit TEXT"       the preamble set to TEXT; once the window says it is saved:
//                           "ACK <the save state shown>" (or "FAILED <it>" after 30 s)
#include "MainWindow.h"
#include "ReportDocument.h"
#include "SqliteFileHold.h"
#include "Workspace.h"
#include "WorkspaceSession.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QSettings>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace {

void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// Polls `done` on the event loop (the dialog runs a nested one) until it is true.
void whenTrue(const std::function<bool()> &done, const std::function<void()> &then)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, done, then] {
        if (!done())
            return;
        timer->stop();
        timer->deleteLater();
        then();
    });
    timer->start();
}

// Qt's dialog learns about every file of the folder in one batch (a folder of a few files),
// hidden by the filter or not; once a listed entry (a subfolder) shows its type, the batch
// has been taken in, the workspace file included.
void cancelExportDialogOnceListed(const QString &folder)
{
    whenTrue(
        [folder] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return false;
            auto *model = dialog->findChild<QFileSystemModel *>();
            if (!model)
                return false;
            const QModelIndex root = model->index(folder);
            if (!root.isValid() || model->rowCount(root) == 0)
                return false;
            for (int row = 0; row < model->rowCount(root); ++row) {
                if (model->type(model->index(row, 0, root)).isEmpty())
                    return false;
            }
            return true;
        },
        [] { QApplication::activeModalWidget()->close(); });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    const QString dbFile = QFileInfo(args.at(1)).absoluteFilePath();
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, args.at(2));
    QCoreApplication::setOrganizationName(QStringLiteral("Jixiao"));
    QCoreApplication::setApplicationName(QStringLiteral("jixiao"));
    QDir::setCurrent(QFileInfo(dbFile).absolutePath()); // `jixiao --db w.sqlite` in its folder

    Workspace workspace;
    if (const WorkspaceError e = workspace.open(WorkspaceLocation::sqlite(dbFile)); e.isError()) {
        say(QStringLiteral("ERROR ") + e.text());
        return 1;
    }
    MainWindow window;
    window.setWorkspace(&workspace);
    if (!window.openLastStoredReport()) {
        say(QStringLiteral("ERROR no report"));
        return 1;
    }
    window.show();

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray buffered;
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char chunk[4096];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) {
            input.setEnabled(false);
            return;
        }
        buffered.append(chunk, n);
        for (qsizetype end; (end = buffered.indexOf('\n')) >= 0;) {
            const QString line = QString::fromUtf8(buffered.left(end));
            buffered.remove(0, end + 1);
            if (line == QLatin1String("export-dialog")) {
                auto *exportAction = window.findChild<QAction *>(QStringLiteral("exportAction"));
                if (!exportAction || exportAction->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_E)) {
                    say(QStringLiteral("ERROR no export action on Ctrl+E"));
                    continue;
                }
                // After trigger() has entered the dialog's event loop.
                QTimer::singleShot(0, [dbFile] { cancelExportDialogOnceListed(QFileInfo(dbFile).absolutePath()); });
                exportAction->trigger();
                say(QStringLiteral("DIALOG-CANCELLED"));
            } else if (line == QLatin1String("hold")) {
                say(QStringLiteral("HOLD ") + QLatin1String(SqliteFileHold::name(SqliteFileHold::check(dbFile))));
            } else if (line.startsWith(QLatin1String("edit "))) {
                window.document()->setValue(QStringLiteral("preamble"), line.mid(5));
                const QDeadlineTimer deadline(30000);
                whenTrue(
                    [&window, deadline] {
                        const bool saved = !window.isWindowModified()
                            && window.session()->stateText() == QStringLiteral("已保存到工作区");
                        return saved || deadline.hasExpired();
                    },
                    [&window] {
                        const bool saved = !window.isWindowModified();
                        say((saved ? QStringLiteral("ACK ") : QStringLiteral("FAILED ")) + window.session()->stateText());
                    });
            }
        }
    });
    say(QStringLiteral("READY"));
    return app.exec();
}
