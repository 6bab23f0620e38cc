#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class ReportDocument;
class ReportListModel;

// A list of the report as an editable table with Add / Remove / Move up / Move down, and,
// optionally, a larger editor for one long text field of the selected row.
class ListEditor : public QWidget
{
    Q_OBJECT
public:
    ListEditor(ReportDocument *document, ReportListModel *model, const QString &accessibleName,
               QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ReportListModel *model() const { return m_model; }
    // Adds an editor under the table for `field` of the current row (e.g. "text").
    void setDetailField(const QString &field, const QString &label);
    // Selects the cell of `path` (or its row) and gives it focus; false if not in this list.
    bool focusPath(const QString &path);
    int currentRow() const;
    void setReadOnly(bool readOnly);
    // Reviewers' comments on this list or its rows, shown under the table.
    void showComments(const QHash<QString, QStringList> &comments);

Q_SIGNALS:
    void currentRowChanged(int row);

private:
    void addRow();
    void removeRow();
    void moveRow(int delta);
    void updateButtons();
    void updateRowSizing();
    void selectFirstRowIfNone();
    void refreshDetail();

    ReportDocument *m_document;
    ReportListModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_rejection;
    QLabel *m_comments;
    QLabel *m_detailLabel = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QString m_detailField;
    bool m_refreshingDetail = false;
    bool m_readOnly = false;
};
