#include "Dialogs.h"

#include "FileNameIconProvider.h"
#include "ManualScoreDialog.h"
#include "NewReportDialog.h"

#include <QAbstractButton>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QMessageBox>
#include <QPushButton>

namespace {
bool g_testing = false;
QList<Dialogs::Answer> g_answers;
QStringList g_fileNames;
QStringList g_shown;

// Messages quote file names and report text: shown as plain text, never as HTML.
int plainMessageBox(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                    QMessageBox::StandardButtons buttons)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    return box.exec();
}

// Every file dialog of the program. It must never open a file it lists: the workspace file
// may be among them, and opening and closing it in this process drops SQLite's locks
// (issue 11: saves went into deleted files). Qt's dialog with FileNameIconProvider; never
// the platform's, which may run in this process and read files to guess their types too.
QStringList askFiles(QWidget *parent, const QString &caption, const QString &start, const QString &filter,
                     QFileDialog::AcceptMode mode, QFileDialog::FileMode fileMode, QFileDialog::Options options = {})
{
    FileNameIconProvider icons; // outlives the dialog, which does not own it
    QFileDialog dialog(parent, caption, start, filter);
    dialog.setOptions(options | QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&icons);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(fileMode);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles() : QStringList();
}

QString askFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter,
                QFileDialog::AcceptMode mode, QFileDialog::Options options = {})
{
    const QFileDialog::FileMode fileMode = mode == QFileDialog::AcceptSave ? QFileDialog::AnyFile : QFileDialog::ExistingFile;
    return askFiles(parent, caption, start, filter, mode, fileMode, options).value(0);
}
}

void Dialogs::setTesting(bool testing)
{
    g_testing = testing;
}

void Dialogs::setNextAnswers(const QList<Answer> &answers)
{
    g_answers = answers;
}

void Dialogs::setNextFileNames(const QStringList &names)
{
    g_fileNames = names;
}

QStringList Dialogs::takeShownMessages()
{
    return std::exchange(g_shown, {});
}

Dialogs::Answer Dialogs::askSaveChanges(QWidget *parent, const QString &documentName)
{
    if (g_testing)
        return g_answers.isEmpty() ? Answer::Cancel : g_answers.takeFirst();
    QMessageBox box(QMessageBox::Warning, tr("保存修改"),
                    tr("“%1”有尚未保存的修改。").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText); // the document name is the user's
    box.setInformativeText(tr("要在关闭前保存吗？不保存，这些修改将丢失。"));
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Save)->setText(tr("保存(&S)"));
    box.button(QMessageBox::Discard)->setText(tr("不保存(&D)"));
    box.button(QMessageBox::Cancel)->setText(tr("取消"));
    switch (box.exec()) {
    case QMessageBox::Save:
        return Answer::Save;
    case QMessageBox::Discard:
        return Answer::Discard;
    default:
        return Answer::Cancel;
    }
}

Dialogs::Answer Dialogs::askConflict(QWidget *parent, const QString &message)
{
    if (g_testing) {
        g_shown.append(message);
        return g_answers.isEmpty() ? Answer::Cancel : g_answers.takeFirst();
    }
    QMessageBox box(QMessageBox::Warning, tr("别人已经修改了这份报告"), message, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("您的修改还在窗口中，没有丢失。请选择："));
    QPushButton *reload = box.addButton(tr("载入对方的版本"), QMessageBox::DestructiveRole);
    QPushButton *copy = box.addButton(tr("把我的版本存为副本"), QMessageBox::AcceptRole);
    QPushButton *overwrite = box.addButton(tr("用我的版本覆盖"), QMessageBox::DestructiveRole);
    box.addButton(tr("稍后决定"), QMessageBox::RejectRole);
    box.setDefaultButton(copy);
    box.exec();
    if (box.clickedButton() == reload)
        return Answer::Reload;
    if (box.clickedButton() == copy)
        return Answer::KeepCopy;
    if (box.clickedButton() == overwrite)
        return Answer::Overwrite;
    return Answer::Cancel;
}

