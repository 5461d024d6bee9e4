// The reliability diagram as a small standalone SVG: one panel per part, bars of observed
// accuracy per confidence bin against the diagonal of perfect calibration.
import type { ReliabilityBin } from './metrics';

const SIZE = 240;
const PAD = 36;

function panel(title: string, bins: readonly ReliabilityBin[], offsetX: number): string {
  const plot = SIZE - 2 * PAD;
  const x = (v: number) => offsetX + PAD + v * plot;
  const y = (v: number) => PAD + (1 - v) * plot;
  const bars = bins
    .filter((b) => b.count > 0)
    .map((b) => {
      const w = (b.upper - b.lower) * plot - 2;
      return `<rect x="${x(b.lower) + 1}" y="${y(b.accuracy)}" width="${w}" height="${y(0) - y(b.accuracy)}" fill="#4c78a8" opacity="0.8"><title>${Math.round(b.lower * 100)}–${Math.round(b.upper * 100)} %: ${b.count} cases, mean confidence ${(b.meanConfidence * 100).toFixed(0)} %, correct ${(b.accuracy * 100).toFixed(0)} %</title></rect>` +
        `<circle cx="${x(b.meanConfidence)}" cy="${y(b.accuracy)}" r="3" fill="#e45756"/>` +
        `<text x="${x((b.lower + b.upper) / 2)}" y="${y(0) + 12}" font-size="8" text-anchor="middle">${b.count}</text>`;
    })
    .join('');
  const ticks = [0, 0.5, 1]
    .map((t) => `<text x="${x(t)}" y="${y(0) + 24}" font-size="9" text-anchor="middle">${t * 100}%</text><text x="${x(0) - 4}" y="${y(t) + 3}" font-size="9" text-anchor="end">${t * 100}%</text>`)
    .join('');
  return `<g><text x="${offsetX + SIZE / 2}" y="18" font-size="12" text-anchor="middle" font-weight="bold">${title}</text>` +
    `<rect x="${x(0)}" y="${y(1)}" width="${plot}" height="${plot}" fill="none" stroke="#999"/>` +
    `<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#999" stroke-dasharray="4 3"/>${bars}${ticks}</g>`;
}

/** An SVG with one reliability panel per named part (x: top-1 probability, y: fraction correct; numbers: cases per bin). */
export function reliabilitySvg(parts: readonly { title: string; bins: readonly ReliabilityBin[] }[]): string {
  const width = SIZE * parts.length;
  const body = parts.map((p, i) => panel(p.title, p.bins, i * SIZE)).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${SIZE + 10}" viewBox="0 0 ${width} ${SIZE + 10}" font-family="sans-serif" role="img" aria-label="Reliability diagram: observed accuracy against the top cause's probability">` +
    `<rect width="100%" height="100%" fill="#fff"/>${body}</svg>\n`;
}
