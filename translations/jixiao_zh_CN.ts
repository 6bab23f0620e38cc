<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于绩效自评</source>
        <translation>关于绩效自评</translation>
    </message>
    <message>
        <source>&lt;h2&gt;绩效自评 %1&lt;/h2&gt;&lt;p&gt;部门整体支出预算绩效自评报告与绩效自评表的填报、检查、评审与导出。&lt;/p&gt;&lt;p&gt;Qt %2（编译时 Qt %3）&lt;/p&gt;&lt;p&gt;许可：GNU 通用公共许可证第 3 版或更新版本（GPL-3.0-or-later）。&lt;/p&gt;&lt;p&gt;应用标识：%4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;绩效自评 %1&lt;/h2&gt;&lt;p&gt;部门整体支出预算绩效自评报告与绩效自评表的填报、检查、评审与导出。&lt;/p&gt;&lt;p&gt;Qt %2（编译时 Qt %3）&lt;/p&gt;&lt;p&gt;许可：GNU 通用公共许可证第 3 版或更新版本（GPL-3.0-or-later）。&lt;/p&gt;&lt;p&gt;应用标识：%4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AdjustmentsChart</name>
    <message>
        <source>基本支出</source>
        <translation>基本支出</translation>
    </message>
    <message>
        <source>项目支出</source>
        <translation>项目支出</translation>
    </message>
    <message>
        <source>结构调整：项目支出调往基本支出</source>
        <translation>结构调整：项目支出调往基本支出</translation>
    </message>
    <message>
        <source>结构调整：基本支出调往项目支出</source>
        <translation>结构调整：基本支出调往项目支出</translation>
    </message>
    <message>
        <source>（未填写事项）</source>
        <translation>（未填写事项）</translation>
    </message>
    <message>
        <source>未填写金额</source>
        <translation>未填写金额</translation>
    </message>
    <message>
        <source>%1 %2（%3）</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>调减</source>
        <translation>调减</translation>
    </message>
    <message>
        <source>调增</source>
        <translation>调增</translation>
    </message>
    <message>
        <source>除外调整：不计入预算调整率</source>
        <translation>除外调整：不计入预算调整率</translation>
    </message>
    <message>
        <source>计入预算调整率</source>
        <translation>计入预算调整率</translation>
    </message>
    <message>
        <source>原因：未填写</source>
        <translation>原因：未填写</translation>
    </message>
    <message>
        <source>原因：%1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>第%1至%2项，共%3项，合计：计入调整率 %4，除外调整 %5</source>
        <translation>第%1至%2项，共%3项，合计：计入调整率 %4，除外调整 %5</translation>
    </message>
    <message>
        <source>无年中预算调整</source>
        <translation>无年中预算调整</translation>
    </message>
    <message>
        <source>未填金额</source>
        <translation>未填金额</translation>
    </message>
    <message>
        <source>其余%1项</source>
        <translation>其余%1项</translation>
    </message>
    <message>
        <source>除外调整</source>
        <translation>除外调整</translation>
    </message>
</context>
<context>
    <name>AdjustmentsPage</name>
    <message>
        <source>年中预算调整</source>
        <translation>年中预算调整</translation>
    </message>
    <message>
        <source>调整事项</source>
        <translation>调整事项</translation>
    </message>
    <message>
        <source>调增填正数，调减填负数（如 -5.00）。结构调整：正数表示从基本支出调到项目支出，负数相反。除外调整（政策性、不可抗力、上级临时交办）不计入预算调整率，但须写明依据。</source>
        <translation>调增填正数，调减填负数（如 -5.00）。结构调整：正数表示从基本支出调到项目支出，负数相反。除外调整（政策性、不可抗力、上级临时交办）不计入预算调整率，但须写明依据。</translation>
    </message>
    <message>
        <source>金额（万元）</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>除外调整</source>
        <translation>除外调整</translation>
    </message>
    <message>
        <source>原因或依据</source>
        <translation>原因或依据</translation>
    </message>
    <message>
        <source>合计（自动计算）</source>
        <translation>合计（自动计算）</translation>
    </message>
    <message>
        <source>调增合计(&amp;1)：</source>
        <translation>调增合计(&amp;1)：</translation>
    </message>
    <message>
        <source>调减合计(&amp;2)：</source>
        <translation>调减合计(&amp;2)：</translation>
    </message>
    <message>
        <source>除外调整合计(&amp;3)：</source>
        <translation>除外调整合计(&amp;3)：</translation>
    </message>
    <message>
        <source>计入调整率的调整(&amp;4)：</source>
        <translation>计入调整率的调整(&amp;4)：</translation>
    </message>
    <message>
        <source>全年预算·基本支出(&amp;5)：</source>
        <translation>全年预算·基本支出(&amp;5)：</translation>
    </message>
    <message>
        <source>全年预算·项目支出(&amp;6)：</source>
        <translation>全年预算·项目支出(&amp;6)：</translation>
    </message>
    <message>
        <source>全年预算合计(&amp;7)：</source>
        <translation>全年预算合计(&amp;7)：</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <source>新建</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>状态：%1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>人工评分</source>
        <translation>人工评分</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>预算</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>上年结转</source>
        <translation>上年结转</translation>
    </message>
    <message>
        <source>基本支出结转(&amp;C)：</source>
        <translation>基本支出结转(&amp;C)：</translation>
    </message>
    <message>
        <source>项目支出结转(&amp;J)：</source>
        <translation>项目支出结转(&amp;J)：</translation>
    </message>
    <message>
        <source>上年结转合计(&amp;1)：</source>
        <translation>上年结转合计(&amp;1)：</translation>
    </message>
    <message>
        <source>年初预算</source>
        <translation>年初预算</translation>
    </message>
    <message>
        <source>基本支出(&amp;B)：</source>
        <translation>基本支出(&amp;B)：</translation>
    </message>
    <message>
        <source>项目支出(&amp;P)：</source>
        <translation>项目支出(&amp;P)：</translation>
    </message>
    <message>
        <source>年初预算合计(&amp;2)：</source>
        <translation>年初预算合计(&amp;2)：</translation>
    </message>
    <message>
        <source>说明(&amp;N)：</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>“三公经费”预算</source>
        <translation>“三公经费”预算</translation>
    </message>
    <message>
        <source>公务接待费(&amp;R)：</source>
        <translation>公务接待费(&amp;R)：</translation>
    </message>
    <message>
        <source>公务用车购置及运行维护费(&amp;G)：</source>
        <translation>公务用车购置及运行维护费(&amp;G)：</translation>
    </message>
    <message>
        <source>因公出国（境）费(&amp;O)：</source>
        <translation>因公出国（境）费(&amp;O)：</translation>
    </message>
    <message>
        <source>“三公经费”预算合计(&amp;3)：</source>
        <translation>“三公经费”预算合计(&amp;3)：</translation>
    </message>
    <message>
        <source>全年预算（含年中调整，自动计算）</source>
        <translation>全年预算（含年中调整，自动计算）</translation>
    </message>
    <message>
        <source>基本支出(&amp;4)：</source>
        <translation>基本支出(&amp;4)：</translation>
    </message>
    <message>
        <source>项目支出(&amp;5)：</source>
        <translation>项目支出(&amp;5)：</translation>
    </message>
    <message>
        <source>全年预算合计(&amp;6)：</source>
        <translation>全年预算合计(&amp;6)：</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>%1 %2：%3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1：%2，占%3%</source>
        <translation>%1：%2，占%3%</translation>
    </message>
    <message>
        <source>
支出占预算 %1%</source>
        <translation>
支出占预算 %1%</translation>
    </message>
    <message>
        <source>
支出占预算：不适用</source>
        <translation>
支出占预算：不适用</translation>
    </message>
    <message>
        <source>基本支出预算</source>
        <translation>基本支出预算</translation>
    </message>
    <message>
        <source>项目支出预算</source>
        <translation>项目支出预算</translation>
    </message>
    <message>
        <source>上年结转</source>
        <translation>上年结转</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>全年预算（含上年结转）</source>
        <translation>全年预算（含上年结转）</translation>
    </message>
    <message>
        <source>全年支出</source>
        <translation>全年支出</translation>
    </message>
    <message>
        <source>基本支出</source>
        <translation>基本支出</translation>
    </message>
    <message>
        <source>项目支出</source>
        <translation>项目支出</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>实际支出</source>
        <translation>实际支出</translation>
    </message>
    <message>
        <source>公务接待费</source>
        <translation>公务接待费</translation>
    </message>
    <message>
        <source>公务用车购置&lt;br&gt;及运行维护费</source>
        <translation>公务用车购置&lt;br&gt;及运行维护费</translation>
    </message>
    <message>
        <source>因公出国&lt;br&gt;（境）费</source>
        <translation>因公出国&lt;br&gt;（境）费</translation>
    </message>
