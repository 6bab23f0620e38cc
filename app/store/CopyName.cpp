#include "CopyName.h"

namespace {

constexpr char16_t Mark[] = u"（副本";
constexpr char16_t Close[] = u"）";

} // namespace

QString CopyName::mark()
{
    return QString::fromUtf16(Mark);
}

QString CopyName::of(const QString &department, int n)
{
    return department + mark() + (n > 1 ? QString::number(n) : QString()) + QString::fromUtf16(Close);
}

bool CopyName::covers(const QString &department, const QString &name)
{
    return name == department || name.startsWith(department + mark());
}
