#pragma once

#include "WorkbookReader.h"

#include <QHash>
#include <QStringList>
#include <memory>

class XlsxPartStream;

// An .xlsx (Office Open XML spreadsheet): a zip (minizip) of XML parts read with
// QXmlStreamReader, a chunk at a time. What the table reader needs of it: the sheets in
// workbook order with their names, shared and inline strings, numbers, the cached values
// of formulas (a formula saved without one is kept as such, to be reported), and the
// merged ranges.
class XlsxReader
{
public:
    XlsxReader(QIODevice *device, const QString &fileName, const WorkbookLimits &limits);
    ~XlsxReader();

    WorkbookReader::Result read();

private:
    struct Relationship
    {
        QString type;   // the last segment of its type URI: worksheet, sharedStrings, …
        QString target; // the part's path inside the zip
    };
    QHash<QString, Relationship> readRelationships(const QString &partPath);
    QString workbookPath();
    bool readSheetList(const QString &workbookPart, QList<QPair<QString, QString>> *sheets); // name, r:id
    bool readSharedStrings(const QString &part);
    bool readSheet(const QString &part, Sheet *sheet);
    std::unique_ptr<XlsxPartStream> openPart(const QString &path);
    void fail(TableFinding::Code code, const QStringList &args = {});

    QIODevice *m_device;
    QString m_fileName;
    WorkbookLimits m_limits;
    void *m_zip = nullptr; // unzFile
    QStringList m_sharedStrings;
    qint64 m_cells = 0;
    std::optional<TableFinding> m_problem;
};
