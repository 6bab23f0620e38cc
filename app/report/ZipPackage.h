#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A zip package built in memory (the .docx and .odt): members are added in order and the
// bytes taken at the end, to be written through SaveFile. Through minizip, the zip library
// libxlsxwriter itself uses: QuaZip must not be linked beside libxlsxwriter (it exports
// minizip's function names with its own signatures, and libxlsxwriter then calls those).
class ZipPackage
{
public:
    enum class Compression { Stored, Deflated };

    // `modified`: the time every member carries (local time, as zip stores it).
    explicit ZipPackage(const QDateTime &modified = QDateTime::currentDateTime());
    ~ZipPackage();
    ZipPackage(const ZipPackage &) = delete;
    ZipPackage &operator=(const ZipPackage &) = delete;

    // False once anything failed (every later call then does nothing).
    bool add(const QString &name, const QByteArray &data, Compression compression = Compression::Deflated);
    // Closes the package: its bytes, or empty when anything failed.
    QByteArray finish();

private:
    struct Device;
    Device *m_device;
    void *m_zip = nullptr;
    QDateTime m_modified;
    bool m_ok = true;
};
