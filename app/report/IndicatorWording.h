#pragma once

#include "Indicator.h"

#include <QString>

// How the document names and explains each indicator (IndicatorCatalog). The document is
// Chinese content whatever the program's language: names and definitions in Chinese.
namespace IndicatorWording {

QString name(const QString &id);       // 项目支出预算控制率
QString definition(const QString &id); // 全年项目支出÷（项目支出全年预算+上年结转）×100%

// "项目支出预算控制率=1239.52/1250.75*100%=99.10%", from the indicator's own operands.
QString formulaLine(const Indicator &indicator);
// "项目支出预算控制率不适用（项目支出预算为0）。"
QString notApplicableSentence(const Indicator &indicator);
// Why it is 不适用: "项目支出预算为0".
QString reason(const Indicator &indicator);
// "99.10%" or "不适用"
QString valueText(const Indicator &indicator);

} // namespace IndicatorWording
