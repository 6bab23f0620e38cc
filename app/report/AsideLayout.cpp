#include "AsideLayout.h"

AsideLayout::AsideLayout(std::function<void()> work) : m_work(std::move(work))
{
    m_thread.reset(QThread::create([this] {
        m_work();
        m_done.release();
        m_release.acquire(); // keep this thread's font engines until the owner is done with them
    }));
    m_thread->start();
}

AsideLayout::~AsideLayout()
{
    waitUntilDone();
    m_release.release();
    m_thread->wait();
}

void AsideLayout::waitUntilDone()
{
    if (m_waited)
        return;
    m_done.acquire();
    m_waited = true;
}
