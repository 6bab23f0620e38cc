#pragma once

#include <QWidget>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QTimer;
class ReportDocument;

// The exported PDF as it would be printed, updated from the current data (a moment after
// the last edit, and only while the preview is on screen).
class ReportPreview : public QWidget
{
    Q_OBJECT
public:
    explicit ReportPreview(ReportDocument *document, QWidget *parent = nullptr);
    ~ReportPreview() override;

    int pageCount() const;
    QPdfDocument *pdf() const { return m_pdf; }
    // Rebuilds now (tests; the dock's first show).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();

    ReportDocument *m_document;
    QPdfDocument *m_pdf;
    QPdfView *m_view;
    QBuffer *m_buffer;
    QLabel *m_status;
    QTimer *m_timer;
    bool m_stale = true;
};
