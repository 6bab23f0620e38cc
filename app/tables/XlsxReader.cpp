#include "XlsxReader.h"

#include "XlsxPartStream.h"
#include "XlsxSheetParser.h"
#include "ZipDeviceIo.h"

#include <QDir>
#include <QIODevice>
#include <minizip/unzip.h>

namespace {

using Code = TableFinding::Code;

// "worksheets/sheet1.xml" from xl/workbook.xml is xl/worksheets/sheet1.xml; "/xl/…" is
// from the root of the zip.
QString resolvePart(const QString &fromPart, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    const int slash = int(fromPart.lastIndexOf(QLatin1Char('/')));
    const QString folder = slash >= 0 ? fromPart.left(slash + 1) : QString();
    return QDir::cleanPath(folder + target);
}

QString relationshipsOf(const QString &part)
{
    const int slash = int(part.lastIndexOf(QLatin1Char('/')));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

QString lastSegment(QStringView uri)
{
    return uri.mid(uri.lastIndexOf(QLatin1Char('/')) + 1).toString();
}

} // namespace

XlsxReader::XlsxReader(QIODevice *device, const QString &fileName, const WorkbookLimits &limits)
    : m_device(device)
    , m_fileName(fileName)
    , m_limits(limits)
{
}

XlsxReader::~XlsxReader()
{
    if (m_zip)
        unzClose(m_zip);
}

void XlsxReader::fail(TableFinding::Code code, const QStringList &args)
{
    if (m_problem)
        return; // the first problem is the one to tell
    TableFinding f;
    f.code = code;
    f.file = m_fileName;
    f.args = args;
    m_problem = f;
}

std::unique_ptr<XlsxPartStream> XlsxReader::openPart(const QString &path)
{
    auto stream = std::make_unique<XlsxPartStream>(m_zip, m_limits.maxPartBytes);
    switch (stream->open(path)) {
    case XlsxPartStream::Opened::Ok:
        return stream;
    case XlsxPartStream::Opened::Missing:
        return nullptr;
    case XlsxPartStream::Opened::Encrypted:
        fail(Code::Encrypted);
        return nullptr;
    case XlsxPartStream::Opened::Error:
        fail(Code::Corrupt, {path});
        return nullptr;
    }
    return nullptr;
}

WorkbookReader::Result XlsxReader::read()
{
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly)) {
        fail(Code::FileNotReadable, {m_device->errorString()});
        return {std::nullopt, m_problem};
    }
    // The .xlsx is any QIODevice (a file, or bytes in memory).
    zlib_filefunc64_def io = ZipDeviceIo::functions(m_device);
    m_zip = unzOpen2_64(m_device, &io);
    if (!m_zip) {
        fail(Code::Corrupt, {QStringLiteral("zip")});
        return {std::nullopt, m_problem};
    }
    // An OpenDocument spreadsheet is a zip too; it names itself in its first entry.
    if (auto mime = openPart(QStringLiteral("mimetype"))) {
        char head[64] = {};
        const int n = unzReadCurrentFile(m_zip, head, sizeof head - 1);
        if (n > 0 && QByteArray(head, n).startsWith("application/vnd.oasis.opendocument")) {
            fail(Code::OpenDocument);
            return {std::nullopt, m_problem};
        }
    }
    if (m_problem)
        return {std::nullopt, m_problem};

    const QString workbookPart = workbookPath();
    QList<QPair<QString, QString>> sheetList;
    if (m_problem || !readSheetList(workbookPart, &sheetList))
        return {std::nullopt, m_problem};
    const QHash<QString, Relationship> rels = readRelationships(workbookPart);
    if (m_problem)
        return {std::nullopt, m_problem};
    for (const Relationship &r : rels) {
        if (r.type == QLatin1String("sharedStrings") && !readSharedStrings(r.target))
            return {std::nullopt, m_problem};
    }
    Workbook workbook;
    workbook.fileName = m_fileName;
    for (const auto &[name, id] : std::as_const(sheetList)) {
        const auto it = rels.constFind(id);
        if (it == rels.constEnd() || it->type != QLatin1String("worksheet"))
            continue; // a chart sheet or a dialog sheet: no cells
        Sheet sheet(name);
        if (!readSheet(it->target, &sheet))
            return {std::nullopt, m_problem};
        sheet.finish();
        workbook.sheets.append(std::move(sheet));
    }
    return {std::move(workbook), std::nullopt};
}

