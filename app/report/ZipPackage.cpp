#include "ZipPackage.h"

#include "ZipDeviceIo.h"

#include <QBuffer>

#include <minizip/zip.h>

// minizip writes through these callbacks into a QBuffer: no temporary file, and the
// package reaches the disk only through SaveFile (all or nothing).
struct ZipPackage::Device
{
    QByteArray bytes;
    QBuffer buffer{&bytes};
};

ZipPackage::ZipPackage(const QDateTime &modified) : m_device(new Device), m_modified(modified)
{
    m_device->buffer.open(QIODevice::ReadWrite);
    zlib_filefunc64_def io = ZipDeviceIo::functions(&m_device->buffer);
    m_zip = zipOpen2_64(&m_device->buffer, APPEND_STATUS_CREATE, nullptr, &io);
    m_ok = m_zip != nullptr;
}

ZipPackage::~ZipPackage()
{
    if (m_zip)
        zipClose(m_zip, nullptr);
    delete m_device;
}

bool ZipPackage::add(const QString &name, const QByteArray &data, Compression compression)
{
    if (!m_ok)
        return false;
    zip_fileinfo info{};
    const QDate d = m_modified.date();
    const QTime t = m_modified.time();
    // tm_zip: months from 0, full years (minizip converts to DOS time itself).
    info.tmz_date = {uInt(t.second()), uInt(t.minute()), uInt(t.hour()), uInt(d.day()), uInt(d.month() - 1), uInt(d.year())};
    const QByteArray file = name.toUtf8();
    // No extra fields and no zip64 record: an OpenDocument reader finds the stored
    // "mimetype" member's text at byte 38 of the package.
    const bool deflate = compression == Compression::Deflated;
    m_ok = zipOpenNewFileInZip64(m_zip, file.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                 deflate ? Z_DEFLATED : 0, deflate ? Z_DEFAULT_COMPRESSION : 0, 0) == ZIP_OK
        && (data.isEmpty() || zipWriteInFileInZip(m_zip, data.constData(), unsigned(data.size())) == ZIP_OK)
        && zipCloseFileInZip(m_zip) == ZIP_OK;
    return m_ok;
}

QByteArray ZipPackage::finish()
{
    if (!m_zip)
        return QByteArray();
    const bool closed = zipClose(m_zip, nullptr) == ZIP_OK;
    m_zip = nullptr;
    if (!m_ok || !closed)
        return QByteArray();
    m_device->buffer.close();
    return m_device->bytes;
}
