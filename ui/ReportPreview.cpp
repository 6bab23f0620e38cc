#include "ReportPreview.h"

#include "ReportDocument.h"
#include "ReportExporter.h"

#include <QBuffer>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QTimer>
#include <QVBoxLayout>

ReportPreview::ReportPreview(ReportDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_pdf(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_buffer(new QBuffer(this))
    , m_status(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_view->setDocument(m_pdf);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setAccessibleName(tr("PDF 预览"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(600);
    connect(m_timer, &QTimer::timeout, this, &ReportPreview::refresh);
    connect(document, &ReportDocument::changed, this, &ReportPreview::scheduleRefresh);
}

ReportPreview::~ReportPreview()
{
    m_pdf->close(); // before the buffer it reads from goes
}

int ReportPreview::pageCount() const
{
    return m_pdf->pageCount();
}

void ReportPreview::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_timer->start();
}

void ReportPreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_timer->start(0);
}

void ReportPreview::refresh()
{
    m_stale = false;
    const ReportExporter exporter(m_document->report(), m_document->evaluationInputs());
    QString error;
    const QByteArray bytes = exporter.pdf(&error);
    if (bytes.isEmpty()) {
        m_status->setText(tr("无法生成预览：%1").arg(error));
        return;
    }
    m_pdf->close();
    m_buffer->close();
    m_buffer->setData(bytes);
    m_buffer->open(QIODevice::ReadOnly);
    m_pdf->load(m_buffer);
    m_status->setText(exporter.isDraft()
                          ? tr("草稿：报告还有%1个错误，导出的 PDF 每页带“草稿”字样。").arg(m_document->evaluation().errorCount())
                          : tr("共%1页。").arg(m_pdf->pageCount()));
}
