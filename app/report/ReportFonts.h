#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QString>
#include <QStringList>

// The faces of the official-document layout (GB/T 9704), chosen at run time from the fonts
// installed: a face the user has installed (a real 仿宋_GB2312, 黑体, 楷体, 方正小标宋) wins;
// otherwise the closest face that Debian ships.
//
// A face is used only if it covers simplified Chinese AND keeps the PDF's text layer exact:
// faces that map Kangxi radicals (U+2F00…) onto the glyphs of ordinary ideographs (Noto CJK,
// Source Han) make Qt's PDF writer extract "⼀" for "一", so they are refused.
class ReportFonts
{
    Q_DECLARE_TR_FUNCTIONS(ReportFonts)
public:
    enum class Role {
        Body,      // 仿宋 (3号)
        Hei,       // 黑体: headings 一、, 附件, table headers
        Kai,       // 楷体: headings （一）
        Title,     // 小标宋 (2号), or a bold Song face
        PageNumber // Song-style Arabic digits for — 1 —
    };

    // The choice for this process (fonts do not change while exporting). Needs a
    // QGuiApplication.
    static const ReportFonts &installed();

    QString family(Role role) const;
    bool isBold(Role role) const; // the title in a Song face with no heavy weight: bold
    // The chosen face first, then the other usable faces (never a refused one) so that a
    // character missing from the chosen face still extracts exactly.
    QStringList families(Role role) const;
    QFont font(Role role, qreal pointSize) const;

    // The faces an editable document (.docx, .odt) names for a role, so that Word and WPS
    // on the user's machine use the real ones: the standard's face as Windows and WPS name it
    // first, then the usual alternatives ({"仿宋_GB2312", "仿宋", "FangSong"}).
    static QStringList officialNames(Role role);

    // False when no usable Chinese face is installed: the PDF would silently have no
    // Chinese at all, so exporting must refuse with `problem()`.
    bool isUsable() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    // "正文 LXGW WenKai（替代仿宋）; …", for logs and the README.
    QString description() const;

    // The two tests applied to every candidate.
    static bool coversSimplifiedChinese(const QString &family);
    static bool extractsExactly(const QString &family);
    // Families refused by name, without being opened: every face of theirs fails
    // extractsExactly (checked by tst_reportfonts on the faces installed).
    static bool knownToBreakTheTextLayer(const QString &family);

    static ReportFonts choose();

private:
    struct Face
    {
        QString family;
        bool bold = false;
        bool substitute = false; // not the face the standard names
    };
    Face m_faces[5];
    QStringList m_usable;
    QString m_problem;
};
