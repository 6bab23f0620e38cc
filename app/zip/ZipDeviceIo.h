#pragma once

#include <minizip/ioapi.h>

class QIODevice;

// minizip's file functions over a QIODevice: a zip read from or written to any device (a
// file, or a QBuffer in memory) without a temporary file. Pass the device as the path
// argument of unzOpen2_64 or zipOpen2_64, with these functions. The device must be open;
// closing the zip leaves it open.
namespace ZipDeviceIo {

zlib_filefunc64_def functions(QIODevice *device);

} // namespace ZipDeviceIo