Dialogs::Answer Dialogs::askUnsaved(QWidget *parent, const QString &message)
{
    if (g_testing) {
        g_shown.append(message);
        return g_answers.isEmpty() ? Answer::Cancel : g_answers.takeFirst();
    }
    QMessageBox box(QMessageBox::Warning, tr("修改尚未保存"), message, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *retry = box.addButton(tr("重试保存"), QMessageBox::AcceptRole);
    QPushButton *file = box.addButton(tr("另存为文件…"), QMessageBox::ActionRole);
    QPushButton *discard = box.addButton(tr("放弃修改"), QMessageBox::DestructiveRole);
    box.addButton(tr("取消"), QMessageBox::RejectRole);
    box.setDefaultButton(retry);
    box.exec();
    if (box.clickedButton() == retry)
        return Answer::Retry;
    if (box.clickedButton() == file)
        return Answer::Save;
    if (box.clickedButton() == discard)
        return Answer::Discard;
    return Answer::Cancel;
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &question)
{
    if (g_testing) {
        g_shown.append(question);
        return !g_answers.isEmpty() && g_answers.takeFirst() == Answer::Yes;
    }
    // No is the default: Enter pressed out of habit does not approve or overwrite anything.
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void Dialogs::error(QWidget *parent, const QString &title, const QString &message)
{
    if (g_testing) {
        g_shown.append(message);
        return;
    }
    plainMessageBox(QMessageBox::Critical, parent, title, message, QMessageBox::Ok);
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &message)
{
    if (g_testing) {
        g_shown.append(message);
        return;
    }
    plainMessageBox(QMessageBox::Information, parent, title, message, QMessageBox::Ok);
}

QString Dialogs::askWorkspaceLocation(QWidget *parent)
{
    if (g_testing)
        return g_fileNames.isEmpty() ? QString() : g_fileNames.takeFirst();
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("打开工作区"));
    auto *label = new QLabel(tr("工作区位置(&L)：SQLite 文件，或 postgresql://用户[:密码]@主机[:端口]/数据库"), &dialog);
    label->setWordWrap(true);
    auto *edit = new QLineEdit(&dialog);
    edit->setAccessibleName(tr("工作区位置"));
    label->setBuddy(edit);
    auto *browse = new QPushButton(tr("浏览(&B)…"), &dialog);
    QObject::connect(browse, &QPushButton::clicked, &dialog, [&dialog, edit] {
        const QString file = askFile(&dialog, tr("选择或新建工作区文件"), edit->text(), tr("工作区 (*.sqlite *.db);;所有文件 (*)"),
                                     QFileDialog::AcceptSave, QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            edit->setText(file);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(buttons);
    dialog.resize(560, dialog.sizeHint().height());
    return dialog.exec() == QDialog::Accepted ? edit->text().trimmed() : QString();
}

bool Dialogs::askNewReport(QWidget *parent, const QStringList &departments, QString *department, int *year)
{
    if (g_testing) {
        if (!g_fileNames.isEmpty())
            *department = g_fileNames.takeFirst();
        return !g_answers.isEmpty() && g_answers.takeFirst() == Answer::Yes && !department->trimmed().isEmpty();
    }
    NewReportDialog dialog(departments, *year, parent);
    dialog.setDepartment(*department);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *department = dialog.department();
    *year = dialog.year();
    return true;
}

bool Dialogs::askManualScore(QWidget *parent, const QString &itemName, qint64 weightCenti, QString *points,
                             QString *reason)
{
    if (g_testing) {
        if (g_fileNames.size() >= 2) {
            *points = g_fileNames.takeFirst();
            *reason = g_fileNames.takeFirst();
        }
        return !g_answers.isEmpty() && g_answers.takeFirst() == Answer::Yes;
    }
    ManualScoreDialog dialog(itemName, weightCenti, parent);
    dialog.setPoints(*points);
    dialog.setReason(*reason);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *points = dialog.points();
    *reason = dialog.reason();
    return true;
}

QString Dialogs::askText(QWidget *parent, const QString &title, const QString &label)
{
    if (g_testing) {
        g_shown.append(label);
        return g_fileNames.isEmpty() ? QString() : g_fileNames.takeFirst();
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *caption = new QLabel(label, &dialog);
    caption->setTextFormat(Qt::PlainText);
    caption->setWordWrap(true);
    auto *edit = new QPlainTextEdit(&dialog);
    edit->setAccessibleName(title);
    edit->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    // An empty text is taken as "cancelled": OK only once something is written, or a
    // reviewer's 确定 on an empty reason closes the dialog and nothing happens, unsaid.
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    QObject::connect(edit, &QPlainTextEdit::textChanged, ok,
                     [edit, ok] { ok->setEnabled(!edit->toPlainText().trimmed().isEmpty()); });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(caption);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    // Tall enough for the whole question (a reviewer's returning lists what is still open).
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4);
    const int width = 520;
    const int height = dialog.heightForWidth(width);
    dialog.resize(width, height > 0 ? height : dialog.sizeHint().height());
    return dialog.exec() == QDialog::Accepted ? edit->toPlainText().trimmed() : QString();
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (g_testing)
        return g_fileNames.isEmpty() ? QString() : g_fileNames.takeFirst();
    return askFile(parent, caption, QString(), filter, QFileDialog::AcceptOpen);
}

QStringList Dialogs::openFileNames(QWidget *parent, const QString &caption, const QString &filter)
{
    if (g_testing) {
        QStringList names = std::exchange(g_fileNames, {});
        names.removeAll(QString());
        return names;
    }
    // Several existing files at once (the 决算 and the 预算 table).
    return askFiles(parent, caption, QString(), filter, QFileDialog::AcceptOpen, QFileDialog::ExistingFiles);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                              const QString &filter)
{
    if (g_testing)
        return g_fileNames.isEmpty() ? QString() : g_fileNames.takeFirst();
    return askFile(parent, caption, suggested, filter, QFileDialog::AcceptSave);
}
