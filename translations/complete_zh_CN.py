#!/usr/bin/env python3
"""The source language of Jixiao is Chinese, so jixiao_zh_CN.ts translates every string to
itself. Run after `cmake --build build --target update_translations`:

    python3 translations/complete_zh_CN.py

It marks every entry of jixiao_zh_CN.ts finished with the source text (plural forms too) and
prints how many entries of jixiao_en.ts are still unfinished."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

here = Path(__file__).resolve().parent


def complete_identity(path):
    tree = ET.parse(path)
    for message in tree.getroot().iter('message'):
        source = message.find('source').text or ''
        translation = message.find('translation')
        if translation is None:
            translation = ET.SubElement(message, 'translation')
        translation.attrib.pop('type', None)
        if message.get('numerus') == 'yes':
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            ET.SubElement(translation, 'numerusform').text = source
        else:
            translation.text = source
    write(tree, path)


def unfinished(path):
    count = 0
    for message in ET.parse(path).getroot().iter('message'):
        translation = message.find('translation')
        text = ''.join(translation.itertext()) if translation is not None else ''
        if translation is None or translation.get('type') in ('unfinished', 'vanished', 'obsolete') or not text.strip():
            count += 1
    return count


def write(tree, path):
    body = ET.tostring(tree.getroot(), encoding='unicode')
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n', encoding='utf-8')


if __name__ == '__main__':
    complete_identity(here / 'jixiao_zh_CN.ts')
    left = unfinished(here / 'jixiao_en.ts')
    print(f'jixiao_zh_CN.ts: complete; jixiao_en.ts: {left} unfinished')
    sys.exit(0)
