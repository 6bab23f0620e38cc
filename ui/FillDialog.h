#pragma once

#include "TableFill.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class ReportDocument;

// 文件 › 从决算/预算报表填入…: the department's published 决算/预算 tables (.xlsx, .xls)
// read into the report (TableFill). Every figure with its source, the current value and the
// new one, each with a tick; applying is one undo step. Below, what could not be read, the
// tables that disagree with themselves, and — live, from the document's checks — whether
// the accounts balance afterwards (a missing mid-year adjustment shows as balance_mismatch).
class FillDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FillDialog(ReportDocument *document, QWidget *parent = nullptr);

    // Adds the files and reads all of them again.
    void addFiles(const QStringList &files);
    QStringList files() const { return m_files; }
    const TableFill &fill() const { return m_fill; }
    // Applies the ticked figures (one undo step); returns how many fields changed.
    int apply();

    // Opens the dialog over the window and asks for the first file (Dialogs seam).
    static void start(ReportDocument *document, QWidget *parent);

private:
    enum Column { FigureColumn, NewColumn, CurrentColumn, SourceColumn, NoteColumn, ColumnCount };
    void chooseFiles();
    void removeSelectedFile();
    void reread();
    void showFigures();
    void updateChecks();

    ReportDocument *m_document;
    QStringList m_files;
    TableFill m_fill;
    QListWidget *m_fileList;
    QPushButton *m_removeFile;
    QTableWidget *m_table;
    QLabel *m_problems;
    QLabel *m_checks;
    QPushButton *m_apply;
};
