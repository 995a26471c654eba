import { useMemo, useState } from 'react';
import type { Evidence, EvidenceKind, FactCheck, NewEvidence } from '../../../../shared/domain/fact-check';
import { evidenceUrlSchema } from '../../../../shared/domain/fact-check';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { annotationRoute, routeToHash } from '../../app/route';
import { useToasts } from '../../app/toasts';
import { Icon } from '../../ui/icons';
import { useQuoteSearch } from '../notes/embeds/use-quote-search';
import { useSources } from '../sources/use-sources';

const KIND_LABELS: Readonly<Record<EvidenceKind, string>> = { url: 'Web address', text: 'In words', source: 'Source', annotation: 'Passage' };
/** The add form's choices, short enough to sit side by side in the inspector. */
const KIND_TABS: Readonly<Record<EvidenceKind, string>> = { url: 'Link', text: 'Words', source: 'Source', annotation: 'Passage' };

/** Where a piece of evidence leads, if anywhere: the passage or source in Sourcebook, or the address. */
function evidenceHref(evidence: Evidence): { href: string; external: boolean } | null {
  if (evidence.missing) return null;
  if (evidence.kind === 'url' && evidence.url) return { href: evidence.url, external: true };
  if (evidence.kind === 'source' && evidence.sourceId !== null) return { href: routeToHash({ view: 'sources', rest: [String(evidence.sourceId)] }), external: false };
  if (evidence.kind === 'annotation' && evidence.sourceId !== null && evidence.annotationId !== null) return { href: routeToHash(annotationRoute(evidence.sourceId, evidence.annotationId)), external: false };
  return null;
}

/** The evidence of a check: each item with where it leads and the reporter's comment; a form to add more. */
export function EvidenceSection(props: { check: FactCheck; claims: readonly FactCheck[]; onAdd(evidence: NewEvidence): Promise<boolean>; onRemove(evidence: Evidence): void }) {
  const { check } = props;
  const api = useApi();
  const toasts = useToasts();
  // A web address opens in the system browser through the app, never in this window (in a
  // browser, where the app cannot open one, in a new tab).
  const openExternal = (event: React.MouseEvent, url: string) => {
    event.preventDefault();
    api
      .call('app.openExternal', { url })
      .then(({ opened }) => {
        if (!opened) window.open(url, '_blank', 'noopener,noreferrer');
      })
      .catch((failure: unknown) => toasts.show({ tone: 'error', title: 'The link could not be opened', message: messageOf(failure) }));
  };
  return (
    <section className="fc-evidence" aria-label="Evidence">
      <h3 className="fc-subheading">
        Evidence <span className="fc-count">{check.evidence.length}</span>
      </h3>
      {check.evidence.length === 0 ? <p className="hint">None yet. Add a passage of another source, a source, a web address or a note in your words.</p> : null}
      <ul className="fc-evidence-list">
        {check.evidence.map((evidence) => {
          const link = evidenceHref(evidence);
          return (
            <li key={evidence.id} className="fc-evidence-item" data-missing={evidence.missing || undefined}>
              <span className="fc-evidence-kind">{KIND_LABELS[evidence.kind]}</span>
              {evidence.kind !== 'text' ? (
                link ? (
                  <a
                    className="fc-evidence-cited"
                    href={link.href}
                    rel={link.external ? 'noreferrer noopener' : undefined}
                    title={link.external ? `${link.href} (opens in your browser)` : undefined}
                    onClick={link.external ? (event) => openExternal(event, link.href) : undefined}
                  >
                    {evidence.kind === 'annotation' ? `“${evidence.cited}”` : evidence.cited}
                  </a>
                ) : (
                  <s className="fc-evidence-cited" title="Removed from the investigation since it was cited">
                    {evidence.cited}
                  </s>
                )
              ) : null}
              {evidence.text ? <p className="fc-evidence-text">{evidence.text}</p> : null}
              <button type="button" className="icon-button fc-evidence-remove" aria-label={`Remove evidence: ${evidence.cited || evidence.text}`} title="Remove (undo with Ctrl/Cmd+Z)" onClick={() => props.onRemove(evidence)}>
                <Icon name="close" size={14} />
              </button>
            </li>
          );
        })}
      </ul>
      <AddEvidence key={check.claimId} check={check} claims={props.claims} onAdd={props.onAdd} />
    </section>
  );
}

