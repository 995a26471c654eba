import { useMemo, useState } from 'react';
import type { DiscrepancyFact, DiscrepancyView } from '../../../../shared/domain/comparison';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { annotationRoute, navigate, routeToHash } from '../../app/route';
import { useToasts } from '../../app/toasts';
import { formatPartialDate } from '../../ui/format-date';
import { useFactChecks } from '../fact-check/use-fact-checks';
import { useTagging } from '../tagging/tagging-context';
import { useDiscrepancies } from './use-comparison';

const KIND_LABELS: Record<DiscrepancyView['kind'], string> = { money: 'Amounts', percent: 'Shares', count: 'Counts', date: 'Dates' };

/**
 * Figures about one entity or event that differ across sources: each group says why its
 * figures were taken for one fact, and sets the sentences that disagree side by side, each
 * with a button that makes it a claim in the fact-check sheet.
 */
export function DiscrepanciesPanel() {
  const { data, error } = useDiscrepancies();
  const checks = useFactChecks();
  // A sentence already tagged as a claim (here, or in the reader) says so rather than offering it again.
  const claimedAt = useMemo(() => new Map((checks.data?.claims ?? []).map((check) => [`${check.source.id}:${check.span.start}:${check.span.end}`, check.claimId])), [checks.data]);
  const [claimed, setClaimed] = useState<ReadonlyMap<string, number>>(new Map());
  if (!data) return error ? <p className="field-error" role="alert">{error}</p> : <p className="view-loading">Looking for figures that disagree…</p>;
  if (data.length === 0) {
    return (
      <div className="cmp-none" role="status">
        <p>
          No figures disagree across your sources yet. Sourcebook compares amounts, dates, counts and shares that two sources give about the same person, organisation or event. Tag who or what
          a sentence is about (select the name in a source, press <kbd>E</kbd>) in each source, and figures near it that differ show up here.
        </p>
      </div>
    );
  }
  return (
    <div className="cmp-discrepancies" role="region" aria-label="Discrepancies">
      {data.map((group) => (
        <section key={group.key} className="cmp-discrepancy" aria-label={`${KIND_LABELS[group.kind]} about ${group.subject.name}`}>
          <header className="cmp-discrepancy-head">
            <h3>
              {group.subject.name} <span className="cmp-discrepancy-kind">{KIND_LABELS[group.kind].toLowerCase()} differ</span>
            </h3>
            <p className="cmp-values">
              {group.values.map((value, index) => (
                <span key={value.normalized} className="cmp-value">
                  {index > 0 ? <span className="cmp-value-vs"> vs </span> : null}
                  <strong>{value.normalized}</strong>
                  {value.factIds.length > 1 ? ` (${value.factIds.length} spans)` : ''}
                </span>
              ))}
            </p>
            <p className="cmp-explanation">{group.explanation}</p>
          </header>
          <div className="cmp-facts">
            {group.facts.map((fact) => (
              <FactCard key={fact.id} fact={fact} group={group} claimId={claimed.get(fact.id) ?? claimedAt.get(`${fact.source.id}:${fact.sentence.start}:${fact.sentence.end}`) ?? null} onClaimed={(id) => setClaimed((current) => new Map(current).set(fact.id, id))} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

function FactCard(props: { fact: DiscrepancyFact; group: DiscrepancyView; claimId: number | null; onClaimed(claimId: number): void }) {
  const { fact, group } = props;
  const api = useApi();
  const toasts = useToasts();
  const { record } = useTagging();
  const [busy, setBusy] = useState(false);
  const cited = [fact.source.outlet, fact.source.publishedDate ? formatPartialDate(fact.source.publishedDate) : null].filter(Boolean).join(', ');

  async function makeClaim() {
    setBusy(true);
    try {
      const made = await record(async () => {
        const result = await api.call('compare.discrepancyToClaim', { sourceId: fact.source.id, start: fact.sentence.start, end: fact.sentence.end, speakerId: null, note: group.explanation });
        let claim = result.claim;
        return {
          result,
          step: result.created
            ? {
                label: 'Claim made from a discrepancy',
                undo: async () => void (await api.call('annotations.delete', { id: claim.id })),
                redo: async () => {
                  claim = await api.call('annotations.restore', { annotation: claim });
                },
              }
            : null,
        };
      });
      props.onClaimed(made.claim.id);
      toasts.show({ tone: 'success', title: made.created ? 'Claim added to the fact-check sheet' : 'Already a claim in the fact-check sheet', message: fact.sentence.before + fact.figure.text + fact.sentence.after });
    } catch (error) {
      toasts.show({ tone: 'error', title: 'Could not make a claim of this sentence', message: `${messageOf(error)} Nothing was changed.` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className="cmp-fact" aria-label={`${fact.figure.text} in ${fact.source.outlet ?? fact.source.title}`}>
      <p className="cmp-fact-cite">
        <cite>{fact.source.title}</cite>
        {cited ? ` — ${cited}` : ''}
      </p>
      <blockquote className="cmp-words">
        {fact.sentence.before}
        <mark className="cmp-figure cmp-figure-differs" title={`Read as ${fact.normalized}`}>
          {fact.figure.text}
        </mark>
        {fact.sentence.after}
      </blockquote>
      <p className="cmp-fact-reading">Read as {fact.normalized}{fact.annotationId !== null ? ' · tagged by you' : ' · found in the text'}</p>
      <div className="cmp-actions">
        {fact.annotationId !== null ? (
          <a className="link-button" href={routeToHash(annotationRoute(fact.source.id, fact.annotationId))}>
            Open in source
          </a>
        ) : (
          <a className="link-button" href={routeToHash({ view: 'sources', rest: [String(fact.source.id)] })}>
            Open the source
          </a>
        )}
        {props.claimId !== null ? (
          <button type="button" className="link-button" onClick={() => navigate({ view: 'factcheck', rest: [] })}>
            In the fact-check sheet →
          </button>
        ) : (
          <button type="button" className="button" disabled={busy} title="Tag this sentence as a claim to check; it joins the fact-check sheet with the reason in its notes" onClick={() => void makeClaim()}>
            Check as a claim
          </button>
        )}
      </div>
    </article>
  );
}
