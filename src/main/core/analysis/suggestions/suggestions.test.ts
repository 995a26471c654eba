import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../../shared/contract';
import { createAnnotation, listAnnotations } from '../../annotations/annotation-repository';
import { anchorAll } from '../../annotations/anchoring';
import { createEntity, listEntities, updateEntity } from '../../entities/entity-repository';
import { mergeEntities } from '../../entities/entity-merge';
import { investigationWith, spanOf } from '../../entities/test-support';
import type { TaskHandle } from '../../tasks';
import { inProcessAnalyzer } from '../analyze-text';
import { analyzeSources } from '../analyze-sources';
import { acceptSuggestion, rejectSuggestion, reopenSuggestion } from './accept-suggestion';
import { listPendingSuggestions } from './suggestion-repository';

const ARTICLE = [
  'Halden Systems Inc. said on Wednesday that its chief executive, Adaeze Okafor, had cancelled a contract worth US$2.8-million.',
  '“We have heard you, and we agree,” Ms. Okafor wrote in a letter to staff.',
].join('\n\n');
const LATER = 'Months later, Okafor and Halden faced new questions.';

function task(): TaskHandle & { reports: Array<[number, number]> } {
  const reports: Array<[number, number]> = [];
  return { taskId: 't', signal: new AbortController().signal, progress: (done, total) => reports.push([done, total]), finish: () => undefined, reports };
}

async function analyzed(...texts: string[]) {
  const { db, sourceIds } = await investigationWith(...texts);
  const events: AppEvent[] = [];
  const run = () => analyzeSources({ db: () => db, analyzer: inProcessAnalyzer, emit: (event) => events.push(event) }, null, task());
  await run();
  return { db, sourceIds, events, run };
}

const pending = (db: Parameters<typeof listPendingSuggestions>[0], sourceId: number) =>
  listPendingSuggestions(db, sourceId).map((suggestion) => [suggestion.kind, suggestion.span.exact, suggestion.label]);

