#pragma once

#include "Report.h"

// "New from last year": this year's report started from last year's.
//
// Copied: department, title, the profile (基本情况, staff, 主要职能), the management items
// (预算管理: indicator, compliance and text) and the signature's name. Not copied: every
// figure, the adjustments, the narrative that is about one year (preamble, notes, targets,
// problems, measures) and the signature date.
//
// 上年结转 = last year's 年末结转 C1, split into basic and project parts: the basic part is
// what last year's basic funds left over (Bb + C0b − Eb), kept between 0 and C1; the rest
// is project money. Basic funds (salaries, running costs) are normally spent to the last
// 分 and what a department carries over is unfinished projects, so in the common case the
// whole C1 lands in the project part (the 湘潭 example: 0 basic, 11.23 project). When C1 was
// not given, 上年结转 is left "not given" too, never guessed as 0.
class ReportCarryForward
{
public:
    static Report from(const Report &lastYear, int year);
    static BasicProjectAmounts carryoverIn(const Report &lastYear);
};
