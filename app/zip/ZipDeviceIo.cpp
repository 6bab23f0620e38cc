#include "ZipDeviceIo.h"

#include <QIODevice>

#include <limits>

namespace {

QIODevice *deviceOf(voidpf stream)
{
    return static_cast<QIODevice *>(stream);
}

voidpf deviceOpen(voidpf opaque, const void *, int)
{
    return opaque;
}

uLong deviceRead(voidpf, voidpf stream, void *data, uLong size)
{
    const qint64 n = deviceOf(stream)->read(static_cast<char *>(data), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong deviceWrite(voidpf, voidpf stream, const void *data, uLong size)
{
    const qint64 n = deviceOf(stream)->write(static_cast<const char *>(data), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

ZPOS64_T deviceTell(voidpf, voidpf stream)
{
    return ZPOS64_T(deviceOf(stream)->pos());
}

long deviceSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    QIODevice *device = deviceOf(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = device->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = device->size();
    if (offset > ZPOS64_T(std::numeric_limits<qint64>::max() - base))
        return -1;
    return device->seek(base + qint64(offset)) ? 0 : -1;
}

int deviceClose(voidpf, voidpf)
{
    return 0;
}

int deviceError(voidpf, voidpf)
{
    return 0;
}

} // namespace

zlib_filefunc64_def ZipDeviceIo::functions(QIODevice *device)
{
    return {deviceOpen, deviceRead, deviceWrite, deviceTell, deviceSeek, deviceClose, deviceError, device};
}
