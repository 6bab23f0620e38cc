#include "WorkbookReader.h"

#include "XlsReader.h"
#include "XlsxReader.h"

#include <QFile>
#include <QFileInfo>

namespace {

WorkbookReader::Result failure(TableFinding::Code code, const QString &file, const QStringList &args = {})
{
    TableFinding f;
    f.code = code;
    f.file = file;
    f.args = args;
    return {std::nullopt, f};
}

} // namespace

WorkbookReader::Result WorkbookReader::readFile(const QString &path, const WorkbookLimits &limits)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return failure(TableFinding::Code::FileNotReadable, path, {file.errorString()});
    const QByteArray head = file.peek(8);
    static const QByteArray zipMagic("PK\x03\x04", 4);
    static const QByteArray emptyZipMagic("PK\x05\x06", 4);
    static const QByteArray oleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    if (head.startsWith(zipMagic) || head.startsWith(emptyZipMagic))
        return readXlsx(&file, path, limits);
    file.close();
    if (head == oleMagic)
        return XlsReader::read(path, limits);
    return failure(TableFinding::Code::NotASpreadsheet, path);
}

WorkbookReader::Result WorkbookReader::readXlsx(QIODevice *device, const QString &fileName, const WorkbookLimits &limits)
{
    return XlsxReader(device, fileName, limits).read();
}
