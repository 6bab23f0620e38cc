#include "ReportFonts.h"

#include "CmapTable.h"

#include <QBitArray>
#include <QFontDatabase>
#include <QHash>
#include <QRawFont>
#include <QSet>

namespace {

struct Candidate
{
    const char *family;
    bool bold;
    bool substitute;
};

// In order of preference. The faces of the standard first (as Windows, WPS and the
// 方正 packages name them), then what Debian 12 ships.
const Candidate bodyFaces[] = {
    {"仿宋_GB2312", false, false}, {"FangSong_GB2312", false, false}, {"仿宋", false, false},
    {"FangSong", false, false}, {"方正仿宋_GBK", false, false}, {"方正仿宋简体", false, false},
    {"FZFangSong-Z02S", false, false}, {"FZFangSong-Z02", false, false}, {"华文仿宋", false, false},
    {"STFangsong", false, false}, {"Adobe Fangsong Std", false, false},
    // 仿宋 is a Song structure written with even, Kai-like strokes: a Kai face with even
    // strokes is the closest, then a light Song face.
    {"LXGW WenKai", false, true}, {"AR PL UMing CN", false, true}, {"AR PL UKai CN", false, true},
    {"WenQuanYi Zen Hei", false, true}};
const Candidate heiFaces[] = {
    {"黑体", false, false}, {"SimHei", false, false}, {"方正黑体_GBK", false, false},
    {"方正黑体简体", false, false}, {"FZHei-B01S", false, false}, {"华文黑体", false, false},
    {"STHeiti", false, false}, {"Source Han Sans SC", false, true}, {"Noto Sans CJK SC", false, true},
    {"WenQuanYi Zen Hei", false, true}, {"WenQuanYi Micro Hei", false, true}, {"LXGW WenKai", true, true}};
const Candidate kaiFaces[] = {
    {"楷体_GB2312", false, false}, {"KaiTi_GB2312", false, false}, {"楷体", false, false},
    {"KaiTi", false, false}, {"方正楷体_GBK", false, false}, {"方正楷体简体", false, false},
    {"FZKai-Z03S", false, false}, {"华文楷体", false, false}, {"STKaiti", false, false},
    {"AR PL UKai CN", false, true}, {"LXGW WenKai", false, true}, {"AR PL UMing CN", false, true}};
const Candidate titleFaces[] = {
    {"方正小标宋简体", false, false}, {"方正小标宋_GBK", false, false}, {"FZXiaoBiaoSong-B05S", false, false},
    {"FZXiaoBiaoSong-B05", false, false}, {"华文中宋", false, false}, {"STZhongsong", false, false},
    {"宋体", true, true}, {"SimSun", true, true}, {"Source Han Serif SC", true, true},
    {"Noto Serif CJK SC", true, true}, {"AR PL UMing CN", true, true}, {"LXGW WenKai", true, true},
    {"WenQuanYi Zen Hei", false, true}};
const Candidate pageNumberFaces[] = {
    {"宋体", false, false}, {"SimSun", false, false}, {"AR PL UMing CN", false, true},
    {"LXGW WenKai", false, true}, {"WenQuanYi Zen Hei", false, true}};

QRawFont rawFont(const QString &family)
{
    QFont font;
    font.setFamilies({family});
    font.setPixelSize(32);
    return QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
}

bool isInstalled(const QString &family)
{
    static const QSet<QString> families = [] {
        const QStringList all = QFontDatabase::families();
        return QSet<QString>(all.begin(), all.end());
    }();
    return families.contains(family);
}

} // namespace

bool ReportFonts::coversSimplifiedChinese(const QString &family)
{
    if (!isInstalled(family))
        return false;
    const QRawFont raw = rawFont(family);
    if (!raw.isValid() || raw.familyName() != family)
        return false;
    // Characters that exist only in simplified Chinese, and the punctuation of the document.
    for (const QChar c : QStringLiteral("门预绩报这说为们结转（）：，。“”、—0123456789"))
        if (!raw.supportsCharacter(c))
            return false;
    return true;
}

bool ReportFonts::extractsExactly(const QString &family)
{
    static QHash<QString, bool> known;
    if (auto it = known.constFind(family); it != known.cend())
        return *it;
    const QRawFont raw = rawFont(family);
    // Qt's PDF writer extracts the lowest code point that maps to a glyph: a face refused here
    // maps a radical (U+2E80…U+2FDF) onto the glyph of an ideograph (U+4E00…U+9FFF).
    QSet<quint32> radicalGlyphs;
    bool exact = true;
    if (const CmapTable cmap(raw.fontTable("cmap")); cmap.isValid()) {
        QBitArray isRadical(0x10000); // glyph ids are 16 bits
        cmap.forEach(0x2E80, 0x2FDF, [&isRadical](char32_t, quint32 glyph) { isRadical.setBit(int(glyph & 0xFFFF)); });
        if (isRadical.count(true) > 0) {
            cmap.forEach(0x4E00, 0x9FFF, [&](char32_t, quint32 glyph) {
                if (isRadical.testBit(int(glyph & 0xFFFF)))
                    exact = false;
            });
        }
    } else { // a cmap this reader does not know: ask the engine, character by character
        QString radicals;
        for (char32_t c = 0x2E80; c <= 0x2FDF; ++c) {
            if (raw.supportsCharacter(c))
                radicals += QChar(c);
        }
        const QList<quint32> glyphs = radicals.isEmpty() ? QList<quint32>() : raw.glyphIndexesForString(radicals);
        radicalGlyphs = QSet<quint32>(glyphs.begin(), glyphs.end());
        radicalGlyphs.remove(0);
        if (!radicalGlyphs.isEmpty()) {
            QString ideographs;
            ideographs.reserve(0x9FFF - 0x4E00 + 1);
            for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
                ideographs += QChar(c);
            for (quint32 glyph : raw.glyphIndexesForString(ideographs)) {
                if (radicalGlyphs.contains(glyph)) {
                    exact = false;
                    break;
                }
            }
        }
    }
    known.insert(family, exact);
    return exact;
}

