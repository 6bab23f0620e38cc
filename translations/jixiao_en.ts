<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于绩效自评</source>
        <translation>About Jixiao</translation>
    </message>
    <message>
        <source>&lt;h2&gt;绩效自评 %1&lt;/h2&gt;&lt;p&gt;部门整体支出预算绩效自评报告与绩效自评表的填报、检查、评审与导出。&lt;/p&gt;&lt;p&gt;Qt %2（编译时 Qt %3）&lt;/p&gt;&lt;p&gt;许可：GNU 通用公共许可证第 3 版或更新版本（GPL-3.0-or-later）。&lt;/p&gt;&lt;p&gt;应用标识：%4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Jixiao %1&lt;/h2&gt;&lt;p&gt;Fill, check, review and export a department&apos;s budget performance self-evaluation report and table.&lt;/p&gt;&lt;p&gt;Qt %2 (built with Qt %3)&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Application id: %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AdjustmentsChart</name>
    <message>
        <source>基本支出</source>
        <translation>Basic expenditure</translation>
    </message>
    <message>
        <source>项目支出</source>
        <translation>Project expenditure</translation>
    </message>
    <message>
        <source>结构调整：项目支出调往基本支出</source>
        <translation>Transfer: from project to basic expenditure</translation>
    </message>
    <message>
        <source>结构调整：基本支出调往项目支出</source>
        <translation>Transfer: from basic to project expenditure</translation>
    </message>
    <message>
        <source>（未填写事项）</source>
        <translation>(item not described)</translation>
    </message>
    <message>
        <source>未填写金额</source>
        <translation>No amount entered</translation>
    </message>
    <message>
        <source>%1 %2（%3）</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>调减</source>
        <translation>Decrease</translation>
    </message>
    <message>
        <source>调增</source>
        <translation>Increase</translation>
    </message>
    <message>
        <source>除外调整：不计入预算调整率</source>
        <translation>Excluded adjustment: not counted in the budget adjustment rate</translation>
    </message>
    <message>
        <source>计入预算调整率</source>
        <translation>Counted in the budget adjustment rate</translation>
    </message>
    <message>
        <source>原因：未填写</source>
        <translation>Reason: not given</translation>
    </message>
    <message>
        <source>原因：%1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>第%1至%2项，共%3项，合计：计入调整率 %4，除外调整 %5</source>
        <translation>Items %1 to %2 (%3 items), totals: counted in the adjustment rate %4, excluded adjustments %5</translation>
    </message>
    <message>
        <source>无年中预算调整</source>
        <translation>No mid-year budget adjustments</translation>
    </message>
    <message>
        <source>未填金额</source>
        <translation>No amount</translation>
    </message>
    <message>
        <source>其余%1项</source>
        <translation>Remaining items (%1)</translation>
    </message>
    <message>
        <source>除外调整</source>
        <translation>Excluded adjustments</translation>
    </message>
</context>
<context>
    <name>AdjustmentsPage</name>
    <message>
        <source>年中预算调整</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>调整事项</source>
        <translation>Adjustment items</translation>
    </message>
    <message>
        <source>调增填正数，调减填负数（如 -5.00）。结构调整：正数表示从基本支出调到项目支出，负数相反。除外调整（政策性、不可抗力、上级临时交办）不计入预算调整率，但须写明依据。</source>
        <translation>Enter increases as positive and decreases as negative amounts (e.g. -5.00). Transfers: a positive amount moves money from basic to project expenditure, a negative one the other way. Excluded adjustments (policy changes, force majeure, urgent tasks assigned by higher authorities) do not count in the budget adjustment rate, but their basis must be stated.</translation>
    </message>
    <message>
        <source>金额（万元）</source>
        <translation>Amount (10k yuan)</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>除外调整</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>原因或依据</source>
        <translation>Reason or basis</translation>
    </message>
    <message>
        <source>合计（自动计算）</source>
        <translation>Totals (calculated)</translation>
    </message>
    <message>
        <source>调增合计(&amp;1)：</source>
        <translation>Total increases (&amp;1):</translation>
    </message>
    <message>
        <source>调减合计(&amp;2)：</source>
        <translation>Total decreases (&amp;2):</translation>
    </message>
    <message>
        <source>除外调整合计(&amp;3)：</source>
        <translation>Total excluded adjustments (&amp;3):</translation>
    </message>
    <message>
        <source>计入调整率的调整(&amp;4)：</source>
        <translation>Adjustments counted in the rate (&amp;4):</translation>
    </message>
    <message>
        <source>全年预算·基本支出(&amp;5)：</source>
        <translation>Full-year budget, basic expenditure (&amp;5):</translation>
    </message>
    <message>
        <source>全年预算·项目支出(&amp;6)：</source>
        <translation>Full-year budget, project expenditure (&amp;6):</translation>
    </message>
    <message>
        <source>全年预算合计(&amp;7)：</source>
        <translation>Total full-year budget (&amp;7):</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <source>新建</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>状态：%1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>人工评分</source>
        <translation>Manual score</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>上年结转</source>
        <translation>Carry-over from the previous year</translation>
    </message>
    <message>
        <source>基本支出结转(&amp;C)：</source>
        <translation>Basic expenditure &amp;carry-over:</translation>
    </message>
    <message>
        <source>项目支出结转(&amp;J)：</source>
        <translation>Pro&amp;ject expenditure carry-over:</translation>
    </message>
    <message>
        <source>上年结转合计(&amp;1)：</source>
        <translation>Total carry-over (&amp;1):</translation>
    </message>
    <message>
        <source>年初预算</source>
        <translation>Initial budget</translation>
    </message>
    <message>
        <source>基本支出(&amp;B)：</source>
        <translation>&amp;Basic expenditure:</translation>
    </message>
    <message>
        <source>项目支出(&amp;P)：</source>
        <translation>&amp;Project expenditure:</translation>
    </message>
    <message>
        <source>年初预算合计(&amp;2)：</source>
        <translation>Total initial budget (&amp;2):</translation>
    </message>
    <message>
        <source>说明(&amp;N)：</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>“三公经费”预算</source>
        <translation>Three public expenses: budget</translation>
    </message>
    <message>
        <source>公务接待费(&amp;R)：</source>
        <translation>Official &amp;receptions:</translation>
    </message>
    <message>
        <source>公务用车购置及运行维护费(&amp;G)：</source>
        <translation>Official vehic&amp;les (purchase and operation):</translation>
    </message>
    <message>
        <source>因公出国（境）费(&amp;O)：</source>
        <translation>&amp;Overseas official trips:</translation>
    </message>
    <message>
        <source>“三公经费”预算合计(&amp;3)：</source>
        <translation>Total three public expenses (&amp;3):</translation>
    </message>
    <message>
        <source>全年预算（含年中调整，自动计算）</source>
        <translation>Full-year budget (with mid-year adjustments, calculated)</translation>
    </message>
    <message>
        <source>基本支出(&amp;4)：</source>
        <translation>Basic expenditure (&amp;4):</translation>
    </message>
    <message>
        <source>项目支出(&amp;5)：</source>
        <translation>Project expenditure (&amp;5):</translation>
    </message>
    <message>
        <source>全年预算合计(&amp;6)：</source>
        <translation>Total full-year budget (&amp;6):</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>%1 %2：%3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1：%2，占%3%</source>
        <translation>%1: %2, %3% of the total</translation>
    </message>
    <message>
        <source>
支出占预算 %1%</source>
        <translation>
Expenditure is %1% of the budget</translation>
    </message>
    <message>
        <source>
支出占预算：不适用</source>
        <translation>
Expenditure as a share of the budget: n/a</translation>
    </message>
    <message>
        <source>基本支出预算</source>
        <translation>Basic budget</translation>
    </message>
    <message>
        <source>项目支出预算</source>
        <translation>Project budget</translation>
    </message>
    <message>
        <source>上年结转</source>
        <translation>Carry-over</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>全年预算（含上年结转）</source>
        <translation>Full-year budget (incl. carry-over)</translation>
    </message>
    <message>
        <source>全年支出</source>
        <translation>Full-year expenditure</translation>
    </message>
    <message>
        <source>基本支出</source>
        <translation>Basic&lt;br&gt;expenditure</translation>
    </message>
    <message>
        <source>项目支出</source>
        <translation>Project&lt;br&gt;expenditure</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>实际支出</source>
        <translation>Actual expenditure</translation>
    </message>
    <message>
        <source>公务接待费</source>
        <translation>Official receptions</translation>
    </message>
    <message>
        <source>公务用车购置&lt;br&gt;及运行维护费</source>
        <translation>Official&lt;br&gt;vehicles</translation>
    </message>
    <message>
        <source>因公出国&lt;br&gt;（境）费</source>
        <translation>Overseas&lt;br&gt;official trips</translation>
    </message>
</context>
<context>
    <name>ChartParts</name>
    <message>
        <source>%1万元</source>
        <translation>%1 (10k yuan)</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>10k yuan</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>保存为 PNG 图片(&amp;P)…</source>
        <translation>Save as &amp;PNG image…</translation>
    </message>
    <message>
        <source>保存为 SVG 矢量图(&amp;S)…</source>
        <translation>Save as &amp;SVG vector image…</translation>
    </message>
    <message>
        <source>保存图表</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>保存“%1”图表</source>
        <translation>Save the “%1” chart</translation>
    </message>
    <message>
        <source>预算构成</source>
        <translation>Budget composition</translation>
    </message>
    <message>
        <source>预算与支出</source>
        <translation>Budget and expenditure</translation>
    </message>
    <message>
        <source>“三公经费”预算与实际支出</source>
        <translation>Three public expenses: budget and actual</translation>
    </message>
    <message>
        <source>“三公经费”控制率</source>
        <translation>Three public expenses control rate</translation>
    </message>
    <message>
        <source>年中预算调整</source>
        <translation>Mid-year budget adjustments</translation>
    </message>
    <message>
        <source>历年趋势</source>
        <translation>Trend over the years</translation>
    </message>
    <message>
        <source>无法生成图片</source>
        <translation>Could not create the image</translation>
    </message>
    <message>
        <source>保存图表“%1”</source>
        <translation>Save chart “%1”</translation>
    </message>
    <message>
        <source>SVG 矢量图 (*.svg)</source>
        <translation>SVG vector image (*.svg)</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>_%1</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>没有本部门往年的报告。工作区中保存了往年的报告后，这里显示历年的预算、支出、年末结转和主要指标。</source>
        <translation>There are no reports of this department from earlier years. Once earlier reports are saved in the workspace, this shows the budget, expenditure, year-end carry-over and main indicators over the years.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>检查一份报告：计算各项指标、核对账目、评分。</source>
        <translation>Check a report: compute the indicators, check the accounts, score it.</translation>
    </message>
    <message>
        <source>命令名</source>
        <translation>command name</translation>
    </message>
    <message>
        <source>要检查的报告文件</source>
        <translation>the report file to check</translation>
    </message>
    <message>
        <source>上年度的报告文件，用于同比指标</source>
        <translation>the previous year&apos;s report file, for the year-on-year indicators</translation>
    </message>
    <message>
        <source>以 JSON 输出结果</source>
        <translation>print the result as JSON</translation>
    </message>
    <message>
        <source>输出语言：zh_CN 或 en</source>
        <translation>output language: zh_CN or en</translation>
    </message>
    <message>
        <source>评分方案文件（缺省为内置的默认方案）</source>
        <translation>scoring scheme file (default: the built-in scheme)</translation>
    </message>
    <message>
        <source>请给出报告文件，或用 --department 和 --year 指明工作区中的报告，不要同时给出</source>
        <translation>Give either a report file or a report in the workspace (--department and --year), not both</translation>
    </message>
    <message>
        <source>请给出且只给出一个报告文件：jixiao check FILE.json</source>
        <translation>Give exactly one report file: jixiao check FILE.json</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>未知的命令“%1”。命令有：%2（各有 --help）；不带命令时打开窗口：jixiao [FILE.json]</source>
        <translation>Unknown command “%1”. The commands are: %2 (each has --help); without a command the window opens: jixiao [FILE.json]</translation>
    </message>
    <message>
        <source>、</source>
        <comment>between the names of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>CommandOutput</name>
    <message>
        <source>jixiao：无法读取 %1：%2</source>
        <translation>jixiao: cannot read %1: %2</translation>
    </message>
    <message>
        <source>不支持的语言“%1”：可用 zh_CN 或 en</source>
        <translation>Unsupported language “%1”: use zh_CN or en</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>对当前字段提意见(&amp;M)…</source>
        <translation>Co&amp;mment on this field…</translation>
    </message>
    <message>
        <source>标记为已解决</source>
        <translation>Mark as resolved</translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation>Review comments</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>整份报告</source>
        <translation>Whole report</translation>
    </message>
    <message>
        <source>对“%1”的意见：</source>
        <translation>Comment on “%1”:</translation>
    </message>
    <message>
        <source>%1 — %2，%3：%4</source>
        <translation>%1 — %2, %3: %4</translation>
    </message>
    <message>
        <source>（已解决）</source>
        <translation>(resolved) </translation>
    </message>
</context>
<context>
    <name>CountInput</name>
    <message>
        <source>人数和次数不能为负数。</source>
        <translation>Numbers of people and occasions cannot be negative.</translation>
    </message>
    <message>
        <source>“%1”不是数字：请填写整数，例如 136。</source>
        <translation>“%1” is not a number: enter a whole number, such as 136.</translation>
    </message>
    <message>
        <source>数字过大。</source>
        <translation>The number is too large.</translation>
    </message>
</context>
<context>
    <name>DeletedReportsView</name>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>删除时间</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>删除人</source>
        <translation>Deleted by</translation>
    </message>
    <message>
        <source>已删除的报告</source>
        <translation>Deleted reports</translation>
    </message>
    <message>
        <source>恢复报告</source>
        <translation>Restore report</translation>
    </message>
    <message>
        <source>要把它恢复为副本吗？</source>
        <translation>Restore it as a copy?</translation>
    </message>
