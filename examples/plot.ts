// A few lines of SVG for the examples' pictures: axes, contour lines (marching squares), polylines.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Plot {
  x: [number, number];
  y: [number, number];
  title: string;
  /** Contour lines of f at the given levels. */
  contours?: { f: (x: number, y: number) => number; levels: number[] };
  /** Polylines in data coordinates, with a colour each. */
  lines: { points: [number, number][]; color: string; dots?: boolean }[];
  xLabel?: string;
  yLabel?: string;
}

const W = 640, H = 480, M = 50;

/** The plot as an SVG document. */
export function svgPlot(p: Plot): string {
  const sx = (x: number) => M + ((x - p.x[0]) / (p.x[1] - p.x[0])) * (W - 2 * M);
  const sy = (y: number) => H - M - ((y - p.y[0]) / (p.y[1] - p.y[0])) * (H - 2 * M);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Helvetica" font-size="12">`];
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`, `<text x="${W / 2}" y="24" text-anchor="middle" font-size="15">${escape(p.title)}</text>`);
  out.push(`<rect x="${M}" y="${M}" width="${W - 2 * M}" height="${H - 2 * M}" fill="none" stroke="#333"/>`);
  for (let k = 0; k <= 4; k++) {
    const x = p.x[0] + ((p.x[1] - p.x[0]) * k) / 4, y = p.y[0] + ((p.y[1] - p.y[0]) * k) / 4;
    out.push(`<text x="${sx(x)}" y="${H - M + 16}" text-anchor="middle">${+x.toPrecision(3)}</text>`);
    out.push(`<text x="${M - 6}" y="${sy(y) + 4}" text-anchor="end">${+y.toPrecision(3)}</text>`);
  }
  if (p.xLabel !== undefined) out.push(`<text x="${W / 2}" y="${H - 12}" text-anchor="middle">${escape(p.xLabel)}</text>`);
  if (p.yLabel !== undefined) out.push(`<text x="14" y="${H / 2}" text-anchor="middle" transform="rotate(-90 14 ${H / 2})">${escape(p.yLabel)}</text>`);
  if (p.contours !== undefined) {
    const { f, levels } = p.contours;
    const n = 120, gx = (i: number) => p.x[0] + ((p.x[1] - p.x[0]) * i) / n, gy = (j: number) => p.y[0] + ((p.y[1] - p.y[0]) * j) / n;
    const v = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => f(gx(i), gy(j))));
    for (const level of levels) {
      const segs: string[] = [];
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          // Where the level crosses each edge of the cell, by linear interpolation.
          const corners: [number, number, number][] = [[gx(i), gy(j), v[i]![j]!], [gx(i + 1), gy(j), v[i + 1]![j]!], [gx(i + 1), gy(j + 1), v[i + 1]![j + 1]!], [gx(i), gy(j + 1), v[i]![j + 1]!]];
          const cross: [number, number][] = [];
          for (let e = 0; e < 4; e++) {
            const [x0, y0, a] = corners[e]!, [x1, y1, b] = corners[(e + 1) % 4]!;
            if ((a < level) !== (b < level)) {
              const t = (level - a) / (b - a);
              cross.push([x0 + t * (x1 - x0), y0 + t * (y1 - y0)]);
            }
          }
          for (let c = 0; c + 1 < cross.length; c += 2) {
            segs.push(`M${sx(cross[c]![0]).toFixed(1)},${sy(cross[c]![1]).toFixed(1)}L${sx(cross[c + 1]![0]).toFixed(1)},${sy(cross[c + 1]![1]).toFixed(1)}`);
          }
        }
      }
      out.push(`<path d="${segs.join("")}" fill="none" stroke="#9ab" stroke-width="0.8"/>`);
    }
  }
  for (const line of p.lines) {
    const pts = line.points.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(" ");
    out.push(`<polyline points="${pts}" fill="none" stroke="${line.color}" stroke-width="1.8"/>`);
    if (line.dots) for (const [x, y] of line.points) out.push(`<circle cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="3" fill="${line.color}"/>`);
  }
  out.push("</svg>");
  return out.join("\n");
}

/** Writes `svg` next to the running script as `name` and returns the file's path. */
export function writeBeside(scriptUrl: string, name: string, svg: string): string {
  const path = fileURLToPath(new URL(name, scriptUrl));
  writeFileSync(path, svg);
  return path;
}

function escape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
