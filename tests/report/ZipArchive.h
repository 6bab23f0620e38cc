#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QtEndian>

#include <zlib.h>

// Reads the members of a zip file (an .xlsx, an .odt) for tests: stored and deflated
// members, no zip64, no encryption. Enough to look inside what libxlsxwriter writes
// without an office suite.
class ZipArchive
{
public:
    // Member name → content; empty when the data is not a zip this reader understands.
    static QMap<QString, QByteArray> read(const QByteArray &zip)
    {
        QMap<QString, QByteArray> out;
        const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
        if (end < 0 || end + 22 > zip.size())
            return out;
        const auto u16 = [&zip](qsizetype at) { return qFromLittleEndian<quint16>(zip.constData() + at); };
        const auto u32 = [&zip](qsizetype at) { return qFromLittleEndian<quint32>(zip.constData() + at); };
        const int count = u16(end + 10);
        qsizetype at = u32(end + 16); // the central directory
        for (int i = 0; i < count && at + 46 <= zip.size() && u32(at) == 0x02014b50; ++i) {
            const int method = u16(at + 10);
            const quint32 packed = u32(at + 20), size = u32(at + 24);
            const int nameLength = u16(at + 28), extra = u16(at + 30), comment = u16(at + 32);
            const qsizetype local = u32(at + 42);
            const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
            at += 46 + nameLength + extra + comment;
            if (local + 30 > zip.size() || u32(local) != 0x04034b50)
                return {};
            const qsizetype data = local + 30 + u16(local + 26) + u16(local + 28);
            const QByteArray raw = zip.mid(data, packed);
            if (method == 0)
                out.insert(name, raw);
            else if (method == 8)
                out.insert(name, inflateRaw(raw, size));
        }
        return out;
    }

private:
    static QByteArray inflateRaw(const QByteArray &raw, quint32 size)
    {
        QByteArray out(qsizetype(size), Qt::Uninitialized);
        z_stream s{};
        if (inflateInit2(&s, -MAX_WBITS) != Z_OK)
            return {};
        s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.constData()));
        s.avail_in = uInt(raw.size());
        s.next_out = reinterpret_cast<Bytef *>(out.data());
        s.avail_out = uInt(out.size());
        const int result = inflate(&s, Z_FINISH);
        inflateEnd(&s);
        return result == Z_STREAM_END ? out : QByteArray();
    }
};