</context>
<context>
    <name>DepartmentComparisonChart</name>
    <message>
        <source>%1  %2%</source>
        <translation>%1  %2%</translation>
    </message>
    <message>
        <source>%1  不适用</source>
        <translation>%1  n/a</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>“%1”有尚未保存的修改。</source>
        <translation>“%1” has unsaved changes.</translation>
    </message>
    <message>
        <source>要在关闭前保存吗？不保存，这些修改将丢失。</source>
        <translation>Save them before closing? If you do not, the changes will be lost.</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>不保存(&amp;D)</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>别人已经修改了这份报告</source>
        <translation>Someone else has changed this report</translation>
    </message>
    <message>
        <source>您的修改还在窗口中，没有丢失。请选择：</source>
        <translation>Your changes are still in the window and have not been lost. Choose:</translation>
    </message>
    <message>
        <source>载入对方的版本</source>
        <translation>Load their version</translation>
    </message>
    <message>
        <source>把我的版本存为副本</source>
        <translation>Save my version as a copy</translation>
    </message>
    <message>
        <source>用我的版本覆盖</source>
        <translation>Overwrite with my version</translation>
    </message>
    <message>
        <source>稍后决定</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <source>修改尚未保存</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <source>重试保存</source>
        <translation>Retry saving</translation>
    </message>
    <message>
        <source>另存为文件…</source>
        <translation>Save as file…</translation>
    </message>
    <message>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>打开工作区</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>工作区位置(&amp;L)：SQLite 文件，或 postgresql://用户[:密码]@主机[:端口]/数据库</source>
        <translation>Workspace &amp;location: an SQLite file, or postgresql://user[:password]@host[:port]/database</translation>
    </message>
    <message>
        <source>工作区位置</source>
        <translation>Workspace location</translation>
    </message>
    <message>
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>选择或新建工作区文件</source>
        <translation>Choose or create a workspace file</translation>
    </message>
    <message>
        <source>工作区 (*.sqlite *.db);;所有文件 (*)</source>
        <translation>Workspaces (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>EvaluationSummary</name>
    <message>
        <source>（未填写部门）</source>
        <translation>(department not given)</translation>
    </message>
    <message>
        <source>%1 %2年度部门整体支出预算绩效自评</source>
        <translation>%1 — budget performance self-evaluation for %2</translation>
    </message>
    <message>
        <source>绩效指标：</source>
        <translation>Performance indicators:</translation>
    </message>
    <message>
        <source>资金结余：上年结转%1 + 全年预算%2 − 全年支出%3 − 财政收回%4 = %5万元；填报的年末结转：%6</source>
        <translation>Fund balance: carry-over from the previous year %1 + full-year budget %2 − expenditure %3 − returned to the treasury %4 = %5 (10k yuan); reported year-end carry-over: %6</translation>
    </message>
    <message>
        <source>%1万元</source>
        <translation>%1 (10k yuan)</translation>
    </message>
    <message>
        <source>未填报</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>检查结果：%1个错误，%2个警告</source>
        <translation>Check results: errors %1, warnings %2</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>自评得分：%1分，等级：%2（暂定：尚有%3项待人工评分，按0分计）</source>
        <translation>Self-evaluation score: %1 points, grade: %2 (provisional: manual scores pending: %3, counted as 0)</translation>
    </message>
    <message>
        <source>自评得分：%1分，等级：%2</source>
        <translation>Self-evaluation score: %1 points, grade: %2</translation>
    </message>
    <message>
        <source>待评</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1/%2：%3 / %4</source>
        <translation>%1/%2: %3 / %4</translation>
    </message>
    <message>
        <source>预算执行：全年执行数%1 ÷ 全年预算数%2 = 执行率%3，得%4 / %5分</source>
        <translation>Budget execution: spent %1 ÷ full-year budget %2 = execution rate %3, scoring %4 / %5</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>第%1项 %2（%3）：%4 / %5分</source>
        <translation>Indicator %1, %2 (%3): %4 / %5</translation>
    </message>
    <message>
        <source>（未命名）</source>
        <translation>(unnamed)</translation>
    </message>
</context>
<context>
    <name>ExecutionPage</name>
    <message>
        <source>执行与结余</source>
        <translation>Execution</translation>
    </message>
    <message>
        <source>全年支出</source>
        <translation>Full-year expenditure</translation>
    </message>
    <message>
        <source>基本支出(&amp;B)：</source>
        <translation>&amp;Basic expenditure:</translation>
    </message>
    <message>
        <source>项目支出(&amp;P)：</source>
        <translation>&amp;Project expenditure:</translation>
    </message>
    <message>
        <source>全年支出合计(&amp;1)：</source>
        <translation>Total expenditure (&amp;1):</translation>
    </message>
    <message>
        <source>资金结余</source>
        <translation>Fund balance</translation>
    </message>
    <message>
        <source>财政收回/上缴(&amp;R)：</source>
        <translation>&amp;Returned to the treasury:</translation>
    </message>
    <message>
        <source>年末结转(&amp;C)：</source>
        <translation>Year-end &amp;carry-over:</translation>
    </message>
    <message>
        <source>应有年末结转(&amp;2)：</source>
        <translation>Expected year-end carry-over (&amp;2):</translation>
    </message>
    <message>
        <source>结转说明(&amp;N)：</source>
        <translation>Carry-over &amp;notes:</translation>
    </message>
    <message>
        <source>“三公经费”实际支出</source>
        <translation>Three public expenses: actual</translation>
    </message>
    <message>
        <source>公务接待费(&amp;J)：</source>
        <translation>Official recept&amp;ions:</translation>
    </message>
    <message>
        <source>公务用车购置及运行维护费(&amp;G)：</source>
        <translation>Official vehic&amp;les (purchase and operation):</translation>
    </message>
    <message>
        <source>因公出国（境）费(&amp;O)：</source>
        <translation>&amp;Overseas official trips:</translation>
    </message>
    <message>
        <source>“三公经费”实际合计(&amp;3)：</source>
        <translation>Total three public expenses (&amp;3):</translation>
    </message>
    <message>
        <source>公务接待批次(&amp;K)：</source>
        <translation>Recep&amp;tions held:</translation>
    </message>
    <message>
        <source>公务接待人次(&amp;M)：</source>
        <translation>&amp;Guests received:</translation>
    </message>
    <message>
        <source>“三公经费”说明(&amp;X)：</source>
        <translation>Three public e&amp;xpenses notes:</translation>
    </message>
    <message>
        <source>政府采购</source>
        <translation>Government procurement</translation>
    </message>
    <message>
        <source>政府采购预算(&amp;U)：</source>
        <translation>Procurement b&amp;udget:</translation>
    </message>
    <message>
        <source>政府采购实际金额(&amp;A)：</source>
        <translation>&amp;Actual procurement:</translation>
    </message>
    <message>
        <source>政府采购说明(&amp;Q)：</source>
        <translation>Procure&amp;ment notes:</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>上年度的报告文件，用于同比指标</source>
        <translation>the previous year&apos;s report file, for the year-on-year indicators</translation>
    </message>
    <message>
        <source>请给出报告文件，或用 --department 和 --year 指明工作区中的报告，不要同时给出</source>
        <translation>Give either a report file or a report in the workspace (--department and --year), not both</translation>
    </message>
    <message>
        <source>请给出且只给出一个报告文件：jixiao export FILE.json -o OUT.pdf</source>
        <translation>Give exactly one report file: jixiao export FILE.json -o OUT.pdf</translation>
    </message>
    <message>
        <source>命令名</source>
        <translation>command name</translation>
    </message>
    <message>
        <source>要导出的报告文件</source>
        <translation>the report file to export</translation>
    </message>
    <message>
        <source>请用 -o 给出输出文件：jixiao export FILE.json -o OUT.pdf</source>
        <translation>Give the output file with -o: jixiao export FILE.json -o OUT.pdf</translation>
    </message>
    <message>
        <source>输出文件：.pdf、.docx、.odt、.json，或 .xlsx（自评表）</source>
        <translation>Output file: .pdf, .docx, .odt, .json, or .xlsx (the self-evaluation table)</translation>
    </message>
    <message>
        <source>导出一份报告：PDF（公文格式）、Word 文档（.docx）、ODT 或 JSON；或把自评表导出为 .xlsx。有错误的报告只能导出为草稿。</source>
        <translation>Export a report: PDF (official document layout), Word document (.docx), ODT or JSON; or the self-evaluation table as .xlsx. A report with errors exports only as a draft.</translation>
    </message>
    <message>
        <source>不支持的输出格式“%1”：输出文件应以 .pdf、.docx、.odt、.json 或 .xlsx 结尾。</source>
        <translation>Unsupported output format “%1”: the output file must end in .pdf, .docx, .odt, .json or .xlsx.</translation>
    </message>
    <message>
        <source>jixiao：报告有%1个错误，已导出为草稿（%2）：%3</source>
        <translation>jixiao: the report has errors (%1), so it was exported as a draft (%2): %3</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>审核意见：%1</source>
        <translation>Review comment: %1</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <source>部门名称</source>
        <translation>Department name</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>上年结转</source>
        <translation>Carry-over from the previous year</translation>
    </message>
    <message>
        <source>上年结转（基本支出）</source>
        <translation>Carry-over from the previous year (basic expenditure)</translation>
    </message>
    <message>
        <source>上年结转（项目支出）</source>
        <translation>Carry-over from the previous year (project expenditure)</translation>
    </message>
    <message>
        <source>年初预算</source>
        <translation>Initial budget</translation>
    </message>
    <message>
        <source>年初预算基本支出</source>
        <translation>Initial budget, basic expenditure</translation>
    </message>
    <message>
        <source>年初预算项目支出</source>
        <translation>Initial budget, project expenditure</translation>
    </message>
    <message>
        <source>“三公经费”预算</source>
        <translation>Three public expenses budget</translation>
    </message>
    <message>
        <source>公务接待费预算</source>
        <translation>Official receptions budget</translation>
    </message>
    <message>
        <source>公务用车购置及运行维护费预算</source>
        <translation>Official vehicles budget (purchase and operation)</translation>
    </message>
    <message>
        <source>因公出国（境）费预算</source>
        <translation>Overseas official trips budget</translation>
    </message>
    <message>
        <source>年中预算调整</source>
        <translation>Mid-year budget adjustments</translation>
    </message>
    <message>
        <source>第%1项年中预算调整</source>
        <translation>Mid-year budget adjustment %1</translation>
    </message>
    <message>
        <source>第%1项年中预算调整的金额</source>
        <translation>Amount of mid-year budget adjustment %1</translation>
    </message>
    <message>
        <source>第%1项年中预算调整的原因</source>
        <translation>Reason for mid-year budget adjustment %1</translation>
    </message>
    <message>
        <source>全年支出</source>
        <translation>Full-year expenditure</translation>
    </message>
    <message>
        <source>全年基本支出</source>
        <translation>Full-year basic expenditure</translation>
    </message>
    <message>
        <source>全年项目支出</source>
        <translation>Full-year project expenditure</translation>
    </message>
    <message>
        <source>财政收回/上缴</source>
        <translation>Returned to the treasury</translation>
    </message>
    <message>
        <source>年末结转</source>
        <translation>Year-end carry-over</translation>
    </message>
    <message>
        <source>“三公经费”实际支出</source>
        <translation>Three public expenses, actual</translation>
    </message>
    <message>
        <source>公务接待费实际支出</source>
        <translation>Official receptions, actual</translation>
    </message>
    <message>
        <source>公务用车购置及运行维护费实际支出</source>
        <translation>Official vehicles (purchase and operation), actual</translation>
    </message>
    <message>
        <source>因公出国（境）费实际支出</source>
        <translation>Overseas official trips, actual</translation>
    </message>
    <message>
        <source>公务接待批次</source>
        <translation>Official receptions held</translation>
    </message>
    <message>
        <source>公务接待人次</source>
        <translation>Guests received at official receptions</translation>
    </message>
    <message>
        <source>政府采购预算</source>
        <translation>Government procurement budget</translation>
    </message>
    <message>
        <source>政府采购实际金额</source>
        <translation>Actual government procurement</translation>
    </message>
    <message>
        <source>在职人数</source>
        <translation>Active staff</translation>
    </message>
    <message>
        <source>编制数</source>
        <translation>Authorized headcount</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>开头语</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <source>部门概况</source>
        <translation>Department profile</translation>
    </message>
    <message>
        <source>基本情况</source>
        <translation>General information</translation>
    </message>
    <message>
        <source>人员情况</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>退休人数</source>
        <translation>Retired staff</translation>
    </message>
    <message>
        <source>主要职能</source>
        <translation>Main functions</translation>
    </message>
    <message>
        <source>预算情况</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>年初预算说明</source>
        <translation>Initial budget note</translation>
    </message>
    <message>
        <source>预算执行情况</source>
        <translation>Budget execution</translation>
    </message>
    <message>
        <source>年末结转说明</source>
        <translation>Year-end carry-over notes</translation>
    </message>
    <message>
        <source>“三公经费”说明</source>
        <translation>Three public expenses notes</translation>
    </message>
    <message>
        <source>政府采购</source>
        <translation>Government procurement</translation>
    </message>
    <message>
        <source>政府采购说明</source>
        <translation>Procurement notes</translation>
    </message>
    <message>
        <source>预算管理</source>
        <translation>Budget management</translation>
    </message>
    <message>
        <source>绩效目标完成情况</source>
        <translation>Performance targets achieved</translation>
    </message>
    <message>
        <source>绩效目标表</source>
        <translation>Performance target table</translation>
    </message>
    <message>
        <source>存在问题的概述</source>
        <translation>Introduction to the problems</translation>
    </message>
    <message>
        <source>存在的主要问题</source>
        <translation>Main problems</translation>
    </message>
    <message>
        <source>改进的措施和建议</source>
        <translation>Measures and suggestions for improvement</translation>
    </message>
    <message>
        <source>落款</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>落款单位</source>
        <translation>Signing unit</translation>
    </message>
    <message>
        <source>落款日期</source>
        <translation>Signing date</translation>
    </message>
    <message>
        <source>第%1项绩效指标</source>
        <translation>Performance indicator %1</translation>
    </message>
    <message>
        <source>第%1项绩效指标的一级指标</source>
        <translation>First-level category of performance indicator %1</translation>
    </message>
    <message>
        <source>第%1项绩效指标的二级指标</source>
        <translation>Second-level category of performance indicator %1</translation>
    </message>
    <message>
        <source>第%1项绩效指标的名称</source>
        <translation>Name of performance indicator %1</translation>
    </message>
    <message>
        <source>第%1项绩效指标的单位</source>
        <translation>Unit of performance indicator %1</translation>
    </message>
    <message>
        <source>第%1项绩效指标的指标性质</source>
        <translation>Kind of performance indicator %1</translation>
    </message>
    <message>
        <source>第%1项绩效指标的年度指标值</source>
        <translation>Annual target of performance indicator %1</translation>
    </message>
    <message>
        <source>第%1项绩效指标的实际完成值</source>
        <translation>Achieved value of performance indicator %1</translation>
    </message>
    <message>
        <source>第%1项绩效指标的分值</source>
        <translation>Weight of performance indicator %1</translation>
    </message>
    <message>
        <source>第%1项绩效指标的档次</source>
        <translation>Tier of performance indicator %1</translation>
    </message>
    <message>
        <source>第%1项绩效指标的得分</source>
        <translation>Score of performance indicator %1</translation>
    </message>
    <message>
        <source>第%1项绩效指标的偏差原因分析及改进措施</source>
        <translation>Reasons for the deviation and improvements for performance indicator %1</translation>
    </message>
    <message>
        <source>第%1项绩效指标的备注</source>
        <translation>Remark on performance indicator %1</translation>
    </message>
    <message>
        <source>年度总体目标</source>
        <translation>Overall annual goal</translation>
    </message>
    <message>
        <source>年度总体目标（预期目标）</source>
        <translation>Overall annual goal (expected)</translation>
    </message>
    <message>
        <source>年度总体目标（实际完成情况）</source>
        <translation>Overall annual goal (achieved)</translation>
    </message>
    <message>
        <source>填报人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>填报日期</source>
        <translation>Date prepared</translation>
    </message>
    <message>
        <source>资金来源（其中）</source>
        <translation>Funds by source</translation>
    </message>
    <message>
        <source>当年财政拨款的年初预算数</source>
        <translation>Initial budget of this year&apos;s appropriation</translation>
    </message>
    <message>
        <source>当年财政拨款的全年预算数</source>
        <translation>Full-year budget of this year&apos;s appropriation</translation>
    </message>
    <message>
        <source>当年财政拨款的全年执行数</source>
        <translation>Spending of this year&apos;s appropriation</translation>
    </message>
    <message>
        <source>上年结转资金的年初预算数</source>
        <translation>Initial budget of funds carried over</translation>
    </message>
    <message>
        <source>上年结转资金的全年预算数</source>
        <translation>Full-year budget of funds carried over</translation>
    </message>
    <message>
        <source>上年结转资金的全年执行数</source>
        <translation>Spending of funds carried over</translation>
    </message>
    <message>
        <source>其他资金的年初预算数</source>
        <translation>Initial budget of other funds</translation>
    </message>
    <message>
        <source>其他资金的全年预算数</source>
        <translation>Full-year budget of other funds</translation>
    </message>
    <message>
        <source>其他资金的全年执行数</source>
        <translation>Spending of other funds</translation>
    </message>
</context>
<context>
    <name>FileNameIconProvider</name>
    <message>
        <source>文件夹</source>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>文件是指向不存在之处的链接</source>
        <translation>the file is a link to something that does not exist</translation>
    </message>
    <message>
        <source>文件不存在</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>这是一个文件夹，不是文件</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <source>没有读取这个文件的权限</source>
        <translation>no permission to read the file</translation>
    </message>
</context>
<context>
    <name>FillCommand</name>
    <message>
        <source>从报表填入 %1 项（金额单位：万元）：</source>
        <translation>Filled %1 figures from the tables (amounts in 10k yuan):</translation>
    </message>
    <message>
        <source>  %1（%2）= %3 ← %4（%5）</source>
        <translation>  %1 (%2) = %3 ← %4 (%5)</translation>
    </message>
    <message>
        <source>；%1</source>
        <translation>; %1</translation>
    </message>
    <message>
        <source>报表中没有、未填入 %1 项（保持原值）：</source>
        <translation>Not in the tables, not filled: %1 figures (kept as they were):</translation>
    </message>
    <message>
        <source>%1 万元</source>
        <translation>%1 (10k yuan)</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>not entered</translation>
    </message>
    <message>
        <source>  %1（%2）：%3</source>
        <translation>  %1 (%2): %3</translation>
    </message>
    <message>
        <source>报表自相矛盾 %1 处（相关数字已照样填入，请核对）：</source>
        <translation>The tables disagree with themselves in %1 places (the figures were filled all the same; please check):</translation>
    </message>
    <message>
        <source>从部门决算、预算公开表（.xlsx、.xls）填入报告的数字：上年结转、年初预算、全年支出、年末结转和“三公经费”。</source>
        <translation>Fills the report&apos;s figures from the department&apos;s published final-accounts and budget tables (.xlsx, .xls): carry-over from last year, initial budget, full-year expenditure, year-end carry-over and the &quot;three public expenses&quot;.</translation>
    </message>
    <message>
        <source>命令名</source>
        <translation>command name</translation>
    </message>
    <message>
        <source>要填入的报告文件</source>
        <translation>The report file to fill</translation>
    </message>
    <message>
        <source>决算或预算公开表文件，可以给出多次</source>
        <translation>A published final-accounts or budget table file; may be given several times</translation>
    </message>
    <message>
        <source>填好的报告写入的文件（.json）</source>
        <translation>The file the filled report is written to (.json)</translation>
    </message>
    <message>
        <source>以 JSON 输出填入的结果</source>
        <translation>Print what was filled as JSON</translation>
    </message>
    <message>
        <source>输出语言：zh_CN 或 en</source>
        <translation>output language: zh_CN or en</translation>
    </message>
    <message>
        <source>请用 --from 给出决算或预算公开表：jixiao fill REPORT.json --from 决算公开表.xlsx -o OUT.json</source>
        <translation>Name the published tables with --from: jixiao fill REPORT.json --from final-accounts.xlsx -o OUT.json</translation>
    </message>
    <message>
        <source>请给出报告文件，或用 --department 和 --year 指明工作区中的报告，不要同时给出</source>
        <translation>Give either a report file or a report in the workspace (--department and --year), not both</translation>
    </message>
    <message>
        <source>请同时给出 --department 部门名称 和 --year 年度</source>
        <translation>Give both --department NAME and --year YEAR</translation>
    </message>
    <message>
        <source>“%1”%2年度的报告%3，不能填入：只有草稿或已退回的报告可以修改。</source>
        <translation>The %2 report of &quot;%1&quot; is %3 and cannot be filled: only a draft or a returned report can be changed.</translation>
    </message>
    <message>
        <source>请给出且只给出一个报告文件：jixiao fill REPORT.json --from FILE -o OUT.json</source>
        <translation>Give exactly one report file: jixiao fill REPORT.json --from FILE -o OUT.json</translation>
    </message>
    <message>
        <source>请用 -o 给出填好的报告写入的文件：jixiao fill REPORT.json --from FILE -o OUT.json</source>
        <translation>Name the file for the filled report with -o: jixiao fill REPORT.json --from FILE -o OUT.json</translation>
    </message>
    <message>
        <source>jixiao：没有从 %1 读到任何数字，报告未改动。</source>
        <translation>jixiao: no figure could be read from %1; the report was not changed.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>已写入 %1</source>
        <translation>Written to %1</translation>
    </message>
    <message>
        <source>工作区中的报告已是这些数字，未改动：%1</source>
        <translation>The stored report already has these figures; nothing changed: %1</translation>
    </message>
    <message>
        <source>已保存到工作区（第 %1 版）：%2</source>
        <translation>Saved to the workspace (revision %1): %2</translation>
    </message>
</context>
<context>
    <name>FillDialog</name>
    <message>
        <source>（未填写）</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <source>移除(&amp;R)</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>填入勾选的数字(&amp;A)</source>
        <translation>&amp;Apply the ticked figures</translation>
    </message>
    <message>
        <source>从决算/预算报表填入</source>
        <translation>Fill from the final-accounts and budget tables</translation>
    </message>
    <message>
        <source>选择本部门公开的决算表、预算表（.xlsx 或 .xls）。表格按标题识别，数字按行、列的名称查找；勾选要填入的数字，再按“填入”。填入是一步操作，可以撤销。</source>
        <translation>Choose the department&apos;s published final-accounts and budget tables (.xlsx or .xls). Tables are recognised by their titles and figures found by the names of their rows and columns; tick the figures to fill in, then apply. Applying is one step that can be undone.</translation>
    </message>
    <message>
        <source>报表文件</source>
        <translation>Table files</translation>
    </message>
    <message>
        <source>添加文件(&amp;F)…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <source>从报表读到的数字</source>
        <translation>Figures read from the tables</translation>
    </message>
    <message>
        <source>填入</source>
        <translation>Fill</translation>
    </message>
    <message>
        <source>新值（万元）</source>
        <translation>New value (10k yuan)</translation>
    </message>
    <message>
        <source>当前值（万元）</source>
        <translation>Current value (10k yuan)</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>选择决算或预算公开表</source>
        <translation>Choose a published final-accounts or budget table</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx *.xls);;所有文件 (*)</source>
        <translation>Excel spreadsheets (*.xlsx *.xls);;All files (*)</translation>
    </message>
    <message>
        <source>自相矛盾：</source>
        <translation>Disagrees with itself: </translation>
    </message>
    <message>
        <source>未能使用：</source>
        <translation>Not used: </translation>
    </message>
    <message>
        <source>没有读到任何数字。</source>
        <translation>No figure could be read.</translation>
    </message>
    <message>
        <source>报表中没有：%1（保持原值）</source>
        <translation>Not in the tables: %1 (kept as it is)</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>从决算/预算报表填入 %1 项</source>
        <translation>Fill %1 figures from the final-accounts and budget tables</translation>
    </message>
    <message>
        <source>年末结转尚未填写，还不能核对资金结余。</source>
        <translation>The year-end carry-over is not entered yet, so the fund balance cannot be checked.</translation>
    </message>
    <message>
        <source>账目不平衡（balance_mismatch）：%1
