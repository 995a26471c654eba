import type { Annotation } from '../../../../shared/domain/annotation';
import type { Entity } from '../../../../shared/domain/entity';
import { spanAt } from '../anchoring';
import type { ExportedSource } from './to-web-annotations';

/** A small investigation with one annotation of every kind, for the export and import tests. */
export const MEMO_TEXT = [
  'In a letter to employees dated 16 September, Dana Okafor wrote: “We will not cut the border teams.”',
  'The union said the agency had already cut 40 posts at the northern crossings 🛂.',
  'Halden Systems signed the contracts, worth US$2.8-million, in 2019.',
].join('\n');

export const MEMO: ExportedSource = {
  id: 7,
  title: 'Letter to employees',
  sha256: 'a'.repeat(64),
  url: 'https://example.com/letter',
};

export const ENTITIES: Entity[] = [
  entity(3, 'Dana Okafor', 'person'),
  entity(4, 'Halden Systems', 'organisation'),
  entity(5, 'Border Agency Union', 'organisation'),
];

function entity(id: number, name: string, type: Entity['type']): Entity {
  const at = '2024-03-01T10:00:00.000Z';
  return { id, name, type, aliases: [], description: '', money: null, date: null, mentionCount: 1, createdAt: at, updatedAt: at };
}

export function spanOf(text: string, needle: string) {
  const start = [...text.slice(0, text.indexOf(needle))].length;
  return spanAt(text, start, start + [...needle].length);
}

function annotation(id: number, fields: Partial<Annotation> & Pick<Annotation, 'kind' | 'span'>): Annotation {
  return {
    id,
    sourceId: MEMO.id,
    anchor: { state: 'exact', start: fields.span.start, end: fields.span.end },
    entityId: null,
    note: '',
    quote: null,
    claim: null,
    event: null,
    createdAt: '2024-03-02T09:00:00.000Z',
    updatedAt: '2024-03-02T09:30:00.000Z',
    ...fields,
  };
}

export const ANNOTATIONS: Annotation[] = [
  annotation(1, {
    kind: 'quote',
    span: spanOf(MEMO_TEXT, '“We will not cut the border teams.”'),
    note: 'Contradicted by the union.',
    quote: { speakerId: 3, saidOn: '2020-09-16', channel: 'letter to employees', addressedTo: 'staff', direct: true },
  }),
  annotation(2, { kind: 'mention', span: spanOf(MEMO_TEXT, 'Halden Systems'), entityId: 4 }),
  annotation(3, {
    kind: 'claim',
    span: spanOf(MEMO_TEXT, 'the agency had already cut 40 posts at the northern crossings 🛂'),
    claim: { speakerId: 5, status: 'in-progress', claimedOn: '2020-09' },
  }),
  annotation(4, {
    kind: 'event',
    span: spanOf(MEMO_TEXT, 'signed the contracts, worth US$2.8-million, in 2019'),
    event: { what: 'Contracts signed', startsOn: '2019', endsOn: null, approximate: true, entityIds: [4, 3] },
  }),
  annotation(5, { kind: 'comment', span: spanOf(MEMO_TEXT, 'US$2.8-million'), note: 'Check the amount\nagainst the filing.' }),
];