describe('suggestions from the analysis', () => {
  it('suggests people, organisations, money, dates and attributed quotes, and says so to every window', async () => {
    const { db, sourceIds, events } = await analyzed(ARTICLE);
    const [sourceId] = sourceIds as [number];
    expect(pending(db, sourceId)).toEqual(
      expect.arrayContaining([
        ['organisation', 'Halden Systems Inc.', 'Halden Systems Inc.'],
        ['person', 'Adaeze Okafor', 'Adaeze Okafor'],
        ['money', 'US$2.8-million', 'USD 2,800,000'],
        ['quote', '“We have heard you, and we agree,”', 'Said by Adaeze Okafor'],
        ['person', 'Okafor', 'Adaeze Okafor'],
      ]),
    );
    const quote = listPendingSuggestions(db, sourceId).find((suggestion) => suggestion.kind === 'quote')!;
    expect(quote).toMatchObject({ channel: 'letter to staff', analyzer: 'sourcebook-rules', analyzerVersion: expect.any(String) });
    expect(events).toContainEqual({ type: 'suggestions.changed', sourceIds: [sourceId] });
  });

  it('makes an accepted suggestion an annotation linked to a new entity, then to the same one', async () => {
    const { db, sourceIds } = await analyzed(ARTICLE);
    const [sourceId] = sourceIds as [number];
    const people = listPendingSuggestions(db, sourceId).filter((suggestion) => suggestion.kind === 'person');
    const first = acceptSuggestion(db, people[0]!.id);
    const second = acceptSuggestion(db, people[1]!.id);
    const okafor = listEntities(db).find((entity) => entity.name === 'Adaeze Okafor')!;
    expect([first.entityId, second.entityId]).toEqual([okafor.id, okafor.id]);
    expect(okafor.aliases).toContain('Ms. Okafor');
    const quote = listPendingSuggestions(db, sourceId).find((suggestion) => suggestion.kind === 'quote')!;
    expect(acceptSuggestion(db, quote.id)).toMatchObject({ kind: 'quote', quote: { speakerId: okafor.id, channel: 'letter to staff' } });
    expect(() => acceptSuggestion(db, quote.id)).toThrow(/already been accepted or rejected/);
  });

  it('takes a decision back: the annotation an accept made goes, and the suggestion is offered again', async () => {
    const { db, sourceIds } = await analyzed(ARTICLE);
    const [sourceId] = sourceIds as [number];
    const [first, second] = listPendingSuggestions(db, sourceId);
    const annotation = acceptSuggestion(db, first!.id);
    rejectSuggestion(db, second!.id);
    expect(reopenSuggestion(db, first!.id)).toEqual({ removedAnnotationId: annotation.id });
    expect(reopenSuggestion(db, second!.id)).toEqual({ removedAnnotationId: null });
    expect(listAnnotations(db, sourceId, anchorAll)).toEqual([]);
    expect(listPendingSuggestions(db, sourceId).map((suggestion) => suggestion.id)).toEqual(expect.arrayContaining([first!.id, second!.id]));
    expect(() => reopenSuggestion(db, first!.id)).toThrow(/nothing to take back/);
  });

  it('takes the reporter’s corrections when accepting', async () => {
    const { db, sourceIds } = await analyzed(ARTICLE);
    const money = listPendingSuggestions(db, sourceIds[0]!).find((suggestion) => suggestion.kind === 'money')!;
    const corrected = acceptSuggestion(db, money.id, { entity: { ...money.entity!, name: 'Border contract value' } });
    expect(listEntities(db).find((entity) => entity.id === corrected.entityId)).toMatchObject({ name: 'Border contract value', money: { amount: 2800000, currency: 'USD' } });
  });

  it('does not suggest again what was rejected or accepted, nor over the reporter’s own tags', async () => {
    const { db, sourceIds, run } = await analyzed(ARTICLE);
    const [sourceId] = sourceIds as [number];
    const all = listPendingSuggestions(db, sourceId);
    rejectSuggestion(db, all.find((suggestion) => suggestion.kind === 'money')!.id);
    acceptSuggestion(db, all.find((suggestion) => suggestion.span.exact === 'Adaeze Okafor')!.id);
    createAnnotation(db, { sourceId, kind: 'comment', span: spanOf(db, sourceId, 'Wednesday') });
    createAnnotation(db, { sourceId, kind: 'mention', span: spanOf(db, sourceId, 'Halden Systems Inc.') });
    await run();
    const again = pending(db, sourceId);
    expect(again.filter(([kind]) => kind === 'money')).toEqual([]);
    expect(again.filter(([, exact]) => exact === 'Adaeze Okafor' || exact === 'Halden Systems Inc.')).toEqual([]);
    // A comment is not a mention: the date is still offered.
    expect(again).toContainEqual(['date', 'Wednesday', expect.any(String)]);
    expect(listAnnotations(db, sourceId, anchorAll)).toHaveLength(3);
  });

  it('finds the registry’s names in every source, after the aliases and merges the reporter made', async () => {
    const { db, sourceIds, run } = await analyzed(ARTICLE, LATER, 'Northgate Capital will not comment, a spokesperson for Lakehead said.');
    const [first, second, third] = sourceIds as [number, number, number];
    for (const suggestion of listPendingSuggestions(db, first).filter((item) => item.kind === 'person' || item.kind === 'organisation')) acceptSuggestion(db, suggestion.id);
    const halden = listEntities(db).find((entity) => entity.name === 'Halden Systems Inc.')!;
    updateEntity(db, halden.id, { aliases: [...halden.aliases, 'Halden'] });
    const lakehead = createEntity(db, { name: 'Lakehead', type: 'organisation' });
    mergeEntities(db, lakehead.id, halden.id);
    await run();
    const okafor = listEntities(db).find((entity) => entity.name === 'Adaeze Okafor')!;
    expect(pending(db, second)).toEqual(
      expect.arrayContaining([
        ['person', 'Okafor', 'Adaeze Okafor'],
        ['organisation', 'Halden', 'Halden Systems Inc.'],
      ]),
    );
    expect(listPendingSuggestions(db, second).find((item) => item.span.exact === 'Okafor')!.entity).toMatchObject({ existingId: okafor.id });
    // "Lakehead" was merged into Halden Systems: its name now finds Halden Systems.
    expect(listPendingSuggestions(db, third).find((item) => item.span.exact === 'Lakehead')!.entity).toMatchObject({ existingId: halden.id });
  });

  it('suggests a dated event with who took part, accepted as an event annotation', async () => {
    const { db, sourceIds } = await analyzed('Tomas Lindqvist, then the chief executive of Halden Systems Inc., cancelled an earlier contract in September 2020.');
    const event = listPendingSuggestions(db, sourceIds[0]!).find((suggestion) => suggestion.kind === 'event')!;
    expect(event).toMatchObject({ label: 'September 2020: Tomas Lindqvist', event: { startsOn: '2020-09', endsOn: null } });
    const annotation = acceptSuggestion(db, event.id);
    const names = listEntities(db).filter((entity) => annotation.event!.entityIds.includes(entity.id)).map((entity) => entity.name);
    expect(annotation).toMatchObject({ kind: 'event', event: { startsOn: '2020-09', what: expect.stringContaining('cancelled an earlier contract') } });
    expect(names.sort()).toEqual(['Halden Systems Inc.', 'Tomas Lindqvist']);
  });

  it('reports progress in four steps a source, and keeps finished sources when cancelled', async () => {
    const { db, sourceIds } = await investigationWith(ARTICLE, LATER);
    const progress = task();
    await analyzeSources({ db: () => db, analyzer: inProcessAnalyzer, emit: () => undefined }, sourceIds, progress);
    expect(progress.reports.at(0)).toEqual([0, 8]);
    expect(progress.reports.at(-1)).toEqual([8, 8]);
    const controller = new AbortController();
    const cancelled = { ...task(), signal: controller.signal };
    controller.abort();
    expect(await analyzeSources({ db: () => db, analyzer: inProcessAnalyzer, emit: () => undefined }, sourceIds, cancelled)).toEqual({ analyzed: 0, suggested: 0 });
  });
});