决算表里的数字已包含年中追加或调减的预算；如果报告中还没有填写年中预算调整，就会这样不平衡，请在“年中预算调整”中补齐。</source>
        <translation>The accounts do not balance (balance_mismatch): %1
The final accounts include the budget added or cut during the year; when the report does not list its mid-year adjustments yet, the accounts do not balance like this: add them under Mid-year budget adjustments.</translation>
    </message>
    <message>
        <source>账目平衡：上年结转 + 全年预算 − 全年支出 − 财政收回 = 年末结转。</source>
        <translation>The accounts balance: carry-over from the previous year + full-year budget − expenditure − returned to the treasury = year-end carry-over.</translation>
    </message>
</context>
<context>
    <name>FillWording</name>
    <message>
        <source>万元</source>
        <translation>10k yuan</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>%1；由元换算为万元</source>
        <translation>%1; converted from yuan to 10k yuan</translation>
    </message>
    <message>
        <source>%1；单位：万元</source>
        <translation>%1; unit: 10k yuan</translation>
    </message>
    <message>
        <source>表中未按基本/项目支出拆分结转，基本支出记为 0</source>
        <translation>the tables do not split the carry-over into basic and project expenditure: basic is 0</translation>
    </message>
    <message>
        <source>表中未按基本/项目支出拆分结转，全部计入项目支出</source>
        <translation>the tables do not split the carry-over into basic and project expenditure: all of it is project expenditure</translation>
    </message>
    <message>
        <source>单元格为空，按 0 填入</source>
        <translation>the cell is empty: filled as 0</translation>
    </message>
    <message>
        <source>所在表格自相矛盾，请核对</source>
        <translation>its table disagrees with itself: please check</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>无法打开 %1：%2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 是二进制工作簿（.xlsb），无法读取：请在 Excel 或 WPS 中另存为 .xlsx 后再填入。</source>
        <translation>%1 is a binary workbook (.xlsb), which cannot be read: save it as .xlsx in Excel or WPS, then fill from that.</translation>
    </message>
    <message>
        <source>%1 是 zip 压缩文件，但其中没有 Excel 工作簿：它是别的文档，或者已经损坏。</source>
        <translation>%1 is a zip file without an Excel workbook in it: it is another kind of document, or it is damaged.</translation>
    </message>
    <message>
        <source>%1 不是 Excel 表格文件（.xlsx 或 .xls），无法读取。</source>
        <translation>%1 is not an Excel spreadsheet (.xlsx or .xls) and cannot be read.</translation>
    </message>
    <message>
        <source>%1 是 OpenDocument 表格（.ods）：请另存为 .xlsx 或 .xls 后再填入。</source>
        <translation>%1 is an OpenDocument spreadsheet (.ods): save it as .xlsx or .xls, then fill from that.</translation>
    </message>
    <message>
        <source>%1 设有打开密码（已加密），无法读取：请在 Excel 或 WPS 中取消密码后另存一份再填入。</source>
        <translation>%1 is protected by a password (encrypted) and cannot be read: remove the password in Excel or WPS, save a copy and fill from that.</translation>
    </message>
    <message>
        <source>%1 已损坏，无法读取（%2）。</source>
        <translation>%1 is damaged and cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1 的工作表“%2”超过 %3 行，不像决算或预算公开表，未读取。</source>
        <translation>Sheet &quot;%2&quot; of %1 has more than %3 rows, which is no published final-accounts or budget table; not read.</translation>
    </message>
    <message>
        <source>%1 中的单元格超过 %2 个，不像决算或预算公开表，未读取。</source>
        <translation>%1 has more than %2 cells, which is no published final-accounts or budget table; not read.</translation>
    </message>
    <message>
        <source>%1 中没有可识别的报表（收入支出决算总表、支出决算表、“三公”经费支出决算表、一般公共预算支出表）。</source>
        <translation>%1 holds none of the tables that can be read (收入支出决算总表, 支出决算表, “三公”经费支出决算表, 一般公共预算支出表).</translation>
    </message>
    <message>
        <source>%1：“%2”的表头中没有金额单位（如“金额单位：万元”或“单位：元”），表中的数字未使用。</source>
        <translation>%1: the header of &quot;%2&quot; states no unit (such as 金额单位：万元 or 单位：元); its figures were not used.</translation>
    </message>
    <message>
        <source>%1：“%2”的金额单位是“%3”，只能读取以元或万元为单位的表，表中的数字未使用。</source>
        <translation>%1: the unit of &quot;%2&quot; is &quot;%3&quot;; only tables in yuan or 10k yuan can be read, so its figures were not used.</translation>
    </message>
    <message>
        <source>“%1”不止一张：用的是 %2 中的那一张，%3 中的这一张未使用。</source>
        <translation>There is more than one &quot;%1&quot;: the one in %2 was used, this one in %3 was not.</translation>
    </message>
    <message>
        <source>%1：“%2”中有不止一列标为“%3”，无法确定用哪一列。</source>
        <translation>%1: more than one column of &quot;%2&quot; is headed &quot;%3&quot;; it is not clear which one to use.</translation>
    </message>
    <message>
        <source>%1 应是金额，却是文字“%2”，未使用。</source>
        <translation>%1 should be an amount but holds the text &quot;%2&quot;; not used.</translation>
    </message>
    <message>
        <source>%1 是公式（=%2），但文件中没有保存它的计算结果：请在 Excel 或 WPS 中打开并保存一次后再填入。</source>
        <translation>%1 is a formula (=%2) whose result was not saved in the file: open and save the file once in Excel or WPS, then fill from it.</translation>
    </message>
    <message>
        <source>%1 是错误值 %2，未使用。</source>
        <translation>%1 holds the error value %2; not used.</translation>
    </message>
    <message>
        <source>%1 的数值 %2 超出金额的范围，未使用。</source>
        <translation>The number %2 in %1 is out of the range of an amount; not used.</translation>
    </message>
    <message>
        <source>“%1”自相矛盾：收入总计（%2）为 %3 %6，支出总计（%4）为 %5 %6，相差 %7 %6。</source>
        <translation>&quot;%1&quot; disagrees with itself: total income (%2) is %3 %6, total expenditure (%4) is %5 %6, a difference of %7 %6.</translation>
    </message>
    <message>
        <source>“%1”自相矛盾：%2 的“%3”为 %4 %8，而 %5 = %6 %8，相差 %7 %8。</source>
        <translation>&quot;%1&quot; disagrees with itself: &quot;%3&quot; at %2 is %4 %8, but %5 = %6 %8, a difference of %7 %8.</translation>
    </message>
</context>
<context>
    <name>FindingListModel</name>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Field</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>未填写部门名称。</source>
        <translation>The department name is missing.</translation>
    </message>
    <message>
        <source>年度%1不在2000—2100年之间。</source>
        <translation>The year %1 is not between 2000 and 2100.</translation>
    </message>
    <message>
        <source>金额合计超出了可计算的范围（单项金额过大），无法计算指标和核对账目。</source>
        <translation>The sums of the amounts are too large to compute (an amount is too large): the indicators cannot be calculated and the accounts cannot be checked.</translation>
    </message>
    <message>
        <source>%1为负数（%2万元）：除年中预算调整和年末结转外，金额不能为负。</source>
        <translation>%1 is negative (%2, in 10k yuan): apart from mid-year budget adjustments and the year-end carry-over, amounts cannot be negative.</translation>
    </message>
    <message>
        <source>年末结转为负数（%1万元）。</source>
        <translation>The year-end carry-over is negative (%1, in 10k yuan).</translation>
    </message>
    <message>
        <source>资金结余不平衡：上年结转%1 + 全年预算%2 − 全年支出%3 = %5万元，而填报的年末结转为%6万元，相差%7万元。</source>
        <translation>The fund balance does not add up: carry-over from the previous year %1 + full-year budget %2 − expenditure %3 = %5, but the reported year-end carry-over is %6, a difference of %7 (amounts in 10k yuan).</translation>
    </message>
    <message>
        <source>资金结余不平衡：上年结转%1 + 全年预算%2 − 全年支出%3 − 财政收回%4 = %5万元，而填报的年末结转为%6万元，相差%7万元。</source>
        <translation>The fund balance does not add up: carry-over from the previous year %1 + full-year budget %2 − expenditure %3 − returned to the treasury %4 = %5, but the reported year-end carry-over is %6, a difference of %7 (amounts in 10k yuan).</translation>
    </message>
    <message>
        <source>“三公经费”预算%1万元超过了全年预算%2万元。</source>
        <translation>The three public expenses budget of %1 exceeds the full-year budget of %2 (10k yuan).</translation>
    </message>
    <message>
        <source>“三公经费”实际支出%1万元超过了全年支出%2万元。</source>
        <translation>The actual three public expenses of %1 exceed the full-year expenditure of %2 (10k yuan).</translation>
    </message>
    <message>
        <source>政府采购实际金额%1万元超过了全年支出%2万元。</source>
        <translation>The actual government procurement of %1 exceeds the full-year expenditure of %2 (10k yuan).</translation>
    </message>
    <message>
        <source>全年基本支出%1万元超过了基本支出预算%2万元（全年预算加上年结转）。</source>
        <translation>The full-year basic expenditure of %1 exceeds the basic expenditure budget of %2 (10k yuan; full-year budget plus carry-over from the previous year).</translation>
    </message>
    <message>
        <source>全年项目支出%1万元超过了项目支出预算%2万元（全年预算加上年结转）。</source>
        <translation>The full-year project expenditure of %1 exceeds the project expenditure budget of %2 (10k yuan; full-year budget plus carry-over from the previous year).</translation>
    </message>
    <message>
        <source>“三公经费”实际支出%1万元超过了预算%2万元。</source>
        <translation>The actual three public expenses of %1 exceed the budget of %2 (10k yuan).</translation>
    </message>
    <message>
        <source>“三公经费”实际支出%1万元超过了预算%2万元，控制率为%3%。</source>
        <translation>The actual three public expenses of %1 exceed the budget of %2 (10k yuan): the control rate is %3%.</translation>
    </message>
    <message>
        <source>%1%2万元超过了预算%3万元。</source>
        <translation>%1: %2 exceeds the budget of %3 (10k yuan).</translation>
    </message>
    <message>
        <source>第%1项年中预算调整“%2”没有写明调整原因。</source>
        <translation>Mid-year budget adjustment %1, “%2”, gives no reason.</translation>
    </message>
    <message>
        <source>第%1项年中预算调整“%2”列为除外调整，但没有写明除外的依据。</source>
        <translation>Mid-year budget adjustment %1, “%2”, is marked as excluded but gives no basis for excluding it.</translation>
    </message>
    <message>
        <source>预算调整率为%1%，超过30%，需要说明原因。</source>
        <translation>The budget adjustment rate is %1%, above 30%: the reasons must be explained.</translation>
    </message>
    <message>
        <source>公务接待人次（%1人）少于接待批次（%2次）：每批次至少接待一人。</source>
        <translation>Fewer guests (%1) than official receptions (%2): every reception has at least one guest.</translation>
    </message>
    <message>
        <source>本年度的上年结转%1万元与%2年度报告的年末结转%3万元不一致。</source>
        <translation>This year&apos;s carry-over from the previous year, %1, differs from the year-end carry-over of %3 in the %2 report (10k yuan).</translation>
    </message>
    <message>
        <source>（未命名）</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>第%1项绩效指标“%2”评为“达成年度指标”，得分应在%4至%5分之间，填写的却是%3分：请改正得分，或改选档次。</source>
        <translation>Performance indicator %1, “%2”, is rated “target achieved”, so its score must be between %4 and %5, but %3 was entered: correct the score or choose another tier.</translation>
    </message>
    <message>
        <source>第%1项绩效指标“%2”评为“部分达成并具有一定效果”，得分应不低于%4分且低于%5分，填写的却是%3分：请改正得分，或改选档次。</source>
        <translation>Performance indicator %1, “%2”, is rated “partly achieved, with some effect”, so its score must be at least %4 and below %5, but %3 was entered: correct the score or choose another tier.</translation>
    </message>
    <message>
        <source>第%1项绩效指标“%2”评为“未达成且效果较差”，得分应不低于%4分且低于%5分，填写的却是%3分：请改正得分，或改选档次。</source>
        <translation>Performance indicator %1, “%2”, is rated “not achieved, poor effect”, so its score must be at least %4 and below %5, but %3 was entered: correct the score or choose another tier.</translation>
    </message>
    <message>
        <source>第%1项绩效指标“%2”实际完成%3%5，是年度指标值%4%5的%6%：指标值可能定得偏低，请在“偏差原因分析及改进措施”中说明原因。</source>
        <translation>Performance indicator %1, “%2”, achieved %3 %5, %6% of its annual target of %4 %5: the target was probably set too low; explain why under “reasons for the deviation and improvements”.</translation>
    </message>
    <message>
        <source>第%1项绩效指标“%2”实际为%3%5，仅为年度指标值%4%5的%6%：指标值可能定得过宽，请在“偏差原因分析及改进措施”中说明原因。</source>
        <translation>Performance indicator %1, “%2”, came to %3 %5, only %6% of its annual target of %4 %5: the target was probably set too loosely; explain why under “reasons for the deviation and improvements”.</translation>
    </message>
    <message>
        <source>第%1项绩效指标“%2”得%3分，未得满分（%4分）：请填写偏差原因分析及改进措施。</source>
        <translation>Performance indicator %1, “%2”, scores %3 of its %4 points: write the reasons for the deviation and the improvements.</translation>
    </message>
    <message>
        <source>第%1项绩效指标“%2”超额完成较多：请填写偏差原因分析及改进措施。</source>
        <translation>Performance indicator %1, “%2”, was far exceeded: write the reasons for the deviation and the improvements.</translation>
    </message>
    <message>
        <source>绩效指标得分%1分（满分%2分，得分率%3%）明显高于预算执行率%4%：预算没有执行完，指标却基本完成，请核实指标的完成值，或在报告中说明原因。</source>
        <translation>The performance indicators score %1 of %2 points (%3%), clearly more than the budget execution rate of %4%: the budget was not fully spent, yet the indicators were met. Check the achieved values, or explain why in the report.</translation>
    </message>
    <message>
        <source>预算执行率为%1%，低于%2%，有%3万元预算没有执行：请在报告中说明原因。</source>
        <translation>The budget execution rate is %1%, below %2%: %3 (10k yuan) of the budget was not spent. Explain why in the report.</translation>
    </message>
    <message>
        <source>各项绩效指标的分值合计为%1分，不是%2分：指标得分已按%2÷%1折算，请核对各项指标的分值。</source>
        <translation>The weights of the performance indicators add up to %1 points, not %2: their scores were scaled by %2 ÷ %1. Check the weights.</translation>
    </message>
    <message>
        <source>其中各项资金的年初预算数合计%1万元，与年度资金总额的年初预算数%2万元不一致。</source>
        <translation>The initial budgets of the funds by source add up to %1, not to the total initial budget of %2 (10k yuan).</translation>
    </message>
    <message>
        <source>其中各项资金的全年预算数合计%1万元，与年度资金总额的全年预算数%2万元不一致。</source>
        <translation>The full-year budgets of the funds by source add up to %1, not to the total full-year budget of %2 (10k yuan).</translation>
    </message>
    <message>
        <source>其中各项资金的全年执行数合计%1万元，与年度资金总额的全年执行数%2万元不一致。</source>
        <translation>The spending of the funds by source adds up to %1, not to the total spending of %2 (10k yuan).</translation>
    </message>
    <message>
        <source>%1填写的“%2”不是有效的值，没有被采用：各项指标仍按原来的值计算。请改正，或恢复原来的值。</source>
        <translation>%1: “%2” is not a valid value and was not taken; every figure still uses the previous value. Correct it, or restore the previous value.</translation>
    </message>
    <message>
        <source>“%1”一节还没有内容：导出的报告中只有标题。</source>
        <translation>The section “%1” has no content yet: the exported report shows only its heading.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>检查发现的问题</source>
        <translation>Problems found by the check</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>自动计算，不可编辑</source>
        <translation>Calculated automatically, read-only</translation>
    </message>
</context>
<context>
    <name>GradeName</name>
    <message>
        <source>优</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>良</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>中</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>差</source>
        <translation>Poor</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>无法打开工作区</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <source>%1

