import { describe, expect, it } from 'vitest';
import { declaredHtmlCharset } from './charset-prescan';

const bytes = (text: string) => Buffer.from(text, 'latin1');

describe('declaredHtmlCharset', () => {
  it.each([
    ['<meta charset="windows-1252">', 'windows-1252'],
    ["<META CHARSET='ISO-8859-1'/>", 'ISO-8859-1'],
    ['<meta charset=shift_jis>', 'shift_jis'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">', 'iso-8859-15'],
    ['<meta content="text/html;charset=windows-1251" http-equiv=content-type>', 'windows-1251'],
    ['<meta charset="utf-16le">', 'utf-8'],
  ])('%s → %s', (html, charset) => {
    expect(declaredHtmlCharset(bytes(`<!doctype html><html><head>${html}<title>x</title>`))).toBe(charset);
  });

  it('reads the encoding of an XML declaration (XHTML)', () => {
    expect(declaredHtmlCharset(bytes('<?xml version="1.0" encoding="ISO-8859-2"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'))).toBe('ISO-8859-2');
  });

  it('ignores declarations in comments, after the first 1024 bytes, or absent', () => {
    expect(declaredHtmlCharset(bytes('<!-- <meta charset="koi8-r"> --><p>x'))).toBeUndefined();
    expect(declaredHtmlCharset(bytes(`<!doctype html>${' '.repeat(1100)}<meta charset="koi8-r">`))).toBeUndefined();
    expect(declaredHtmlCharset(bytes('<meta name="author" content="Jane">'))).toBeUndefined();
  });
});
