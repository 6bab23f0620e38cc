#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

// Every question the program asks and every file it asks for goes through here, so that
// GUI tests can give the next answers instead of a person (a seam, as in KeePassXC).
class Dialogs
{
    Q_DECLARE_TR_FUNCTIONS(Dialogs)
public:
    enum class Answer { Save, Discard, Cancel, Yes, No, Reload, KeepCopy, Overwrite, Retry };

    static Answer askSaveChanges(QWidget *parent, const QString &documentName);
    // Someone else saved the report first: Reload (take theirs), KeepCopy (keep mine as a
    // copy), Overwrite (mine replaces theirs; theirs stays in history) or Cancel (decide later).
    static Answer askConflict(QWidget *parent, const QString &message);
    // Edits could not be saved yet: Retry, Save (to a JSON file), Discard or Cancel.
    static Answer askUnsaved(QWidget *parent, const QString &message);
    static bool confirm(QWidget *parent, const QString &title, const QString &question);
    static void error(QWidget *parent, const QString &title, const QString &message);
    static void information(QWidget *parent, const QString &title, const QString &message);
    // Where a workspace is: a SQLite file (with a Browse button) or postgresql://user@host/db.
    // Empty when cancelled.
    static QString askWorkspaceLocation(QWidget *parent);
    // The department and year of a new report, offered with *department and *year (the
    // departments already known to pick from); false when cancelled. In tests: the next
    // answer (Yes accepts), the next file name (when there is one) as the department.
    static bool askNewReport(QWidget *parent, const QStringList &departments, QString *department, int *year);
    // A manual score item's points and 扣分原因, together (both required; *points and *reason
    // are offered). False when cancelled. In tests: the next answer (Yes accepts) and the next
    // two file names as the points and the reason.
    static bool askManualScore(QWidget *parent, const QString &itemName, qint64 weightCenti, QString *points,
                               QString *reason);
    // A line of text (a reviewer's comment); empty when cancelled.
    static QString askText(QWidget *parent, const QString &title, const QString &label);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    // Several files (none when cancelled). In tests: all the next file names.
    static QStringList openFileNames(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);

    // For tests: answers and file names to use instead of showing dialogs (an empty file
    // name means "cancelled"); messages shown are recorded instead of displayed.
    static void setNextAnswers(const QList<Answer> &answers);
    static void setNextFileNames(const QStringList &names);
    static QStringList takeShownMessages();
    static void setTesting(bool testing);
};