bool ReportFonts::knownToBreakTheTextLayer(const QString &family)
{
    // Adobe's and Google's CJK families (Source Han, and Noto CJK built from it) all map the
    // Kangxi radicals onto ideographs' glyphs. Testing them means opening 20 MB collections
    // (3.6 ms of every export on the machine this was measured on) only to refuse them.
    static const char *const families[] = {"Noto Sans CJK", "Noto Serif CJK", "Source Han Sans", "Source Han Serif"};
    for (const char *f : families) {
        if (family.startsWith(QLatin1String(f)))
            return true;
    }
    return false;
}

ReportFonts ReportFonts::choose()
{
    ReportFonts fonts;
    auto pick = [&fonts](Role role, const auto &candidates, bool digitsOnly) {
        Face &face = fonts.m_faces[int(role)];
        for (const Candidate &c : candidates) {
            const QString family = QString::fromUtf8(c.family);
            const bool usable = digitsOnly ? isInstalled(family)
                                           : !knownToBreakTheTextLayer(family) && coversSimplifiedChinese(family)
                                                 && extractsExactly(family);
            if (!usable)
                continue;
            if (!digitsOnly && !fonts.m_usable.contains(family))
                fonts.m_usable.append(family);
            if (face.family.isEmpty())
                face = Face{family, c.bold, c.substitute};
        }
    };
    pick(Role::Body, bodyFaces, false);
    pick(Role::Hei, heiFaces, false);
    pick(Role::Kai, kaiFaces, false);
    pick(Role::Title, titleFaces, false);
    pick(Role::PageNumber, pageNumberFaces, true);
    if (fonts.m_faces[int(Role::Body)].family.isEmpty())
        fonts.m_problem = tr("没有找到可用的中文字体（需要能正确复制文字的简体中文字体，例如 fonts-lxgw-wenkai、fonts-arphic-uming 或 fonts-wqy-zenhei），无法导出 PDF。");
    // A role with no face of its own falls back to the body face.
    for (Face &face : fonts.m_faces) {
        if (face.family.isEmpty())
            face = Face{fonts.m_faces[int(Role::Body)].family, false, true};
    }
    return fonts;
}

const ReportFonts &ReportFonts::installed()
{
    static const ReportFonts fonts = choose();
    return fonts;
}

QString ReportFonts::family(Role role) const
{
    return m_faces[int(role)].family;
}

bool ReportFonts::isBold(Role role) const
{
    return m_faces[int(role)].bold;
}

QStringList ReportFonts::families(Role role) const
{
    QStringList list{family(role)};
    for (const QString &f : m_usable) {
        if (!list.contains(f))
            list.append(f);
    }
    return list;
}

QStringList ReportFonts::officialNames(Role role)
{
    switch (role) {
    case Role::Body:
        return {QStringLiteral("仿宋_GB2312"), QStringLiteral("仿宋"), QStringLiteral("FangSong")};
    case Role::Hei:
        return {QStringLiteral("黑体"), QStringLiteral("SimHei")};
    case Role::Kai:
        return {QStringLiteral("楷体_GB2312"), QStringLiteral("楷体"), QStringLiteral("KaiTi")};
    case Role::Title:
        return {QStringLiteral("方正小标宋简体"), QStringLiteral("方正小标宋_GBK"), QStringLiteral("华文中宋")};
    case Role::PageNumber:
        return {QStringLiteral("宋体"), QStringLiteral("SimSun")};
    }
    return {};
}

QFont ReportFonts::font(Role role, qreal pointSize) const
{
    QFont f;
    f.setFamilies(families(role));
    f.setPointSizeF(pointSize);
    f.setBold(isBold(role));
    return f;
}

QString ReportFonts::description() const
{
    static const char *const names[] = {"正文（仿宋）", "一级标题（黑体）", "二级标题（楷体）", "标题（小标宋）", "页码（宋体）"};
    QStringList parts;
    for (int i = 0; i < 5; ++i) {
        const Face &face = m_faces[i];
        parts.append(QString::fromUtf8(names[i]) + QStringLiteral("：") + face.family
                     + (face.bold ? QStringLiteral(" 加粗") : QString()) + (face.substitute ? QStringLiteral("（替代）") : QString()));
    }
    return parts.join(QStringLiteral("；"));
}
