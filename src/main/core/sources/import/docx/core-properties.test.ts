import { describe, expect, it } from 'vitest';
import { parseCoreProperties } from './core-properties';

describe('parseCoreProperties', () => {
  it('reads Dublin Core fields under any prefix and decodes entities', () => {
    const xml =
      '<cp:coreProperties xmlns:cp="c" xmlns:d="http://purl.org/dc/elements/1.1/">' +
      '<d:title>Caf&#233; &amp; bar &#x2014; notes</d:title><d:creator>Ana Li</d:creator><d:language>pt-BR</d:language>' +
      '</cp:coreProperties>';
    expect(parseCoreProperties(xml)).toEqual({ title: 'Café & bar — notes', authors: ['Ana Li'], language: 'pt-BR' });
  });

  it('leaves out empty fields and implausible language tags', () => {
    const xml = '<cp:coreProperties><dc:title>  </dc:title><dc:creator/><dc:language>English (UK)</dc:language></cp:coreProperties>';
    expect(parseCoreProperties(xml)).toEqual({});
  });

  it('splits semicolon-separated authors but keeps "Surname, Name" whole', () => {
    const xml = '<cp:coreProperties><dc:creator>Doe, Jane; Roe, Richard;</dc:creator></cp:coreProperties>';
    expect(parseCoreProperties(xml).authors).toEqual(['Doe, Jane', 'Roe, Richard']);
  });
});
