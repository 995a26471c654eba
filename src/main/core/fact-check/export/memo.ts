import { CLAIM_STATUS_LABELS, claimStatusSchema } from '../../../../shared/domain/annotation';
import type { CitedSource, FactCheck } from '../../../../shared/domain/fact-check';
import { dateInWords } from '../../analysis/suggestions/describe';
import { text, type Block, type DocumentModel, type Run } from '../../export/document';
import { factCheckProgress } from '../progress';
import { citation, claimantText, evidenceText, methodLabel, positionText, verdictText } from './describe';
import type { FactCheckExportData } from './export-data';

/**
 * The fact-check memo, as an editor reads it before publication: for each claim the exact
 * words with who said them and where, the verdict, how and by whom it was checked, the
 * evidence and the notes; then the sources, each with the SHA-256 of its original file.
 * One model, written as DOCX, as HTML printed to PDF, and as Markdown.
 */
export function factCheckMemo(data: FactCheckExportData): DocumentModel {
  const sources = new Map(data.sources.map((source) => [source.id, source]));
  const progress = factCheckProgress(data.checks);
  const counts = claimStatusSchema.options
    .filter((status) => progress.byStatus[status] > 0)
    .map((status) => `${CLAIM_STATUS_LABELS[status].toLowerCase()} ${progress.byStatus[status]}`)
    .join(', ');
  const blocks: Block[] = [
    { kind: 'title', runs: [text(`${data.investigation}: fact-check memo`)] },
    {
      kind: 'paragraph',
      runs: [
        text(
          `Exported from Sourcebook on ${dateInWords(data.exportedAt.toISOString().slice(0, 10))}. ` +
            `${progress.total} ${progress.total === 1 ? 'claim' : 'claims'}, ${progress.checked} with a verdict${counts ? ` (${counts})` : ''}.`,
        ),
      ],
    },
    {
      kind: 'paragraph',
      runs: [
        text(
          'Each claim is quoted exactly, with its position in the source’s text (in characters — Unicode code points — as the W3C ' +
            'TextPositionSelector counts them) and the SHA-256 of the source’s original file, so every quote can be checked against the original.',
          { italic: true },
        ),
      ],
    },
    { kind: 'heading', level: 1, runs: [text('Claims')] },
  ];
  for (const check of data.checks) blocks.push(...claimBlocks(check, sources));
  blocks.push({ kind: 'heading', level: 1, runs: [text('Sources')] });
  for (const source of data.sources) {
    const runs: Run[] = [text(`#${source.id} `, { bold: true }), text(citation(source))];
    if (source.authors.length) runs.push(text(`. By ${source.authors.join(', ')}`));
    if (source.url) runs.push(text('\n'), text(source.url, { link: source.url }));
    if (source.fileName) runs.push(text(`\nFile: ${source.fileName}`));
    runs.push(text('\nSHA-256: '), text(source.sha256, { mono: true }));
    blocks.push({ kind: 'paragraph', runs });
  }
  return { title: `${data.investigation}: fact-check memo`, created: data.exportedAt, blocks };
}

function claimBlocks(check: FactCheck, sources: ReadonlyMap<number, CitedSource>): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 2, runs: [text(`Claim #${check.claimId}: ${verdictText(check)}`)] },
    { kind: 'quote', runs: [text(`“${check.span.exact}”`)] },
    {
      kind: 'paragraph',
      runs: [
        text(`— ${claimantText(check)}, in ${citation(check.source)} (source #${check.source.id}), `),
        text(positionText(check.span), { mono: true }),
        text('.'),
      ],
    },
    { kind: 'paragraph', runs: [text('Verdict: ', { bold: true }), text(verdictText(check))] },
  ];
  const how = [
    check.checker ? `by ${check.checker}` : '',
    check.checkedOn ? `on ${dateInWords(check.checkedOn)}` : '',
    check.method ? `from a ${methodLabel(check).toLowerCase()}` : '',
  ].filter(Boolean);
  if (how.length) blocks.push({ kind: 'paragraph', runs: [text('Checked: ', { bold: true }), text(how.join(', '))] });
  if (check.evidence.length) {
    blocks.push({ kind: 'paragraph', runs: [text('Evidence:', { bold: true })] });
    for (const item of check.evidence) {
      const link = item.kind === 'url' ? (item.url ?? undefined) : undefined;
      blocks.push({ kind: 'item', runs: [text(evidenceText(item, sources), link ? { link } : {})] });
    }
  }
  if (check.notes.trim()) blocks.push({ kind: 'paragraph', runs: [text('Notes: ', { bold: true }), text(check.notes)] });
  return blocks;
}