报告将只能作为文件打开和保存。</source>
        <translation>%1

Reports can only be opened and saved as files.</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>缺少中文字体</source>
        <translation>Chinese fonts missing</translation>
    </message>
    <message>
        <source>缺少导出用的字体</source>
        <translation>Fonts for exporting missing</translation>
    </message>
    <message>
        <source>界面语言：zh_CN（中文）或 en（英文）</source>
        <translation>Interface language: zh_CN (Chinese) or en (English)</translation>
    </message>
    <message>
        <source>工作区：SQLite 文件，或 postgresql://用户@主机/数据库</source>
        <translation>Workspace: an SQLite file, or postgresql://user@host/database</translation>
    </message>
    <message>
        <source>要打开的报告文件</source>
        <translation>Report file to open</translation>
    </message>
    <message>
        <source>jixiao：没有可用的图形显示（未设置 DISPLAY），无法打开窗口。命令行的用法见 jixiao --help。</source>
        <translation>jixiao: no graphical display is available (DISPLAY is not set), so the window cannot open. For the command line see jixiao --help.</translation>
    </message>
    <message>
        <source>绩效自评：部门整体支出预算绩效自评报告的填报、检查、评审与导出。
不带命令时打开窗口。命令（各有 --help）：%1。</source>
        <translation>Jixiao: entering, checking, reviewing and exporting a department&apos;s whole-budget performance self-evaluation report.
Without a command, opens the window. Commands (each with --help): %1.</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>新建</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>另存副本</source>
        <translation>Saved as a copy</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>更改状态</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>从上年新建</source>
        <translation>Created from last year</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>把报告文件导入工作区：同一部门同一年度已有报告时替换它（原内容留在历史记录中）。</source>
        <translation>Import report files into the workspace: a report of the same department and year is replaced (its old content stays in the history).</translation>
    </message>
    <message>
        <source>命令名</source>
        <translation>command name</translation>
    </message>
    <message>
        <source>要导入的报告文件，可以有多个</source>
        <translation>the report files to import (one or more)</translation>
    </message>
    <message>
        <source>请给出要导入的报告文件：jixiao import FILE.json... --db LOCATION</source>
        <translation>Give the report files to import: jixiao import FILE.json... --db LOCATION</translation>
    </message>
    <message>
        <source>jixiao：%1 未能导入：%2</source>
        <translation>jixiao: %1 was not imported: %2</translation>
    </message>
    <message>
        <source>已添加</source>
        <translation>added</translation>
    </message>
    <message>
        <source>已替换</source>
        <translation>replaced</translation>
    </message>
    <message>
        <source>未变化</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>%1：%2 %3年度（第 %4 版）← %5</source>
        <translation>%1: %2 %3 (revision %4) ← %5</translation>
    </message>
    <message>
        <source>（报告有 %1 个错误，已照样导入，可用 jixiao check 查看）</source>
        <translation> (the report has errors (%1); imported all the same, see jixiao check)</translation>
    </message>
    <message>
        <source>工作区：%1</source>
        <translation>Workspace: %1</translation>
    </message>
</context>
<context>
    <name>IndicatorCatalog</name>
    <message>
        <source>预算调整率</source>
        <translation>Budget adjustment rate</translation>
    </message>
    <message>
        <source>基本支出预算控制率</source>
        <translation>Basic expenditure control rate</translation>
    </message>
    <message>
        <source>项目支出预算控制率</source>
        <translation>Project expenditure control rate</translation>
    </message>
    <message>
        <source>“三公经费”控制率</source>
        <translation>Three public expenses control rate</translation>
    </message>
    <message>
        <source>预算执行率</source>
        <translation>Budget execution rate</translation>
    </message>
    <message>
        <source>结转结余率</source>
        <translation>Carry-over rate</translation>
    </message>
    <message>
        <source>政府采购执行率</source>
        <translation>Procurement execution rate</translation>
    </message>
    <message>
        <source>在职人员控制率</source>
        <translation>Staff control rate</translation>
    </message>
    <message>
        <source>“三公经费”变动率</source>
        <translation>Three public expenses change rate</translation>
    </message>
    <message>
        <source>结转结余变动率</source>
        <translation>Carry-over change rate</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <source>绩效指标（实时计算）</source>
        <translation>Performance indicators (live)</translation>
    </message>
    <message>
        <source>绩效指标</source>
        <translation>Performance indicators</translation>
    </message>
    <message>
        <source>资金结余：金额合计超出可计算范围</source>
        <translation>Fund balance: the sums are too large to compute</translation>
    </message>
    <message>
        <source>资金结余：应有年末结转%1万元（尚未填报年末结转）</source>
        <translation>Fund balance: expected year-end carry-over %1 (10k yuan); none reported yet</translation>
    </message>
    <message>
        <source>资金结余：年末结转%1万元，账目平衡 ✓</source>
        <translation>Fund balance: year-end carry-over %1 (10k yuan), the accounts balance ✓</translation>
    </message>
    <message>
        <source>自评得分：%1分，等级：%2</source>
        <translation>Self-evaluation score: %1 points, grade: %2</translation>
    </message>
    <message>
        <source>资金结余：应有年末结转%1万元，填报%2万元，相差%3万元，不平衡 ✗</source>
        <translation>Fund balance: expected year-end carry-over %1, reported %2, a difference of %3 (10k yuan), out of balance ✗</translation>
    </message>
    <message>
        <source>自评得分：目前%1分，待人工评分 %2 项</source>
        <translation>Self-evaluation score: %1 so far, %2 items waiting for a manual score</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>不适用</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>计算公式</source>
        <translation>Calculation</translation>
    </message>
</context>
<context>
    <name>IndicatorText</name>
    <message>
        <source>金额合计超出可计算的范围</source>
        <translation>the sums of the amounts are too large to compute</translation>
    </message>
    <message>
        <source>分母%1万元为负数</source>
        <translation>the denominator, %1 (10k yuan), is negative</translation>
    </message>
    <message>
        <source>全年预算为0</source>
        <translation>the full-year budget is 0</translation>
    </message>
    <message>
        <source>年初预算为0</source>
        <translation>the initial budget is 0</translation>
    </message>
    <message>
        <source>基本支出预算为0</source>
        <translation>the basic expenditure budget is 0</translation>
    </message>
    <message>
        <source>项目支出预算为0</source>
        <translation>the project expenditure budget is 0</translation>
    </message>
    <message>
        <source>“三公经费”预算为0</source>
        <translation>the three public expenses budget is 0</translation>
    </message>
    <message>
        <source>全年预算与上年结转合计为0</source>
        <translation>the full-year budget plus the carry-over from the previous year is 0</translation>
    </message>
    <message>
        <source>未填报年末结转</source>
        <translation>the year-end carry-over is not reported</translation>
    </message>
    <message>
        <source>未填报政府采购预算</source>
        <translation>the government procurement budget is not reported</translation>
    </message>
    <message>
        <source>未填报政府采购实际金额</source>
        <translation>the actual government procurement is not reported</translation>
    </message>
    <message>
        <source>政府采购预算为0</source>
        <translation>the government procurement budget is 0</translation>
    </message>
    <message>
        <source>未填报编制数</source>
        <translation>the authorized headcount is not reported</translation>
    </message>
    <message>
        <source>未填报在职人数</source>
        <translation>the number of active staff is not reported</translation>
    </message>
    <message>
        <source>编制数为0</source>
        <translation>the authorized headcount is 0</translation>
    </message>
    <message>
        <source>没有上年度的报告</source>
        <translation>there is no report for the previous year</translation>
    </message>
    <message>
        <source>上年“三公经费”实际支出为0</source>
        <translation>last year&apos;s actual three public expenses are 0</translation>
    </message>
    <message>
        <source>上年“三公经费”预算为0</source>
        <translation>last year&apos;s three public expenses budget is 0</translation>
    </message>
    <message>
        <source>上年度报告未填报年末结转</source>
        <translation>last year&apos;s report has no year-end carry-over</translation>
    </message>
    <message>
        <source>上年年末结转为0</source>
        <translation>last year&apos;s year-end carry-over is 0</translation>
    </message>
    <message>
        <source>不适用（%1）</source>
        <translation>n/a (%1)</translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <source>文档结束后还有多余的内容</source>
        <translation>unexpected content after the end of the document</translation>
    </message>
    <message>
        <source>第 %1 行：%2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>文本超过 %1 个字符的上限</source>
        <translation>text longer than the limit of %1 characters</translation>
    </message>
    <message>
        <source>意外的字符“%1”</source>
        <translation>unexpected character “%1”</translation>
    </message>
    <message>
        <source>嵌套层数超过 %1 层</source>
        <translation>nested deeper than %1 levels</translation>
    </message>
    <message>
        <source>文档在应有取值的地方结束了</source>
        <translation>the document ends where a value should be</translation>
    </message>
    <message>
        <source>此处应为带双引号的键名</source>
        <translation>expected a key in double quotes here</translation>
    </message>
    <message>
        <source>键“%1”在同一个对象中出现了两次</source>
        <translation>key “%1” appears twice in the same object</translation>
    </message>
    <message>
        <source>键“%1”后面应为“:”</source>
        <translation>expected “:” after key “%1”</translation>
    </message>
    <message>
        <source>对象中此处应为“,”或“}”</source>
        <translation>expected “,” or “}” here in the object</translation>
    </message>
    <message>
        <source>列表中此处应为“,”或“]”</source>
        <translation>expected “,” or “]” here in the list</translation>
    </message>
    <message>
        <source>\u 转义不完整</source>
        <translation>incomplete \u escape</translation>
    </message>
    <message>
        <source>无效的 \u 转义</source>
        <translation>invalid \u escape</translation>
    </message>
    <message>
        <source>文本中含有 NUL 字符</source>
        <translation>the text contains a NUL character</translation>
    </message>
    <message>
        <source>文本中含有控制字符（换行请写作 \n）</source>
        <translation>the text contains a control character (write a line break as \n)</translation>
    </message>
    <message>
        <source>\u 转义只包含半个字符</source>
        <translation>the \u escape holds only half a character</translation>
    </message>
    <message>
        <source>文本中有无效的转义“\%1”</source>
        <translation>invalid escape “\%1” in the text</translation>
    </message>
    <message>
        <source>文本缺少结尾的双引号</source>
        <translation>the text has no closing double quote</translation>
    </message>
    <message>
        <source>无效的数字</source>
        <translation>invalid number</translation>
    </message>
    <message>
        <source>无效的数字：小数点后没有数字</source>
        <translation>invalid number: no digits after the decimal point</translation>
    </message>
    <message>
        <source>无效的数字：指数中没有数字</source>
        <translation>invalid number: no digits in the exponent</translation>
    </message>
    <message>
        <source>数字 %1 超出了可表示的范围</source>
        <translation>the number %1 is out of range</translation>
    </message>
    <message>
        <source>文件大小为 %1 MB，超过了报告文件的上限 %2 MB</source>
        <translation>the file is %1 MB, more than the limit of %2 MB for a report file</translation>
    </message>
    <message>
        <source>文件中含有 NUL 字节：不是文本文件</source>
        <translation>the file contains NUL bytes: it is not a text file</translation>
    </message>
    <message>
        <source>文件不是有效的 UTF-8 文本</source>
        <translation>the file is not valid UTF-8 text</translation>
    </message>
    <message>
        <source>文件是空的</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>空值 null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>逻辑值 true/false</source>
        <translation>a boolean (true/false)</translation>
    </message>
    <message>
        <source>数字</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>文本</source>
        <translation>text</translation>
    </message>
    <message>
        <source>列表</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>文档结尾</source>
        <translation>the end of the document</translation>
    </message>
    <message>
        <source>…（共 %1 个字符）</source>
        <translation>… (%1 characters in all)</translation>
    </message>
    <message>
        <source>文件中的取值超过 %1 个，不像是一份报告</source>
        <translation>the file holds more than %1 values: it does not look like a report</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>不支持的语言“%1”：可用 zh_CN 或 en</source>
        <translation>Unsupported language “%1”: use zh_CN or en</translation>
    </message>
    <message>
        <source>无法载入界面语言“%1”的翻译文件，将以中文显示。</source>
        <translation>Cannot load the translation for the interface language “%1”; showing Chinese instead.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>列出工作区中的报告。</source>
        <translation>List the reports in the workspace.</translation>
    </message>
    <message>
        <source>命令名</source>
        <translation>command name</translation>
    </message>
    <message>
        <source>以 JSON 输出</source>
        <translation>print as JSON</translation>
    </message>
    <message>
        <source>list 不接受文件参数：jixiao list --db LOCATION</source>
        <translation>list takes no file arguments: jixiao list --db LOCATION</translation>
    </message>
    <message>
        <source>工作区：%1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>%1	%2年度	第 %3 版	%4	全年预算 %5 万元	全年支出 %6 万元	%7 %8</source>
        <translation>%1	%2	revision %3	%4	budget %5	spent %6 (10k yuan)	%7 %8</translation>
    </message>
    <message>
        <source>共 %1 份报告</source>
        <translation>Reports: %1</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>第%1行“%2”：%3</source>
        <translation>Row %1, “%2”: %3</translation>
    </message>
    <message>
        <source>审核意见：%1</source>
        <translation>Review comment: %1</translation>
    </message>
    <message>
        <source>审核意见（第%1行）：%2</source>
        <translation>Review comment (row %1): %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>检查结果</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>PDF 预览</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <source>评审</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>报告各部分</source>
        <translation>Report sections</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>打开报告</source>
        <translation>Open report</translation>
    </message>
    <message>
        <source>绩效自评报告 (*.json)</source>
        <translation>Self-evaluation reports (*.json)</translation>
    </message>
    <message>
        <source>最近打开(&amp;R)</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>打开工作区(&amp;K)…</source>
        <translation>Open wor&amp;kspace…</translation>
    </message>
    <message>
        <source>打开示例报告(&amp;E)</source>
        <translation>Open &amp;example report</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>PDF 预览(&amp;P)</source>
        <translation>&amp;PDF preview</translation>
    </message>
    <message>
        <source>评审：评分与图表(&amp;R)</source>
        <translation>&amp;Review: scores and charts</translation>
    </message>
    <message>
        <source>设置(&amp;T)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于绩效自评(&amp;A)</source>
        <translation>&amp;About Jixiao</translation>
    </message>
    <message>
        <source>导出报告</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>无法导出到 %1：%2</source>
        <translation>Cannot export to %1: %2</translation>
    </message>
    <message>
        <source>已导出草稿</source>
        <translation>Exported as a draft</translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>界面语言将在下次启动绩效自评时生效。</source>
        <translation>The interface language takes effect the next time Jixiao starts.</translation>
    </message>
    <message>
        <source>无法打开工作区</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <source>无法打开报告</source>
        <translation>Cannot open the report</translation>
    </message>
    <message>
        <source>无法打开 %1。

%2</source>
        <translation>Cannot open %1.

%2</translation>
    </message>
    <message>
        <source>部门整体支出预算绩效自评报告</source>
        <translation>部门整体支出预算绩效自评报告</translation>
    </message>
    <message>
        <source>报告</source>
        <translation>report</translation>
    </message>
    <message>
        <source>保存报告</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>无法保存到 %1：%2

报告仍在窗口中，没有丢失；请换一个位置另存。</source>
        <translation>Cannot save to %1: %2

The report is still in the window and has not been lost; save it somewhere else.</translation>
    </message>
    <message>
        <source>已保存到 %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>未命名报告</source>
        <translation>Untitled report</translation>
    </message>
    <message>
        <source>（未填写部门）</source>
        <translation>(no department)</translation>
    </message>
    <message>
        <source>未保存</source>
        <translation>not saved</translation>
    </message>
    <message>
        <source>%1 %2年度 — %3[*] — 绩效自评</source>
        <translation>%1 %2 — %3[*] — Jixiao</translation>
    </message>
    <message>
        <source>错误 %1 · 警告 %2</source>
        <translation>Errors %1 · Warnings %2</translation>
    </message>
    <message>
        <source>从决算/预算报表填入(&amp;T)…</source>
        <translation>Fill from final-accounts and budget &amp;tables…</translation>
    </message>
    <message>
        <source>新建报告(&amp;N)…</source>
        <translation>&amp;New Report…</translation>
    </message>
    <message>
        <source>保存到工作区</source>
        <translation>Save to the workspace</translation>
    </message>
    <message>
        <source>导出为 JSON 文件(&amp;J)…</source>
        <translation>Export as &amp;JSON File…</translation>
    </message>
    <message>
        <source>导出为 JSON 文件</source>
        <translation>Export as JSON File</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>已导出 %1。</source>
        <translation>Exported %1.</translation>
    </message>
    <message>
        <source>常用</source>
        <translation>Common</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>提交给审核人员（报告没有错误时）</source>
        <translation>Submit to the reviewer (when the report has no errors)</translation>
    </message>
    <message>
        <source>报告文件（不在工作区中）</source>
        <translation>A report file (not in the workspace)</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>报告还有%1个错误，已导出为草稿（%2）：%3</source>
        <translation>The report still has errors (%1), so it was exported as a draft (%2): %3</translation>
    </message>
    <message>
        <source>导出 PDF、Word、ODT、Excel(&amp;P)…</source>
        <translation>Ex&amp;port PDF, Word, ODT, Excel…</translation>
    </message>
</context>
<context>
    <name>ManagementPage</name>
    <message>
        <source>预算管理</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>预算管理情况</source>
        <translation>Budget management</translation>
    </message>
    <message>
        <source>“达标”一栏：勾选为达标，不勾选为未达标，半选为未填报。</source>
        <translation>The “Met” column: checked means met, unchecked means not met, partly checked means not reported.</translation>
    </message>
    <message>
        <source>管理指标</source>
        <translation>Management indicator</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>所选项目的情况说明(&amp;T)：</source>
        <translation>&amp;Notes on the selected item:</translation>
    </message>
</context>
<context>
    <name>ManualScoreCommand</name>
    <message>
        <source>人工评分</source>
        <translation>Manual score</translation>
    </message>
