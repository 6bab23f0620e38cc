#pragma once

#include <QWidget>

class QTableView;
class FindingListModel;
class ReportDocument;

// The errors and warnings of the checks; choosing one takes the clerk to its field.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(ReportDocument *document, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    FindingListModel *model() const { return m_model; }

Q_SIGNALS:
    void fieldRequested(const QString &path);

private:
    FindingListModel *m_model;
    QTableView *m_view;
};