QHash<QString, XlsxReader::Relationship> XlsxReader::readRelationships(const QString &partPath)
{
    QHash<QString, Relationship> rels;
    const QString relsPath = partPath.isEmpty() ? QStringLiteral("_rels/.rels") : relationshipsOf(partPath);
    std::unique_ptr<XlsxPartStream> in = openPart(relsPath);
    if (!in)
        return rels;
    for (;;) {
        const QXmlStreamReader::TokenType token = in->next();
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token == QXmlStreamReader::Invalid) {
            fail(Code::Corrupt, {relsPath, in->error()});
            break;
        }
        if (token != QXmlStreamReader::StartElement || in->xml().name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes a = in->xml().attributes();
        if (a.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        rels.insert(a.value(QLatin1String("Id")).toString(),
                    {lastSegment(a.value(QLatin1String("Type"))), resolvePart(partPath, a.value(QLatin1String("Target")).toString())});
    }
    return rels;
}

QString XlsxReader::workbookPath()
{
    const QHash<QString, Relationship> root = readRelationships(QString());
    for (const Relationship &r : root) {
        if (r.type == QLatin1String("officeDocument"))
            return r.target;
    }
    return QStringLiteral("xl/workbook.xml");
}

bool XlsxReader::readSheetList(const QString &workbookPart, QList<QPair<QString, QString>> *sheets)
{
    std::unique_ptr<XlsxPartStream> in = openPart(workbookPart);
    if (!in) {
        // A zip without a workbook: a Word or other document, or .xlsb (binary parts).
        if (!m_problem)
            fail(Code::NotASpreadsheet, {workbookPart.endsWith(QLatin1String(".bin")) ? QStringLiteral("xlsb") : QStringLiteral("zip")});
        return false;
    }
    for (;;) {
        const QXmlStreamReader::TokenType token = in->next();
        if (token == QXmlStreamReader::EndDocument)
            return true;
        if (token == QXmlStreamReader::Invalid) {
            fail(Code::Corrupt, {workbookPart, in->error()});
            return false;
        }
        if (token != QXmlStreamReader::StartElement || in->xml().name() != QLatin1String("sheet"))
            continue;
        QString id;
        for (const QXmlStreamAttribute &a : in->xml().attributes()) {
            // r:id, in whichever namespace (transitional or strict) the file uses
            if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
                id = a.value().toString();
        }
        sheets->append({in->xml().attributes().value(QLatin1String("name")).toString(), id});
    }
}

bool XlsxReader::readSharedStrings(const QString &part)
{
    std::unique_ptr<XlsxPartStream> in = openPart(part);
    if (!in)
        return !m_problem;
    QString current;
    int phoneticDepth = 0; // <rPh> holds the reading of East Asian text, not the text
    for (;;) {
        const QXmlStreamReader::TokenType token = in->next();
        switch (token) {
        case QXmlStreamReader::EndDocument:
            return true;
        case QXmlStreamReader::Invalid:
            fail(in->overLimit() ? Code::TooManyCells : Code::Corrupt,
                 in->overLimit() ? QStringList{QString::number(m_limits.maxCells)} : QStringList{part, in->error()});
            return false;
        case QXmlStreamReader::StartElement:
            if (in->xml().name() == QLatin1String("si"))
                current.clear();
            else if (in->xml().name() == QLatin1String("rPh"))
                ++phoneticDepth;
            else if (in->xml().name() == QLatin1String("t") && phoneticDepth == 0) {
                QString text;
                if (!in->readText(&text)) {
                    fail(Code::Corrupt, {part, in->error()});
                    return false;
                }
                current += text;
            }
            break;
        case QXmlStreamReader::EndElement:
            if (in->xml().name() == QLatin1String("rPh"))
                --phoneticDepth;
            else if (in->xml().name() == QLatin1String("si")) {
                if (m_sharedStrings.size() >= m_limits.maxCells) {
                    fail(Code::TooManyCells, {QString::number(m_limits.maxCells)});
                    return false;
                }
                m_sharedStrings.append(current);
            }
            break;
        default:
            break;
        }
    }
}

bool XlsxReader::readSheet(const QString &part, Sheet *sheet)
{
    std::unique_ptr<XlsxPartStream> in = openPart(part);
    if (!in) {
        if (!m_problem)
            fail(Code::Corrupt, {part});
        return false;
    }
    TableFinding problem;
    if (XlsxSheetParser(m_sharedStrings, m_limits, &m_cells).parse(*in, part, sheet, &problem))
        return true;
    problem.file = m_fileName;
    problem.sheet = sheet->name();
    m_problem = problem;
    return false;
}