</context>
<context>
    <name>ManualScoreDialog</name>
    <message>
        <source>人工评分</source>
        <translation>Manual Score</translation>
    </message>
    <message>
        <source>%1（分值 %2 分）</source>
        <translation>%1 (worth %2 points)</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>0 至 %1</source>
        <translation>0 to %1</translation>
    </message>
    <message>
        <source>扣分原因</source>
        <translation>Reason for deductions</translation>
    </message>
    <message>
        <source>评分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>得分(&amp;S)：</source>
        <translation>&amp;Points:</translation>
    </message>
    <message>
        <source>扣分原因(&amp;R)：</source>
        <translation>&amp;Reason for deductions:</translation>
    </message>
    <message>
        <source>得分和扣分原因一起填写：没有原因的人工评分不计入总分。</source>
        <translation>Give the points and the reason together: a manual score without a reason does not count.</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>金额以万元为单位：请去掉“元”，或把数额换算成万元。</source>
        <translation>Amounts are in 10k yuan: remove “元”, or convert the amount to 10k yuan.</translation>
    </message>
    <message>
        <source>小数点后面不能有千位分隔符。</source>
        <translation>There can be no thousands separator after the decimal point.</translation>
    </message>
    <message>
        <source>千位分隔符“,”的位置不对：它只能每三位数字分隔一次（如 1,843.29）。</source>
        <translation>The thousands separator “,” is misplaced: it can only separate groups of three digits (as in 1,843.29).</translation>
    </message>
    <message>
        <source>金额中有不止一个小数点。</source>
        <translation>The amount has more than one decimal point.</translation>
    </message>
    <message>
        <source>正负号只能写在金额的最前面。</source>
        <translation>A sign can only come at the very start of the amount.</translation>
    </message>
    <message>
        <source>金额中间不能有空格。</source>
        <translation>The amount cannot contain spaces.</translation>
    </message>
    <message>
        <source>“%1”不是金额的一部分：请输入以万元为单位的数字，例如 1843.29。</source>
        <translation>“%1” is not part of an amount: enter a number in 10k yuan, such as 1843.29.</translation>
    </message>
    <message>
        <source>金额中没有数字。</source>
        <translation>The amount has no digits.</translation>
    </message>
    <message>
        <source>万元金额最多六位小数（即精确到分）。</source>
        <translation>Amounts in 10k yuan have at most six decimals (down to the fen).</translation>
    </message>
    <message>
        <source>金额过大：必须小于 1,000,000,000,000 万元。</source>
        <translation>The amount is too large: it must be less than 1,000,000,000,000 (10k yuan).</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>新建报告</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>部门全称，如：湘潭市行政审批服务局</source>
        <translation>Full name of the department, e.g. 湘潭市行政审批服务局</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>部门(&amp;D)：</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>万元</source>
        <translation>10k yuan</translation>
    </message>
    <message>
        <source>%1（按 Esc 恢复原来的值）</source>
        <translation>%1 (Esc restores the previous value)</translation>
    </message>
</context>
<context>
    <name>OverviewCommand</name>
    <message>
        <source>把工作区中某一年度各部门报告的总览（状态、得分、等级、各项指标、错误与提示、主要金额）导出为 .xlsx 或 .csv 表格。</source>
        <translation>Export an overview of one year&apos;s reports of all departments in the workspace (status, score, grade, indicators, errors and warnings, main amounts) as an .xlsx or .csv table.</translation>
    </message>
    <message>
        <source>命令名</source>
        <translation>command name</translation>
    </message>
    <message>
        <source>输出文件（.xlsx 或 .csv）</source>
        <translation>output file (.xlsx or .csv)</translation>
    </message>
    <message>
        <source>overview 不接受文件参数：jixiao overview --db LOCATION --year N -o OUT.xlsx</source>
        <translation>overview takes no file arguments: jixiao overview --db LOCATION --year N -o OUT.xlsx</translation>
    </message>
    <message>
        <source>请用 --year 给出年度，例如 --year 2023</source>
        <translation>Give the year with --year, e.g. --year 2023</translation>
    </message>
    <message>
        <source>请用 -o 给出输出文件，扩展名为 .xlsx 或 .csv</source>
        <translation>Give the output file with -o, ending in .xlsx or .csv</translation>
    </message>
    <message>
        <source>工作区中没有%1年度的报告，表格中只有标题行。</source>
        <translation>The workspace has no reports for %1; the table has only the header row.</translation>
    </message>
    <message>
        <source>已把%1年度 %2 个部门的总览写入 %3</source>
        <translation>Wrote the %1 overview to %3 (departments: %2)</translation>
    </message>
    <message>
        <source>jixiao：“%1”的评价在工作区中存储的与报告内容不符（可能被人直接改动过，或由另一版本的程序写入），表中是按报告内容重新计算的结果。</source>
        <translation>jixiao: the evaluation stored in the workspace for “%1” disagrees with the report&apos;s content (it may have been changed by hand, or written by another version of the program); the table shows the content evaluated again.</translation>
    </message>
</context>
<context>
    <name>OverviewExport</name>
    <message>
        <source>无法导出到“%1”：总览只能导出为 .xlsx 或 .csv 文件。</source>
        <translation>Cannot export to “%1”: the overview can only be exported as an .xlsx or .csv file.</translation>
    </message>
    <message>
        <source>%1年度部门整体支出绩效自评总览</source>
        <translation>Overview of departmental budget performance self-evaluations, %1</translation>
    </message>
    <message>
        <source>%1年度</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>OverviewTableModel</name>
    <message>
        <source>不适用</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>这份报告无法读出，没有评价结果。</source>
        <translation>This report cannot be read, so it has no evaluation.</translation>
    </message>
    <message>
        <source>%1不适用（分母为0，或缺少所需的数字、上年报告）。</source>
        <translation>%1: n/a (the denominator is 0, or a figure or the previous year&apos;s report is missing).</translation>
    </message>
    <message>
        <source>工作区中存储的评价与报告内容不符（可能被人直接改动过，或由另一版本的程序写入）；这里显示的是按报告内容重新计算的结果。</source>
        <translation>The evaluation stored in the workspace disagrees with the report&apos;s content (it may have been changed by hand, or written by another version of the program); what is shown here is the content evaluated again.</translation>
    </message>
    <message>
        <source>待评</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>待人工评分 %1 项，评完后给出等级。</source>
        <translation>%1 items wait for a manual score; the grade is given once they are scored.</translation>
    </message>
    <message>
        <source>自评表还有待评的指标，评完后给出等级。</source>
        <translation>Some indicators of the self-evaluation table are still pending; the grade is given once they are scored.</translation>
    </message>