</context>
<context>
    <name>ChartParts</name>
    <message>
        <source>%1万元</source>
        <translation>%1万元</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>保存为 PNG 图片(&amp;P)…</source>
        <translation>保存为 PNG 图片(&amp;P)…</translation>
    </message>
    <message>
        <source>保存为 SVG 矢量图(&amp;S)…</source>
        <translation>保存为 SVG 矢量图(&amp;S)…</translation>
    </message>
    <message>
        <source>保存图表</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>保存“%1”图表</source>
        <translation>保存“%1”图表</translation>
    </message>
    <message>
        <source>预算构成</source>
        <translation>预算构成</translation>
    </message>
    <message>
        <source>预算与支出</source>
        <translation>预算与支出</translation>
    </message>
    <message>
        <source>“三公经费”预算与实际支出</source>
        <translation>“三公经费”预算与实际支出</translation>
    </message>
    <message>
        <source>“三公经费”控制率</source>
        <translation>“三公经费”控制率</translation>
    </message>
    <message>
        <source>年中预算调整</source>
        <translation>年中预算调整</translation>
    </message>
    <message>
        <source>历年趋势</source>
        <translation>历年趋势</translation>
    </message>
    <message>
        <source>无法生成图片</source>
        <translation>无法生成图片</translation>
    </message>
    <message>
        <source>保存图表“%1”</source>
        <translation>保存图表“%1”</translation>
    </message>
    <message>
        <source>SVG 矢量图 (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1年</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>没有本部门往年的报告。工作区中保存了往年的报告后，这里显示历年的预算、支出、年末结转和主要指标。</source>
        <translation>没有本部门往年的报告。工作区中保存了往年的报告后，这里显示历年的预算、支出、年末结转和主要指标。</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>检查一份报告：计算各项指标、核对账目、评分。</source>
        <translation>检查一份报告：计算各项指标、核对账目、评分。</translation>
    </message>
    <message>
        <source>命令名</source>
        <translation>命令名</translation>
    </message>
    <message>
        <source>要检查的报告文件</source>
        <translation>要检查的报告文件</translation>
    </message>
    <message>
        <source>上年度的报告文件，用于同比指标</source>
        <translation>上年度的报告文件，用于同比指标</translation>
    </message>
    <message>
        <source>以 JSON 输出结果</source>
        <translation>以 JSON 输出结果</translation>
    </message>
    <message>
        <source>输出语言：zh_CN 或 en</source>
        <translation>输出语言：zh_CN 或 en</translation>
    </message>
    <message>
        <source>评分方案文件（缺省为内置的默认方案）</source>
        <translation>评分方案文件（缺省为内置的默认方案）</translation>
    </message>
    <message>
        <source>请给出报告文件，或用 --department 和 --year 指明工作区中的报告，不要同时给出</source>
        <translation>请给出报告文件，或用 --department 和 --year 指明工作区中的报告，不要同时给出</translation>
    </message>
    <message>
        <source>请给出且只给出一个报告文件：jixiao check FILE.json</source>
        <translation>请给出且只给出一个报告文件：jixiao check FILE.json</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>未知的命令“%1”。命令有：%2（各有 --help）；不带命令时打开窗口：jixiao [FILE.json]</source>
        <translation>未知的命令“%1”。命令有：%2（各有 --help）；不带命令时打开窗口：jixiao [FILE.json]</translation>
    </message>
    <message>
        <source>、</source>
        <comment>between the names of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>CommandOutput</name>
    <message>
        <source>jixiao：无法读取 %1：%2</source>
        <translation>jixiao：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>不支持的语言“%1”：可用 zh_CN 或 en</source>
        <translation>不支持的语言“%1”：可用 zh_CN 或 en</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>对当前字段提意见(&amp;M)…</source>
        <translation>对当前字段提意见(&amp;M)…</translation>
    </message>
    <message>
        <source>标记为已解决</source>
        <translation>标记为已解决</translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>整份报告</source>
        <translation>整份报告</translation>
    </message>
    <message>
        <source>对“%1”的意见：</source>
        <translation>对“%1”的意见：</translation>
    </message>
    <message>
        <source>%1 — %2，%3：%4</source>
        <translation>%1 — %2，%3：%4</translation>
    </message>
    <message>
        <source>（已解决）</source>
        <translation>（已解决）</translation>
    </message>
</context>
<context>
    <name>CountInput</name>
    <message>
        <source>人数和次数不能为负数。</source>
        <translation>人数和次数不能为负数。</translation>
    </message>
    <message>
        <source>“%1”不是数字：请填写整数，例如 136。</source>
        <translation>“%1”不是数字：请填写整数，例如 136。</translation>
    </message>
    <message>
        <source>数字过大。</source>
        <translation>数字过大。</translation>
    </message>
</context>
<context>
    <name>DeletedReportsView</name>
    <message>
        <source>恢复</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>删除时间</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>删除人</source>
        <translation>删除人</translation>
    </message>
    <message>
        <source>已删除的报告</source>
        <translation>已删除的报告</translation>
    </message>
    <message>
        <source>恢复报告</source>
        <translation>恢复报告</translation>
    </message>
    <message>
        <source>要把它恢复为副本吗？</source>
        <translation>要把它恢复为副本吗？</translation>
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
        <translation>%1  不适用</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>保存修改</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>“%1”有尚未保存的修改。</source>
        <translation>“%1”有尚未保存的修改。</translation>
    </message>
    <message>
        <source>要在关闭前保存吗？不保存，这些修改将丢失。</source>
        <translation>要在关闭前保存吗？不保存，这些修改将丢失。</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>不保存(&amp;D)</source>
        <translation>不保存(&amp;D)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>别人已经修改了这份报告</source>
        <translation>别人已经修改了这份报告</translation>
    </message>
    <message>
        <source>您的修改还在窗口中，没有丢失。请选择：</source>
        <translation>您的修改还在窗口中，没有丢失。请选择：</translation>
    </message>
    <message>
        <source>载入对方的版本</source>
        <translation>载入对方的版本</translation>
    </message>
    <message>
        <source>把我的版本存为副本</source>
        <translation>把我的版本存为副本</translation>
    </message>
    <message>
        <source>用我的版本覆盖</source>
        <translation>用我的版本覆盖</translation>
    </message>
    <message>
        <source>稍后决定</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>修改尚未保存</source>
        <translation>修改尚未保存</translation>
    </message>
    <message>
        <source>重试保存</source>
        <translation>重试保存</translation>
    </message>
    <message>
        <source>另存为文件…</source>
        <translation>另存为文件…</translation>
    </message>
    <message>
        <source>放弃修改</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>打开工作区</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>工作区位置(&amp;L)：SQLite 文件，或 postgresql://用户[:密码]@主机[:端口]/数据库</source>
        <translation>工作区位置(&amp;L)：SQLite 文件，或 postgresql://用户[:密码]@主机[:端口]/数据库</translation>
    </message>
    <message>
        <source>工作区位置</source>
        <translation>工作区位置</translation>
    </message>
    <message>
        <source>浏览(&amp;B)…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>选择或新建工作区文件</source>
        <translation>选择或新建工作区文件</translation>
    </message>
    <message>
        <source>工作区 (*.sqlite *.db);;所有文件 (*)</source>
        <translation>工作区 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>EvaluationSummary</name>
    <message>
        <source>（未填写部门）</source>
        <translation>（未填写部门）</translation>
    </message>
    <message>
        <source>%1 %2年度部门整体支出预算绩效自评</source>
        <translation>%1 %2年度部门整体支出预算绩效自评</translation>
    </message>
    <message>
        <source>绩效指标：</source>
        <translation>绩效指标：</translation>
    </message>
    <message>
        <source>资金结余：上年结转%1 + 全年预算%2 − 全年支出%3 − 财政收回%4 = %5万元；填报的年末结转：%6</source>
        <translation>资金结余：上年结转%1 + 全年预算%2 − 全年支出%3 − 财政收回%4 = %5万元；填报的年末结转：%6</translation>
    </message>
    <message>
        <source>%1万元</source>
        <translation>%1万元</translation>
    </message>
    <message>
        <source>未填报</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>检查结果：%1个错误，%2个警告</source>
        <translation>检查结果：%1个错误，%2个警告</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>自评得分：%1分，等级：%2（暂定：尚有%3项待人工评分，按0分计）</source>
        <translation>自评得分：%1分，等级：%2（暂定：尚有%3项待人工评分，按0分计）</translation>
    </message>
    <message>
        <source>自评得分：%1分，等级：%2</source>
        <translation>自评得分：%1分，等级：%2</translation>
    </message>
    <message>
        <source>待评</source>
        <translation>待评</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1/%2：%3 / %4</source>
        <translation>%1/%2：%3 / %4</translation>
    </message>
    <message>
        <source>预算执行：全年执行数%1 ÷ 全年预算数%2 = 执行率%3，得%4 / %5分</source>
        <translation>预算执行：全年执行数%1 ÷ 全年预算数%2 = 执行率%3，得%4 / %5分</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>第%1项 %2（%3）：%4 / %5分</source>
        <translation>第%1项 %2（%3）：%4 / %5分</translation>
    </message>
    <message>
        <source>（未命名）</source>
        <translation>（未命名）</translation>
    </message>
</context>
<context>
    <name>ExecutionPage</name>
    <message>
        <source>执行与结余</source>
        <translation>执行与结余</translation>
    </message>
    <message>
        <source>全年支出</source>
        <translation>全年支出</translation>
    </message>
    <message>
        <source>基本支出(&amp;B)：</source>
        <translation>基本支出(&amp;B)：</translation>
    </message>
    <message>
        <source>项目支出(&amp;P)：</source>
        <translation>项目支出(&amp;P)：</translation>
    </message>
    <message>
        <source>全年支出合计(&amp;1)：</source>
        <translation>全年支出合计(&amp;1)：</translation>
    </message>
    <message>
        <source>资金结余</source>
        <translation>资金结余</translation>
    </message>
    <message>
        <source>财政收回/上缴(&amp;R)：</source>
        <translation>财政收回/上缴(&amp;R)：</translation>
    </message>
    <message>
        <source>年末结转(&amp;C)：</source>
        <translation>年末结转(&amp;C)：</translation>
    </message>
    <message>
        <source>应有年末结转(&amp;2)：</source>
        <translation>应有年末结转(&amp;2)：</translation>
    </message>
    <message>
        <source>结转说明(&amp;N)：</source>
        <translation>结转说明(&amp;N)：</translation>
    </message>
    <message>
        <source>“三公经费”实际支出</source>
        <translation>“三公经费”实际支出</translation>
    </message>
    <message>
        <source>公务接待费(&amp;J)：</source>
        <translation>公务接待费(&amp;J)：</translation>
    </message>
    <message>
        <source>公务用车购置及运行维护费(&amp;G)：</source>
        <translation>公务用车购置及运行维护费(&amp;G)：</translation>
    </message>
    <message>
        <source>因公出国（境）费(&amp;O)：</source>
        <translation>因公出国（境）费(&amp;O)：</translation>
    </message>
    <message>
        <source>“三公经费”实际合计(&amp;3)：</source>
        <translation>“三公经费”实际合计(&amp;3)：</translation>
    </message>
    <message>
        <source>公务接待批次(&amp;K)：</source>
        <translation>公务接待批次(&amp;K)：</translation>
    </message>
    <message>
        <source>公务接待人次(&amp;M)：</source>
        <translation>公务接待人次(&amp;M)：</translation>
    </message>
    <message>
        <source>“三公经费”说明(&amp;X)：</source>
        <translation>“三公经费”说明(&amp;X)：</translation>
    </message>
    <message>
        <source>政府采购</source>
        <translation>政府采购</translation>
    </message>
    <message>
        <source>政府采购预算(&amp;U)：</source>
        <translation>政府采购预算(&amp;U)：</translation>
    </message>
    <message>
        <source>政府采购实际金额(&amp;A)：</source>
        <translation>政府采购实际金额(&amp;A)：</translation>
    </message>
    <message>
        <source>政府采购说明(&amp;Q)：</source>
        <translation>政府采购说明(&amp;Q)：</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>上年度的报告文件，用于同比指标</source>
        <translation>上年度的报告文件，用于同比指标</translation>
    </message>
    <message>
        <source>请给出报告文件，或用 --department 和 --year 指明工作区中的报告，不要同时给出</source>
        <translation>请给出报告文件，或用 --department 和 --year 指明工作区中的报告，不要同时给出</translation>
    </message>
    <message>
        <source>请给出且只给出一个报告文件：jixiao export FILE.json -o OUT.pdf</source>
        <translation>请给出且只给出一个报告文件：jixiao export FILE.json -o OUT.pdf</translation>
    </message>
    <message>
        <source>命令名</source>
        <translation>命令名</translation>
    </message>
    <message>
        <source>要导出的报告文件</source>
        <translation>要导出的报告文件</translation>
    </message>
    <message>
        <source>请用 -o 给出输出文件：jixiao export FILE.json -o OUT.pdf</source>
        <translation>请用 -o 给出输出文件：jixiao export FILE.json -o OUT.pdf</translation>
    </message>
    <message>
        <source>输出文件：.pdf、.docx、.odt、.json，或 .xlsx（自评表）</source>
        <translation>输出文件：.pdf、.docx、.odt、.json，或 .xlsx（自评表）</translation>
    </message>
    <message>
        <source>导出一份报告：PDF（公文格式）、Word 文档（.docx）、ODT 或 JSON；或把自评表导出为 .xlsx。有错误的报告只能导出为草稿。</source>
        <translation>导出一份报告：PDF（公文格式）、Word 文档（.docx）、ODT 或 JSON；或把自评表导出为 .xlsx。有错误的报告只能导出为草稿。</translation>
    </message>
    <message>
        <source>不支持的输出格式“%1”：输出文件应以 .pdf、.docx、.odt、.json 或 .xlsx 结尾。</source>
        <translation>不支持的输出格式“%1”：输出文件应以 .pdf、.docx、.odt、.json 或 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>jixiao：报告有%1个错误，已导出为草稿（%2）：%3</source>
        <translation>jixiao：报告有%1个错误，已导出为草稿（%2）：%3</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>审核意见：%1</source>
        <translation>审核意见：%1</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <source>部门名称</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>上年结转</source>
        <translation>上年结转</translation>
    </message>
    <message>
        <source>上年结转（基本支出）</source>
        <translation>上年结转（基本支出）</translation>
    </message>
    <message>
        <source>上年结转（项目支出）</source>
        <translation>上年结转（项目支出）</translation>
    </message>
    <message>
        <source>年初预算</source>
        <translation>年初预算</translation>
    </message>
    <message>
        <source>年初预算基本支出</source>
        <translation>年初预算基本支出</translation>
    </message>
    <message>
        <source>年初预算项目支出</source>
        <translation>年初预算项目支出</translation>
    </message>
    <message>
        <source>“三公经费”预算</source>
        <translation>“三公经费”预算</translation>
    </message>
    <message>
        <source>公务接待费预算</source>
        <translation>公务接待费预算</translation>
    </message>
    <message>
        <source>公务用车购置及运行维护费预算</source>
        <translation>公务用车购置及运行维护费预算</translation>
    </message>
    <message>
        <source>因公出国（境）费预算</source>
        <translation>因公出国（境）费预算</translation>
    </message>
    <message>
        <source>年中预算调整</source>
        <translation>年中预算调整</translation>
    </message>
    <message>
        <source>第%1项年中预算调整</source>
        <translation>第%1项年中预算调整</translation>
    </message>
    <message>
        <source>第%1项年中预算调整的金额</source>
        <translation>第%1项年中预算调整的金额</translation>
    </message>
    <message>
        <source>第%1项年中预算调整的原因</source>
        <translation>第%1项年中预算调整的原因</translation>
    </message>
    <message>
        <source>全年支出</source>
        <translation>全年支出</translation>
    </message>
    <message>
        <source>全年基本支出</source>
        <translation>全年基本支出</translation>
    </message>
    <message>
        <source>全年项目支出</source>
        <translation>全年项目支出</translation>
    </message>
    <message>
        <source>财政收回/上缴</source>
        <translation>财政收回/上缴</translation>
    </message>
    <message>
        <source>年末结转</source>
        <translation>年末结转</translation>
    </message>
    <message>
        <source>“三公经费”实际支出</source>
        <translation>“三公经费”实际支出</translation>
    </message>
    <message>
        <source>公务接待费实际支出</source>
        <translation>公务接待费实际支出</translation>
    </message>
    <message>
        <source>公务用车购置及运行维护费实际支出</source>
        <translation>公务用车购置及运行维护费实际支出</translation>
    </message>
    <message>
        <source>因公出国（境）费实际支出</source>
        <translation>因公出国（境）费实际支出</translation>
    </message>
    <message>
        <source>公务接待批次</source>
        <translation>公务接待批次</translation>
    </message>
    <message>
        <source>公务接待人次</source>
        <translation>公务接待人次</translation>
    </message>
    <message>
        <source>政府采购预算</source>
        <translation>政府采购预算</translation>
    </message>
    <message>
        <source>政府采购实际金额</source>
        <translation>政府采购实际金额</translation>
    </message>
    <message>
        <source>在职人数</source>
        <translation>在职人数</translation>
    </message>
    <message>
        <source>编制数</source>
        <translation>编制数</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>开头语</source>
        <translation>开头语</translation>
    </message>
    <message>
        <source>部门概况</source>
        <translation>部门概况</translation>
    </message>
    <message>
        <source>基本情况</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>人员情况</source>
        <translation>人员情况</translation>
    </message>
    <message>
        <source>退休人数</source>
        <translation>退休人数</translation>
    </message>
    <message>
        <source>主要职能</source>
        <translation>主要职能</translation>
    </message>
    <message>
        <source>预算情况</source>
        <translation>预算情况</translation>
    </message>
    <message>
        <source>年初预算说明</source>
        <translation>年初预算说明</translation>
    </message>
    <message>
        <source>预算执行情况</source>
        <translation>预算执行情况</translation>
    </message>
    <message>
        <source>年末结转说明</source>
        <translation>年末结转说明</translation>
    </message>
    <message>
        <source>“三公经费”说明</source>
        <translation>“三公经费”说明</translation>
    </message>
    <message>
        <source>政府采购</source>
        <translation>政府采购</translation>
    </message>
    <message>
        <source>政府采购说明</source>
        <translation>政府采购说明</translation>
    </message>
    <message>
        <source>预算管理</source>
        <translation>预算管理</translation>
    </message>
    <message>
        <source>绩效目标完成情况</source>
        <translation>绩效目标完成情况</translation>
    </message>
    <message>
        <source>绩效目标表</source>
        <translation>绩效目标表</translation>
    </message>
    <message>
        <source>存在问题的概述</source>
        <translation>存在问题的概述</translation>
    </message>
    <message>
        <source>存在的主要问题</source>
        <translation>存在的主要问题</translation>
    </message>
    <message>
        <source>改进的措施和建议</source>
        <translation>改进的措施和建议</translation>
    </message>
    <message>
        <source>落款</source>
        <translation>落款</translation>
    </message>
    <message>
        <source>落款单位</source>
        <translation>落款单位</translation>
    </message>
    <message>
        <source>落款日期</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <source>第%1项绩效指标</source>
        <translation>第%1项绩效指标</translation>
    </message>
    <message>
        <source>第%1项绩效指标的一级指标</source>
        <translation>第%1项绩效指标的一级指标</translation>
    </message>
    <message>
        <source>第%1项绩效指标的二级指标</source>
        <translation>第%1项绩效指标的二级指标</translation>
    </message>
    <message>
        <source>第%1项绩效指标的名称</source>
        <translation>第%1项绩效指标的名称</translation>
    </message>
    <message>
        <source>第%1项绩效指标的单位</source>
        <translation>第%1项绩效指标的单位</translation>
    </message>
    <message>
        <source>第%1项绩效指标的指标性质</source>
        <translation>第%1项绩效指标的指标性质</translation>
    </message>
    <message>
        <source>第%1项绩效指标的年度指标值</source>
        <translation>第%1项绩效指标的年度指标值</translation>
    </message>
    <message>
        <source>第%1项绩效指标的实际完成值</source>
        <translation>第%1项绩效指标的实际完成值</translation>
    </message>
    <message>
        <source>第%1项绩效指标的分值</source>
        <translation>第%1项绩效指标的分值</translation>
    </message>
    <message>
        <source>第%1项绩效指标的档次</source>
        <translation>第%1项绩效指标的档次</translation>
    </message>
    <message>
        <source>第%1项绩效指标的得分</source>
        <translation>第%1项绩效指标的得分</translation>
    </message>
    <message>
        <source>第%1项绩效指标的偏差原因分析及改进措施</source>
        <translation>第%1项绩效指标的偏差原因分析及改进措施</translation>
    </message>
    <message>
        <source>第%1项绩效指标的备注</source>
        <translation>第%1项绩效指标的备注</translation>
    </message>
    <message>
        <source>年度总体目标</source>
        <translation>年度总体目标</translation>
    </message>
    <message>
        <source>年度总体目标（预期目标）</source>
        <translation>年度总体目标（预期目标）</translation>
    </message>
    <message>
        <source>年度总体目标（实际完成情况）</source>
        <translation>年度总体目标（实际完成情况）</translation>
    </message>
    <message>
        <source>填报人</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>填报日期</source>
        <translation>填报日期</translation>
    </message>
    <message>
        <source>资金来源（其中）</source>
        <translation>资金来源（其中）</translation>
    </message>
    <message>
        <source>当年财政拨款的年初预算数</source>
        <translation>当年财政拨款的年初预算数</translation>
    </message>
    <message>
        <source>当年财政拨款的全年预算数</source>
        <translation>当年财政拨款的全年预算数</translation>
    </message>
    <message>
        <source>当年财政拨款的全年执行数</source>
        <translation>当年财政拨款的全年执行数</translation>
    </message>
    <message>
        <source>上年结转资金的年初预算数</source>
        <translation>上年结转资金的年初预算数</translation>
    </message>
    <message>
        <source>上年结转资金的全年预算数</source>
        <translation>上年结转资金的全年预算数</translation>
    </message>
    <message>
        <source>上年结转资金的全年执行数</source>
        <translation>上年结转资金的全年执行数</translation>
    </message>
    <message>
        <source>其他资金的年初预算数</source>
        <translation>其他资金的年初预算数</translation>
    </message>
    <message>
        <source>其他资金的全年预算数</source>
        <translation>其他资金的全年预算数</translation>
    </message>
    <message>
        <source>其他资金的全年执行数</source>
        <translation>其他资金的全年执行数</translation>
    </message>
</context>
<context>
    <name>FileNameIconProvider</name>
    <message>
        <source>文件夹</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>文件是指向不存在之处的链接</source>
        <translation>文件是指向不存在之处的链接</translation>
    </message>
    <message>
        <source>文件不存在</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>这是一个文件夹，不是文件</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <source>没有读取这个文件的权限</source>
        <translation>没有读取这个文件的权限</translation>
    </message>
</context>
<context>
    <name>FillCommand</name>
    <message>
        <source>从报表填入 %1 项（金额单位：万元）：</source>
        <translation>从报表填入 %1 项（金额单位：万元）：</translation>
    </message>
    <message>
        <source>  %1（%2）= %3 ← %4（%5）</source>
        <translation>  %1（%2）= %3 ← %4（%5）</translation>
    </message>
    <message>
        <source>；%1</source>
        <translation>；%1</translation>
    </message>
    <message>
        <source>报表中没有、未填入 %1 项（保持原值）：</source>
        <translation>报表中没有、未填入 %1 项（保持原值）：</translation>
    </message>
    <message>
        <source>%1 万元</source>
        <translation>%1 万元</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>  %1（%2）：%3</source>
        <translation>  %1（%2）：%3</translation>
    </message>
    <message>
        <source>报表自相矛盾 %1 处（相关数字已照样填入，请核对）：</source>
        <translation>报表自相矛盾 %1 处（相关数字已照样填入，请核对）：</translation>
    </message>
    <message>
        <source>从部门决算、预算公开表（.xlsx、.xls）填入报告的数字：上年结转、年初预算、全年支出、年末结转和“三公经费”。</source>
        <translation>从部门决算、预算公开表（.xlsx、.xls）填入报告的数字：上年结转、年初预算、全年支出、年末结转和“三公经费”。</translation>
    </message>
    <message>
        <source>命令名</source>
        <translation>命令名</translation>
    </message>
    <message>
        <source>要填入的报告文件</source>
        <translation>要填入的报告文件</translation>
    </message>
    <message>
        <source>决算或预算公开表文件，可以给出多次</source>
        <translation>决算或预算公开表文件，可以给出多次</translation>
    </message>
    <message>
        <source>填好的报告写入的文件（.json）</source>
        <translation>填好的报告写入的文件（.json）</translation>
    </message>
    <message>
        <source>以 JSON 输出填入的结果</source>
        <translation>以 JSON 输出填入的结果</translation>
    </message>
    <message>
        <source>输出语言：zh_CN 或 en</source>
        <translation>输出语言：zh_CN 或 en</translation>
    </message>
    <message>
        <source>请用 --from 给出决算或预算公开表：jixiao fill REPORT.json --from 决算公开表.xlsx -o OUT.json</source>
        <translation>请用 --from 给出决算或预算公开表：jixiao fill REPORT.json --from 决算公开表.xlsx -o OUT.json</translation>
    </message>
    <message>
        <source>请给出报告文件，或用 --department 和 --year 指明工作区中的报告，不要同时给出</source>
        <translation>请给出报告文件，或用 --department 和 --year 指明工作区中的报告，不要同时给出</translation>
    </message>
    <message>
        <source>请同时给出 --department 部门名称 和 --year 年度</source>
        <translation>请同时给出 --department 部门名称 和 --year 年度</translation>
    </message>
    <message>
        <source>“%1”%2年度的报告%3，不能填入：只有草稿或已退回的报告可以修改。</source>
        <translation>“%1”%2年度的报告%3，不能填入：只有草稿或已退回的报告可以修改。</translation>
    </message>
    <message>
        <source>请给出且只给出一个报告文件：jixiao fill REPORT.json --from FILE -o OUT.json</source>
        <translation>请给出且只给出一个报告文件：jixiao fill REPORT.json --from FILE -o OUT.json</translation>
    </message>
    <message>
        <source>请用 -o 给出填好的报告写入的文件：jixiao fill REPORT.json --from FILE -o OUT.json</source>
        <translation>请用 -o 给出填好的报告写入的文件：jixiao fill REPORT.json --from FILE -o OUT.json</translation>
    </message>
    <message>
        <source>jixiao：没有从 %1 读到任何数字，报告未改动。</source>
        <translation>jixiao：没有从 %1 读到任何数字，报告未改动。</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>已写入 %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>工作区中的报告已是这些数字，未改动：%1</source>
        <translation>工作区中的报告已是这些数字，未改动：%1</translation>
    </message>
    <message>
        <source>已保存到工作区（第 %1 版）：%2</source>
        <translation>已保存到工作区（第 %1 版）：%2</translation>
    </message>
</context>
<context>
    <name>FillDialog</name>
    <message>
        <source>（未填写）</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>移除(&amp;R)</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>填入勾选的数字(&amp;A)</source>
        <translation>填入勾选的数字(&amp;A)</translation>
    </message>
    <message>
        <source>从决算/预算报表填入</source>
        <translation>从决算/预算报表填入</translation>
    </message>
    <message>
        <source>选择本部门公开的决算表、预算表（.xlsx 或 .xls）。表格按标题识别，数字按行、列的名称查找；勾选要填入的数字，再按“填入”。填入是一步操作，可以撤销。</source>
        <translation>选择本部门公开的决算表、预算表（.xlsx 或 .xls）。表格按标题识别，数字按行、列的名称查找；勾选要填入的数字，再按“填入”。填入是一步操作，可以撤销。</translation>
    </message>
    <message>
        <source>报表文件</source>
        <translation>报表文件</translation>
    </message>
    <message>
        <source>添加文件(&amp;F)…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>从报表读到的数字</source>
        <translation>从报表读到的数字</translation>
    </message>
    <message>
        <source>填入</source>
        <translation>填入</translation>
    </message>
    <message>
        <source>新值（万元）</source>
        <translation>新值（万元）</translation>
    </message>
    <message>
        <source>当前值（万元）</source>
        <translation>当前值（万元）</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>选择决算或预算公开表</source>
        <translation>选择决算或预算公开表</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx *.xls);;所有文件 (*)</source>
        <translation>Excel 表格 (*.xlsx *.xls);;所有文件 (*)</translation>
    </message>
    <message>
        <source>自相矛盾：</source>
        <translation>自相矛盾：</translation>
    </message>
    <message>
        <source>未能使用：</source>
        <translation>未能使用：</translation>
    </message>
    <message>
        <source>没有读到任何数字。</source>
        <translation>没有读到任何数字。</translation>
    </message>
    <message>
        <source>报表中没有：%1（保持原值）</source>
        <translation>报表中没有：%1（保持原值）</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>从决算/预算报表填入 %1 项</source>
        <translation>从决算/预算报表填入 %1 项</translation>
    </message>
    <message>
        <source>年末结转尚未填写，还不能核对资金结余。</source>
        <translation>年末结转尚未填写，还不能核对资金结余。</translation>
    </message>
    <message>
        <source>账目不平衡（balance_mismatch）：%1
