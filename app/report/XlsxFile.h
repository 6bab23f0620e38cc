#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QTemporaryFile>

struct lxw_workbook;

// A workbook libxlsxwriter writes as a whole file (the overview, the 自评表): made in a
// temporary file beside its target, its numbers' exact decimal text put in afterwards
// (XlsxNumberText), then written over the target through SaveFile, so that a failure leaves
// an existing file as it was.
class XlsxFile
{
    Q_DECLARE_TR_FUNCTIONS(XlsxFile)
public:
    explicit XlsxFile(const QString &fileName);
    ~XlsxFile();
    XlsxFile(const XlsxFile &) = delete;
    XlsxFile &operator=(const XlsxFile &) = delete;

    // The workbook to fill, with `title` in its properties; null, and `error` set, when the
    // file cannot be made (no directory, no permission).
    lxw_workbook *create(const QString &title, QString *error);
    // Closes the workbook, puts `exact` (cell → decimal text, "C2" → "98.26") into its first
    // sheet and the file in place. False, and `error` set, on failure.
    bool commit(const QHash<QString, QString> &exact, QString *error);

private:
    QString failure(const QString &why) const;

    QString m_fileName;
    QTemporaryFile m_temp;
    QByteArray m_title;
    lxw_workbook *m_book = nullptr;
};
