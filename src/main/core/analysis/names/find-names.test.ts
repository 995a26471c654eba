import { describe, expect, it } from 'vitest';
import { findNames } from './find-names';

function entities(text: string) {
  const { entities: found, mentions } = findNames(text);
  return found.map((entity, index) => ({ ...entity, mentions: mentions.filter((mention) => mention.entity === index).map((mention) => mention.text) }));
}
const named = (text: string, name: string) => entities(text).find((entity) => entity.name === name);

describe('people', () => {
  it('joins a full name and the honorific and surname that follow it, possessive included', () => {
    const text = 'Adaeze Okafor, the chief executive, wrote to staff. Ms. Okafor’s letter was short. Okafor said little else.';
    expect(named(text, 'Adaeze Okafor')).toMatchObject({ type: 'person', aliases: ['Ms. Okafor', 'Okafor'], mentions: ['Adaeze Okafor', 'Okafor', 'Okafor'] });
  });

  it('sets titles apart, keeps particles and hyphens, and tells two people with one surname apart', () => {
    const text = [
      'County Auditor Marisol de la Cruz said the audit was done. Mr. van der Berg, who signed the letter, agreed.',
      'Tobias van der Berg works for the council. Ngozi Adébáyọ̀-Lowe, 41, a nurse, was there.',
      'Dana Whitlock and Martin Whitlock spoke. Later Ms. Whitlock left.',
    ].join('\n\n');
    const found = entities(text);
    expect(found.filter((entity) => entity.type === 'person').map((entity) => entity.name)).toEqual(
      expect.arrayContaining(['Marisol de la Cruz', 'Tobias van der Berg', 'Ngozi Adébáyọ̀-Lowe', 'Dana Whitlock', 'Martin Whitlock']),
    );
    expect(named(text, 'Tobias van der Berg')!.aliases).toContain('Mr. van der Berg');
  });

  it('does not take sentence openers, months, nationalities or headings for people', () => {
    const text = 'The Canadian Press reported it. In March Officials met.\n\nEvery Classroom Counts In Larch County\n\nFlorian Kessel said so.';
    const people = entities(text).filter((entity) => entity.type === 'person').map((entity) => entity.name);
    expect(people).toEqual(['Florian Kessel']);
  });
});

describe('organisations and places', () => {
  it('finds organisations by their endings and heads, with defined acronyms and short names', () => {
    const text =
      'Halden Systems Inc. signed with the Federal Border Integrity Agency (FBIA). The FBIA and Halden said so, as did the Department of Justice and Arbor Ridge Holdings AG. Arbor Ridge declined.';
    expect(named(text, 'Halden Systems Inc.')).toMatchObject({ type: 'organisation', aliases: ['Halden'] });
    expect(named(text, 'Federal Border Integrity Agency')).toMatchObject({ aliases: ['FBIA'], mentions: ['Federal Border Integrity Agency', 'FBIA', 'FBIA'] });
    expect(named(text, 'Department of Justice')).toMatchObject({ type: 'organisation' });
    expect(named(text, 'Arbor Ridge Holdings AG')).toMatchObject({ aliases: ['Arbor Ridge'] });
  });

  it('splits a person from their organisation, a post from its body, and two bodies joined by "and"', () => {
    const text = 'Sunil Gokhale of the Western India Institute said so. Minister of Border Security Lucienne Arsenault agreed. Northgate Partners and Cobalt Bay Capital LLC invested.';
    const found = entities(text);
    expect(found.map((entity) => [entity.name, entity.type])).toEqual(
      expect.arrayContaining([
        ['Sunil Gokhale', 'person'],
        ['Western India Institute', 'organisation'],
        ['Lucienne Arsenault', 'person'],
        ['Northgate Partners', 'organisation'],
        ['Cobalt Bay Capital LLC', 'organisation'],
      ]),
    );
    expect(found.some((entity) => entity.name.startsWith('Minister'))).toBe(false);
  });

  it('finds places by name, by dateline, and by what is attached to them', () => {
    const text = 'OTTAWA — The Halifax-based firm opened an office in Toronto, Ontario, and another in Lower Delacroix.';
    expect(entities(text).filter((entity) => entity.type === 'place').map((entity) => entity.name)).toEqual(['Ottawa', 'Halifax', 'Toronto', 'Ontario', 'Lower Delacroix']);
  });

  it('leaves out acronyms the text never defines, and a currency’s country', () => {
    const text = 'The MMR vaccine and PFAS levels were measured; the fine was US$95,000.';
    expect(entities(text)).toEqual([]);
  });
});