决算表里的数字已包含年中追加或调减的预算；如果报告中还没有填写年中预算调整，就会这样不平衡，请在“年中预算调整”中补齐。</source>
        <translation>账目不平衡（balance_mismatch）：%1
决算表里的数字已包含年中追加或调减的预算；如果报告中还没有填写年中预算调整，就会这样不平衡，请在“年中预算调整”中补齐。</translation>
    </message>
    <message>
        <source>账目平衡：上年结转 + 全年预算 − 全年支出 − 财政收回 = 年末结转。</source>
        <translation>账目平衡：上年结转 + 全年预算 − 全年支出 − 财政收回 = 年末结转。</translation>
    </message>
</context>
<context>
    <name>FillWording</name>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>元</source>
        <translation>元</translation>
    </message>
    <message>
        <source>%1；由元换算为万元</source>
        <translation>%1；由元换算为万元</translation>
    </message>
    <message>
        <source>%1；单位：万元</source>
        <translation>%1；单位：万元</translation>
    </message>
    <message>
        <source>表中未按基本/项目支出拆分结转，基本支出记为 0</source>
        <translation>表中未按基本/项目支出拆分结转，基本支出记为 0</translation>
    </message>
    <message>
        <source>表中未按基本/项目支出拆分结转，全部计入项目支出</source>
        <translation>表中未按基本/项目支出拆分结转，全部计入项目支出</translation>
    </message>
    <message>
        <source>单元格为空，按 0 填入</source>
        <translation>单元格为空，按 0 填入</translation>
    </message>
    <message>
        <source>所在表格自相矛盾，请核对</source>
        <translation>所在表格自相矛盾，请核对</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>无法打开 %1：%2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 是二进制工作簿（.xlsb），无法读取：请在 Excel 或 WPS 中另存为 .xlsx 后再填入。</source>
        <translation>%1 是二进制工作簿（.xlsb），无法读取：请在 Excel 或 WPS 中另存为 .xlsx 后再填入。</translation>
    </message>
    <message>
        <source>%1 是 zip 压缩文件，但其中没有 Excel 工作簿：它是别的文档，或者已经损坏。</source>
        <translation>%1 是 zip 压缩文件，但其中没有 Excel 工作簿：它是别的文档，或者已经损坏。</translation>
    </message>
    <message>
        <source>%1 不是 Excel 表格文件（.xlsx 或 .xls），无法读取。</source>
        <translation>%1 不是 Excel 表格文件（.xlsx 或 .xls），无法读取。</translation>
    </message>
    <message>
        <source>%1 是 OpenDocument 表格（.ods）：请另存为 .xlsx 或 .xls 后再填入。</source>
        <translation>%1 是 OpenDocument 表格（.ods）：请另存为 .xlsx 或 .xls 后再填入。</translation>
    </message>
    <message>
        <source>%1 设有打开密码（已加密），无法读取：请在 Excel 或 WPS 中取消密码后另存一份再填入。</source>
        <translation>%1 设有打开密码（已加密），无法读取：请在 Excel 或 WPS 中取消密码后另存一份再填入。</translation>
    </message>
    <message>
        <source>%1 已损坏，无法读取（%2）。</source>
        <translation>%1 已损坏，无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1 的工作表“%2”超过 %3 行，不像决算或预算公开表，未读取。</source>
        <translation>%1 的工作表“%2”超过 %3 行，不像决算或预算公开表，未读取。</translation>
    </message>
    <message>
        <source>%1 中的单元格超过 %2 个，不像决算或预算公开表，未读取。</source>
        <translation>%1 中的单元格超过 %2 个，不像决算或预算公开表，未读取。</translation>
    </message>
    <message>
        <source>%1 中没有可识别的报表（收入支出决算总表、支出决算表、“三公”经费支出决算表、一般公共预算支出表）。</source>
        <translation>%1 中没有可识别的报表（收入支出决算总表、支出决算表、“三公”经费支出决算表、一般公共预算支出表）。</translation>
    </message>
    <message>
        <source>%1：“%2”的表头中没有金额单位（如“金额单位：万元”或“单位：元”），表中的数字未使用。</source>
        <translation>%1：“%2”的表头中没有金额单位（如“金额单位：万元”或“单位：元”），表中的数字未使用。</translation>
    </message>
    <message>
        <source>%1：“%2”的金额单位是“%3”，只能读取以元或万元为单位的表，表中的数字未使用。</source>
        <translation>%1：“%2”的金额单位是“%3”，只能读取以元或万元为单位的表，表中的数字未使用。</translation>
    </message>
    <message>
        <source>“%1”不止一张：用的是 %2 中的那一张，%3 中的这一张未使用。</source>
        <translation>“%1”不止一张：用的是 %2 中的那一张，%3 中的这一张未使用。</translation>
    </message>
    <message>
        <source>%1：“%2”中有不止一列标为“%3”，无法确定用哪一列。</source>
        <translation>%1：“%2”中有不止一列标为“%3”，无法确定用哪一列。</translation>
    </message>
    <message>
        <source>%1 应是金额，却是文字“%2”，未使用。</source>
        <translation>%1 应是金额，却是文字“%2”，未使用。</translation>
    </message>
    <message>
        <source>%1 是公式（=%2），但文件中没有保存它的计算结果：请在 Excel 或 WPS 中打开并保存一次后再填入。</source>
        <translation>%1 是公式（=%2），但文件中没有保存它的计算结果：请在 Excel 或 WPS 中打开并保存一次后再填入。</translation>
    </message>
    <message>
        <source>%1 是错误值 %2，未使用。</source>
        <translation>%1 是错误值 %2，未使用。</translation>
    </message>
    <message>
        <source>%1 的数值 %2 超出金额的范围，未使用。</source>
        <translation>%1 的数值 %2 超出金额的范围，未使用。</translation>
    </message>
    <message>
        <source>“%1”自相矛盾：收入总计（%2）为 %3 %6，支出总计（%4）为 %5 %6，相差 %7 %6。</source>
        <translation>“%1”自相矛盾：收入总计（%2）为 %3 %6，支出总计（%4）为 %5 %6，相差 %7 %6。</translation>
    </message>
    <message>
        <source>“%1”自相矛盾：%2 的“%3”为 %4 %8，而 %5 = %6 %8，相差 %7 %8。</source>
        <translation>“%1”自相矛盾：%2 的“%3”为 %4 %8，而 %5 = %6 %8，相差 %7 %8。</translation>
    </message>
</context>
<context>
    <name>FindingListModel</name>
    <message>
        <source>错误</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>未填写部门名称。</source>
        <translation>未填写部门名称。</translation>
    </message>
    <message>
        <source>年度%1不在2000—2100年之间。</source>
        <translation>年度%1不在2000—2100年之间。</translation>
    </message>
    <message>
        <source>金额合计超出了可计算的范围（单项金额过大），无法计算指标和核对账目。</source>
        <translation>金额合计超出了可计算的范围（单项金额过大），无法计算指标和核对账目。</translation>
    </message>
    <message>
        <source>%1为负数（%2万元）：除年中预算调整和年末结转外，金额不能为负。</source>
        <translation>%1为负数（%2万元）：除年中预算调整和年末结转外，金额不能为负。</translation>
    </message>
    <message>
        <source>年末结转为负数（%1万元）。</source>
        <translation>年末结转为负数（%1万元）。</translation>
    </message>
    <message>
        <source>资金结余不平衡：上年结转%1 + 全年预算%2 − 全年支出%3 = %5万元，而填报的年末结转为%6万元，相差%7万元。</source>
        <translation>资金结余不平衡：上年结转%1 + 全年预算%2 − 全年支出%3 = %5万元，而填报的年末结转为%6万元，相差%7万元。</translation>
    </message>
    <message>
        <source>资金结余不平衡：上年结转%1 + 全年预算%2 − 全年支出%3 − 财政收回%4 = %5万元，而填报的年末结转为%6万元，相差%7万元。</source>
        <translation>资金结余不平衡：上年结转%1 + 全年预算%2 − 全年支出%3 − 财政收回%4 = %5万元，而填报的年末结转为%6万元，相差%7万元。</translation>
    </message>
    <message>
        <source>“三公经费”预算%1万元超过了全年预算%2万元。</source>
        <translation>“三公经费”预算%1万元超过了全年预算%2万元。</translation>
    </message>
    <message>
        <source>“三公经费”实际支出%1万元超过了全年支出%2万元。</source>
        <translation>“三公经费”实际支出%1万元超过了全年支出%2万元。</translation>
    </message>
    <message>
        <source>政府采购实际金额%1万元超过了全年支出%2万元。</source>
        <translation>政府采购实际金额%1万元超过了全年支出%2万元。</translation>
    </message>
    <message>
        <source>全年基本支出%1万元超过了基本支出预算%2万元（全年预算加上年结转）。</source>
        <translation>全年基本支出%1万元超过了基本支出预算%2万元（全年预算加上年结转）。</translation>
    </message>
    <message>
        <source>全年项目支出%1万元超过了项目支出预算%2万元（全年预算加上年结转）。</source>
        <translation>全年项目支出%1万元超过了项目支出预算%2万元（全年预算加上年结转）。</translation>
    </message>
    <message>
        <source>“三公经费”实际支出%1万元超过了预算%2万元。</source>
        <translation>“三公经费”实际支出%1万元超过了预算%2万元。</translation>
    </message>
    <message>
        <source>“三公经费”实际支出%1万元超过了预算%2万元，控制率为%3%。</source>
        <translation>“三公经费”实际支出%1万元超过了预算%2万元，控制率为%3%。</translation>
    </message>
    <message>
        <source>%1%2万元超过了预算%3万元。</source>
        <translation>%1%2万元超过了预算%3万元。</translation>
    </message>
    <message>
        <source>第%1项年中预算调整“%2”没有写明调整原因。</source>
        <translation>第%1项年中预算调整“%2”没有写明调整原因。</translation>
    </message>
    <message>
        <source>第%1项年中预算调整“%2”列为除外调整，但没有写明除外的依据。</source>
        <translation>第%1项年中预算调整“%2”列为除外调整，但没有写明除外的依据。</translation>
    </message>
    <message>
        <source>预算调整率为%1%，超过30%，需要说明原因。</source>
        <translation>预算调整率为%1%，超过30%，需要说明原因。</translation>
    </message>
    <message>
        <source>公务接待人次（%1人）少于接待批次（%2次）：每批次至少接待一人。</source>
        <translation>公务接待人次（%1人）少于接待批次（%2次）：每批次至少接待一人。</translation>
    </message>
    <message>
        <source>本年度的上年结转%1万元与%2年度报告的年末结转%3万元不一致。</source>
        <translation>本年度的上年结转%1万元与%2年度报告的年末结转%3万元不一致。</translation>
    </message>
    <message>
        <source>（未命名）</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>第%1项绩效指标“%2”评为“达成年度指标”，得分应在%4至%5分之间，填写的却是%3分：请改正得分，或改选档次。</source>
        <translation>第%1项绩效指标“%2”评为“达成年度指标”，得分应在%4至%5分之间，填写的却是%3分：请改正得分，或改选档次。</translation>
    </message>
    <message>
        <source>第%1项绩效指标“%2”评为“部分达成并具有一定效果”，得分应不低于%4分且低于%5分，填写的却是%3分：请改正得分，或改选档次。</source>
        <translation>第%1项绩效指标“%2”评为“部分达成并具有一定效果”，得分应不低于%4分且低于%5分，填写的却是%3分：请改正得分，或改选档次。</translation>
    </message>
    <message>
        <source>第%1项绩效指标“%2”评为“未达成且效果较差”，得分应不低于%4分且低于%5分，填写的却是%3分：请改正得分，或改选档次。</source>
        <translation>第%1项绩效指标“%2”评为“未达成且效果较差”，得分应不低于%4分且低于%5分，填写的却是%3分：请改正得分，或改选档次。</translation>
    </message>
    <message>
        <source>第%1项绩效指标“%2”实际完成%3%5，是年度指标值%4%5的%6%：指标值可能定得偏低，请在“偏差原因分析及改进措施”中说明原因。</source>
        <translation>第%1项绩效指标“%2”实际完成%3%5，是年度指标值%4%5的%6%：指标值可能定得偏低，请在“偏差原因分析及改进措施”中说明原因。</translation>
    </message>
    <message>
        <source>第%1项绩效指标“%2”实际为%3%5，仅为年度指标值%4%5的%6%：指标值可能定得过宽，请在“偏差原因分析及改进措施”中说明原因。</source>
        <translation>第%1项绩效指标“%2”实际为%3%5，仅为年度指标值%4%5的%6%：指标值可能定得过宽，请在“偏差原因分析及改进措施”中说明原因。</translation>
    </message>
    <message>
        <source>第%1项绩效指标“%2”得%3分，未得满分（%4分）：请填写偏差原因分析及改进措施。</source>
        <translation>第%1项绩效指标“%2”得%3分，未得满分（%4分）：请填写偏差原因分析及改进措施。</translation>
    </message>
    <message>
        <source>第%1项绩效指标“%2”超额完成较多：请填写偏差原因分析及改进措施。</source>
        <translation>第%1项绩效指标“%2”超额完成较多：请填写偏差原因分析及改进措施。</translation>
    </message>
    <message>
        <source>绩效指标得分%1分（满分%2分，得分率%3%）明显高于预算执行率%4%：预算没有执行完，指标却基本完成，请核实指标的完成值，或在报告中说明原因。</source>
        <translation>绩效指标得分%1分（满分%2分，得分率%3%）明显高于预算执行率%4%：预算没有执行完，指标却基本完成，请核实指标的完成值，或在报告中说明原因。</translation>
    </message>
    <message>
        <source>预算执行率为%1%，低于%2%，有%3万元预算没有执行：请在报告中说明原因。</source>
        <translation>预算执行率为%1%，低于%2%，有%3万元预算没有执行：请在报告中说明原因。</translation>
    </message>
    <message>
        <source>各项绩效指标的分值合计为%1分，不是%2分：指标得分已按%2÷%1折算，请核对各项指标的分值。</source>
        <translation>各项绩效指标的分值合计为%1分，不是%2分：指标得分已按%2÷%1折算，请核对各项指标的分值。</translation>
    </message>
    <message>
        <source>其中各项资金的年初预算数合计%1万元，与年度资金总额的年初预算数%2万元不一致。</source>
        <translation>其中各项资金的年初预算数合计%1万元，与年度资金总额的年初预算数%2万元不一致。</translation>
    </message>
    <message>
        <source>其中各项资金的全年预算数合计%1万元，与年度资金总额的全年预算数%2万元不一致。</source>
        <translation>其中各项资金的全年预算数合计%1万元，与年度资金总额的全年预算数%2万元不一致。</translation>
    </message>
    <message>
        <source>其中各项资金的全年执行数合计%1万元，与年度资金总额的全年执行数%2万元不一致。</source>
        <translation>其中各项资金的全年执行数合计%1万元，与年度资金总额的全年执行数%2万元不一致。</translation>
    </message>
    <message>
        <source>%1填写的“%2”不是有效的值，没有被采用：各项指标仍按原来的值计算。请改正，或恢复原来的值。</source>
        <translation>%1填写的“%2”不是有效的值，没有被采用：各项指标仍按原来的值计算。请改正，或恢复原来的值。</translation>
    </message>
    <message>
        <source>“%1”一节还没有内容：导出的报告中只有标题。</source>
        <translation>“%1”一节还没有内容：导出的报告中只有标题。</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>检查发现的问题</source>
        <translation>检查发现的问题</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>自动计算，不可编辑</source>
        <translation>自动计算，不可编辑</translation>
    </message>
</context>
<context>
    <name>GradeName</name>
    <message>
        <source>优</source>
        <translation>优</translation>
    </message>
    <message>
        <source>良</source>
        <translation>良</translation>
    </message>
    <message>
        <source>中</source>
        <translation>中</translation>
    </message>
    <message>
        <source>差</source>
        <translation>差</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>无法打开工作区</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>%1

报告将只能作为文件打开和保存。</source>
        <translation>%1

