#include "XlsxFile.h"

#include "SaveFile.h"
#include "XlsxNumberText.h"

#include <QDir>
#include <QFileInfo>

#include <xlsxwriter.h>

XlsxFile::XlsxFile(const QString &fileName) : m_fileName(fileName)
{
}

XlsxFile::~XlsxFile()
{
    if (m_book) // not committed: the library's memory is freed, the temporary file removed
        workbook_close(m_book);
}

QString XlsxFile::failure(const QString &why) const
{
    return tr("无法写入“%1”：%2").arg(QDir::toNativeSeparators(m_fileName), why);
}

lxw_workbook *XlsxFile::create(const QString &title, QString *error)
{
    const QFileInfo target(m_fileName);
    if (!target.absoluteDir().exists() || (target.exists() && !target.isWritable())) {
        *error = tr("无法写入“%1”：目录不存在或没有写入权限。").arg(QDir::toNativeSeparators(m_fileName));
        return nullptr;
    }
    m_temp.setFileTemplate(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.xlsx").arg(target.completeBaseName())));
    if (!m_temp.open()) {
        *error = failure(m_temp.errorString());
        return nullptr;
    }
    m_temp.close();
    m_book = workbook_new(QFile::encodeName(m_temp.fileName()).constData());
    if (!m_book) {
        *error = tr("无法写入“%1”：不能建立表格文件。").arg(QDir::toNativeSeparators(m_fileName));
        return nullptr;
    }
    m_title = title.toUtf8();
    lxw_doc_properties properties{};
    properties.title = m_title.data(); // the C API takes char *, and only reads it
    workbook_set_properties(m_book, &properties);
    return m_book;
}

bool XlsxFile::commit(const QHash<QString, QString> &exact, QString *error)
{
    const lxw_error closed = workbook_close(m_book);
    m_book = nullptr;
    if (closed != LXW_NO_ERROR) {
        *error = failure(QString::fromUtf8(lxw_strerror(closed)));
        return false;
    }
    QString problem;
    if (!XlsxNumberText::apply(m_temp.fileName(), QStringLiteral("xl/worksheets/sheet1.xml"), exact, &problem)) {
        *error = failure(problem);
        return false;
    }
    // In place through QSaveFile, as every other export: the permissions of the file it
    // replaces, or a new file's (the umask's), never the temporary file's 0600.
    QFile workbook(m_temp.fileName());
    if (!workbook.open(QIODevice::ReadOnly)) {
        *error = failure(workbook.errorString());
        return false;
    }
    return SaveFile::write(m_fileName, workbook.readAll(), error);
}
