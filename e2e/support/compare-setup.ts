import type { Page } from '@playwright/test';

/**
 * Calls the app's own service from the page, with the key the page holds, as the Compare view
 * in another window would: for tests of what follows such changes live.
 */
export async function callFromPage<T>(page: Page, method: string, params: object): Promise<T> {
  return page.evaluate(
    async ({ method, params }) => {
      const token = window.sessionStorage.getItem('sourcebook.token');
      const response = await fetch(`/api/call/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(params),
      });
      const outcome = (await response.json()) as { ok: true; value: unknown } | { ok: false; error: { message: string } };
      if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
      return outcome.value;
    },
    { method, params },
  ) as Promise<T>;
}

/** Saves a comparison of two speakers' quotes, by the speakers' names, optionally pairing two quotes by hand. */
export async function saveSpeakerComparison(
  page: Page,
  name: string,
  speakers: [string, string],
  pin?: [string, string],
): Promise<{ id: number }> {
  const entities = await callFromPage<{ id: number; name: string }[]>(page, 'entities.list', {});
  const speakerId = (speaker: string) => {
    const entity = entities.find((candidate) => candidate.name === speaker);
    if (!entity) throw new Error(`No entity is called ${speaker}`);
    return entity.id;
  };
  const pins: { cells: number[] }[] = [];
  if (pin) {
    const quotes = await callFromPage<{ annotation: { id: number; span: { exact: string } } }[]>(page, 'annotations.findQuotes', { query: '', limit: 50 });
    const quoteId = (words: string) => {
      const quote = quotes.find((candidate) => candidate.annotation.span.exact.includes(words));
      if (!quote) throw new Error(`No quote says ${words}`);
      return quote.annotation.id;
    };
    pins.push({ cells: pin.map(quoteId) });
  }
  return callFromPage(page, 'compare.save', {
    name,
    columns: speakers.map((speaker) => ({ kind: 'speaker', label: '', speakerId: speakerId(speaker) })),
    pins,
  });
}