报告将只能作为文件打开和保存。</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>缺少中文字体</source>
        <translation>缺少中文字体</translation>
    </message>
    <message>
        <source>缺少导出用的字体</source>
        <translation>缺少导出用的字体</translation>
    </message>
    <message>
        <source>界面语言：zh_CN（中文）或 en（英文）</source>
        <translation>界面语言：zh_CN（中文）或 en（英文）</translation>
    </message>
    <message>
        <source>工作区：SQLite 文件，或 postgresql://用户@主机/数据库</source>
        <translation>工作区：SQLite 文件，或 postgresql://用户@主机/数据库</translation>
    </message>
    <message>
        <source>要打开的报告文件</source>
        <translation>要打开的报告文件</translation>
    </message>
    <message>
        <source>jixiao：没有可用的图形显示（未设置 DISPLAY），无法打开窗口。命令行的用法见 jixiao --help。</source>
        <translation>jixiao：没有可用的图形显示（未设置 DISPLAY），无法打开窗口。命令行的用法见 jixiao --help。</translation>
    </message>
    <message>
        <source>绩效自评：部门整体支出预算绩效自评报告的填报、检查、评审与导出。
不带命令时打开窗口。命令（各有 --help）：%1。</source>
        <translation>绩效自评：部门整体支出预算绩效自评报告的填报、检查、评审与导出。
不带命令时打开窗口。命令（各有 --help）：%1。</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>新建</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>另存副本</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>更改状态</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <source>从上年新建</source>
        <translation>从上年新建</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>把报告文件导入工作区：同一部门同一年度已有报告时替换它（原内容留在历史记录中）。</source>
        <translation>把报告文件导入工作区：同一部门同一年度已有报告时替换它（原内容留在历史记录中）。</translation>
    </message>
    <message>
        <source>命令名</source>
        <translation>命令名</translation>
    </message>
    <message>
        <source>要导入的报告文件，可以有多个</source>
        <translation>要导入的报告文件，可以有多个</translation>
    </message>
    <message>
        <source>请给出要导入的报告文件：jixiao import FILE.json... --db LOCATION</source>
        <translation>请给出要导入的报告文件：jixiao import FILE.json... --db LOCATION</translation>
    </message>
    <message>
        <source>jixiao：%1 未能导入：%2</source>
        <translation>jixiao：%1 未能导入：%2</translation>
    </message>
    <message>
        <source>已添加</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>已替换</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>未变化</source>
        <translation>未变化</translation>
    </message>
    <message>
        <source>%1：%2 %3年度（第 %4 版）← %5</source>
        <translation>%1：%2 %3年度（第 %4 版）← %5</translation>
    </message>
    <message>
        <source>（报告有 %1 个错误，已照样导入，可用 jixiao check 查看）</source>
        <translation>（报告有 %1 个错误，已照样导入，可用 jixiao check 查看）</translation>
    </message>
    <message>
        <source>工作区：%1</source>
        <translation>工作区：%1</translation>
    </message>
</context>
<context>
    <name>IndicatorCatalog</name>
    <message>
        <source>预算调整率</source>
        <translation>预算调整率</translation>
    </message>
    <message>
        <source>基本支出预算控制率</source>
        <translation>基本支出预算控制率</translation>
    </message>
    <message>
        <source>项目支出预算控制率</source>
        <translation>项目支出预算控制率</translation>
    </message>
    <message>
        <source>“三公经费”控制率</source>
        <translation>“三公经费”控制率</translation>
    </message>
    <message>
        <source>预算执行率</source>
        <translation>预算执行率</translation>
    </message>
    <message>
        <source>结转结余率</source>
        <translation>结转结余率</translation>
    </message>
    <message>
        <source>政府采购执行率</source>
        <translation>政府采购执行率</translation>
    </message>
    <message>
        <source>在职人员控制率</source>
        <translation>在职人员控制率</translation>
    </message>
    <message>
        <source>“三公经费”变动率</source>
        <translation>“三公经费”变动率</translation>
    </message>
    <message>
        <source>结转结余变动率</source>
        <translation>结转结余变动率</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <source>绩效指标（实时计算）</source>
        <translation>绩效指标（实时计算）</translation>
    </message>
    <message>
        <source>绩效指标</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <source>资金结余：金额合计超出可计算范围</source>
        <translation>资金结余：金额合计超出可计算范围</translation>
    </message>
    <message>
        <source>资金结余：应有年末结转%1万元（尚未填报年末结转）</source>
        <translation>资金结余：应有年末结转%1万元（尚未填报年末结转）</translation>
    </message>
    <message>
        <source>资金结余：年末结转%1万元，账目平衡 ✓</source>
        <translation>资金结余：年末结转%1万元，账目平衡 ✓</translation>
    </message>
    <message>
        <source>自评得分：%1分，等级：%2</source>
        <translation>自评得分：%1分，等级：%2</translation>
    </message>
    <message>
        <source>资金结余：应有年末结转%1万元，填报%2万元，相差%3万元，不平衡 ✗</source>
        <translation>资金结余：应有年末结转%1万元，填报%2万元，相差%3万元，不平衡 ✗</translation>
    </message>
    <message>
        <source>自评得分：目前%1分，待人工评分 %2 项</source>
        <translation>自评得分：目前%1分，待人工评分 %2 项</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>不适用</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>计算公式</source>
        <translation>计算公式</translation>
    </message>
</context>
<context>
    <name>IndicatorText</name>
    <message>
        <source>金额合计超出可计算的范围</source>
        <translation>金额合计超出可计算的范围</translation>
    </message>
    <message>
        <source>分母%1万元为负数</source>
        <translation>分母%1万元为负数</translation>
    </message>
    <message>
        <source>全年预算为0</source>
        <translation>全年预算为0</translation>
    </message>
    <message>
        <source>年初预算为0</source>
        <translation>年初预算为0</translation>
    </message>
    <message>
        <source>基本支出预算为0</source>
        <translation>基本支出预算为0</translation>
    </message>
    <message>
        <source>项目支出预算为0</source>
        <translation>项目支出预算为0</translation>
    </message>
    <message>
        <source>“三公经费”预算为0</source>
        <translation>“三公经费”预算为0</translation>
    </message>
    <message>
        <source>全年预算与上年结转合计为0</source>
        <translation>全年预算与上年结转合计为0</translation>
    </message>
    <message>
        <source>未填报年末结转</source>
        <translation>未填报年末结转</translation>
    </message>
    <message>
        <source>未填报政府采购预算</source>
        <translation>未填报政府采购预算</translation>
    </message>
    <message>
        <source>未填报政府采购实际金额</source>
        <translation>未填报政府采购实际金额</translation>
    </message>
    <message>
        <source>政府采购预算为0</source>
        <translation>政府采购预算为0</translation>
    </message>
    <message>
        <source>未填报编制数</source>
        <translation>未填报编制数</translation>
    </message>
    <message>
        <source>未填报在职人数</source>
        <translation>未填报在职人数</translation>
    </message>
    <message>
        <source>编制数为0</source>
        <translation>编制数为0</translation>
    </message>
    <message>
        <source>没有上年度的报告</source>
        <translation>没有上年度的报告</translation>
    </message>
    <message>
        <source>上年“三公经费”实际支出为0</source>
        <translation>上年“三公经费”实际支出为0</translation>
    </message>
    <message>
        <source>上年“三公经费”预算为0</source>
        <translation>上年“三公经费”预算为0</translation>
    </message>
    <message>
        <source>上年度报告未填报年末结转</source>
        <translation>上年度报告未填报年末结转</translation>
    </message>
    <message>
        <source>上年年末结转为0</source>
        <translation>上年年末结转为0</translation>
    </message>
    <message>
        <source>不适用（%1）</source>
        <translation>不适用（%1）</translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <source>文档结束后还有多余的内容</source>
        <translation>文档结束后还有多余的内容</translation>
    </message>
    <message>
        <source>第 %1 行：%2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>文本超过 %1 个字符的上限</source>
        <translation>文本超过 %1 个字符的上限</translation>
    </message>
    <message>
        <source>意外的字符“%1”</source>
        <translation>意外的字符“%1”</translation>
    </message>
    <message>
        <source>嵌套层数超过 %1 层</source>
        <translation>嵌套层数超过 %1 层</translation>
    </message>
    <message>
        <source>文档在应有取值的地方结束了</source>
        <translation>文档在应有取值的地方结束了</translation>
    </message>
    <message>
        <source>此处应为带双引号的键名</source>
        <translation>此处应为带双引号的键名</translation>
    </message>
    <message>
        <source>键“%1”在同一个对象中出现了两次</source>
        <translation>键“%1”在同一个对象中出现了两次</translation>
    </message>
    <message>
        <source>键“%1”后面应为“:”</source>
        <translation>键“%1”后面应为“:”</translation>
    </message>
    <message>
        <source>对象中此处应为“,”或“}”</source>
        <translation>对象中此处应为“,”或“}”</translation>
    </message>
    <message>
        <source>列表中此处应为“,”或“]”</source>
        <translation>列表中此处应为“,”或“]”</translation>
    </message>
    <message>
        <source>\u 转义不完整</source>
        <translation>\u 转义不完整</translation>
    </message>
    <message>
        <source>无效的 \u 转义</source>
        <translation>无效的 \u 转义</translation>
    </message>
    <message>
        <source>文本中含有 NUL 字符</source>
        <translation>文本中含有 NUL 字符</translation>
    </message>
    <message>
        <source>文本中含有控制字符（换行请写作 \n）</source>
        <translation>文本中含有控制字符（换行请写作 \n）</translation>
    </message>
    <message>
        <source>\u 转义只包含半个字符</source>
        <translation>\u 转义只包含半个字符</translation>
    </message>
    <message>
        <source>文本中有无效的转义“\%1”</source>
        <translation>文本中有无效的转义“\%1”</translation>
    </message>
    <message>
        <source>文本缺少结尾的双引号</source>
        <translation>文本缺少结尾的双引号</translation>
    </message>
    <message>
        <source>无效的数字</source>
        <translation>无效的数字</translation>
    </message>
    <message>
        <source>无效的数字：小数点后没有数字</source>
        <translation>无效的数字：小数点后没有数字</translation>
    </message>
    <message>
        <source>无效的数字：指数中没有数字</source>
        <translation>无效的数字：指数中没有数字</translation>
    </message>
    <message>
        <source>数字 %1 超出了可表示的范围</source>
        <translation>数字 %1 超出了可表示的范围</translation>
    </message>
    <message>
        <source>文件大小为 %1 MB，超过了报告文件的上限 %2 MB</source>
        <translation>文件大小为 %1 MB，超过了报告文件的上限 %2 MB</translation>
    </message>
    <message>
        <source>文件中含有 NUL 字节：不是文本文件</source>
        <translation>文件中含有 NUL 字节：不是文本文件</translation>
    </message>
    <message>
        <source>文件不是有效的 UTF-8 文本</source>
        <translation>文件不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>文件是空的</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>空值 null</source>
        <translation>空值 null</translation>
    </message>
    <message>
        <source>逻辑值 true/false</source>
        <translation>逻辑值 true/false</translation>
    </message>
    <message>
        <source>数字</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>文本</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>列表</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>文档结尾</source>
        <translation>文档结尾</translation>
    </message>
    <message>
        <source>…（共 %1 个字符）</source>
        <translation>…（共 %1 个字符）</translation>
    </message>
    <message>
        <source>文件中的取值超过 %1 个，不像是一份报告</source>
        <translation>文件中的取值超过 %1 个，不像是一份报告</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>不支持的语言“%1”：可用 zh_CN 或 en</source>
        <translation>不支持的语言“%1”：可用 zh_CN 或 en</translation>
    </message>
    <message>
        <source>无法载入界面语言“%1”的翻译文件，将以中文显示。</source>
        <translation>无法载入界面语言“%1”的翻译文件，将以中文显示。</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>列出工作区中的报告。</source>
        <translation>列出工作区中的报告。</translation>
    </message>
    <message>
        <source>命令名</source>
        <translation>命令名</translation>
    </message>
    <message>
        <source>以 JSON 输出</source>
        <translation>以 JSON 输出</translation>
    </message>
    <message>
        <source>list 不接受文件参数：jixiao list --db LOCATION</source>
        <translation>list 不接受文件参数：jixiao list --db LOCATION</translation>
    </message>
    <message>
        <source>工作区：%1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>%1	%2年度	第 %3 版	%4	全年预算 %5 万元	全年支出 %6 万元	%7 %8</source>
        <translation>%1	%2年度	第 %3 版	%4	全年预算 %5 万元	全年支出 %6 万元	%7 %8</translation>
    </message>
    <message>
        <source>共 %1 份报告</source>
        <translation>共 %1 份报告</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>添加</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>第%1行“%2”：%3</source>
        <translation>第%1行“%2”：%3</translation>
    </message>
    <message>
        <source>审核意见：%1</source>
        <translation>审核意见：%1</translation>
    </message>
    <message>
        <source>审核意见（第%1行）：%2</source>
        <translation>审核意见（第%1行）：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>检查结果</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>PDF 预览</source>
        <translation>PDF 预览</translation>
    </message>
    <message>
        <source>评审</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>报告各部分</source>
        <translation>报告各部分</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>打开报告</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>绩效自评报告 (*.json)</source>
        <translation>绩效自评报告 (*.json)</translation>
    </message>
    <message>
        <source>最近打开(&amp;R)</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>打开工作区(&amp;K)…</source>
        <translation>打开工作区(&amp;K)…</translation>
    </message>
    <message>
        <source>打开示例报告(&amp;E)</source>
        <translation>打开示例报告(&amp;E)</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>PDF 预览(&amp;P)</source>
        <translation>PDF 预览(&amp;P)</translation>
    </message>
    <message>
        <source>评审：评分与图表(&amp;R)</source>
        <translation>评审：评分与图表(&amp;R)</translation>
    </message>
    <message>
        <source>设置(&amp;T)</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>关于绩效自评(&amp;A)</source>
        <translation>关于绩效自评(&amp;A)</translation>
    </message>
    <message>
        <source>导出报告</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>无法导出到 %1：%2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message>
        <source>已导出草稿</source>
        <translation>已导出草稿</translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>界面语言将在下次启动绩效自评时生效。</source>
        <translation>界面语言将在下次启动绩效自评时生效。</translation>
    </message>
    <message>
        <source>无法打开工作区</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>无法打开报告</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>无法打开 %1。

%2</source>
        <translation>无法打开 %1。

%2</translation>
    </message>
    <message>
        <source>部门整体支出预算绩效自评报告</source>
        <translation>部门整体支出预算绩效自评报告</translation>
    </message>
    <message>
        <source>报告</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>保存报告</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>无法保存到 %1：%2

报告仍在窗口中，没有丢失；请换一个位置另存。</source>
        <translation>无法保存到 %1：%2