function AddEvidence(props: { check: FactCheck; claims: readonly FactCheck[]; onAdd(evidence: NewEvidence): Promise<boolean> }) {
  const [kind, setKind] = useState<EvidenceKind>('url');
  const [url, setUrl] = useState('');
  const [text, setText] = useState('');
  const [sourceId, setSourceId] = useState<number | null>(null);
  const [spanId, setSpanId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const urlCheck = url.trim() === '' ? null : evidenceUrlSchema.safeParse(url);
  const ready = kind === 'url' ? urlCheck?.success === true : kind === 'text' ? text.trim() !== '' : kind === 'source' ? sourceId !== null : spanId !== null;

  async function add() {
    if (!ready) {
      setError(kind === 'url' ? (urlCheck && !urlCheck.success ? urlCheck.error.issues[0]!.message : 'Type a web address') : kind === 'text' ? 'Write the evidence' : kind === 'source' ? 'Choose a source' : 'Choose a passage');
      return;
    }
    const evidence: NewEvidence =
      kind === 'url' ? { kind, url: url.trim(), text: text.trim() } : kind === 'text' ? { kind, text: text.trim() } : kind === 'source' ? { kind, sourceId: sourceId!, text: text.trim() } : { kind, annotationId: spanId!, text: text.trim() };
    setError(null);
    if (await props.onAdd(evidence)) {
      setUrl('');
      setText('');
      setSourceId(null);
      setSpanId(null);
    }
  }

  return (
    <form
      className="fc-add-evidence"
      aria-label="Add evidence"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <div className="fc-segmented" role="radiogroup" aria-label="Kind of evidence">
        {(['url', 'text', 'source', 'annotation'] as const).map((value) => (
          <button key={value} type="button" role="radio" aria-checked={kind === value} title={KIND_LABELS[value]} onClick={() => { setKind(value); setError(null); }}>
            {KIND_TABS[value]}
          </button>
        ))}
      </div>
      {kind === 'url' ? (
        <label className="field">
          <span className="field-label">Address</span>
          <input type="url" value={url} placeholder="https://…" aria-invalid={(urlCheck !== null && !urlCheck.success) || undefined} onChange={(event) => setUrl(event.target.value)} />
        </label>
      ) : null}
      {kind === 'source' ? <SourceChoice value={sourceId} onChange={setSourceId} /> : null}
      {kind === 'annotation' ? <SpanChoice claimId={props.check.claimId} claims={props.claims} value={spanId} onChange={setSpanId} /> : null}
      <label className="field">
        <span className="field-label">{kind === 'text' ? 'Evidence' : 'Comment (optional)'}</span>
        <textarea
          rows={kind === 'text' ? 3 : 2}
          value={text}
          placeholder={kind === 'text' ? 'What you found, and how: “Annual report 2020, p. 14: refund of US$95,000.”' : 'What it shows'}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void add();
            }
          }}
        />
      </label>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button-small" title="Add the evidence (Enter; Ctrl/Cmd+Enter in the comment)">
        Add evidence
      </button>
    </form>
  );
}

function SourceChoice(props: { value: number | null; onChange(id: number | null): void }) {
  const { sources } = useSources();
  return (
    <label className="field">
      <span className="field-label">Source</span>
      <select value={props.value ?? ''} onChange={(event) => props.onChange(event.target.value ? Number(event.target.value) : null)}>
        <option value="">{sources ? 'Choose a source…' : 'Loading the sources…'}</option>
        {(sources ?? []).map((source) => (
          <option key={source.id} value={source.id}>
            {source.title}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Another tagged passage: the investigation's quotes (searched by the services) and its other claims. */
function SpanChoice(props: { claimId: number; claims: readonly FactCheck[]; value: number | null; onChange(id: number | null): void }) {
  const [query, setQuery] = useState('');
  const quotes = useQuoteSearch(query);
  const options = useMemo(() => {
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    const claims = props.claims
      .filter((check) => check.claimId !== props.claimId)
      .filter((check) => words.every((word) => `${check.span.exact} ${check.assertedBy} ${check.source.title}`.toLocaleLowerCase().includes(word)))
      .map((check) => ({ id: check.claimId, kind: 'Claim', words: check.span.exact, where: check.source.title }));
    const found = quotes.status === 'failed' ? [] : quotes.quotes.map((cited) => ({ id: cited.annotation.id, kind: 'Quote', words: cited.annotation.span.exact, where: cited.source.title }));
    return [...found, ...claims].slice(0, 30);
  }, [props.claims, props.claimId, query, quotes]);
  return (
    <fieldset className="field fc-span-choice">
      <legend className="field-label">Passage</legend>
      <input type="search" aria-label="Find a quote or claim" placeholder="Find a quote or claim by its words, speaker or source" value={query} onChange={(event) => setQuery(event.target.value)} />
      <ul className="fc-span-options" role="listbox" aria-label="Passages">
        {options.length === 0 ? <li className="hint">{quotes.status === 'searching' ? 'Searching…' : 'No tagged quote or claim matches.'}</li> : null}
        {options.map((option) => (
          <li key={option.id} role="option" aria-selected={props.value === option.id}>
            <button type="button" onClick={() => props.onChange(option.id)}>
              <span className="fc-span-kind">{option.kind}</span> “{option.words.length > 120 ? `${option.words.slice(0, 119)}…` : option.words}”
              <span className="fc-span-where">{option.where}</span>
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
