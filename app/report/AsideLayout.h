#pragma once

#include <QSemaphore>
#include <QThread>
#include <functional>
#include <memory>

// Work done on a second thread while the calling thread goes on: the export writes the
// second half of the report's pages there while it writes the first (ReportPdfWriter).
//
// Text laid out on a thread keeps using that thread's font engines (Qt caches them, and
// their FreeType faces, per thread; a thread's faces are freed when it ends). So the thread
// stays alive, idle, until this object is destroyed: declare it before everything that may
// still reach those engines (the documents, the PDF writer), so that it is destroyed after
// them. Between `waitUntilDone()` and the destructor the calling thread alone uses what the
// work made.
class AsideLayout
{
public:
    explicit AsideLayout(std::function<void()> work);
    ~AsideLayout();
    AsideLayout(const AsideLayout &) = delete;
    AsideLayout &operator=(const AsideLayout &) = delete;

    void waitUntilDone();

private:
    std::function<void()> m_work;
    QSemaphore m_done;
    QSemaphore m_release;
    std::unique_ptr<QThread> m_thread;
    bool m_waited = false;
};
