#include "XlsxFile.h"

#include "XlsxNumberText.h"

#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <xlsxwriter.h>

namespace {

// The permissions the file gets: those of the file it replaces, or a new file's (0666 less
// the umask), as QSaveFile gives. The temporary file is made 0600, which a colleague on a
// shared folder could not open.
QFile::Permissions targetPermissions(const QFileInfo &target)
{
    if (target.exists())
        return target.permissions();
    const mode_t mask = ::umask(0); // no call reads the umask without setting it: put it back
    ::umask(mask);
    QFile::Permissions p;
    const std::pair<mode_t, QFile::Permission> bits[] = {
        {S_IRUSR, QFile::ReadOwner}, {S_IWUSR, QFile::WriteOwner}, {S_IRGRP, QFile::ReadGroup},
        {S_IWGRP, QFile::WriteGroup}, {S_IROTH, QFile::ReadOther},  {S_IWOTH, QFile::WriteOther}};
    for (const auto &[bit, permission] : bits) {
        if (!(mask & bit))
            p |= permission;
    }
    if (p & QFile::ReadOwner)
        p |= QFile::ReadUser;
    if (p & QFile::WriteOwner)
        p |= QFile::WriteUser;
    return p;
}

} // namespace

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
    if (!QFile::setPermissions(m_temp.fileName(), targetPermissions(QFileInfo(m_fileName)))) {
        *error = failure(tr("不能设置文件权限。"));
        return false;
    }
    const QByteArray from = QFile::encodeName(m_temp.fileName());
    const QByteArray to = QFile::encodeName(QFileInfo(m_fileName).absoluteFilePath());
    if (std::rename(from.constData(), to.constData()) != 0) {
        *error = failure(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_temp.setAutoRemove(false);
    return true;
}
