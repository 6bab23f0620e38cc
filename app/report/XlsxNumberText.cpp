#include "XlsxNumberText.h"

#include <QFile>
#include <QList>
#include <QXmlStreamReader>

#include <optional>

// minizip, the zip library libxlsxwriter itself uses (QuaZip must not be linked beside it:
// it exports minizip's function names with its own signatures, and libxlsxwriter then
// calls those).
#include <unzip.h>
#include <zip.h>

namespace {

struct Entry
{
    QString name;
    QByteArray data;
    tm_unz time;
};

// Every member of the zip at `path`, in order; nothing when it cannot be read.
std::optional<QList<Entry>> readEntries(const QByteArray &path)
{
    unzFile in = unzOpen64(path.constData());
    if (!in)
        return std::nullopt;
    QList<Entry> entries;
    for (int more = unzGoToFirstFile(in); more == UNZ_OK; more = unzGoToNextFile(in)) {
        unz_file_info64 info;
        char name[1024];
        if (unzGetCurrentFileInfo64(in, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK
            || unzOpenCurrentFile(in) != UNZ_OK) {
            unzClose(in);
            return std::nullopt;
        }
        Entry e{QString::fromUtf8(name), QByteArray(qsizetype(info.uncompressed_size), Qt::Uninitialized), info.tmu_date};
        const int read = e.data.isEmpty() ? 0 : unzReadCurrentFile(in, e.data.data(), unsigned(e.data.size()));
        unzCloseCurrentFile(in);
        if (read != e.data.size()) {
            unzClose(in);
            return std::nullopt;
        }
        entries.append(e);
    }
    unzClose(in);
    return entries;
}

// A new zip at `path` of `entries`, in order, each with its time; false on any failure.
bool writeEntries(const QByteArray &path, const QList<Entry> &entries)
{
    zipFile out = zipOpen64(path.constData(), APPEND_STATUS_CREATE);
    if (!out)
        return false;
    bool ok = true;
    for (const Entry &e : entries) {
        zip_fileinfo info{};
        info.tmz_date = {e.time.tm_sec, e.time.tm_min, e.time.tm_hour, e.time.tm_mday, e.time.tm_mon, e.time.tm_year};
        const QByteArray name = e.name.toUtf8();
        ok = zipOpenNewFileInZip64(out, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                   Z_DEFAULT_COMPRESSION, 0) == ZIP_OK
            && zipWriteInFileInZip(out, e.data.constData(), unsigned(e.data.size())) == ZIP_OK
            && zipCloseFileInZip(out) == ZIP_OK;
        if (!ok)
            break;
    }
    return zipClose(out, nullptr) == ZIP_OK && ok;
}

} // namespace

QByteArray XlsxNumberText::applyToSheet(const QByteArray &sheetXml, const QHash<QString, QString> &exact)
{
    const QString xml = QString::fromUtf8(sheetXml);
    struct Span
    {
        qint64 from;
        qint64 length;
        QString text;
    };
    QList<Span> spans;
    QXmlStreamReader reader(xml);
    QString cell; // the number cell being read, if any
    bool inValue = false;
    qint64 valueStart = 0; // its text starts right after <v>
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (reader.name() == QLatin1String("c")) {
                const QXmlStreamAttributes a = reader.attributes();
                const bool number = !a.hasAttribute(QLatin1String("t")) || a.value(QLatin1String("t")) == QLatin1String("n");
                cell = number ? a.value(QLatin1String("r")).toString() : QString();
            } else {
                inValue = reader.name() == QLatin1String("v") && exact.contains(cell);
                valueStart = reader.characterOffset();
            }
            break;
        case QXmlStreamReader::Characters:
            if (inValue) {
                const qint64 length = reader.text().size();
                if (QStringView(xml).mid(valueStart, length) != reader.text())
                    return QByteArray(); // not the plain number text expected there
                spans.append({valueStart, length, exact.value(cell)});
                inValue = false;
            }
            break;
        case QXmlStreamReader::EndElement:
            inValue = false;
            if (reader.name() == QLatin1String("c"))
                cell.clear();
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return QByteArray();
    QString out = xml;
    for (auto span = spans.crbegin(); span != spans.crend(); ++span)
        out.replace(span->from, span->length, span->text);
    return out.toUtf8();
}

bool XlsxNumberText::apply(const QString &xlsxFile, const QString &sheet, const QHash<QString, QString> &exact, QString *error)
{
    const QByteArray path = QFile::encodeName(xlsxFile);
    std::optional<QList<Entry>> entries = readEntries(path);
    if (!entries) {
        *error = tr("无法读回刚写好的表格文件。");
        return false;
    }
    bool found = false;
    for (Entry &e : *entries) {
        if (e.name != sheet)
            continue;
        e.data = applyToSheet(e.data, exact);
        found = !e.data.isEmpty();
    }
    if (!found) {
        *error = tr("表格文件中没有可读的工作表 %1。").arg(sheet);
        return false;
    }
    if (!writeEntries(path, *entries)) {
        *error = tr("无法重写表格文件。");
        return false;
    }
    return true;
}
