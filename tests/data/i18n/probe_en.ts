<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A small, complete translation for tests/harden/tst_languagefallback: a good file to
     switch to, and the bytes to break (cut, garble) for the fallback cases. -->
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Language</name>
    <message>
        <source>不支持的语言“%1”：可用 zh_CN 或 en</source>
        <translation>Unsupported language “%1”: use zh_CN or en</translation>
    </message>
    <message>
        <source>无法载入界面语言“%1”的翻译文件，将以中文显示。</source>
        <translation>Cannot load the translation for “%1”; Jixiao stays in Chinese.</translation>
    </message>
</context>
</TS>
