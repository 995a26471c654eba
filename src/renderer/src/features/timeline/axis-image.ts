import type { TimelineKind } from '../../../../shared/domain/timeline';

export interface ImageBar {
  x: number;
  y: number;
  width: number;
  label: string;
  kind: TimelineKind;
  approximate: boolean;
  conflicted: boolean;
}

export interface AxisImage {
  width: number;
  height: number;
  /** Height of the tick band at the top. */
  header: number;
  ticks: Array<{ x: number; label: string; major: boolean }>;
  lanes: Array<{ y: number; label: string }>;
  bars: ImageBar[];
  colours: { background: string; text: string; muted: string; grid: string; warning: string; kinds: Record<TimelineKind, string> };
  font: string;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function clip(text: string, px: number): string {
  const chars = Math.max(0, Math.floor(px / 6.2));
  return text.length <= chars ? text : `${text.slice(0, Math.max(0, chars - 1))}…`;
}

/** The axis as it is on screen, as a standalone SVG document (no CSS, no fonts to fetch). */
export function axisSvg(image: AxisImage): string {
  const { colours } = image;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${image.width}" height="${image.height}" viewBox="0 0 ${image.width} ${image.height}" font-family="${escapeXml(image.font)}" font-size="12">`,
    `<rect width="100%" height="100%" fill="${colours.background}"/>`,
  ];
  for (const tick of image.ticks) {
    out.push(`<line x1="${tick.x.toFixed(1)}" y1="0" x2="${tick.x.toFixed(1)}" y2="${image.height}" stroke="${colours.grid}" stroke-width="${tick.major ? 1.5 : 1}"/>`);
    out.push(`<text x="${(tick.x + 4).toFixed(1)}" y="${image.header - 10}" fill="${tick.major ? colours.text : colours.muted}"${tick.major ? ' font-weight="600"' : ''}>${escapeXml(tick.label)}</text>`);
  }
  for (const lane of image.lanes) {
    out.push(`<text x="8" y="${lane.y + image.header + 15}" fill="${colours.muted}" font-weight="600">${escapeXml(lane.label)}</text>`);
  }
  for (const bar of image.bars) {
    const colour = colours.kinds[bar.kind];
    const y = bar.y + image.header + 3;
    const dash = bar.approximate ? ' stroke-dasharray="3 2"' : '';
    out.push(
      `<rect x="${bar.x.toFixed(1)}" y="${y}" width="${bar.width.toFixed(1)}" height="20" rx="4" fill="${colour}" fill-opacity="${bar.approximate ? 0.12 : 0.2}" stroke="${bar.conflicted ? colours.warning : colour}" stroke-width="${bar.conflicted ? 2 : 1}"${dash}/>`,
    );
    out.push(`<text x="${(bar.x + 6).toFixed(1)}" y="${y + 14}" fill="${colours.text}">${escapeXml(clip(bar.label, Math.max(bar.width, 140) - 10))}</text>`);
  }
  out.push('</svg>');
  return out.join('\n');
}