</context>
<context>
    <name>OverviewText</name>
    <message>
        <source>%1(%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>待人工评分</source>
        <translation>Pending scores</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>全年预算(万元)</source>
        <translation>Full-year budget (10k yuan)</translation>
    </message>
    <message>
        <source>全年支出(万元)</source>
        <translation>Full-year expenditure (10k yuan)</translation>
    </message>
    <message>
        <source>年末结转(万元)</source>
        <translation>Year-end carry-over (10k yuan)</translation>
    </message>
    <message>
        <source>自评表总分</source>
        <translation>Table total</translation>
    </message>
    <message>
        <source>自评表等级</source>
        <translation>Table grade</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>各部门总览</source>
        <translation>Overview of all departments</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>按部门名称筛选</source>
        <translation>Filter by department name</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>只看有错误的</source>
        <translation>Only reports with errors</translation>
    </message>
    <message>
        <source>打开报告</source>
        <translation>Open report</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>把表格中显示的部门（按当前的筛选和排序）导出为 .xlsx</source>
        <translation>Export the departments shown in the table (as filtered and sorted now) as .xlsx</translation>
    </message>
    <message>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>把表格中显示的部门（按当前的筛选和排序）导出为 UTF-8 .csv</source>
        <translation>Export the departments shown in the table (as filtered and sorted now) as UTF-8 .csv</translation>
    </message>
    <message>
        <source>对比指标</source>
        <translation>Compare indicator</translation>
    </message>
    <message>
        <source>%1年度</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>导出总览</source>
        <translation>Export overview</translation>
    </message>
    <message>
        <source>%1年度各部门总览.%2</source>
        <translation>Overview %1.%2</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel spreadsheets (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV 表格 (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <source>已导出 %1 个部门到 %2</source>
        <translation>Exported %2 (departments: %1)</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>按表格当前的顺序，显示前 %1 个部门（共 %2 个）</source>
        <translation>Showing the first %1 of %2 departments, in the table&apos;s order</translation>
    </message>
    <message>
        <source>共 %1 个部门</source>
        <translation>Departments: %1</translation>
    </message>
    <message>
        <source>%1年度共 %2 个部门，显示 %3 个；草稿 %4，已提交 %5，已退回 %6，已审核 %7；有错误的 %8 个。</source>
        <translation>%1 — departments: %2, shown: %3; draft: %4, submitted: %5, returned: %6, approved: %7; with errors: %8.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>注意：%1 的评价在工作区中存储的与报告内容不符（可能被人直接改动过，或由另一版本的程序写入），表中是按报告内容重新计算的结果。</source>
        <translation>Note: the evaluation stored in the workspace for %1 disagrees with the report&apos;s content (it may have been changed by hand, or written by another version of the program); the table shows the content evaluated again.</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <source>问题与措施</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>四、存在的主要问题</source>
        <translation>IV. Main problems</translation>
    </message>
    <message>
        <source>引言(&amp;I)：</source>
        <translation>&amp;Introduction:</translation>
    </message>
    <message>
        <source>问题（一）（二）…</source>
        <translation>Problems (1), (2), …</translation>
    </message>
    <message>
        <source>问题标题</source>
        <translation>Problem heading</translation>
    </message>
    <message>
        <source>存在的主要问题</source>
        <translation>Main problems</translation>
    </message>
    <message>
        <source>所选问题的说明(&amp;W)：</source>
        <translation>&amp;Details of the selected problem:</translation>
    </message>
    <message>
        <source>五、改进的措施和建议</source>
        <translation>V. Measures and suggestions for improvement</translation>
    </message>
    <message>
        <source>措施标题</source>
        <translation>Measure heading</translation>
    </message>
    <message>
        <source>改进的措施和建议</source>
        <translation>Measures and suggestions for improvement</translation>
    </message>
    <message>
        <source>所选措施的说明(&amp;M)：</source>
        <translation>Details of the selected &amp;measure:</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>部门概况</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>报告</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>部门名称(&amp;D)：</source>
        <translation>&amp;Department name:</translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>报告标题(&amp;T)：</source>
        <translation>Report &amp;title:</translation>
    </message>
    <message>
        <source>开篇说明(&amp;P)：</source>
        <translation>&amp;Preamble:</translation>
    </message>
    <message>
        <source>（一）基本情况</source>
        <translation>(1) General information</translation>
    </message>
    <message>
        <source>基本情况(&amp;O)：</source>
        <translation>&amp;Overview:</translation>
    </message>
    <message>
        <source>在职人数(&amp;A)：</source>
        <translation>&amp;Active staff:</translation>
    </message>
    <message>
        <source>退休人数(&amp;R)：</source>
        <translation>&amp;Retired staff:</translation>
    </message>
    <message>
        <source>编制数(&amp;Z)：</source>
        <translation>Authori&amp;zed headcount:</translation>
    </message>
    <message>
        <source>主要职能</source>
        <translation>Main functions</translation>
    </message>
    <message>
        <source>职能（每行一条，按顺序）</source>
        <translation>Function (one per row, in order)</translation>
    </message>
</context>
<context>
    <name>ReportChangeSummary</name>
    <message>
        <source>其他内容</source>
        <translation>Other content</translation>
    </message>
    <message>
        <source>无内容变化</source>
        <translation>No changes to the content</translation>
    </message>
    <message>
        <source>修改了%1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>修改了%1等 %2 处</source>
        <translation>Changed: %1 and more (%2 in all)</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>修改%1</source>
        <translation>edit of %1</translation>
    </message>
    <message>
        <source>添加%1</source>
        <translation>adding to %1</translation>
    </message>
    <message>
        <source>删除%1</source>
        <translation>removal from %1</translation>
    </message>
    <message>
        <source>移动%1</source>
        <translation>move in %1</translation>
    </message>
</context>
<context>
    <name>ReportDocxWriter</name>
    <message>
        <source>无法生成 Word 文档。</source>
        <translation>Cannot create the Word document.</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument 文本 (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>报告数据 JSON (*.json)</source>
        <translation>Report data, JSON (*.json)</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>自评表 Excel 文件 (*.xlsx)</source>
        <translation>Self-evaluation table, Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>不知道如何导出“%1”：文件名应以 .pdf、.docx、.odt、.json 或 .xlsx（自评表）结尾。</source>
        <translation>Cannot tell how to export “%1”: the file name must end in .pdf, .docx, .odt, .json or .xlsx (the self-evaluation table).</translation>
    </message>
    <message>
        <source>每页带“草稿”字样，文末列出问题</source>
        <translation>every page is marked “草稿”, draft, and the problems are listed at the end</translation>
    </message>
    <message>
        <source>自评表的标题注明“草稿”，打印时每页页眉带“草稿”字样</source>
        <translation>the table’s title says “草稿”, draft, and so does the header of every printed page</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <source>没有找到可用的中文字体（需要能正确复制文字的简体中文字体，例如 fonts-lxgw-wenkai、fonts-arphic-uming 或 fonts-wqy-zenhei），无法导出 PDF。</source>
        <translation>No usable Chinese font was found (a Simplified Chinese font whose text copies correctly is needed, such as fonts-lxgw-wenkai, fonts-arphic-uming or fonts-wqy-zenhei), so the PDF cannot be exported.</translation>
    </message>
</context>
<context>
    <name>ReportHistoryView</name>
    <message>
        <source>恢复到这个版本</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>保存人</source>
        <translation>Saved by</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>修改内容</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>报告的历史记录</source>
        <translation>Report history</translation>
    </message>
    <message>
        <source>把报告恢复成所选版本的内容；现在的内容仍留在历史记录中</source>
        <translation>Restore the report to the selected version; the current content stays in the history</translation>
    </message>
    <message>
        <source>历史记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>恢复版本</source>
        <translation>Restore version</translation>
    </message>
    <message>
        <source>把报告恢复成 %1 %2 保存的版本吗？现在的内容会留在历史记录中，随时可以再恢复。</source>
        <translation>Restore the report to the version saved at %1 by %2? The current content stays in the history and can be restored at any time.</translation>
    </message>
</context>
<context>
    <name>ReportJsonReader</name>
    <message>
        <source>对象</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>是必填项，但文件中没有</source>
        <translation>required, but missing from the file</translation>
    </message>
    <message>
        <source>必须是 0 或更大的整数，而不是 %1</source>
        <translation>must be a whole number of 0 or more, not %1</translation>
    </message>
    <message>
        <source>逻辑值 true 或 false</source>
        <translation>a boolean (true or false)</translation>
    </message>
    <message>
        <source>文本列表</source>
        <translation>a list of texts</translation>
    </message>
    <message>
        <source>列表</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>应为%1，实际是%2</source>
        <translation>expected %1, found %2</translation>
    </message>
    <message>
        <source>文本</source>
        <translation>text</translation>
    </message>
    <message>
        <source>整数</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>“%1”不是 ±999999999 以内的整数</source>
        <translation>“%1” is not a whole number within ±999999999</translation>
    </message>
    <message>
        <source>金额（如 &quot;30.55&quot;）</source>
        <translation>an amount (such as &quot;30.55&quot;)</translation>
    </message>
    <message>
        <source>“%1”不是有效的类别：应为 basic（基本支出）、project（项目支出）或 transfer（结构调整）</source>
        <translation>“%1” is not a valid category: use basic (basic expenditure), project (project expenditure) or transfer (transfer between them)</translation>
    </message>
    <message>
        <source>“%1”不是 YYYY-MM-DD 格式的日期</source>
        <translation>“%1” is not a date in the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>“%1”不是绩效自评报告文件（应为 &quot;jixiao.report&quot;）</source>
        <translation>“%1” is not a self-evaluation report file (expected &quot;jixiao.report&quot;)</translation>
    </message>
    <message>
        <source>不存在版本 %1</source>
        <translation>there is no version %1</translation>
    </message>
    <message>
        <source>无法打开 %1：%2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 大小为 %2 MB，超过了报告文件的上限 %3 MB</source>
        <translation>%1 is %2 MB, more than the limit of %3 MB for a report file</translation>
    </message>
    <message>
        <source>%1 超过了报告文件的上限 %2 MB</source>
        <translation>%1 is larger than the limit of %2 MB for a report file</translation>
    </message>
    <message>
        <source>“%1”的小数超过六位（万元金额最多精确到分）</source>
        <translation>“%1” has more than six decimals (amounts in 10k yuan go down to the fen at most)</translation>
    </message>
    <message>
        <source>“%1”不是有效的金额：文件中的金额须以万元为单位，写成不带分隔符和单位、最多六位小数的数字，例如 &quot;30.55&quot;</source>
        <translation>“%1” is not a valid amount: amounts in the file are in 10k yuan, written as numbers without separators or units and with at most six decimals, e.g. &quot;30.55&quot;</translation>
    </message>
    <message>
        <source>“%1”过大：金额必须小于 10^12 万元</source>
        <translation>“%1” is too large: amounts must be less than 10^12 (10k yuan)</translation>
    </message>
    <message>
        <source>%1 的有效数字超过 15 位；请把金额写成文本，例如 &quot;30.55&quot;</source>
        <translation>%1 has more than 15 significant digits; write the amount as text, e.g. &quot;30.55&quot;</translation>
    </message>
    <message>
        <source>%1 超出了金额的范围</source>
        <translation>%1 is out of the range of amounts</translation>
    </message>
    <message>
        <source>%1 的小数超过六位（万元金额最多精确到分）</source>
        <translation>%1 has more than six decimals (amounts in 10k yuan go down to the fen at most)</translation>
    </message>
    <message>
        <source>%1 过大：金额必须小于 10^12 万元</source>
        <translation>%1 is too large: amounts must be less than 10^12 (10k yuan)</translation>
    </message>
    <message>
        <source>“%1”不是有效的指标性质：应为 higher（≥）、lower（≤）、exact（=）或 qualitative（定性）</source>
        <translation>“%1” is not a valid kind of indicator: use higher (≥), lower (≤), exact (=) or qualitative</translation>
    </message>
    <message>
        <source>“%1”不是有效的档次：应为 achieved（达成年度指标）、partial（部分达成并具有一定效果）或 not_achieved（未达成且效果较差）</source>
        <translation>“%1” is not a valid tier: use achieved (target achieved), partial (partly achieved, with some effect) or not_achieved (not achieved, poor effect)</translation>
    </message>
    <message>
        <source>分数（如 &quot;9.5&quot;）</source>
        <translation>points (such as &quot;9.5&quot;)</translation>
    </message>
    <message>
        <source>“%1”不是最多两位小数的分数（如 &quot;9.5&quot;）</source>
        <translation>“%1” is not a number of points with at most two decimals (such as &quot;9.5&quot;)</translation>
    </message>
    <message>
        <source>分值不能为负数（%1）</source>
        <translation>a weight cannot be negative (%1)</translation>
    </message>
    <message>
        <source>“%1”过大：分数不能超过1000000</source>
        <translation>“%1” is too large: points cannot exceed 1000000</translation>
    </message>
    <message>
        <source>版本 %1 由较新的绩效自评程序写出，本程序最高只能读取版本 %2，请升级程序。</source>
        <translation>Version %1 was written by a newer Jixiao; this program reads versions up to %2. Please upgrade the program.</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>基本支出</source>
        <translation>Basic expenditure</translation>
    </message>
    <message>
        <source>结构调整（基本→项目）</source>
        <translation>Transfer (basic → project)</translation>
    </message>
    <message>
        <source>项目支出</source>
        <translation>Project expenditure</translation>
    </message>
    <message>
        <source>≤ 越低越好</source>
        <translation>≤ lower is better</translation>
    </message>
    <message>
        <source>= 定值</source>
        <translation>= exact value</translation>
    </message>
    <message>
        <source>定性</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <source>≥ 越高越好</source>
        <translation>≥ higher is better</translation>
    </message>
    <message>
        <source>“%1”不是数字：请只填数字，例如 99.5；单位写在“单位”一栏。</source>
        <translation>“%1” is not a number: enter the number alone, e.g. 99.5; the unit goes in the Unit column.</translation>
    </message>
</context>
<context>
    <name>ReportOdtWriter</name>
    <message>
        <source>无法生成 ODT 文档。</source>
        <translation>Could not create the ODT document.</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>无法生成 PDF。</source>
        <translation>Could not create the PDF.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>PDF 预览</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <source>无法生成预览：%1</source>
        <translation>Cannot create the preview: %1</translation>
    </message>
    <message>
        <source>草稿：报告还有%1个错误，导出的 PDF 每页带“草稿”字样。</source>
        <translation>Draft: the report still has errors (%1), so every page of the exported PDF is marked “草稿” (draft).</translation>
    </message>
    <message>
        <source>共%1页。</source>
        <translation>Pages: %1.</translation>
    </message>
</context>
<context>
    <name>ReportStatus</name>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>已审核</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>ReportWorkflow</name>
    <message>
        <source>提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>报告不能由“%1”直接改为“%2”。</source>
        <translation>A report cannot go straight from “%1” to “%2”.</translation>
    </message>
    <message>
        <source>只有本部门的%1才能提交这份报告。</source>
        <translation>Only a %1 of this department can submit this report.</translation>
    </message>
    <message>
        <source>只有%1才能%2报告。</source>
        <translation>“%2” is reserved for the %1 role.</translation>
    </message>
    <message numerus="yes">
        <source>报告还有 %n 处错误，改正后才能提交。</source>
        <translation>
            <numerusform>The report still has %n error; correct it before submitting.</numerusform>
            <numerusform>The report still has %n errors; correct them before submitting.</numerusform>
        </translation>
    </message>
    <message>
        <source>退回报告时请写明退回的原因，以便填报人员修改。</source>
        <translation>When returning a report, give the reason so that the clerk can correct it.</translation>
    </message>
    <message numerus="yes">
        <source>报告内容还有 %n 处错误，不能审核通过；请退回给填报人员改正。</source>
        <translation>
            <numerusform>The report&apos;s content still has %n error and cannot be approved; return it to the clerk to correct it.</numerusform>
            <numerusform>The report&apos;s content still has %n errors and cannot be approved; return it to the clerk to correct them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>导入并替换：%1</source>
        <translation>Imported and replaced: %1</translation>
    </message>
    <message>
        <source>删除报告</source>
        <translation>Report deleted</translation>
    </message>
    <message>
        <source>恢复为 %1 %2 保存的版本</source>
        <translation>Restored the version saved at %1 by %2</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>工作区中已有“%1”%2年度的报告，不能把删除的报告恢复到原处；可以把它恢复为副本。</source>
        <translation>The workspace already has a %2 report for “%1”, so the deleted report cannot be restored in its place; it can be restored as a copy.</translation>
    </message>
    <message>
        <source>由“%1”%2 保存的版本恢复为副本</source>
        <translation>Restored as a copy from the version of “%1” saved at %2</translation>
    </message>
    <message>
        <source>状态由“%1”改为“%2”</source>
        <translation>Status changed from “%1” to “%2”</translation>
    </message>
    <message>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>您没有修改这份报告的权限：它属于“%1”，您是“%2”的填报人员。</source>
        <translation>You may not change this report: it belongs to “%1”, and you are a clerk of “%2”.</translation>
    </message>
    <message>
        <source>您没有修改报告的权限：只有本部门的填报人员可以修改报告。</source>
        <translation>You may not change reports: only the department&apos;s clerks can change its reports.</translation>
    </message>
    <message>
        <source>历史记录中没有这个版本。</source>
        <translation>This version is not in the history.</translation>
    </message>
    <message>
        <source>历史记录中的这个版本无法读出。</source>
        <translation>This version in the history cannot be read.</translation>
    </message>
    <message>
        <source>“%1”%2年度的报告已被 %3 于 %4 修改并保存（现在是第 %5 版，您的修改是在第 %6 版上做的）。您的修改没有保存，也没有覆盖对方的内容。
您可以重新载入对方保存的版本，或者把您的版本另存为副本（部门名称后加“（副本）”），以后再对照合并。</source>
        <translation>The %2 report of “%1” was changed and saved by %3 at %4 (it is now revision %5; your changes were made to revision %6). Your changes were not saved and did not overwrite theirs.
You can reload the version they saved, or save yours as a copy (with “（副本）” after the department name) and merge the two later.</translation>
    </message>
    <message>
        <source>工作区中已有“%1”%2年度的报告，一个部门每年只能有一份报告。</source>
        <translation>The workspace already has a %2 report for “%1”: a department can have only one report per year.</translation>
    </message>
    <message>
        <source>工作区中已没有这份报告（可能刚被别人删除，可从“已删除的报告”中恢复）。如需保留您的修改，请把它另存为副本。</source>
        <translation>This report is no longer in the workspace (someone may have just deleted it; it can be restored from “Deleted reports”). To keep your changes, save them as a copy.</translation>
    </message>
    <message>
        <source>这份报告无法读出，不能提交或审核。</source>
        <translation>This report cannot be read, so it cannot be submitted or approved.</translation>
    </message>
    <message>
        <source>“%1”%2年度的报告已审核，不能再修改。如需修改，请审核人员先“重新打开”它。</source>
        <translation>The %2 report of “%1” has been approved and can no longer be changed. To change it, a reviewer must first “Reopen” it.</translation>
    </message>
    <message>
        <source>“%1”%2年度的报告已提交，正在等待审核，内容不能修改。如需修改，请审核人员先将它“退回”。</source>
        <translation>The %2 report of “%1” has been submitted and is waiting for review: its content cannot be changed. To change it, ask a reviewer to “Return” it first.</translation>
    </message>
    <message>
        <source>“%1”%2年度的报告已提交，正在等待审核，人工评分不能修改。如需修改，请审核人员先将它“退回”。</source>
        <translation>The %2 report of “%1” has been submitted and is waiting for review: its manual scores cannot be changed. To change them, ask a reviewer to “Return” it first.</translation>
    </message>
    <message>
        <source>“%1”%2年度的报告已提交，正在等待审核，不能删除。如需删除，请审核人员先将它“退回”。</source>
        <translation>The %2 report of “%1” has been submitted and is waiting for review: it cannot be deleted. To delete it, ask a reviewer to “Return” it first.</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>状态：%1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>退回原因：%1</source>
        <translation>Returned because: %1</translation>
    </message>
    <message>
        <source>已审核的报告不能修改；需要修改时请审核人员重新打开。</source>
        <translation>An approved report cannot be changed; to change it, ask a reviewer to reopen it.</translation>
    </message>
    <message>
        <source>退回报告</source>
        <translation>Return report</translation>
    </message>
    <message>
        <source>请写明退回的原因，填报人员会看到：</source>
        <translation>Why is the report returned? The clerk will see this:</translation>
    </message>
    <message>
        <source>报告已提交，审核期间不能修改；审核人员退回后可以继续修改。</source>
        <translation>The report has been submitted and cannot be changed while it is under review; once the reviewer returns it, it can be changed again.</translation>
    </message>
    <message>
        <source>审核人员：</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <source>待人工评分 %1 项（按 0 分计）</source>
        <translation>%1 items waiting for a manual score (counted as 0)</translation>
    </message>
    <message>
        <source>未解决的审核意见 %1 条</source>
        <translation>%1 unresolved review comments</translation>
    </message>
    <message>
        <source>没有未解决的警告、待人工评分项或审核意见。</source>
        <translation>No unresolved warnings, manual scores or review comments.</translation>
    </message>
    <message>
        <source>仍未解决：</source>
        <translation>Still open:</translation>
    </message>
    <message>
        <source>审核通过后报告将锁定，填报人员不能再修改。</source>
        <translation>Once approved, the report is locked: the clerk can no longer change it.</translation>
    </message>
    <message>
        <source>确定审核通过吗？</source>
        <translation>Approve it?</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>警告 %1 项：</source>
        <translation>%1 warnings:</translation>
    </message>
    <message>
        <source>另有 %1 项，见“检查结果”</source>
        <translation>and %1 more, see “Check results”</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>自评评分</source>
        <translation>Self-evaluation score</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>自评评分表</source>
        <translation>Self-evaluation score table</translation>
    </message>
    <message>
        <source>选择评分方案文件(&amp;C)…</source>
        <translation>&amp;Choose scoring scheme file…</translation>
    </message>
    <message>
        <source>恢复默认方案</source>
        <translation>Use default scheme</translation>
    </message>
    <message>
        <source>选择评分方案</source>
        <translation>Choose scoring scheme</translation>
    </message>
    <message>
        <source>评分方案 (*.json)</source>
        <translation>Scoring schemes (*.json)</translation>
    </message>
    <message>
        <source>无法使用评分方案</source>
        <translation>Cannot use the scoring scheme</translation>
    </message>
    <message>
        <source>评分方案 %1 有问题，仍使用当前方案。

%2</source>
        <translation>The scoring scheme %1 has problems; the current scheme stays in use.

%2</translation>
    </message>
    <message>
        <source>总分：%1分&#x3000;等级：%2</source>
        <translation>Total: %1 points   Grade: %2</translation>
    </message>
    <message>
        <source>评分方案：%1</source>
        <translation>Scoring scheme: %1</translation>
    </message>
    <message>
        <source>人工评分(&amp;M)…</source>
        <translation>&amp;Manual Score…</translation>
    </message>
    <message>
        <source>为所选的人工评分项填写得分和扣分原因</source>
        <translation>Give the points and the reason for deductions of the selected manual item</translation>
    </message>
    <message>
        <source>目前得分：%1分&#x3000;待人工评分 %2 项，评完后给出等级</source>
        <translation>Points so far: %1   %2 items waiting for a manual score; the grade follows once they are scored</translation>
    </message>
</context>
<context>
    <name>ScoreTableModel</name>
    <message>
        <source>待评</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>人工评分：填写得分（0至%1分）和扣分原因，两者都要填。</source>
        <translation>Manual score: enter the score (0 to %1 points) and the reason for deductions; both are needed.</translation>
    </message>
    <message>
        <source>得分须是0到%1之间、最多两位小数的数。</source>
        <translation>The score must be a number from 0 to %1 with at most two decimals.</translation>
    </message>
    <message>
        <source>请填写扣分原因：没有原因的人工评分不计入总分。</source>
        <translation>Enter the reason for deductions: a manual score without a reason does not count in the total.</translation>
    </message>
    <message>
        <source>请填写得分。</source>
        <translation>Enter the score.</translation>
    </message>
    <message>
        <source>一级指标</source>
        <translation>Level-1 indicator</translation>
    </message>
    <message>
        <source>二级指标</source>
        <translation>Level-2 indicator</translation>
    </message>
    <message>
        <source>三级指标</source>
        <translation>Level-3 indicator</translation>
    </message>
    <message>
        <source>分值</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>扣分原因</source>
        <translation>Reason for deductions</translation>
    </message>
</context>
<context>
    <name>ScoreText</name>
    <message>
        <source>%1为%2%，得%3分</source>
        <translation>%1 is %2%: %3 points</translation>
    </message>
    <message>
        <source>%1为%2%，超过%3%，按每超1个百分点扣%4分计，扣%5分</source>
        <translation>%1 is %2%, above %3%: %4 points off per percentage point over, %5 points deducted</translation>
    </message>
    <message>
        <source>%1为%2%，未达到%3%，按比例得%4分</source>
        <translation>%1 is %2%, below %3%: %4 points in proportion</translation>
    </message>
    <message>
        <source>未填报年末结转，待人工评分</source>
        <translation>Year-end carry-over not reported: awaiting a manual score</translation>
    </message>
    <message>
        <source>年末结转%1万元，未超过上年结转%2万元，得%3分</source>
        <translation>Year-end carry-over %1 does not exceed the carry-over from the previous year, %2 (10k yuan): %3 points</translation>
    </message>
    <message>
        <source>年末结转%1万元，超过上年结转%2万元，得%3分</source>
        <translation>Year-end carry-over %1 exceeds the carry-over from the previous year, %2 (10k yuan): %3 points</translation>
    </message>
    <message>
        <source>报告中没有对应的预算管理项目，待人工评分</source>
        <translation>The report has no matching budget management item: awaiting a manual score</translation>
    </message>
    <message>
        <source>未达标或未填报：%1</source>
        <translation>Not met or not reported: %1</translation>
    </message>
    <message>
        <source>绩效目标表中没有可计分的指标，待人工评分</source>
        <translation>The performance target table has no indicator that can be scored: awaiting a manual score</translation>
    </message>
    <message>
        <source>部分绩效指标未完成目标，按完成比例得%1分</source>
        <translation>Some performance indicators missed their targets: %1 points in proportion to what was achieved</translation>
    </message>
    <message>
        <source>（%1项指标不适用，已按其余指标折算）</source>
        <translation> (indicators not applicable: %1; scaled to the others)</translation>
    </message>
    <message>
        <source>评分方案引用了未知的指标“%1”，待人工评分</source>
        <translation>The scoring scheme refers to an unknown indicator “%1”: awaiting a manual score</translation>
    </message>
    <message>
        <source>%1不适用（%2），待人工评分</source>
        <translation>%1: n/a (%2), awaiting a manual score</translation>
    </message>
    <message>
        <source>金额合计超出范围，待人工评分</source>
        <translation>The sums of the amounts are out of range: awaiting a manual score</translation>
    </message>
    <message>
        <source>需人工评分</source>
        <translation>Needs a manual score</translation>
    </message>
</context>
<context>
    <name>ScoringSchemeReader</name>
    <message>
        <source>是必填项，但文件中没有</source>
        <translation>required, but missing from the file</translation>
    </message>
    <message>
        <source>应为%1，实际是%2</source>
        <translation>expected %1, found %2</translation>
    </message>
    <message>
        <source>应为数字，实际是%1</source>
        <translation>expected a number, found %1</translation>
    </message>
    <message>
        <source>“%1”不是最多两位小数、绝对值不超过100000的数</source>
        <translation>“%1” is not a number with at most two decimals and at most 100000 in absolute value</translation>
    </message>
    <message>
        <source>至少需要一个分档</source>
        <translation>at least one band is needed</translation>
    </message>
    <message>
        <source>应为对象</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>得分必须在0到分值之间</source>
        <translation>the score must be between 0 and the weight</translation>
    </message>
    <message>
        <source>分档的上限必须逐档增大</source>
        <translation>the upper limits of the bands must increase from band to band</translation>
    </message>
    <message>
        <source>不能为负数</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <source>必须大于0</source>
        <translation>must be greater than 0</translation>
    </message>
    <message>
        <source>应为文本</source>
        <translation>expected text</translation>
    </message>
    <message>
        <source>“%1”不是已知的评分规则（bands、linear、ratio、fund_balance、checklist、targets、manual）</source>
        <translation>“%1” is not a known scoring rule (bands, linear, ratio, fund_balance, checklist, targets, manual)</translation>
    </message>
    <message>
        <source>评分方案文件应为一个 JSON 对象</source>
        <translation>a scoring scheme file must be one JSON object</translation>
    </message>
    <message>
        <source>不是评分方案文件（应为 &quot;jixiao.scheme&quot;）</source>
        <translation>not a scoring scheme file (expected &quot;jixiao.scheme&quot;)</translation>
    </message>
    <message>
        <source>编号“%1”重复</source>
        <translation>the id “%1” is used twice</translation>
    </message>
    <message>
        <source>分值必须大于0</source>
        <translation>the weight must be greater than 0</translation>
    </message>
    <message>
        <source>各项分值合计为%1分，应为100分</source>
        <translation>the weights add up to %1 points instead of 100</translation>
    </message>
    <message>
        <source>等级须按分数从高到低排列</source>
        <translation>the grades must be ordered from the highest score to the lowest</translation>
    </message>
    <message>
        <source>最低一档等级的下限必须是0分</source>
        <translation>the lowest grade must start at 0 points</translation>
    </message>
    <message>
        <source>无法打开评分方案 %1：%2</source>
        <translation>Cannot open the scoring scheme %1: %2</translation>
    </message>
    <message>
        <source>评分方案无法使用，已改用内置的默认方案。%1</source>
        <translation>The scoring scheme cannot be used; the built-in default scheme is used instead. %1</translation>
    </message>
    <message>
        <source>预算执行和绩效指标两部分的分值须为正数，合计100分</source>
        <translation>the weights of budget execution and of the performance indicators must be positive and add up to 100</translation>
    </message>
    <message>
        <source>档次下限须满足 0 &lt; partial &lt; achieved ≤ 100（分值的百分比）</source>
        <translation>the tiers&apos; lower bounds must satisfy 0 &lt; partial &lt; achieved ≤ 100 (percent of the weight)</translation>
    </message>
    <message>
        <source>higher 须大于100，lower 须在0到100之间（指标值的百分比）</source>
        <translation>higher must be above 100 and lower between 0 and 100 (percent of the target)</translation>
    </message>
    <message>
        <source>须在0到100之间（百分比）</source>
        <translation>must be between 0 and 100 (percent)</translation>
    </message>
    <message>
        <source>应为列表（空列表表示不设上限）</source>
        <translation>must be a list (an empty list means no ceilings)</translation>
    </message>
    <message>
        <source>须在0到100之间（执行率的百分比）</source>
        <translation>must be between 0 and 100 (percent of execution)</translation>
    </message>
    <message>
        <source>须在0到100分之间</source>
        <translation>must be between 0 and 100 points</translation>
    </message>
    <message>
        <source>各档执行率须从高到低排列</source>
        <translation>the execution rates must be listed from high to low</translation>
    </message>
</context>
<context>
    <name>SelfEvaluationPage</name>
    <message>
        <source>自评表</source>
        <translation>Self-evaluation</translation>
    </message>
    <message>
        <source>预算执行情况（单位：万元）</source>
        <translation>Budget execution (10k yuan)</translation>
    </message>
    <message>
        <source>年初预算数 = 年初预算 + 上年结转：</source>
        <translation>Initial budget = initial budget + carried over:</translation>
    </message>
    <message>
        <source>全年预算数 = 全年预算 + 上年结转：</source>
        <translation>Full-year budget = full-year budget + carried over:</translation>
    </message>
    <message>
        <source>全年执行数 = 全年支出：</source>
        <translation>Spent = full-year expenditure:</translation>
    </message>
    <message>
        <source>执行率 = 全年执行数 ÷ 全年预算数：</source>
        <translation>Execution rate = spent ÷ full-year budget:</translation>
    </message>
    <message>
        <source>不适用（全年预算数为0）</source>
        <translation>n/a (the full-year budget is 0)</translation>
    </message>
    <message>
        <source>得分 = 分值 × 执行率（最高为分值）：</source>
        <translation>Score = weight × execution rate (at most the weight):</translation>
    </message>
    <message>
        <source>待评</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>%1 × %2% = %3分</source>
        <translation>%1 × %2% = %3 points</translation>
    </message>
    <message>
        <source>其中（可选，各项合计应等于年度资金总额）</source>
        <translation>Of which (optional; together they must equal the total)</translation>
    </message>
    <message>
        <source>当年财政拨款</source>
        <translation>This year&apos;s appropriation</translation>
    </message>
    <message>
        <source>上年结转资金</source>
        <translation>Funds carried over</translation>
    </message>
    <message>
        <source>其他资金</source>
        <translation>Other funds</translation>
    </message>
    <message>
        <source>年初预算数</source>
        <translation>initial budget</translation>
    </message>
    <message>
        <source>全年预算数</source>
        <translation>full-year budget</translation>
    </message>
    <message>
        <source>全年执行数</source>
        <translation>spent</translation>
    </message>
    <message>
        <source>年度总体目标</source>
        <translation>Overall annual goal</translation>
    </message>
    <message>
        <source>预期目标(&amp;G)：</source>
        <translation>Expected &amp;goal:</translation>
    </message>
    <message>
        <source>实际完成情况(&amp;A)：</source>
        <translation>&amp;Achieved:</translation>
    </message>
    <message>
        <source>绩效指标</source>
        <translation>Performance indicators</translation>
    </message>
    <message>
        <source>指标性质：≥ 越高越好，≤ 越低越好，= 定值，定性指标选档次并在档次范围内评分。可从 Excel 或 WPS 复制多行，选中单元格后按 Ctrl+V 粘贴；Ctrl+C 复制选中的行；Ctrl+Enter 在末尾添加一行。</source>
        <translation>Kind: ≥ higher is better, ≤ lower is better, = exact value; for a qualitative indicator choose a tier and a rating within it. Rows copied in Excel or WPS paste with Ctrl+V at the selected cell; Ctrl+C copies the selected rows; Ctrl+Enter adds a row at the end.</translation>
    </message>
    <message>
        <source>所选指标的偏差原因分析及改进措施(&amp;D)：</source>
        <translation>Reasons for the &amp;deviation and improvements (selected indicator):</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>填报人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>填报人(&amp;R)：</source>
        <translation>P&amp;repared by:</translation>
    </message>
    <message>
        <source>联系电话(&amp;T)：</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>预算执行%1分（分值%2分） + 绩效指标%3分（分值%4分）</source>
        <translation>Budget execution %1 (of %2) + performance indicators %3 (of %4)</translation>
    </message>
    <message>
        <source>各项指标分值合计%1分，不是%2分：指标得分%3分已按%2÷%1折算为%4分。</source>
        <translation>The indicators&apos; weights add up to %1, not %2: their %3 points were scaled by %2 ÷ %1 to %4.</translation>
    </message>
    <message>
        <source>%1 %2(&amp;%3)：</source>
        <translation>%1, %2 (&amp;%3):</translation>
    </message>
    <message>
        <source>注明填报日期(&amp;E)</source>
        <translation>Giv&amp;e the date prepared</translation>
    </message>
    <message>
        <source>填报日期</source>
        <translation>Date prepared</translation>
    </message>
    <message>
        <source>填报日期(&amp;F)：</source>
        <translation>Date &amp;prepared:</translation>
    </message>
</context>
<context>
    <name>SelfEvaluationTableModel</name>
    <message>
        <source>一级指标</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>二级指标</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>三级指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>指标性质</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>年度指标值</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <source>实际完成值</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>分值</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>档次（定性）</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>评分（定性）</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>偏差原因分析及改进措施</source>
        <translation>Reasons for the deviation and improvements</translation>
    </message>
    <message>
        <source>评分不在所选档次的范围内，尚未计分</source>
        <translation>The rating is outside its tier&apos;s range: not scored yet</translation>
    </message>
    <message>
        <source>缺少年度指标值、实际完成值或评分，尚未计分</source>
        <translation>The target, the achieved value or the rating is missing: not scored yet</translation>
    </message>
    <message>
        <source>修改第%1项绩效指标的指标性质</source>
        <translation>Change the kind of performance indicator %1</translation>
    </message>
    <message>
        <source>分数最多两位小数</source>
        <translation>points have at most two decimals</translation>
    </message>
    <message>
        <source>分值不能为负数</source>
        <translation>a weight cannot be negative</translation>
    </message>
    <message>
        <source>粘贴%1行绩效指标</source>
        <translation>Paste %1 performance indicator row(s)</translation>
    </message>
    <message>
        <source>“%1”不是分数：请只填数字，例如 9.50。</source>
        <translation>“%1” is not a score: enter a number, e.g. 9.50.</translation>
    </message>
</context>
<context>
    <name>SelfEvaluationText</name>
    <message>
        <source>待评</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>定性</source>
        <translation>qualitative</translation>
    </message>
    <message>
        <source>部分达成并具有一定效果</source>
        <translation>partly achieved, with some effect</translation>
    </message>
    <message>
        <source>未达成且效果较差</source>
        <translation>not achieved, poor effect</translation>
    </message>
    <message>
        <source>达成年度指标</source>
        <translation>target achieved</translation>
    </message>
    <message>
        <source>预算执行率无法计算（全年预算数为0）</source>
        <translation>no execution rate (the full-year budget is 0)</translation>
    </message>
    <message>
        <source>尚未填写绩效指标</source>
        <translation>no performance indicators yet</translation>
    </message>
    <message>
        <source>绩效指标都没有分值</source>
        <translation>no performance indicator has a weight</translation>
    </message>
    <message>
        <source>%1项绩效指标待评</source>
        <translation>%1 performance indicator(s) pending</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>自评表：预算执行%1分 + 绩效指标%2分 = 总分%3分，等级：%4</source>
        <translation>Self-evaluation table: budget execution %1 + performance indicators %2 = total %3, grade: %4</translation>
    </message>
    <message>
        <source>（暂定：%1，按0分计）</source>
        <translation> (provisional: %1, counted as 0)</translation>
    </message>
    <message>
        <source>预算执行率为%1%，低于%2%，总分最高%3分：已由%4分降为%3分。</source>
        <translation>The budget execution rate is %1%, below %2%: the total is at most %3 points, and was lowered from %4 to %3.</translation>
    </message>
    <message>
        <source>预算执行率为%1%，低于%2%，总分最高%3分（本表总分未超过，不受影响）。</source>
        <translation>The budget execution rate is %1%, below %2%: the total is at most %3 points (this table&apos;s total is not above it).</translation>
    </message>
    <message>
        <source>目前得分%1分（%2），暂不评定等级</source>
        <translation>%1 points so far (%2); no grade yet</translation>
    </message>
    <message>
        <source>总分%1分，等级：%2</source>
        <translation>Total %1 points, grade: %2</translation>
    </message>
</context>
<context>
    <name>SignaturePage</name>
    <message>
        <source>落款</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>落款单位(&amp;N)：</source>
        <translation>Signed by (&amp;name of the unit):</translation>
    </message>
    <message>
        <source>注明落款日期(&amp;G)</source>
        <translation>Show the si&amp;gning date</translation>
    </message>
    <message>
        <source>落款日期</source>
        <translation>Signing date</translation>
    </message>
    <message>
        <source>落款日期(&amp;D)：</source>
        <translation>Signing &amp;date:</translation>
    </message>
    <message>
        <source>留空时使用部门名称</source>
        <translation>Left empty: the department&apos;s name</translation>
    </message>
    <message>
        <source>留空时为：%1</source>
        <translation>Left empty: %1</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>绩效目标</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>绩效目标完成情况（按组编号 1. 2. …）</source>
        <translation>Performance targets achieved (groups numbered 1. 2. …)</translation>
    </message>
    <message>
        <source>组标题（可空）</source>
        <translation>Group heading (optional)</translation>
    </message>
    <message>
        <source>绩效目标分组</source>
        <translation>Performance target groups</translation>
    </message>
    <message>
        <source>所选分组的要点（①②…，每行一条）：</source>
        <translation>Points of the selected group (①②…, one per row):</translation>
    </message>
    <message>
        <source>要点</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>所选分组的要点</source>
        <translation>Points of the selected group</translation>
    </message>
</context>
<context>
    <name>ThreePublicControlChart</name>
    <message>
        <source>%1
实际支出 %2 / 预算 %3
控制率 %4%</source>
        <translation>%1
Actual %2 / budget %3
Control rate %4%</translation>
    </message>
    <message>
        <source>（超出预算 %1）</source>
        <translation> (over budget by %1)</translation>
    </message>
    <message>
        <source>%1
未安排预算，实际支出 %2</source>
        <translation>%1
No budget, actual %2</translation>
    </message>
    <message>
        <source>%1
未安排预算，也没有支出</source>
        <translation>%1
No budget and no expenditure</translation>
    </message>
    <message>
        <source>100%：实际支出等于预算；超过即超支</source>
        <translation>100%: actual equals budget; above it is overspending</translation>
    </message>
    <message>
        <source>公务接待费</source>
        <translation>Official receptions</translation>
    </message>
    <message>
        <source>公务用车购置及运行维护费</source>
        <translation>Official vehicles (purchase and operation)</translation>
    </message>
    <message>
        <source>因公出国（境）费</source>
        <translation>Overseas official trips</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>未安排预算，实际支出%1</source>
        <translation>No budget, actual %1</translation>
    </message>
    <message>
        <source>未安排</source>
        <translation>No budget</translation>
    </message>
    <message>
        <source>未超预算</source>
        <translation>Within budget</translation>
    </message>
    <message>
        <source>超出预算</source>
        <translation>Over budget</translation>
    </message>
    <message>
        <source>实际支出占预算的百分比</source>
        <translation>Actual expenditure as a percentage of the budget</translation>
    </message>
    <message>
        <source>100%（实际支出等于预算）</source>
        <translation>100% (actual equals budget)</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>%1年 %2：%3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>未填报</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>%1年 %2：不适用</source>
        <translation>%1 %2: n/a</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>全年预算</source>
        <translation>Full-year budget</translation>
    </message>
    <message>
        <source>全年支出</source>
        <translation>Full-year expenditure</translation>
    </message>
    <message>
        <source>年末结转</source>
        <translation>Year-end carry-over</translation>
    </message>
</context>
<context>
    <name>UiStyle</name>
    <message>
        <source>没有找到可显示简体中文的字体，界面中的中文会显示为方框。请安装 fonts-noto-cjk 或 fonts-wqy-zenhei。</source>
        <translation>No font for Simplified Chinese was found, so Chinese text in the window shows as boxes. Install fonts-noto-cjk or fonts-wqy-zenhei.</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>命令名</source>
        <translation>command name</translation>
    </message>
    <message>
        <source>list | add LOGIN | remove LOGIN | init</source>
        <translation>list | add LOGIN | remove LOGIN | init</translation>
    </message>
    <message>
        <source>角色：clerk、reviewer、admin，可用逗号给出多个</source>
        <translation>roles: clerk, reviewer, admin; separate several with commas</translation>
    </message>
    <message>
        <source>填报人员所属的部门</source>
        <translation>the clerk&apos;s department</translation>
    </message>
    <message>
        <source>显示的姓名</source>
        <translation>the name to show</translation>
    </message>
    <message>
        <source>从标准输入读取密码（一行）</source>
        <translation>read the password from standard input (one line)</translation>
    </message>
    <message>
        <source>用法：jixiao users --db LOCATION list | add LOGIN --role … | remove LOGIN | init</source>
        <translation>Usage: jixiao users --db LOCATION list | add LOGIN --role … | remove LOGIN | init</translation>
    </message>
    <message>
        <source>不认识的角色“%1”：可用 clerk、reviewer、admin</source>
        <translation>Unknown role “%1”: use clerk, reviewer or admin</translation>
    </message>
    <message>
        <source>请用 --role 给出角色：clerk、reviewer、admin</source>
        <translation>Give the roles with --role: clerk, reviewer, admin</translation>
    </message>
    <message>
        <source>填报人员需要用 --department 给出所属部门</source>
        <translation>A clerk needs a department: give it with --department</translation>
    </message>
    <message>
        <source>工作区：%1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>SQLite 工作区只有一个用户（%1），拥有全部角色。</source>
        <translation>An SQLite workspace has a single user (%1), who has every role.</translation>
    </message>
    <message>
        <source>jixiao：%1</source>
        <translation>jixiao: %1</translation>
    </message>
    <message>
        <source>已设置用户 %1：%2%3</source>
        <translation>User %1 set: %2%3</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>已把 %1 移出工作区（数据库账号本身保留）</source>
        <translation>Removed %1 from the workspace (the database account itself remains)</translation>
    </message>
    <message>
        <source>已建立工作区的角色组</source>
        <translation>Created the workspace&apos;s role groups</translation>
    </message>
    <message>
        <source>管理共享（PostgreSQL）工作区的用户和角色：填报人员（编辑本部门的报告）、审核人员（退回、审核通过、重新打开、写意见）、管理员（管理用户）。
您自己的登录密码请用环境变量 PGPASSWORD 或 ~/.pgpass 文件给出；新账号的密码请用 --password-stdin 从标准输入给出。密码只以 SCRAM 校验值的形式发给服务器。只有工作区建立的账号才能在这里改密码，而改密码对整个服务器生效。</source>
        <translation>Manages the users and roles of a shared (PostgreSQL) workspace: clerks (edit their department&apos;s reports), reviewers (return, approve, reopen, comment) and administrators (manage users).
Give your own login&apos;s password with the PGPASSWORD environment variable or the ~/.pgpass file; give a new login&apos;s password on standard input with --password-stdin. A password is sent to the server only as its SCRAM verifier. Only logins the workspace created have their passwords changed here, and a new password holds for the whole server.</translation>
    </message>
    <message>
        <source>新账号的密码（或修改密码）。命令行本机其他用户可以在进程列表（ps）中看到，请改用 --password-stdin</source>
        <translation>The password of a new login (or a new password). Other users of this machine can read a command line in the process list (ps): use --password-stdin instead</translation>
    </message>
    <message>
        <source>jixiao：注意：--password 给出的密码，本机其他用户可以在进程列表（ps）中看到；请改用 --password-stdin。</source>
        <translation>jixiao: note: other users of this machine can read the password given with --password in the process list (ps); use --password-stdin instead.</translation>
    </message>
    <message>
        <source>jixiao：数据库账号“%1”已经存在，将改掉它的密码；新密码对服务器上的所有数据库都生效。</source>
        <translation>jixiao: the database login “%1” exists already; its password is being changed, and the new one holds for every database on the server.</translation>
    </message>
</context>
<context>
    <name>WindowWorkspace</name>
    <message>
        <source>全局概览：各部门一览(&amp;O)…</source>
        <translation>All-departments &amp;overview…</translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation>Review comments</translation>
    </message>
    <message>
        <source>审核意见(&amp;C)</source>
        <translation>Review &amp;comments</translation>
    </message>
    <message>
        <source>工作区</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>工作区中的报告(&amp;W)</source>
        <translation>&amp;Workspace reports</translation>
    </message>
    <message>
        <source>无法打开报告</source>
        <translation>Cannot open the report</translation>
    </message>
    <message>
        <source>保存到工作区</source>
        <translation>Save to the workspace</translation>
    </message>
    <message>
        <source>工作区中已有“%1”%2年度的报告。用窗口中的这份替换它吗？
原来的内容会留在历史记录中，可以恢复。</source>
        <translation>The workspace already has the %2 report of “%1”. Replace it with the one in the window?
Its current content stays in the history and can be restored.</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>修改尚未保存到工作区：%1</source>
        <translation>The changes are not saved in the workspace yet: %1</translation>
    </message>
    <message>
        <source>全局概览 — 绩效自评</source>
        <translation>Overview of all departments — Jixiao</translation>
    </message>
    <message>
        <source>工作区 %1</source>
        <translation>workspace %1</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>覆盖别人的修改</source>
        <translation>Overwrite someone else&apos;s changes</translation>
    </message>
    <message>
        <source>用您的版本覆盖对方刚保存的版本吗？对方的版本会留在历史记录中，可以恢复。</source>
        <translation>Overwrite the version they just saved with yours? Their version stays in the history and can be restored.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>工作区“%1”是只读的，而它需要先升级（或初始化）才能使用。请检查文件权限，或复制到可以写入的位置。</source>
        <translation>The workspace “%1” is read-only, but it must be upgraded (or initialized) before it can be used. Check the file permissions, or copy it to a writable place.</translation>
    </message>
    <message>
        <source>工作区 %1 需要先升级数据结构（第 %2 版 → 第 %3 版），这只能由工作区的所有者（建立它的数据库账号）来做。请联系工作区管理员用所有者的账号打开一次。</source>
        <translation>The workspace %1 needs a schema upgrade (version %2 → version %3), which only its owner (the database account that created it) can do. Ask the workspace administrator to open it once with the owner&apos;s account.</translation>
    </message>
    <message>
        <source>数据库账号“%1”不是工作区 %2 的用户。请工作区管理员把您添加为填报人员或审核人员（jixiao users --db … add %1 --role …）。</source>
        <translation>The database account “%1” is not a user of the workspace %2. Ask the workspace administrator to add you as a clerk or reviewer (jixiao users --db … add %1 --role …).</translation>
    </message>
    <message>
        <source>工作区中没有“%1”%2年度的报告。</source>
        <translation>The workspace has no %2 report for “%1”.</translation>
    </message>
    <message>
        <source>工作区中“%1”%2年度的报告无法读出。</source>
        <translation>The %2 report of “%1” in the workspace cannot be read.</translation>
    </message>
    <message>
        <source>新建报告</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>因保存冲突，把对“%1”的修改另存为副本</source>
        <translation>Changes to “%1” saved as a copy after a conflict</translation>
    </message>
    <message>
        <source>（原报告编号 %1）</source>
        <translation> (original report no. %1)</translation>
    </message>
    <message>
        <source>工作区中没有“%1”%2年度的报告，无法从上年新建。</source>
        <translation>The workspace has no %2 report for “%1”, so a report cannot be created from last year.</translation>
    </message>
    <message>
        <source>由%1年度报告结转新建</source>
        <translation>Created from the %1 report</translation>
    </message>
    <message>
        <source>历史记录中没有这个版本。</source>
        <translation>This version is not in the history.</translation>
    </message>
    <message>
        <source>历史记录中的这个版本无法读出。</source>
        <translation>This version in the history cannot be read.</translation>
    </message>
    <message>
        <source>只有审核人员和本部门的填报人员可以对这份报告写意见。</source>
        <translation>Only reviewers and the department&apos;s clerks can comment on this report.</translation>
    </message>
    <message>
        <source>SQLite 工作区只属于打开它的一个人，他拥有全部角色；用户和角色只在 PostgreSQL 工作区中设置。</source>
        <translation>An SQLite workspace belongs to the one person who opens it, who has every role; users and roles are set only in PostgreSQL workspaces.</translation>
    </message>
    <message>
        <source>只有工作区管理员可以管理用户。</source>
        <translation>Only a workspace administrator can manage users.</translation>
    </message>
    <message>
        <source>工作区中“%1”%2年度的报告，内容却是“%3”%4年度的，不能使用。请联系工作区管理员。</source>
        <translation>The workspace&apos;s report of “%1” for %2 holds the content of “%3” for %4 and cannot be used. Please contact the workspace&apos;s administrator.</translation>
    </message>
</context>
<context>
    <name>WorkspaceBrowser</name>
    <message>
        <source>按部门名称查找</source>
        <translation>Find by department name</translation>
    </message>
    <message>
        <source>查找部门</source>
        <translation>Find department</translation>
    </message>
    <message>
        <source>工作区中的报告：每行一个部门，每列一个年度</source>
        <translation>Reports in the workspace: one row per department, one column per year</translation>
    </message>
    <message>
        <source>打开(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>打开所选的报告</source>
        <translation>Open the selected report</translation>
    </message>
    <message>
        <source>新建报告(&amp;N)</source>
        <translation>&amp;New report</translation>
    </message>
    <message>
        <source>从上年新建(&amp;L)</source>
        <translation>New from &amp;last year</translation>
    </message>
    <message>
        <source>以上一年度的报告为底稿：上年的年末结转成为上年结转，部门概况、职能和管理情况照搬，数字留空</source>
        <translation>Start from last year&apos;s report: its year-end carry-over becomes the carry-over from the previous year, the profile, functions and management items are copied, the figures are left empty</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>删除所选的报告（可以在“已删除的报告”中恢复）</source>
        <translation>Delete the selected report (it can be restored from “Deleted reports”)</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>导入 JSON 报告文件：同部门同年度的报告会被替换（原内容留在历史中）</source>
        <translation>Import JSON report files: a report of the same department and year is replaced (its old content stays in the history)</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>把所选的报告导出为 JSON 文件</source>
        <translation>Export the selected report as a JSON file</translation>
    </message>
    <message>
        <source>历史记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>已删除的报告</source>
        <translation>Deleted reports</translation>
    </message>
    <message>
        <source>工作区</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>部门整体支出预算绩效自评报告</source>
        <translation>部门整体支出预算绩效自评报告</translation>
    </message>
    <message>
        <source>新建报告</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>从上年新建</source>
        <translation>New from last year</translation>
    </message>
    <message>
        <source>删除报告</source>
        <translation>Delete report</translation>
    </message>
    <message>
        <source>删除“%1”%2年度的报告吗？
删除后可以在“已删除的报告”中恢复。</source>
        <translation>Delete the %2 report of “%1”?
It can be restored from “Deleted reports” afterwards.</translation>
    </message>
    <message>
        <source>导入报告</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <source>报告文件 (*.json)</source>
        <translation>Report files (*.json)</translation>
    </message>
    <message>
        <source>无法读取 %1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>导出报告</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>%1-%2.json</source>
        <translation>%1-%2.json</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>新建一份空白报告：选择部门和年度</source>
        <translation>A new, empty report: choose its department and year</translation>
    </message>
    <message>
        <source>全局概览(&amp;G)…</source>
        <translation>Overview of All &amp;Departments…</translation>
    </message>
    <message>
        <source>所选年度各部门的报告一览：状态、得分、各项指标</source>
        <translation>Every department&apos;s report of the selected year: status, score, indicators</translation>
    </message>
    <message>
        <source>这份报告已提交，正在等待审核，不能删除；如需删除，请审核人员先将它“退回”。</source>
        <translation>This report has been submitted and is waiting for review; it cannot be deleted. To delete it, ask a reviewer to return it first.</translation>
    </message>
    <message>
        <source>这份报告已审核，不能删除；如需删除，请审核人员先将它重新打开。</source>
        <translation>This report has been approved; it cannot be deleted. To delete it, ask a reviewer to reopen it first.</translation>
    </message>
</context>
<context>
    <name>WorkspaceError</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>无法识别工作区位置“%1”。</source>
        <translation>The workspace location “%1” is not recognized.</translation>
    </message>
    <message>
        <source>工作区文件“%1”不存在。</source>
        <translation>The workspace file “%1” does not exist.</translation>
    </message>
    <message>
        <source>无法打开或创建工作区文件“%1”：请检查路径是否存在、是否有写入权限。</source>
        <translation>Cannot open or create the workspace file “%1”: check that the path exists and is writable.</translation>
    </message>
    <message>
        <source>“%1”不是工作区数据库文件（可能是别的文件，或已经损坏）。文件未作任何改动。如果这是一份报告文件，请用“导入”读入它。</source>
        <translation>“%1” is not a workspace database file (it may be another kind of file, or damaged). The file was not changed. If it is a report file, read it in with “Import”.</translation>
    </message>
    <message>
        <source>“%1”是其他程序的数据库，不是绩效自评工作区。为免破坏其中的数据，本程序不会写入它。</source>
        <translation>“%1” is another program&apos;s database, not a Jixiao workspace. To avoid damaging its data, Jixiao will not write to it.</translation>
    </message>
    <message>
        <source>工作区“%1”已损坏，无法读取。请从备份恢复，文件未作任何改动。</source>
        <translation>The workspace “%1” is damaged and cannot be read. Restore it from a backup; the file was not changed.</translation>
    </message>
    <message>
        <source>无法连接数据库服务器 %1：服务器没有运行，或地址、端口有误，或网络不通。</source>
        <translation>Cannot connect to the database server %1: the server is not running, the address or port is wrong, or the network is down.</translation>
    </message>
    <message>
        <source>数据库服务器 %1 拒绝登录：用户名或密码不对。</source>
        <translation>The database server %1 refused the login: wrong user name or password.</translation>
    </message>
    <message>
        <source>数据库服务器上没有工作区数据库 %1，请先请管理员创建它。</source>
        <translation>The database server has no workspace database %1; ask the administrator to create it first.</translation>
    </message>
    <message>
        <source>您没有修改这份报告的权限（工作区 %1 拒绝了这次修改）。如需权限，请联系工作区管理员。</source>
        <translation>You may not change this report (the workspace %1 refused the change). To get permission, contact the workspace administrator.</translation>
    </message>
    <message>
        <source>按照审核流程，不能这样更改报告的状态。</source>
        <translation>The review workflow does not allow this change of status.</translation>
    </message>
    <message>
        <source>这份报告已被他人修改并保存，您的修改未保存。</source>
        <translation>Someone else has changed and saved this report; your changes were not saved.</translation>
    </message>
    <message>
        <source>工作区中没有这份报告（可能已被删除）。</source>
        <translation>This report is not in the workspace (it may have been deleted).</translation>
    </message>
    <message>
        <source>工作区中已有同一部门、同一年度的报告。</source>
        <translation>The workspace already has a report of the same department and year.</translation>
    </message>
    <message>
        <source>工作区中保存的报告无法读出。</source>
        <translation>The report saved in the workspace cannot be read.</translation>
    </message>
    <message>
        <source>访问工作区“%1”时出错。</source>
        <translation>Error accessing the workspace “%1”.</translation>
    </message>
    <message>
        <source>缺少 %1 数据库驱动（Qt 插件 %2），无法打开工作区。请安装软件包 %3 后再试。</source>
        <translation>The %1 database driver (Qt plugin %2) is missing, so the workspace cannot be opened. Install the package %3 and try again.</translation>
    </message>
    <message>
        <source>工作区“%1”由较新版本的程序创建（数据结构第 %2 版，本程序只认识到第 %3 版）。请升级本程序后再打开；文件未作任何改动。</source>
        <translation>The workspace “%1” was created by a newer version of the program (schema version %2; this program knows versions up to %3). Upgrade the program, then open it again; the file was not changed.</translation>
    </message>
    <message>
        <source>工作区“%1”是只读的，修改无法保存。请检查文件权限，或另存到可以写入的位置。</source>
        <translation>The workspace “%1” is read-only, so changes cannot be saved. Check the file permissions, or save to a writable place.</translation>
    </message>
    <message>
        <source>工作区“%1”正被另一个程序占用，等待后仍未释放。请稍后重试。</source>
        <translation>The workspace “%1” is locked by another program and was not released in time. Try again later.</translation>
    </message>
    <message>
        <source>磁盘已满，修改未能保存到“%1”。已保存的内容完好；请腾出磁盘空间后重试。</source>
        <translation>The disk is full: the changes could not be saved to “%1”. What was saved before is intact; free some disk space and try again.</translation>
    </message>
    <message>
        <source>读写工作区“%1”时出错（磁盘故障或文件被移走）。请检查后重试。</source>
        <translation>Error reading or writing the workspace “%1” (a disk fault, or the file was moved). Check and try again.</translation>
    </message>
    <message>
        <source>这份报告已审核，不能再修改。如需修改，请审核人员先“重新打开”它。</source>
        <translation>This report has been approved and can no longer be changed. To change it, a reviewer must first “Reopen” it.</translation>
    </message>
    <message>
        <source>与数据库服务器 %1 的连接中断，修改未能保存。请在连接恢复后重试。</source>
        <translation>The connection to the database server %1 was lost and the changes were not saved. Try again once the connection is back.</translation>
    </message>
    <message>
        <source>这份报告已提交，正在等待审核，内容不能修改。如需修改，请审核人员先将它“退回”。</source>
        <translation>This report has been submitted and is waiting for review: its content cannot be changed. To change it, ask a reviewer to “Return” it first.</translation>
    </message>
</context>
<context>
    <name>WorkspaceGridModel</name>
    <message>
        <source>%1 %2年度：还没有报告</source>
        <translation>%1 %2: no report yet</translation>
    </message>
    <message>
        <source>%1 %2年度（%3，第 %4 版）
全年预算 %5 万元，全年支出 %6 万元
%7 由 %8 保存</source>
        <translation>%1 %2 (%3, revision %4)
Full-year budget %5, expenditure %6 (10k yuan)
Saved at %7 by %8</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>%1年度</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>WorkspaceInput</name>
    <message>
        <source>工作区中报告的部门名称</source>
        <translation>the department of the report in the workspace</translation>
    </message>
    <message>
        <source>工作区中报告的年度</source>
        <translation>the year of the report in the workspace</translation>
    </message>
    <message>
        <source>请同时给出 --department 部门名称 和 --year 年度，例如 --department 湘潭市行政审批服务局 --year 2023</source>
        <translation>Give both --department NAME and --year YEAR, e.g. --department 湘潭市行政审批服务局 --year 2023</translation>
    </message>
    <message>
        <source>jixiao：注意：上年度报告 %1 是“%2”%3年度的报告，本报告是“%4”%5年度的；同比指标和上年结转检查仍按它计算。</source>
        <translation>jixiao: note: the previous-year report %1 is the %3 report of “%2”, this report is the %5 report of “%4”; the year-on-year indicators and the carry-over check still use it.</translation>
    </message>
    <message>
        <source>工作区：SQLite 文件，或 postgresql://用户@主机[:端口]/数据库名；不给出时用默认工作区。PostgreSQL 的密码请用环境变量 PGPASSWORD 或 ~/.pgpass 文件给出，不要写在这里：命令行本机其他用户可以在进程列表（ps）中看到</source>
        <translation>The workspace: a SQLite file, or postgresql://user@host[:port]/dbname; without it, the default workspace. Give the PostgreSQL password with the PGPASSWORD environment variable or the ~/.pgpass file, not here: other users of this machine can read a command line in the process list (ps)</translation>
    </message>
    <message>
        <source>jixiao：注意：--db 中的密码，本机其他用户可以在进程列表（ps）中看到；请改用环境变量 PGPASSWORD 或 ~/.pgpass 文件。</source>
        <translation>jixiao: note: other users of this machine can read the password inside --db in the process list (ps); use the PGPASSWORD environment variable or the ~/.pgpass file instead.</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>没有给出工作区位置</source>
        <translation>no workspace location given</translation>
    </message>
    <message>
        <source>端口“%1”无效</source>
        <translation>invalid port “%1”</translation>
    </message>
    <message>
        <source>PostgreSQL 地址中缺少数据库名，应写作 postgresql://用户[:密码]@主机[:端口]/数据库名</source>
        <translation>the PostgreSQL address has no database name; write it as postgresql://user[:password]@host[:port]/database</translation>
    </message>
    <message>
        <source>不支持的地址“%1”：请给出 SQLite 文件路径，或 postgresql://用户[:密码]@主机[:端口]/数据库名</source>
        <translation>unsupported address “%1”: give an SQLite file path, or postgresql://user[:password]@host[:port]/database</translation>
    </message>
</context>
<context>
    <name>WorkspaceRole</name>
    <message>
        <source>审核人员</source>
        <translation>reviewer</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>填报人员</source>
        <translation>clerk</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <source>已保存到工作区</source>
        <translation>Saved in the workspace</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>别人已修改这份报告，您的修改尚未保存</source>
        <translation>Someone else has changed this report; your changes are not saved yet</translation>
    </message>
    <message>
        <source>暂时无法保存，将自动重试（您的修改仍保留在窗口中）：%1</source>
        <translation>Cannot save for now, will retry automatically (your changes are still in the window): %1</translation>
    </message>
    <message>
        <source>保存失败（您的修改仍保留在窗口中）：%1</source>
        <translation>Saving failed (your changes are still in the window): %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceUser</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>WorkspaceUsers</name>
    <message>
        <source>无法在本机计算密码的校验值（SCRAM），没有把密码发给服务器。</source>
        <translation>The password&apos;s verifier (SCRAM) could not be computed on this machine; the password was not sent to the server.</translation>
    </message>
    <message>
        <source>不能这样设置用户“%1”。</source>
        <translation>User “%1” cannot be set like this.</translation>
    </message>
</context>
<context>
    <name>XlsxFile</name>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>无法写入“%1”：目录不存在或没有写入权限。</source>
        <translation>Cannot write “%1”: the folder does not exist or is not writable.</translation>
    </message>
    <message>
        <source>无法写入“%1”：不能建立表格文件。</source>
        <translation>Cannot write “%1”: the spreadsheet could not be created.</translation>
    </message>
</context>
<context>
    <name>XlsxNumberText</name>
    <message>
        <source>表格文件中没有可读的工作表 %1。</source>
        <translation>The spreadsheet has no readable worksheet %1.</translation>
    </message>
    <message>
        <source>无法读回刚写好的表格文件。</source>
        <translation>The spreadsheet just written cannot be read back.</translation>
    </message>
    <message>
        <source>无法重写表格文件。</source>
        <translation>The spreadsheet cannot be rewritten.</translation>
    </message>
</context>
<context>
    <name>XmlCharacterFilter</name>
    <message numerus="yes">
        <source>文中有%n个控制字符无法写入文档，已略去（%1）。</source>
        <translation>
            <numerusform>The text has %n control character that a document cannot hold; it was left out (%1).</numerusform>
            <numerusform>The text has %n control characters that a document cannot hold; they were left out (%1).</numerusform>
        </translation>
    </message>
</context>
</TS>