报告仍在窗口中，没有丢失；请换一个位置另存。</translation>
    </message>
    <message>
        <source>已保存到 %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>未命名报告</source>
        <translation>未命名报告</translation>
    </message>
    <message>
        <source>（未填写部门）</source>
        <translation>（未填写部门）</translation>
    </message>
    <message>
        <source>未保存</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>%1 %2年度 — %3[*] — 绩效自评</source>
        <translation>%1 %2年度 — %3[*] — 绩效自评</translation>
    </message>
    <message>
        <source>错误 %1 · 警告 %2</source>
        <translation>错误 %1 · 警告 %2</translation>
    </message>
    <message>
        <source>从决算/预算报表填入(&amp;T)…</source>
        <translation>从决算/预算报表填入(&amp;T)…</translation>
    </message>
    <message>
        <source>新建报告(&amp;N)…</source>
        <translation>新建报告(&amp;N)…</translation>
    </message>
    <message>
        <source>保存到工作区</source>
        <translation>保存到工作区</translation>
    </message>
    <message>
        <source>导出为 JSON 文件(&amp;J)…</source>
        <translation>导出为 JSON 文件(&amp;J)…</translation>
    </message>
    <message>
        <source>导出为 JSON 文件</source>
        <translation>导出为 JSON 文件</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>已导出 %1。</source>
        <translation>已导出 %1。</translation>
    </message>
    <message>
        <source>常用</source>
        <translation>常用</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>提交给审核人员（报告没有错误时）</source>
        <translation>提交给审核人员（报告没有错误时）</translation>
    </message>
    <message>
        <source>报告文件（不在工作区中）</source>
        <translation>报告文件（不在工作区中）</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>报告还有%1个错误，已导出为草稿（%2）：%3</source>
        <translation>报告还有%1个错误，已导出为草稿（%2）：%3</translation>
    </message>
    <message>
        <source>导出 PDF、Word、ODT、Excel(&amp;P)…</source>
        <translation>导出 PDF、Word、ODT、Excel(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>ManagementPage</name>
    <message>
        <source>预算管理</source>
        <translation>预算管理</translation>
    </message>
    <message>
        <source>预算管理情况</source>
        <translation>预算管理情况</translation>
    </message>
    <message>
        <source>“达标”一栏：勾选为达标，不勾选为未达标，半选为未填报。</source>
        <translation>“达标”一栏：勾选为达标，不勾选为未达标，半选为未填报。</translation>
    </message>
    <message>
        <source>管理指标</source>
        <translation>管理指标</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>所选项目的情况说明(&amp;T)：</source>
        <translation>所选项目的情况说明(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ManualScoreCommand</name>
    <message>
        <source>人工评分</source>
        <translation>人工评分</translation>
    </message>
</context>
<context>
    <name>ManualScoreDialog</name>
    <message>
        <source>人工评分</source>
        <translation>人工评分</translation>
    </message>
    <message>
        <source>%1（分值 %2 分）</source>
        <translation>%1（分值 %2 分）</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>0 至 %1</source>
        <translation>0 至 %1</translation>
    </message>
    <message>
        <source>扣分原因</source>
        <translation>扣分原因</translation>
    </message>
    <message>
        <source>评分</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>得分(&amp;S)：</source>
        <translation>得分(&amp;S)：</translation>
    </message>
    <message>
        <source>扣分原因(&amp;R)：</source>
        <translation>扣分原因(&amp;R)：</translation>
    </message>
    <message>
        <source>得分和扣分原因一起填写：没有原因的人工评分不计入总分。</source>
        <translation>得分和扣分原因一起填写：没有原因的人工评分不计入总分。</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>金额以万元为单位：请去掉“元”，或把数额换算成万元。</source>
        <translation>金额以万元为单位：请去掉“元”，或把数额换算成万元。</translation>
    </message>
    <message>
        <source>小数点后面不能有千位分隔符。</source>
        <translation>小数点后面不能有千位分隔符。</translation>
    </message>
    <message>
        <source>千位分隔符“,”的位置不对：它只能每三位数字分隔一次（如 1,843.29）。</source>
        <translation>千位分隔符“,”的位置不对：它只能每三位数字分隔一次（如 1,843.29）。</translation>
    </message>
    <message>
        <source>金额中有不止一个小数点。</source>
        <translation>金额中有不止一个小数点。</translation>
    </message>
    <message>
        <source>正负号只能写在金额的最前面。</source>
        <translation>正负号只能写在金额的最前面。</translation>
    </message>
    <message>
        <source>金额中间不能有空格。</source>
        <translation>金额中间不能有空格。</translation>
    </message>
    <message>
        <source>“%1”不是金额的一部分：请输入以万元为单位的数字，例如 1843.29。</source>
        <translation>“%1”不是金额的一部分：请输入以万元为单位的数字，例如 1843.29。</translation>
    </message>
    <message>
        <source>金额中没有数字。</source>
        <translation>金额中没有数字。</translation>
    </message>
    <message>
        <source>万元金额最多六位小数（即精确到分）。</source>
        <translation>万元金额最多六位小数（即精确到分）。</translation>
    </message>
    <message>
        <source>金额过大：必须小于 1,000,000,000,000 万元。</source>
        <translation>金额过大：必须小于 1,000,000,000,000 万元。</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>新建报告</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>部门全称，如：湘潭市行政审批服务局</source>
        <translation>部门全称，如：湘潭市行政审批服务局</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>部门(&amp;D)：</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>%1（按 Esc 恢复原来的值）</source>
        <translation>%1（按 Esc 恢复原来的值）</translation>
    </message>
</context>
<context>
    <name>OverviewCommand</name>
    <message>
        <source>把工作区中某一年度各部门报告的总览（状态、得分、等级、各项指标、错误与提示、主要金额）导出为 .xlsx 或 .csv 表格。</source>
        <translation>把工作区中某一年度各部门报告的总览（状态、得分、等级、各项指标、错误与提示、主要金额）导出为 .xlsx 或 .csv 表格。</translation>
    </message>
    <message>
        <source>命令名</source>
        <translation>命令名</translation>
    </message>
    <message>
        <source>输出文件（.xlsx 或 .csv）</source>
        <translation>输出文件（.xlsx 或 .csv）</translation>
    </message>
    <message>
        <source>overview 不接受文件参数：jixiao overview --db LOCATION --year N -o OUT.xlsx</source>
        <translation>overview 不接受文件参数：jixiao overview --db LOCATION --year N -o OUT.xlsx</translation>
    </message>
    <message>
        <source>请用 --year 给出年度，例如 --year 2023</source>
        <translation>请用 --year 给出年度，例如 --year 2023</translation>
    </message>
    <message>
        <source>请用 -o 给出输出文件，扩展名为 .xlsx 或 .csv</source>
        <translation>请用 -o 给出输出文件，扩展名为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>工作区中没有%1年度的报告，表格中只有标题行。</source>
        <translation>工作区中没有%1年度的报告，表格中只有标题行。</translation>
    </message>
    <message>
        <source>已把%1年度 %2 个部门的总览写入 %3</source>
        <translation>已把%1年度 %2 个部门的总览写入 %3</translation>
    </message>
    <message>
        <source>jixiao：“%1”的评价在工作区中存储的与报告内容不符（可能被人直接改动过，或由另一版本的程序写入），表中是按报告内容重新计算的结果。</source>
        <translation>jixiao：“%1”的评价在工作区中存储的与报告内容不符（可能被人直接改动过，或由另一版本的程序写入），表中是按报告内容重新计算的结果。</translation>
    </message>
</context>
<context>
    <name>OverviewExport</name>
    <message>
        <source>无法导出到“%1”：总览只能导出为 .xlsx 或 .csv 文件。</source>
        <translation>无法导出到“%1”：总览只能导出为 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>%1年度部门整体支出绩效自评总览</source>
        <translation>%1年度部门整体支出绩效自评总览</translation>
    </message>
    <message>
        <source>%1年度</source>
        <translation>%1年度</translation>
    </message>
</context>
<context>
    <name>OverviewTableModel</name>
    <message>
        <source>不适用</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>这份报告无法读出，没有评价结果。</source>
        <translation>这份报告无法读出，没有评价结果。</translation>
    </message>
    <message>
        <source>%1不适用（分母为0，或缺少所需的数字、上年报告）。</source>
        <translation>%1不适用（分母为0，或缺少所需的数字、上年报告）。</translation>
    </message>
    <message>
        <source>工作区中存储的评价与报告内容不符（可能被人直接改动过，或由另一版本的程序写入）；这里显示的是按报告内容重新计算的结果。</source>
        <translation>工作区中存储的评价与报告内容不符（可能被人直接改动过，或由另一版本的程序写入）；这里显示的是按报告内容重新计算的结果。</translation>
    </message>
    <message>
        <source>待评</source>
        <translation>待评</translation>
    </message>
    <message>
        <source>待人工评分 %1 项，评完后给出等级。</source>
        <translation>待人工评分 %1 项，评完后给出等级。</translation>
    </message>
    <message>
        <source>自评表还有待评的指标，评完后给出等级。</source>
        <translation>自评表还有待评的指标，评完后给出等级。</translation>
    </message>
</context>
<context>
    <name>OverviewText</name>
    <message>
        <source>%1(%)</source>
        <translation>%1(%)</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>待人工评分</source>
        <translation>待人工评分</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>全年预算(万元)</source>
        <translation>全年预算(万元)</translation>
    </message>
    <message>
        <source>全年支出(万元)</source>
        <translation>全年支出(万元)</translation>
    </message>
    <message>
        <source>年末结转(万元)</source>
        <translation>年末结转(万元)</translation>
    </message>
    <message>
        <source>自评表总分</source>
        <translation>自评表总分</translation>
    </message>
    <message>
        <source>自评表等级</source>
        <translation>自评表等级</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>各部门总览</source>
        <translation>各部门总览</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>按部门名称筛选</source>
        <translation>按部门名称筛选</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>只看有错误的</source>
        <translation>只看有错误的</translation>
    </message>
    <message>
        <source>打开报告</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>把表格中显示的部门（按当前的筛选和排序）导出为 .xlsx</source>
        <translation>把表格中显示的部门（按当前的筛选和排序）导出为 .xlsx</translation>
    </message>
    <message>
        <source>导出 CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>把表格中显示的部门（按当前的筛选和排序）导出为 UTF-8 .csv</source>
        <translation>把表格中显示的部门（按当前的筛选和排序）导出为 UTF-8 .csv</translation>
    </message>
    <message>
        <source>对比指标</source>
        <translation>对比指标</translation>
    </message>
    <message>
        <source>%1年度</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>导出总览</source>
        <translation>导出总览</translation>
    </message>
    <message>
        <source>%1年度各部门总览.%2</source>
        <translation>%1年度各部门总览.%2</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel 表格 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV 表格 (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>已导出 %1 个部门到 %2</source>
        <translation>已导出 %1 个部门到 %2</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>按表格当前的顺序，显示前 %1 个部门（共 %2 个）</source>
        <translation>按表格当前的顺序，显示前 %1 个部门（共 %2 个）</translation>
    </message>
    <message>
        <source>共 %1 个部门</source>
        <translation>共 %1 个部门</translation>
    </message>
    <message>
        <source>%1年度共 %2 个部门，显示 %3 个；草稿 %4，已提交 %5，已退回 %6，已审核 %7；有错误的 %8 个。</source>
        <translation>%1年度共 %2 个部门，显示 %3 个；草稿 %4，已提交 %5，已退回 %6，已审核 %7；有错误的 %8 个。</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>注意：%1 的评价在工作区中存储的与报告内容不符（可能被人直接改动过，或由另一版本的程序写入），表中是按报告内容重新计算的结果。</source>
        <translation>注意：%1 的评价在工作区中存储的与报告内容不符（可能被人直接改动过，或由另一版本的程序写入），表中是按报告内容重新计算的结果。</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <source>问题与措施</source>
        <translation>问题与措施</translation>
    </message>
    <message>
        <source>四、存在的主要问题</source>
        <translation>四、存在的主要问题</translation>
    </message>
    <message>
        <source>引言(&amp;I)：</source>
        <translation>引言(&amp;I)：</translation>
    </message>
    <message>
        <source>问题（一）（二）…</source>
        <translation>问题（一）（二）…</translation>
    </message>
    <message>
        <source>问题标题</source>
        <translation>问题标题</translation>
    </message>
    <message>
        <source>存在的主要问题</source>
        <translation>存在的主要问题</translation>
    </message>
    <message>
        <source>所选问题的说明(&amp;W)：</source>
        <translation>所选问题的说明(&amp;W)：</translation>
    </message>
    <message>
        <source>五、改进的措施和建议</source>
        <translation>五、改进的措施和建议</translation>
    </message>
    <message>
        <source>措施标题</source>
        <translation>措施标题</translation>
    </message>
    <message>
        <source>改进的措施和建议</source>
        <translation>改进的措施和建议</translation>
    </message>
    <message>
        <source>所选措施的说明(&amp;M)：</source>
        <translation>所选措施的说明(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>部门概况</source>
        <translation>部门概况</translation>
    </message>
    <message>
        <source>报告</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>部门名称(&amp;D)：</source>
        <translation>部门名称(&amp;D)：</translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>报告标题(&amp;T)：</source>
        <translation>报告标题(&amp;T)：</translation>
    </message>
    <message>
        <source>开篇说明(&amp;P)：</source>
        <translation>开篇说明(&amp;P)：</translation>
    </message>
    <message>
        <source>（一）基本情况</source>
        <translation>（一）基本情况</translation>
    </message>
    <message>
        <source>基本情况(&amp;O)：</source>
        <translation>基本情况(&amp;O)：</translation>
    </message>
    <message>
        <source>在职人数(&amp;A)：</source>
        <translation>在职人数(&amp;A)：</translation>
    </message>
    <message>
        <source>退休人数(&amp;R)：</source>
        <translation>退休人数(&amp;R)：</translation>
    </message>
    <message>
        <source>编制数(&amp;Z)：</source>
        <translation>编制数(&amp;Z)：</translation>
    </message>
    <message>
        <source>主要职能</source>
        <translation>主要职能</translation>
    </message>
    <message>
        <source>职能（每行一条，按顺序）</source>
        <translation>职能（每行一条，按顺序）</translation>
    </message>
</context>
<context>
    <name>ReportChangeSummary</name>
    <message>
        <source>其他内容</source>
        <translation>其他内容</translation>
    </message>
    <message>
        <source>无内容变化</source>
        <translation>无内容变化</translation>
    </message>
    <message>
        <source>修改了%1</source>
        <translation>修改了%1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>修改了%1等 %2 处</source>
        <translation>修改了%1等 %2 处</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>修改%1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>添加%1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>删除%1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>移动%1</source>
        <translation>移动%1</translation>
    </message>
</context>
<context>
    <name>ReportDocxWriter</name>
    <message>
        <source>无法生成 Word 文档。</source>
        <translation>无法生成 Word 文档。</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument 文本 (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>报告数据 JSON (*.json)</source>
        <translation>报告数据 JSON (*.json)</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>自评表 Excel 文件 (*.xlsx)</source>
        <translation>自评表 Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>不知道如何导出“%1”：文件名应以 .pdf、.docx、.odt、.json 或 .xlsx（自评表）结尾。</source>
        <translation>不知道如何导出“%1”：文件名应以 .pdf、.docx、.odt、.json 或 .xlsx（自评表）结尾。</translation>
    </message>
    <message>
        <source>每页带“草稿”字样，文末列出问题</source>
        <translation>每页带“草稿”字样，文末列出问题</translation>
    </message>
    <message>
        <source>自评表的标题注明“草稿”，打印时每页页眉带“草稿”字样</source>
        <translation>自评表的标题注明“草稿”，打印时每页页眉带“草稿”字样</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <source>没有找到可用的中文字体（需要能正确复制文字的简体中文字体，例如 fonts-lxgw-wenkai、fonts-arphic-uming 或 fonts-wqy-zenhei），无法导出 PDF。</source>
        <translation>没有找到可用的中文字体（需要能正确复制文字的简体中文字体，例如 fonts-lxgw-wenkai、fonts-arphic-uming 或 fonts-wqy-zenhei），无法导出 PDF。</translation>
    </message>
</context>
<context>
    <name>ReportHistoryView</name>
    <message>
        <source>恢复到这个版本</source>
        <translation>恢复到这个版本</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>保存人</source>
        <translation>保存人</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>修改内容</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>报告的历史记录</source>
        <translation>报告的历史记录</translation>
    </message>
    <message>
        <source>把报告恢复成所选版本的内容；现在的内容仍留在历史记录中</source>
        <translation>把报告恢复成所选版本的内容；现在的内容仍留在历史记录中</translation>
    </message>
    <message>
        <source>历史记录</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>恢复版本</source>
        <translation>恢复版本</translation>
    </message>
    <message>
        <source>把报告恢复成 %1 %2 保存的版本吗？现在的内容会留在历史记录中，随时可以再恢复。</source>
        <translation>把报告恢复成 %1 %2 保存的版本吗？现在的内容会留在历史记录中，随时可以再恢复。</translation>
    </message>
</context>
<context>
    <name>ReportJsonReader</name>
    <message>
        <source>对象</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>是必填项，但文件中没有</source>
        <translation>是必填项，但文件中没有</translation>
    </message>
    <message>
        <source>必须是 0 或更大的整数，而不是 %1</source>
        <translation>必须是 0 或更大的整数，而不是 %1</translation>
    </message>
    <message>
        <source>逻辑值 true 或 false</source>
        <translation>逻辑值 true 或 false</translation>
    </message>
    <message>
        <source>文本列表</source>
        <translation>文本列表</translation>
    </message>
    <message>
        <source>列表</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>应为%1，实际是%2</source>
        <translation>应为%1，实际是%2</translation>
    </message>
    <message>
        <source>文本</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>整数</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>“%1”不是 ±999999999 以内的整数</source>
        <translation>“%1”不是 ±999999999 以内的整数</translation>
    </message>
    <message>
        <source>金额（如 &quot;30.55&quot;）</source>
        <translation>金额（如 &quot;30.55&quot;）</translation>
    </message>
    <message>
        <source>“%1”不是有效的类别：应为 basic（基本支出）、project（项目支出）或 transfer（结构调整）</source>
        <translation>“%1”不是有效的类别：应为 basic（基本支出）、project（项目支出）或 transfer（结构调整）</translation>
    </message>
    <message>
        <source>“%1”不是 YYYY-MM-DD 格式的日期</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>“%1”不是绩效自评报告文件（应为 &quot;jixiao.report&quot;）</source>
        <translation>“%1”不是绩效自评报告文件（应为 &quot;jixiao.report&quot;）</translation>
    </message>
    <message>
        <source>不存在版本 %1</source>
        <translation>不存在版本 %1</translation>
    </message>
    <message>
        <source>无法打开 %1：%2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 大小为 %2 MB，超过了报告文件的上限 %3 MB</source>
        <translation>%1 大小为 %2 MB，超过了报告文件的上限 %3 MB</translation>
    </message>
    <message>
        <source>%1 超过了报告文件的上限 %2 MB</source>
        <translation>%1 超过了报告文件的上限 %2 MB</translation>
    </message>
    <message>
        <source>“%1”的小数超过六位（万元金额最多精确到分）</source>
        <translation>“%1”的小数超过六位（万元金额最多精确到分）</translation>
    </message>
    <message>
        <source>“%1”不是有效的金额：文件中的金额须以万元为单位，写成不带分隔符和单位、最多六位小数的数字，例如 &quot;30.55&quot;</source>
        <translation>“%1”不是有效的金额：文件中的金额须以万元为单位，写成不带分隔符和单位、最多六位小数的数字，例如 &quot;30.55&quot;</translation>
    </message>
    <message>
        <source>“%1”过大：金额必须小于 10^12 万元</source>
        <translation>“%1”过大：金额必须小于 10^12 万元</translation>
    </message>
    <message>
        <source>%1 的有效数字超过 15 位；请把金额写成文本，例如 &quot;30.55&quot;</source>
        <translation>%1 的有效数字超过 15 位；请把金额写成文本，例如 &quot;30.55&quot;</translation>
    </message>
    <message>
        <source>%1 超出了金额的范围</source>
        <translation>%1 超出了金额的范围</translation>
    </message>
    <message>
        <source>%1 的小数超过六位（万元金额最多精确到分）</source>
        <translation>%1 的小数超过六位（万元金额最多精确到分）</translation>
    </message>
    <message>
        <source>%1 过大：金额必须小于 10^12 万元</source>
        <translation>%1 过大：金额必须小于 10^12 万元</translation>
    </message>
    <message>
        <source>“%1”不是有效的指标性质：应为 higher（≥）、lower（≤）、exact（=）或 qualitative（定性）</source>
        <translation>“%1”不是有效的指标性质：应为 higher（≥）、lower（≤）、exact（=）或 qualitative（定性）</translation>
    </message>
    <message>
        <source>“%1”不是有效的档次：应为 achieved（达成年度指标）、partial（部分达成并具有一定效果）或 not_achieved（未达成且效果较差）</source>
        <translation>“%1”不是有效的档次：应为 achieved（达成年度指标）、partial（部分达成并具有一定效果）或 not_achieved（未达成且效果较差）</translation>
    </message>
    <message>
        <source>分数（如 &quot;9.5&quot;）</source>
        <translation>分数（如 &quot;9.5&quot;）</translation>
    </message>
    <message>
        <source>“%1”不是最多两位小数的分数（如 &quot;9.5&quot;）</source>
        <translation>“%1”不是最多两位小数的分数（如 &quot;9.5&quot;）</translation>
    </message>
    <message>
        <source>分值不能为负数（%1）</source>
        <translation>分值不能为负数（%1）</translation>
    </message>
    <message>
        <source>“%1”过大：分数不能超过1000000</source>
        <translation>“%1”过大：分数不能超过1000000</translation>
    </message>
    <message>
        <source>版本 %1 由较新的绩效自评程序写出，本程序最高只能读取版本 %2，请升级程序。</source>
        <translation>版本 %1 由较新的绩效自评程序写出，本程序最高只能读取版本 %2，请升级程序。</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>基本支出</source>
        <translation>基本支出</translation>
    </message>
    <message>
        <source>结构调整（基本→项目）</source>
        <translation>结构调整（基本→项目）</translation>
    </message>
    <message>
        <source>项目支出</source>
        <translation>项目支出</translation>
    </message>
    <message>
        <source>≤ 越低越好</source>
        <translation>≤ 越低越好</translation>
    </message>
    <message>
        <source>= 定值</source>
        <translation>= 定值</translation>
    </message>
    <message>
        <source>定性</source>
        <translation>定性</translation>
    </message>
    <message>
        <source>≥ 越高越好</source>
        <translation>≥ 越高越好</translation>
    </message>
    <message>
        <source>“%1”不是数字：请只填数字，例如 99.5；单位写在“单位”一栏。</source>
        <translation>“%1”不是数字：请只填数字，例如 99.5；单位写在“单位”一栏。</translation>
    </message>
</context>
<context>
    <name>ReportOdtWriter</name>
    <message>
        <source>无法生成 ODT 文档。</source>
        <translation>无法生成 ODT 文档。</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>无法生成 PDF。</source>
        <translation>无法生成 PDF。</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>PDF 预览</source>
        <translation>PDF 预览</translation>
    </message>
    <message>
        <source>无法生成预览：%1</source>
        <translation>无法生成预览：%1</translation>
    </message>
    <message>
        <source>草稿：报告还有%1个错误，导出的 PDF 每页带“草稿”字样。</source>
        <translation>草稿：报告还有%1个错误，导出的 PDF 每页带“草稿”字样。</translation>
    </message>
    <message>
        <source>共%1页。</source>
        <translation>共%1页。</translation>
    </message>
</context>
<context>
    <name>ReportStatus</name>
    <message>
        <source>已提交</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>已审核</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>草稿</translation>
    </message>
</context>
<context>
    <name>ReportWorkflow</name>
    <message>
        <source>提交</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>报告不能由“%1”直接改为“%2”。</source>
        <translation>报告不能由“%1”直接改为“%2”。</translation>
    </message>
    <message>
        <source>只有本部门的%1才能提交这份报告。</source>
        <translation>只有本部门的%1才能提交这份报告。</translation>
    </message>
    <message>
        <source>只有%1才能%2报告。</source>
        <translation>只有%1才能%2报告。</translation>
    </message>
    <message numerus="yes">
        <source>报告还有 %n 处错误，改正后才能提交。</source>
        <translation>
            <numerusform>报告还有 %n 处错误，改正后才能提交。</numerusform>
        </translation>
    </message>
    <message>
        <source>退回报告时请写明退回的原因，以便填报人员修改。</source>
        <translation>退回报告时请写明退回的原因，以便填报人员修改。</translation>
    </message>
    <message numerus="yes">
        <source>报告内容还有 %n 处错误，不能审核通过；请退回给填报人员改正。</source>
        <translation>
            <numerusform>报告内容还有 %n 处错误，不能审核通过；请退回给填报人员改正。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>导入</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>导入并替换：%1</source>
        <translation>导入并替换：%1</translation>
    </message>
    <message>
        <source>删除报告</source>
        <translation>删除报告</translation>
    </message>
    <message>
        <source>恢复为 %1 %2 保存的版本</source>
        <translation>恢复为 %1 %2 保存的版本</translation>
    </message>
    <message>
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <source>工作区中已有“%1”%2年度的报告，不能把删除的报告恢复到原处；可以把它恢复为副本。</source>
        <translation>工作区中已有“%1”%2年度的报告，不能把删除的报告恢复到原处；可以把它恢复为副本。</translation>
    </message>
    <message>
        <source>由“%1”%2 保存的版本恢复为副本</source>
        <translation>由“%1”%2 保存的版本恢复为副本</translation>
    </message>
    <message>
        <source>状态由“%1”改为“%2”</source>
        <translation>状态由“%1”改为“%2”</translation>
    </message>
    <message>
        <source>：%1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>您没有修改这份报告的权限：它属于“%1”，您是“%2”的填报人员。</source>
        <translation>您没有修改这份报告的权限：它属于“%1”，您是“%2”的填报人员。</translation>
    </message>
    <message>
        <source>您没有修改报告的权限：只有本部门的填报人员可以修改报告。</source>
        <translation>您没有修改报告的权限：只有本部门的填报人员可以修改报告。</translation>
    </message>
    <message>
        <source>历史记录中没有这个版本。</source>
        <translation>历史记录中没有这个版本。</translation>
    </message>
    <message>
        <source>历史记录中的这个版本无法读出。</source>
        <translation>历史记录中的这个版本无法读出。</translation>
    </message>
    <message>
        <source>“%1”%2年度的报告已被 %3 于 %4 修改并保存（现在是第 %5 版，您的修改是在第 %6 版上做的）。您的修改没有保存，也没有覆盖对方的内容。
您可以重新载入对方保存的版本，或者把您的版本另存为副本（部门名称后加“（副本）”），以后再对照合并。</source>
        <translation>“%1”%2年度的报告已被 %3 于 %4 修改并保存（现在是第 %5 版，您的修改是在第 %6 版上做的）。您的修改没有保存，也没有覆盖对方的内容。
您可以重新载入对方保存的版本，或者把您的版本另存为副本（部门名称后加“（副本）”），以后再对照合并。</translation>
    </message>
    <message>
        <source>工作区中已有“%1”%2年度的报告，一个部门每年只能有一份报告。</source>
        <translation>工作区中已有“%1”%2年度的报告，一个部门每年只能有一份报告。</translation>
    </message>
    <message>
        <source>工作区中已没有这份报告（可能刚被别人删除，可从“已删除的报告”中恢复）。如需保留您的修改，请把它另存为副本。</source>
        <translation>工作区中已没有这份报告（可能刚被别人删除，可从“已删除的报告”中恢复）。如需保留您的修改，请把它另存为副本。</translation>
    </message>
    <message>
        <source>这份报告无法读出，不能提交或审核。</source>
        <translation>这份报告无法读出，不能提交或审核。</translation>
    </message>
    <message>
        <source>“%1”%2年度的报告已审核，不能再修改。如需修改，请审核人员先“重新打开”它。</source>
        <translation>“%1”%2年度的报告已审核，不能再修改。如需修改，请审核人员先“重新打开”它。</translation>
    </message>
    <message>
        <source>“%1”%2年度的报告已提交，正在等待审核，内容不能修改。如需修改，请审核人员先将它“退回”。</source>
        <translation>“%1”%2年度的报告已提交，正在等待审核，内容不能修改。如需修改，请审核人员先将它“退回”。</translation>
    </message>
    <message>
        <source>“%1”%2年度的报告已提交，正在等待审核，人工评分不能修改。如需修改，请审核人员先将它“退回”。</source>
        <translation>“%1”%2年度的报告已提交，正在等待审核，人工评分不能修改。如需修改，请审核人员先将它“退回”。</translation>
    </message>
    <message>
        <source>“%1”%2年度的报告已提交，正在等待审核，不能删除。如需删除，请审核人员先将它“退回”。</source>
        <translation>“%1”%2年度的报告已提交，正在等待审核，不能删除。如需删除，请审核人员先将它“退回”。</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>状态：%1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>退回原因：%1</source>
        <translation>退回原因：%1</translation>
    </message>
    <message>
        <source>已审核的报告不能修改；需要修改时请审核人员重新打开。</source>
        <translation>已审核的报告不能修改；需要修改时请审核人员重新打开。</translation>
    </message>
    <message>
        <source>退回报告</source>
        <translation>退回报告</translation>
    </message>
    <message>
        <source>请写明退回的原因，填报人员会看到：</source>
        <translation>请写明退回的原因，填报人员会看到：</translation>
    </message>
    <message>
        <source>报告已提交，审核期间不能修改；审核人员退回后可以继续修改。</source>
        <translation>报告已提交，审核期间不能修改；审核人员退回后可以继续修改。</translation>
    </message>
    <message>
        <source>审核人员：</source>
        <translation>审核人员：</translation>
    </message>
    <message>
        <source>待人工评分 %1 项（按 0 分计）</source>
        <translation>待人工评分 %1 项（按 0 分计）</translation>
    </message>
    <message>
        <source>未解决的审核意见 %1 条</source>
        <translation>未解决的审核意见 %1 条</translation>
    </message>
    <message>
        <source>没有未解决的警告、待人工评分项或审核意见。</source>
        <translation>没有未解决的警告、待人工评分项或审核意见。</translation>
    </message>
    <message>
        <source>仍未解决：</source>
        <translation>仍未解决：</translation>
    </message>
    <message>
        <source>审核通过后报告将锁定，填报人员不能再修改。</source>
        <translation>审核通过后报告将锁定，填报人员不能再修改。</translation>
    </message>
    <message>
        <source>确定审核通过吗？</source>
        <translation>确定审核通过吗？</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>警告 %1 项：</source>
        <translation>警告 %1 项：</translation>
    </message>
    <message>
        <source>另有 %1 项，见“检查结果”</source>
        <translation>另有 %1 项，见“检查结果”</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>自评评分</source>
        <translation>自评评分</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>自评评分表</source>
        <translation>自评评分表</translation>
    </message>
    <message>
        <source>选择评分方案文件(&amp;C)…</source>
        <translation>选择评分方案文件(&amp;C)…</translation>
    </message>
    <message>
        <source>恢复默认方案</source>
        <translation>恢复默认方案</translation>
    </message>
    <message>
        <source>选择评分方案</source>
        <translation>选择评分方案</translation>
    </message>
    <message>
        <source>评分方案 (*.json)</source>
        <translation>评分方案 (*.json)</translation>
    </message>
    <message>
        <source>无法使用评分方案</source>
        <translation>无法使用评分方案</translation>
    </message>
    <message>
        <source>评分方案 %1 有问题，仍使用当前方案。

%2</source>
        <translation>评分方案 %1 有问题，仍使用当前方案。

%2</translation>
    </message>
    <message>
        <source>总分：%1分&#x3000;等级：%2</source>
        <translation>总分：%1分&#x3000;等级：%2</translation>
    </message>
    <message>
        <source>评分方案：%1</source>
        <translation>评分方案：%1</translation>
    </message>
    <message>
        <source>人工评分(&amp;M)…</source>
        <translation>人工评分(&amp;M)…</translation>
    </message>
    <message>
        <source>为所选的人工评分项填写得分和扣分原因</source>
        <translation>为所选的人工评分项填写得分和扣分原因</translation>
    </message>
    <message>
        <source>目前得分：%1分&#x3000;待人工评分 %2 项，评完后给出等级</source>
        <translation>目前得分：%1分&#x3000;待人工评分 %2 项，评完后给出等级</translation>
    </message>
</context>
<context>
    <name>ScoreTableModel</name>
    <message>
        <source>待评</source>
        <translation>待评</translation>
    </message>
    <message>
        <source>人工评分：填写得分（0至%1分）和扣分原因，两者都要填。</source>
        <translation>人工评分：填写得分（0至%1分）和扣分原因，两者都要填。</translation>
    </message>
    <message>
        <source>得分须是0到%1之间、最多两位小数的数。</source>
        <translation>得分须是0到%1之间、最多两位小数的数。</translation>
    </message>
    <message>
        <source>请填写扣分原因：没有原因的人工评分不计入总分。</source>
        <translation>请填写扣分原因：没有原因的人工评分不计入总分。</translation>
    </message>
    <message>
        <source>请填写得分。</source>
        <translation>请填写得分。</translation>
    </message>
    <message>
        <source>一级指标</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>二级指标</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>三级指标</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <source>分值</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>扣分原因</source>
        <translation>扣分原因</translation>
    </message>
</context>
<context>
    <name>ScoreText</name>
    <message>
        <source>%1为%2%，得%3分</source>
        <translation>%1为%2%，得%3分</translation>
    </message>
    <message>
        <source>%1为%2%，超过%3%，按每超1个百分点扣%4分计，扣%5分</source>
        <translation>%1为%2%，超过%3%，按每超1个百分点扣%4分计，扣%5分</translation>
    </message>
    <message>
        <source>%1为%2%，未达到%3%，按比例得%4分</source>
        <translation>%1为%2%，未达到%3%，按比例得%4分</translation>
    </message>
    <message>
        <source>未填报年末结转，待人工评分</source>
        <translation>未填报年末结转，待人工评分</translation>
    </message>
    <message>
        <source>年末结转%1万元，未超过上年结转%2万元，得%3分</source>
        <translation>年末结转%1万元，未超过上年结转%2万元，得%3分</translation>
    </message>
    <message>
        <source>年末结转%1万元，超过上年结转%2万元，得%3分</source>
        <translation>年末结转%1万元，超过上年结转%2万元，得%3分</translation>
    </message>
    <message>
        <source>报告中没有对应的预算管理项目，待人工评分</source>
        <translation>报告中没有对应的预算管理项目，待人工评分</translation>
    </message>
    <message>
        <source>未达标或未填报：%1</source>
        <translation>未达标或未填报：%1</translation>
    </message>
    <message>
        <source>绩效目标表中没有可计分的指标，待人工评分</source>
        <translation>绩效目标表中没有可计分的指标，待人工评分</translation>
    </message>
    <message>
        <source>部分绩效指标未完成目标，按完成比例得%1分</source>
        <translation>部分绩效指标未完成目标，按完成比例得%1分</translation>
    </message>
    <message>
        <source>（%1项指标不适用，已按其余指标折算）</source>
        <translation>（%1项指标不适用，已按其余指标折算）</translation>
    </message>
    <message>
        <source>评分方案引用了未知的指标“%1”，待人工评分</source>
        <translation>评分方案引用了未知的指标“%1”，待人工评分</translation>
    </message>
    <message>
        <source>%1不适用（%2），待人工评分</source>
        <translation>%1不适用（%2），待人工评分</translation>
    </message>
    <message>
        <source>金额合计超出范围，待人工评分</source>
        <translation>金额合计超出范围，待人工评分</translation>
    </message>
    <message>
        <source>需人工评分</source>
        <translation>需人工评分</translation>
    </message>
</context>
<context>
    <name>ScoringSchemeReader</name>
    <message>
        <source>是必填项，但文件中没有</source>
        <translation>是必填项，但文件中没有</translation>
    </message>
    <message>
        <source>应为%1，实际是%2</source>
        <translation>应为%1，实际是%2</translation>
    </message>
    <message>
        <source>应为数字，实际是%1</source>
        <translation>应为数字，实际是%1</translation>
    </message>
    <message>
        <source>“%1”不是最多两位小数、绝对值不超过100000的数</source>
        <translation>“%1”不是最多两位小数、绝对值不超过100000的数</translation>
    </message>
    <message>
        <source>至少需要一个分档</source>
        <translation>至少需要一个分档</translation>
    </message>
    <message>
        <source>应为对象</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>得分必须在0到分值之间</source>
        <translation>得分必须在0到分值之间</translation>
    </message>
    <message>
        <source>分档的上限必须逐档增大</source>
        <translation>分档的上限必须逐档增大</translation>
    </message>
    <message>
        <source>不能为负数</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>必须大于0</source>
        <translation>必须大于0</translation>
    </message>
    <message>
        <source>应为文本</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>“%1”不是已知的评分规则（bands、linear、ratio、fund_balance、checklist、targets、manual）</source>
        <translation>“%1”不是已知的评分规则（bands、linear、ratio、fund_balance、checklist、targets、manual）</translation>
    </message>
    <message>
        <source>评分方案文件应为一个 JSON 对象</source>
        <translation>评分方案文件应为一个 JSON 对象</translation>
    </message>
    <message>
        <source>不是评分方案文件（应为 &quot;jixiao.scheme&quot;）</source>
        <translation>不是评分方案文件（应为 &quot;jixiao.scheme&quot;）</translation>
    </message>
    <message>
        <source>编号“%1”重复</source>
        <translation>编号“%1”重复</translation>
    </message>
    <message>
        <source>分值必须大于0</source>
        <translation>分值必须大于0</translation>
    </message>
    <message>
        <source>各项分值合计为%1分，应为100分</source>
        <translation>各项分值合计为%1分，应为100分</translation>
    </message>
    <message>
        <source>等级须按分数从高到低排列</source>
        <translation>等级须按分数从高到低排列</translation>
    </message>
    <message>
        <source>最低一档等级的下限必须是0分</source>
        <translation>最低一档等级的下限必须是0分</translation>
    </message>
    <message>
        <source>无法打开评分方案 %1：%2</source>
        <translation>无法打开评分方案 %1：%2</translation>
    </message>
    <message>
        <source>评分方案无法使用，已改用内置的默认方案。%1</source>
        <translation>评分方案无法使用，已改用内置的默认方案。%1</translation>
    </message>
    <message>
        <source>预算执行和绩效指标两部分的分值须为正数，合计100分</source>
        <translation>预算执行和绩效指标两部分的分值须为正数，合计100分</translation>
    </message>
    <message>
        <source>档次下限须满足 0 &lt; partial &lt; achieved ≤ 100（分值的百分比）</source>
        <translation>档次下限须满足 0 &lt; partial &lt; achieved ≤ 100（分值的百分比）</translation>
    </message>
    <message>
        <source>higher 须大于100，lower 须在0到100之间（指标值的百分比）</source>
        <translation>higher 须大于100，lower 须在0到100之间（指标值的百分比）</translation>
    </message>
    <message>
        <source>须在0到100之间（百分比）</source>
        <translation>须在0到100之间（百分比）</translation>
    </message>
    <message>
        <source>应为列表（空列表表示不设上限）</source>
        <translation>应为列表（空列表表示不设上限）</translation>
    </message>
    <message>
        <source>须在0到100之间（执行率的百分比）</source>
        <translation>须在0到100之间（执行率的百分比）</translation>
    </message>
    <message>
        <source>须在0到100分之间</source>
        <translation>须在0到100分之间</translation>
    </message>
    <message>
        <source>各档执行率须从高到低排列</source>
        <translation>各档执行率须从高到低排列</translation>
    </message>
</context>
<context>
    <name>SelfEvaluationPage</name>
    <message>
        <source>自评表</source>
        <translation>自评表</translation>
    </message>
    <message>
        <source>预算执行情况（单位：万元）</source>
        <translation>预算执行情况（单位：万元）</translation>
    </message>
    <message>
        <source>年初预算数 = 年初预算 + 上年结转：</source>
        <translation>年初预算数 = 年初预算 + 上年结转：</translation>
    </message>
    <message>
        <source>全年预算数 = 全年预算 + 上年结转：</source>
        <translation>全年预算数 = 全年预算 + 上年结转：</translation>
    </message>
    <message>
        <source>全年执行数 = 全年支出：</source>
        <translation>全年执行数 = 全年支出：</translation>
    </message>
    <message>
        <source>执行率 = 全年执行数 ÷ 全年预算数：</source>
        <translation>执行率 = 全年执行数 ÷ 全年预算数：</translation>
    </message>
    <message>
        <source>不适用（全年预算数为0）</source>
        <translation>不适用（全年预算数为0）</translation>
    </message>
    <message>
        <source>得分 = 分值 × 执行率（最高为分值）：</source>
        <translation>得分 = 分值 × 执行率（最高为分值）：</translation>
    </message>
    <message>
        <source>待评</source>
        <translation>待评</translation>
    </message>
    <message>
        <source>%1 × %2% = %3分</source>
        <translation>%1 × %2% = %3分</translation>
    </message>
    <message>
        <source>其中（可选，各项合计应等于年度资金总额）</source>
        <translation>其中（可选，各项合计应等于年度资金总额）</translation>
    </message>
    <message>
        <source>当年财政拨款</source>
        <translation>当年财政拨款</translation>
    </message>
    <message>
        <source>上年结转资金</source>
        <translation>上年结转资金</translation>
    </message>
    <message>
        <source>其他资金</source>
        <translation>其他资金</translation>
    </message>
    <message>
        <source>年初预算数</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <source>全年预算数</source>
        <translation>全年预算数</translation>
    </message>
    <message>
        <source>全年执行数</source>
        <translation>全年执行数</translation>
    </message>
    <message>
        <source>年度总体目标</source>
        <translation>年度总体目标</translation>
    </message>
    <message>
        <source>预期目标(&amp;G)：</source>
        <translation>预期目标(&amp;G)：</translation>
    </message>
    <message>
        <source>实际完成情况(&amp;A)：</source>
        <translation>实际完成情况(&amp;A)：</translation>
    </message>
    <message>
        <source>绩效指标</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <source>指标性质：≥ 越高越好，≤ 越低越好，= 定值，定性指标选档次并在档次范围内评分。可从 Excel 或 WPS 复制多行，选中单元格后按 Ctrl+V 粘贴；Ctrl+C 复制选中的行；Ctrl+Enter 在末尾添加一行。</source>
        <translation>指标性质：≥ 越高越好，≤ 越低越好，= 定值，定性指标选档次并在档次范围内评分。可从 Excel 或 WPS 复制多行，选中单元格后按 Ctrl+V 粘贴；Ctrl+C 复制选中的行；Ctrl+Enter 在末尾添加一行。</translation>
    </message>
    <message>
        <source>所选指标的偏差原因分析及改进措施(&amp;D)：</source>
        <translation>所选指标的偏差原因分析及改进措施(&amp;D)：</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>填报人</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>填报人(&amp;R)：</source>
        <translation>填报人(&amp;R)：</translation>
    </message>
    <message>
        <source>联系电话(&amp;T)：</source>
        <translation>联系电话(&amp;T)：</translation>
    </message>
    <message>
        <source>预算执行%1分（分值%2分） + 绩效指标%3分（分值%4分）</source>
        <translation>预算执行%1分（分值%2分） + 绩效指标%3分（分值%4分）</translation>
    </message>
    <message>
        <source>各项指标分值合计%1分，不是%2分：指标得分%3分已按%2÷%1折算为%4分。</source>
        <translation>各项指标分值合计%1分，不是%2分：指标得分%3分已按%2÷%1折算为%4分。</translation>
    </message>
    <message>
        <source>%1 %2(&amp;%3)：</source>
        <translation>%1 %2(&amp;%3)：</translation>
    </message>
    <message>
        <source>注明填报日期(&amp;E)</source>
        <translation>注明填报日期(&amp;E)</translation>
    </message>
    <message>
        <source>填报日期</source>
        <translation>填报日期</translation>
    </message>
    <message>
        <source>填报日期(&amp;F)：</source>
        <translation>填报日期(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>SelfEvaluationTableModel</name>
    <message>
        <source>一级指标</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>二级指标</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>三级指标</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>指标性质</source>
        <translation>指标性质</translation>
    </message>
    <message>
        <source>年度指标值</source>
        <translation>年度指标值</translation>
    </message>
    <message>
        <source>实际完成值</source>
        <translation>实际完成值</translation>
    </message>
    <message>
        <source>分值</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>档次（定性）</source>
        <translation>档次（定性）</translation>
    </message>
    <message>
        <source>评分（定性）</source>
        <translation>评分（定性）</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>偏差原因分析及改进措施</source>
        <translation>偏差原因分析及改进措施</translation>
    </message>
    <message>
        <source>评分不在所选档次的范围内，尚未计分</source>
        <translation>评分不在所选档次的范围内，尚未计分</translation>
    </message>
    <message>
        <source>缺少年度指标值、实际完成值或评分，尚未计分</source>
        <translation>缺少年度指标值、实际完成值或评分，尚未计分</translation>
    </message>
    <message>
        <source>修改第%1项绩效指标的指标性质</source>
        <translation>修改第%1项绩效指标的指标性质</translation>
    </message>
    <message>
        <source>分数最多两位小数</source>
        <translation>分数最多两位小数</translation>
    </message>
    <message>
        <source>分值不能为负数</source>
        <translation>分值不能为负数</translation>
    </message>
    <message>
        <source>粘贴%1行绩效指标</source>
        <translation>粘贴%1行绩效指标</translation>
    </message>
    <message>
        <source>“%1”不是分数：请只填数字，例如 9.50。</source>
        <translation>“%1”不是分数：请只填数字，例如 9.50。</translation>
    </message>
</context>
<context>
    <name>SelfEvaluationText</name>
    <message>
        <source>待评</source>
        <translation>待评</translation>
    </message>
    <message>
        <source>定性</source>
        <translation>定性</translation>
    </message>
    <message>
        <source>部分达成并具有一定效果</source>
        <translation>部分达成并具有一定效果</translation>
    </message>
    <message>
        <source>未达成且效果较差</source>
        <translation>未达成且效果较差</translation>
    </message>
    <message>
        <source>达成年度指标</source>
        <translation>达成年度指标</translation>
    </message>
    <message>
        <source>预算执行率无法计算（全年预算数为0）</source>
        <translation>预算执行率无法计算（全年预算数为0）</translation>
    </message>
    <message>
        <source>尚未填写绩效指标</source>
        <translation>尚未填写绩效指标</translation>
    </message>
    <message>
        <source>绩效指标都没有分值</source>
        <translation>绩效指标都没有分值</translation>
    </message>
    <message>
        <source>%1项绩效指标待评</source>
        <translation>%1项绩效指标待评</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>自评表：预算执行%1分 + 绩效指标%2分 = 总分%3分，等级：%4</source>
        <translation>自评表：预算执行%1分 + 绩效指标%2分 = 总分%3分，等级：%4</translation>
    </message>
    <message>
        <source>（暂定：%1，按0分计）</source>
        <translation>（暂定：%1，按0分计）</translation>
    </message>
    <message>
        <source>预算执行率为%1%，低于%2%，总分最高%3分：已由%4分降为%3分。</source>
        <translation>预算执行率为%1%，低于%2%，总分最高%3分：已由%4分降为%3分。</translation>
    </message>
    <message>
        <source>预算执行率为%1%，低于%2%，总分最高%3分（本表总分未超过，不受影响）。</source>
        <translation>预算执行率为%1%，低于%2%，总分最高%3分（本表总分未超过，不受影响）。</translation>
    </message>
    <message>
        <source>目前得分%1分（%2），暂不评定等级</source>
        <translation>目前得分%1分（%2），暂不评定等级</translation>
    </message>
    <message>
        <source>总分%1分，等级：%2</source>
        <translation>总分%1分，等级：%2</translation>
    </message>
</context>
<context>
    <name>SignaturePage</name>
    <message>
        <source>落款</source>
        <translation>落款</translation>
    </message>
    <message>
        <source>落款单位(&amp;N)：</source>
        <translation>落款单位(&amp;N)：</translation>
    </message>
    <message>
        <source>注明落款日期(&amp;G)</source>
        <translation>注明落款日期(&amp;G)</translation>
    </message>
    <message>
        <source>落款日期</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <source>落款日期(&amp;D)：</source>
        <translation>落款日期(&amp;D)：</translation>
    </message>
    <message>
        <source>留空时使用部门名称</source>
        <translation>留空时使用部门名称</translation>
    </message>
    <message>
        <source>留空时为：%1</source>
        <translation>留空时为：%1</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>绩效目标</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <source>绩效目标完成情况（按组编号 1. 2. …）</source>
        <translation>绩效目标完成情况（按组编号 1. 2. …）</translation>
    </message>
    <message>
        <source>组标题（可空）</source>
        <translation>组标题（可空）</translation>
    </message>
    <message>
        <source>绩效目标分组</source>
        <translation>绩效目标分组</translation>
    </message>
    <message>
        <source>所选分组的要点（①②…，每行一条）：</source>
        <translation>所选分组的要点（①②…，每行一条）：</translation>
    </message>
    <message>
        <source>要点</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>所选分组的要点</source>
        <translation>所选分组的要点</translation>
    </message>
</context>
<context>
    <name>ThreePublicControlChart</name>
    <message>
        <source>%1
实际支出 %2 / 预算 %3
控制率 %4%</source>
        <translation>%1
实际支出 %2 / 预算 %3
控制率 %4%</translation>
    </message>
    <message>
        <source>（超出预算 %1）</source>
        <translation>（超出预算 %1）</translation>
    </message>
    <message>
        <source>%1
未安排预算，实际支出 %2</source>
        <translation>%1
未安排预算，实际支出 %2</translation>
    </message>
    <message>
        <source>%1
未安排预算，也没有支出</source>
        <translation>%1
未安排预算，也没有支出</translation>
    </message>
    <message>
        <source>100%：实际支出等于预算；超过即超支</source>
        <translation>100%：实际支出等于预算；超过即超支</translation>
    </message>
    <message>
        <source>公务接待费</source>
        <translation>公务接待费</translation>
    </message>
    <message>
        <source>公务用车购置及运行维护费</source>
        <translation>公务用车购置及运行维护费</translation>
    </message>
    <message>
        <source>因公出国（境）费</source>
        <translation>因公出国（境）费</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>未安排预算，实际支出%1</source>
        <translation>未安排预算，实际支出%1</translation>
    </message>
    <message>
        <source>未安排</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>未超预算</source>
        <translation>未超预算</translation>
    </message>
    <message>
        <source>超出预算</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>实际支出占预算的百分比</source>
        <translation>实际支出占预算的百分比</translation>
    </message>
    <message>
        <source>100%（实际支出等于预算）</source>
        <translation>100%（实际支出等于预算）</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>%1年 %2：%3</source>
        <translation>%1年 %2：%3</translation>
    </message>
    <message>
        <source>未填报</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>%1年 %2：不适用</source>
        <translation>%1年 %2：不适用</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>全年预算</source>
        <translation>全年预算</translation>
    </message>
    <message>
        <source>全年支出</source>
        <translation>全年支出</translation>
    </message>
    <message>
        <source>年末结转</source>
        <translation>年末结转</translation>
    </message>
</context>
<context>
    <name>UiStyle</name>
    <message>
        <source>没有找到可显示简体中文的字体，界面中的中文会显示为方框。请安装 fonts-noto-cjk 或 fonts-wqy-zenhei。</source>
        <translation>没有找到可显示简体中文的字体，界面中的中文会显示为方框。请安装 fonts-noto-cjk 或 fonts-wqy-zenhei。</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>命令名</source>
        <translation>命令名</translation>
    </message>
    <message>
        <source>list | add LOGIN | remove LOGIN | init</source>
        <translation>list | add LOGIN | remove LOGIN | init</translation>
    </message>
    <message>
        <source>角色：clerk、reviewer、admin，可用逗号给出多个</source>
        <translation>角色：clerk、reviewer、admin，可用逗号给出多个</translation>
    </message>
    <message>
        <source>填报人员所属的部门</source>
        <translation>填报人员所属的部门</translation>
    </message>
    <message>
        <source>显示的姓名</source>
        <translation>显示的姓名</translation>
    </message>
    <message>
        <source>从标准输入读取密码（一行）</source>
        <translation>从标准输入读取密码（一行）</translation>
    </message>
    <message>
        <source>用法：jixiao users --db LOCATION list | add LOGIN --role … | remove LOGIN | init</source>
        <translation>用法：jixiao users --db LOCATION list | add LOGIN --role … | remove LOGIN | init</translation>
    </message>
    <message>
        <source>不认识的角色“%1”：可用 clerk、reviewer、admin</source>
        <translation>不认识的角色“%1”：可用 clerk、reviewer、admin</translation>
    </message>
    <message>
        <source>请用 --role 给出角色：clerk、reviewer、admin</source>
        <translation>请用 --role 给出角色：clerk、reviewer、admin</translation>
    </message>
    <message>
        <source>填报人员需要用 --department 给出所属部门</source>
        <translation>填报人员需要用 --department 给出所属部门</translation>
    </message>
    <message>
        <source>工作区：%1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>SQLite 工作区只有一个用户（%1），拥有全部角色。</source>
        <translation>SQLite 工作区只有一个用户（%1），拥有全部角色。</translation>
    </message>
    <message>
        <source>jixiao：%1</source>
        <translation>jixiao：%1</translation>
    </message>
    <message>
        <source>已设置用户 %1：%2%3</source>
        <translation>已设置用户 %1：%2%3</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>已把 %1 移出工作区（数据库账号本身保留）</source>
        <translation>已把 %1 移出工作区（数据库账号本身保留）</translation>
    </message>
    <message>
        <source>已建立工作区的角色组</source>
        <translation>已建立工作区的角色组</translation>
    </message>
    <message>
        <source>管理共享（PostgreSQL）工作区的用户和角色：填报人员（编辑本部门的报告）、审核人员（退回、审核通过、重新打开、写意见）、管理员（管理用户）。
您自己的登录密码请用环境变量 PGPASSWORD 或 ~/.pgpass 文件给出；新账号的密码请用 --password-stdin 从标准输入给出。密码只以 SCRAM 校验值的形式发给服务器。只有工作区建立的账号才能在这里改密码，而改密码对整个服务器生效。</source>
        <translation>管理共享（PostgreSQL）工作区的用户和角色：填报人员（编辑本部门的报告）、审核人员（退回、审核通过、重新打开、写意见）、管理员（管理用户）。
您自己的登录密码请用环境变量 PGPASSWORD 或 ~/.pgpass 文件给出；新账号的密码请用 --password-stdin 从标准输入给出。密码只以 SCRAM 校验值的形式发给服务器。只有工作区建立的账号才能在这里改密码，而改密码对整个服务器生效。</translation>
    </message>
    <message>
        <source>新账号的密码（或修改密码）。命令行本机其他用户可以在进程列表（ps）中看到，请改用 --password-stdin</source>
        <translation>新账号的密码（或修改密码）。命令行本机其他用户可以在进程列表（ps）中看到，请改用 --password-stdin</translation>
    </message>
    <message>
        <source>jixiao：注意：--password 给出的密码，本机其他用户可以在进程列表（ps）中看到；请改用 --password-stdin。</source>
        <translation>jixiao：注意：--password 给出的密码，本机其他用户可以在进程列表（ps）中看到；请改用 --password-stdin。</translation>
    </message>
    <message>
        <source>jixiao：数据库账号“%1”已经存在，将改掉它的密码；新密码对服务器上的所有数据库都生效。</source>
        <translation>jixiao：数据库账号“%1”已经存在，将改掉它的密码；新密码对服务器上的所有数据库都生效。</translation>
    </message>
</context>
<context>
    <name>WindowWorkspace</name>
    <message>
        <source>全局概览：各部门一览(&amp;O)…</source>
        <translation>全局概览：各部门一览(&amp;O)…</translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>审核意见(&amp;C)</source>
        <translation>审核意见(&amp;C)</translation>
    </message>
    <message>
        <source>工作区</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>工作区中的报告(&amp;W)</source>
        <translation>工作区中的报告(&amp;W)</translation>
    </message>
    <message>
        <source>无法打开报告</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>保存到工作区</source>
        <translation>保存到工作区</translation>
    </message>
    <message>
        <source>工作区中已有“%1”%2年度的报告。用窗口中的这份替换它吗？
原来的内容会留在历史记录中，可以恢复。</source>
        <translation>工作区中已有“%1”%2年度的报告。用窗口中的这份替换它吗？
原来的内容会留在历史记录中，可以恢复。</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>修改尚未保存到工作区：%1</source>
        <translation>修改尚未保存到工作区：%1</translation>
    </message>
    <message>
        <source>全局概览 — 绩效自评</source>
        <translation>全局概览 — 绩效自评</translation>
    </message>
    <message>
        <source>工作区 %1</source>
        <translation>工作区 %1</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>覆盖别人的修改</source>
        <translation>覆盖别人的修改</translation>
    </message>
    <message>
        <source>用您的版本覆盖对方刚保存的版本吗？对方的版本会留在历史记录中，可以恢复。</source>
        <translation>用您的版本覆盖对方刚保存的版本吗？对方的版本会留在历史记录中，可以恢复。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>工作区“%1”是只读的，而它需要先升级（或初始化）才能使用。请检查文件权限，或复制到可以写入的位置。</source>
        <translation>工作区“%1”是只读的，而它需要先升级（或初始化）才能使用。请检查文件权限，或复制到可以写入的位置。</translation>
    </message>
    <message>
        <source>工作区 %1 需要先升级数据结构（第 %2 版 → 第 %3 版），这只能由工作区的所有者（建立它的数据库账号）来做。请联系工作区管理员用所有者的账号打开一次。</source>
        <translation>工作区 %1 需要先升级数据结构（第 %2 版 → 第 %3 版），这只能由工作区的所有者（建立它的数据库账号）来做。请联系工作区管理员用所有者的账号打开一次。</translation>
    </message>
    <message>
        <source>数据库账号“%1”不是工作区 %2 的用户。请工作区管理员把您添加为填报人员或审核人员（jixiao users --db … add %1 --role …）。</source>
        <translation>数据库账号“%1”不是工作区 %2 的用户。请工作区管理员把您添加为填报人员或审核人员（jixiao users --db … add %1 --role …）。</translation>
    </message>
    <message>
        <source>工作区中没有“%1”%2年度的报告。</source>
        <translation>工作区中没有“%1”%2年度的报告。</translation>
    </message>
    <message>
        <source>工作区中“%1”%2年度的报告无法读出。</source>
        <translation>工作区中“%1”%2年度的报告无法读出。</translation>
    </message>
    <message>
        <source>新建报告</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>因保存冲突，把对“%1”的修改另存为副本</source>
        <translation>因保存冲突，把对“%1”的修改另存为副本</translation>
    </message>
    <message>
        <source>（原报告编号 %1）</source>
        <translation>（原报告编号 %1）</translation>
    </message>
    <message>
        <source>工作区中没有“%1”%2年度的报告，无法从上年新建。</source>
        <translation>工作区中没有“%1”%2年度的报告，无法从上年新建。</translation>
    </message>
    <message>
        <source>由%1年度报告结转新建</source>
        <translation>由%1年度报告结转新建</translation>
    </message>
    <message>
        <source>历史记录中没有这个版本。</source>
        <translation>历史记录中没有这个版本。</translation>
    </message>
    <message>
        <source>历史记录中的这个版本无法读出。</source>
        <translation>历史记录中的这个版本无法读出。</translation>
    </message>
    <message>
        <source>只有审核人员和本部门的填报人员可以对这份报告写意见。</source>
        <translation>只有审核人员和本部门的填报人员可以对这份报告写意见。</translation>
    </message>
    <message>
        <source>SQLite 工作区只属于打开它的一个人，他拥有全部角色；用户和角色只在 PostgreSQL 工作区中设置。</source>
        <translation>SQLite 工作区只属于打开它的一个人，他拥有全部角色；用户和角色只在 PostgreSQL 工作区中设置。</translation>
    </message>
    <message>
        <source>只有工作区管理员可以管理用户。</source>
        <translation>只有工作区管理员可以管理用户。</translation>
    </message>
    <message>
        <source>工作区中“%1”%2年度的报告，内容却是“%3”%4年度的，不能使用。请联系工作区管理员。</source>
        <translation>工作区中“%1”%2年度的报告，内容却是“%3”%4年度的，不能使用。请联系工作区管理员。</translation>
    </message>
</context>
<context>
    <name>WorkspaceBrowser</name>
    <message>
        <source>按部门名称查找</source>
        <translation>按部门名称查找</translation>
    </message>
    <message>
        <source>查找部门</source>
        <translation>查找部门</translation>
    </message>
    <message>
        <source>工作区中的报告：每行一个部门，每列一个年度</source>
        <translation>工作区中的报告：每行一个部门，每列一个年度</translation>
    </message>
    <message>
        <source>打开(&amp;O)</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>打开所选的报告</source>
        <translation>打开所选的报告</translation>
    </message>
    <message>
        <source>新建报告(&amp;N)</source>
        <translation>新建报告(&amp;N)</translation>
    </message>
    <message>
        <source>从上年新建(&amp;L)</source>
        <translation>从上年新建(&amp;L)</translation>
    </message>
    <message>
        <source>以上一年度的报告为底稿：上年的年末结转成为上年结转，部门概况、职能和管理情况照搬，数字留空</source>
        <translation>以上一年度的报告为底稿：上年的年末结转成为上年结转，部门概况、职能和管理情况照搬，数字留空</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>删除所选的报告（可以在“已删除的报告”中恢复）</source>
        <translation>删除所选的报告（可以在“已删除的报告”中恢复）</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>导入 JSON 报告文件：同部门同年度的报告会被替换（原内容留在历史中）</source>
        <translation>导入 JSON 报告文件：同部门同年度的报告会被替换（原内容留在历史中）</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>把所选的报告导出为 JSON 文件</source>
        <translation>把所选的报告导出为 JSON 文件</translation>
    </message>
    <message>
        <source>历史记录</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>已删除的报告</source>
        <translation>已删除的报告</translation>
    </message>
    <message>
        <source>工作区</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>部门整体支出预算绩效自评报告</source>
        <translation>部门整体支出预算绩效自评报告</translation>
    </message>
    <message>
        <source>新建报告</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>从上年新建</source>
        <translation>从上年新建</translation>
    </message>
    <message>
        <source>删除报告</source>
        <translation>删除报告</translation>
    </message>
    <message>
        <source>删除“%1”%2年度的报告吗？
删除后可以在“已删除的报告”中恢复。</source>
        <translation>删除“%1”%2年度的报告吗？
删除后可以在“已删除的报告”中恢复。</translation>
    </message>
    <message>
        <source>导入报告</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>报告文件 (*.json)</source>
        <translation>报告文件 (*.json)</translation>
    </message>
    <message>
        <source>无法读取 %1：%2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>导出报告</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>%1-%2.json</source>
        <translation>%1-%2.json</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>新建一份空白报告：选择部门和年度</source>
        <translation>新建一份空白报告：选择部门和年度</translation>
    </message>
    <message>
        <source>全局概览(&amp;G)…</source>
        <translation>全局概览(&amp;G)…</translation>
    </message>
    <message>
        <source>所选年度各部门的报告一览：状态、得分、各项指标</source>
        <translation>所选年度各部门的报告一览：状态、得分、各项指标</translation>
    </message>
    <message>
        <source>这份报告已提交，正在等待审核，不能删除；如需删除，请审核人员先将它“退回”。</source>
        <translation>这份报告已提交，正在等待审核，不能删除；如需删除，请审核人员先将它“退回”。</translation>
    </message>
    <message>
        <source>这份报告已审核，不能删除；如需删除，请审核人员先将它重新打开。</source>
        <translation>这份报告已审核，不能删除；如需删除，请审核人员先将它重新打开。</translation>
    </message>
</context>
<context>
    <name>WorkspaceError</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>无法识别工作区位置“%1”。</source>
        <translation>无法识别工作区位置“%1”。</translation>
    </message>
    <message>
        <source>工作区文件“%1”不存在。</source>
        <translation>工作区文件“%1”不存在。</translation>
    </message>
    <message>
        <source>无法打开或创建工作区文件“%1”：请检查路径是否存在、是否有写入权限。</source>
        <translation>无法打开或创建工作区文件“%1”：请检查路径是否存在、是否有写入权限。</translation>
    </message>
    <message>
        <source>“%1”不是工作区数据库文件（可能是别的文件，或已经损坏）。文件未作任何改动。如果这是一份报告文件，请用“导入”读入它。</source>
        <translation>“%1”不是工作区数据库文件（可能是别的文件，或已经损坏）。文件未作任何改动。如果这是一份报告文件，请用“导入”读入它。</translation>
    </message>
    <message>
        <source>“%1”是其他程序的数据库，不是绩效自评工作区。为免破坏其中的数据，本程序不会写入它。</source>
        <translation>“%1”是其他程序的数据库，不是绩效自评工作区。为免破坏其中的数据，本程序不会写入它。</translation>
    </message>
    <message>
        <source>工作区“%1”已损坏，无法读取。请从备份恢复，文件未作任何改动。</source>
        <translation>工作区“%1”已损坏，无法读取。请从备份恢复，文件未作任何改动。</translation>
    </message>
    <message>
        <source>无法连接数据库服务器 %1：服务器没有运行，或地址、端口有误，或网络不通。</source>
        <translation>无法连接数据库服务器 %1：服务器没有运行，或地址、端口有误，或网络不通。</translation>
    </message>
    <message>
        <source>数据库服务器 %1 拒绝登录：用户名或密码不对。</source>
        <translation>数据库服务器 %1 拒绝登录：用户名或密码不对。</translation>
    </message>
    <message>
        <source>数据库服务器上没有工作区数据库 %1，请先请管理员创建它。</source>
        <translation>数据库服务器上没有工作区数据库 %1，请先请管理员创建它。</translation>
    </message>
    <message>
        <source>您没有修改这份报告的权限（工作区 %1 拒绝了这次修改）。如需权限，请联系工作区管理员。</source>
        <translation>您没有修改这份报告的权限（工作区 %1 拒绝了这次修改）。如需权限，请联系工作区管理员。</translation>
    </message>
    <message>
        <source>按照审核流程，不能这样更改报告的状态。</source>
        <translation>按照审核流程，不能这样更改报告的状态。</translation>
    </message>
    <message>
        <source>这份报告已被他人修改并保存，您的修改未保存。</source>
        <translation>这份报告已被他人修改并保存，您的修改未保存。</translation>
    </message>
    <message>
        <source>工作区中没有这份报告（可能已被删除）。</source>
        <translation>工作区中没有这份报告（可能已被删除）。</translation>
    </message>
    <message>
        <source>工作区中已有同一部门、同一年度的报告。</source>
        <translation>工作区中已有同一部门、同一年度的报告。</translation>
    </message>
    <message>
        <source>工作区中保存的报告无法读出。</source>
        <translation>工作区中保存的报告无法读出。</translation>
    </message>
    <message>
        <source>访问工作区“%1”时出错。</source>
        <translation>访问工作区“%1”时出错。</translation>
    </message>
    <message>
        <source>缺少 %1 数据库驱动（Qt 插件 %2），无法打开工作区。请安装软件包 %3 后再试。</source>
        <translation>缺少 %1 数据库驱动（Qt 插件 %2），无法打开工作区。请安装软件包 %3 后再试。</translation>
    </message>
    <message>
        <source>工作区“%1”由较新版本的程序创建（数据结构第 %2 版，本程序只认识到第 %3 版）。请升级本程序后再打开；文件未作任何改动。</source>
        <translation>工作区“%1”由较新版本的程序创建（数据结构第 %2 版，本程序只认识到第 %3 版）。请升级本程序后再打开；文件未作任何改动。</translation>
    </message>
    <message>
        <source>工作区“%1”是只读的，修改无法保存。请检查文件权限，或另存到可以写入的位置。</source>
        <translation>工作区“%1”是只读的，修改无法保存。请检查文件权限，或另存到可以写入的位置。</translation>
    </message>
    <message>
        <source>工作区“%1”正被另一个程序占用，等待后仍未释放。请稍后重试。</source>
        <translation>工作区“%1”正被另一个程序占用，等待后仍未释放。请稍后重试。</translation>
    </message>
    <message>
        <source>磁盘已满，修改未能保存到“%1”。已保存的内容完好；请腾出磁盘空间后重试。</source>
        <translation>磁盘已满，修改未能保存到“%1”。已保存的内容完好；请腾出磁盘空间后重试。</translation>
    </message>
    <message>
        <source>读写工作区“%1”时出错（磁盘故障或文件被移走）。请检查后重试。</source>
        <translation>读写工作区“%1”时出错（磁盘故障或文件被移走）。请检查后重试。</translation>
    </message>
    <message>
        <source>这份报告已审核，不能再修改。如需修改，请审核人员先“重新打开”它。</source>
        <translation>这份报告已审核，不能再修改。如需修改，请审核人员先“重新打开”它。</translation>
    </message>
    <message>
        <source>与数据库服务器 %1 的连接中断，修改未能保存。请在连接恢复后重试。</source>
        <translation>与数据库服务器 %1 的连接中断，修改未能保存。请在连接恢复后重试。</translation>
    </message>
    <message>
        <source>这份报告已提交，正在等待审核，内容不能修改。如需修改，请审核人员先将它“退回”。</source>
        <translation>这份报告已提交，正在等待审核，内容不能修改。如需修改，请审核人员先将它“退回”。</translation>
    </message>
</context>
<context>
    <name>WorkspaceGridModel</name>
    <message>
        <source>%1 %2年度：还没有报告</source>
        <translation>%1 %2年度：还没有报告</translation>
    </message>
    <message>
        <source>%1 %2年度（%3，第 %4 版）
全年预算 %5 万元，全年支出 %6 万元
%7 由 %8 保存</source>
        <translation>%1 %2年度（%3，第 %4 版）
全年预算 %5 万元，全年支出 %6 万元
%7 由 %8 保存</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>%1年度</source>
        <translation>%1年度</translation>
    </message>
</context>
<context>
    <name>WorkspaceInput</name>
    <message>
        <source>工作区中报告的部门名称</source>
        <translation>工作区中报告的部门名称</translation>
    </message>
    <message>
        <source>工作区中报告的年度</source>
        <translation>工作区中报告的年度</translation>
    </message>
    <message>
        <source>请同时给出 --department 部门名称 和 --year 年度，例如 --department 湘潭市行政审批服务局 --year 2023</source>
        <translation>请同时给出 --department 部门名称 和 --year 年度，例如 --department 湘潭市行政审批服务局 --year 2023</translation>
    </message>
    <message>
        <source>jixiao：注意：上年度报告 %1 是“%2”%3年度的报告，本报告是“%4”%5年度的；同比指标和上年结转检查仍按它计算。</source>
        <translation>jixiao：注意：上年度报告 %1 是“%2”%3年度的报告，本报告是“%4”%5年度的；同比指标和上年结转检查仍按它计算。</translation>
    </message>
    <message>
        <source>工作区：SQLite 文件，或 postgresql://用户@主机[:端口]/数据库名；不给出时用默认工作区。PostgreSQL 的密码请用环境变量 PGPASSWORD 或 ~/.pgpass 文件给出，不要写在这里：命令行本机其他用户可以在进程列表（ps）中看到</source>
        <translation>工作区：SQLite 文件，或 postgresql://用户@主机[:端口]/数据库名；不给出时用默认工作区。PostgreSQL 的密码请用环境变量 PGPASSWORD 或 ~/.pgpass 文件给出，不要写在这里：命令行本机其他用户可以在进程列表（ps）中看到</translation>
    </message>
    <message>
        <source>jixiao：注意：--db 中的密码，本机其他用户可以在进程列表（ps）中看到；请改用环境变量 PGPASSWORD 或 ~/.pgpass 文件。</source>
        <translation>jixiao：注意：--db 中的密码，本机其他用户可以在进程列表（ps）中看到；请改用环境变量 PGPASSWORD 或 ~/.pgpass 文件。</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>没有给出工作区位置</source>
        <translation>没有给出工作区位置</translation>
    </message>
    <message>
        <source>端口“%1”无效</source>
        <translation>端口“%1”无效</translation>
    </message>
    <message>
        <source>PostgreSQL 地址中缺少数据库名，应写作 postgresql://用户[:密码]@主机[:端口]/数据库名</source>
        <translation>PostgreSQL 地址中缺少数据库名，应写作 postgresql://用户[:密码]@主机[:端口]/数据库名</translation>
    </message>
    <message>
        <source>不支持的地址“%1”：请给出 SQLite 文件路径，或 postgresql://用户[:密码]@主机[:端口]/数据库名</source>
        <translation>不支持的地址“%1”：请给出 SQLite 文件路径，或 postgresql://用户[:密码]@主机[:端口]/数据库名</translation>
    </message>
</context>
<context>
    <name>WorkspaceRole</name>
    <message>
        <source>审核人员</source>
        <translation>审核人员</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>填报人员</source>
        <translation>填报人员</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <source>已保存到工作区</source>
        <translation>已保存到工作区</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>别人已修改这份报告，您的修改尚未保存</source>
        <translation>别人已修改这份报告，您的修改尚未保存</translation>
    </message>
    <message>
        <source>暂时无法保存，将自动重试（您的修改仍保留在窗口中）：%1</source>
        <translation>暂时无法保存，将自动重试（您的修改仍保留在窗口中）：%1</translation>
    </message>
    <message>
        <source>保存失败（您的修改仍保留在窗口中）：%1</source>
        <translation>保存失败（您的修改仍保留在窗口中）：%1</translation>
    </message>
</context>
<context>
    <name>WorkspaceUser</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>WorkspaceUsers</name>
    <message>
        <source>无法在本机计算密码的校验值（SCRAM），没有把密码发给服务器。</source>
        <translation>无法在本机计算密码的校验值（SCRAM），没有把密码发给服务器。</translation>
    </message>
    <message>
        <source>不能这样设置用户“%1”。</source>
        <translation>不能这样设置用户“%1”。</translation>
    </message>
</context>
<context>
    <name>XlsxFile</name>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>无法写入“%1”：目录不存在或没有写入权限。</source>
        <translation>无法写入“%1”：目录不存在或没有写入权限。</translation>
    </message>
    <message>
        <source>无法写入“%1”：不能建立表格文件。</source>
        <translation>无法写入“%1”：不能建立表格文件。</translation>
    </message>
</context>
<context>
    <name>XlsxNumberText</name>
    <message>
        <source>表格文件中没有可读的工作表 %1。</source>
        <translation>表格文件中没有可读的工作表 %1。</translation>
    </message>
    <message>
        <source>无法读回刚写好的表格文件。</source>
        <translation>无法读回刚写好的表格文件。</translation>
    </message>
    <message>
        <source>无法重写表格文件。</source>
        <translation>无法重写表格文件。</translation>
    </message>
</context>
<context>
    <name>XmlCharacterFilter</name>
    <message numerus="yes">
        <source>文中有%n个控制字符无法写入文档，已略去（%1）。</source>
        <translation>
            <numerusform>文中有%n个控制字符无法写入文档，已略去（%1）。</numerusform>
        </translation>
    </message>
</context>
</TS>
