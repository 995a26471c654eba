import { describe, expect, it } from 'vitest';
import { axisSvg } from './axis-image';

describe('the axis as an image', () => {
  it('is a standalone SVG with the ticks, lanes and bars on screen, text escaped', () => {
    const svg = axisSvg({
      width: 400,
      height: 120,
      header: 34,
      ticks: [{ x: 10, label: '2020', major: true }],
      lanes: [{ y: 0, label: 'Events' }],
      bars: [{ x: 20, y: 22, width: 30, label: 'Halden & <FBIA>', kind: 'event', approximate: true, conflicted: true }],
      colours: { background: '#fff', text: '#111', muted: '#666', grid: '#ddd', warning: '#950', kinds: { event: '#44c', quote: '#26c', claim: '#d61', entry: '#44c', publication: '#567' } },
      font: 'system-ui',
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="400" height="120"/);
    expect(svg).toContain('>2020</text>');
    expect(svg).toContain('>Events</text>');
    expect(svg).toContain('Halden &amp; &lt;FBIA&gt;');
    expect(svg).toContain('stroke-dasharray="3 2"');
    expect(svg).toContain('stroke="#950"');
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });
});
