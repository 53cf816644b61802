/**
 * How tag colours look to readers with the common colour-vision deficiencies, and how far apart
 * two colours stay for them. The simulation is Machado, Oliveira and Fernandes (2009) at full
 * severity, applied in linear RGB; the distance is CIE ΔE*ab (1976) in CIELAB under D65.
 * Highlights are tints on paper, so colours are compared as the reader paints them: tinted.
 */
export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';

const MATRICES: Record<Exclude<Vision, 'normal'>, number[]> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

/** Linear RGB as a reader with `vision` sees the colour. */
export function simulate(rgb: Rgb, vision: Vision): Rgb {
  const lin = rgb.map(toLinear) as Rgb;
  if (vision === 'normal') return lin;
  const m = MATRICES[vision];
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return [clamp(m[0]! * lin[0] + m[1]! * lin[1] + m[2]! * lin[2]), clamp(m[3]! * lin[0] + m[4]! * lin[1] + m[5]! * lin[2]), clamp(m[6]! * lin[0] + m[7]! * lin[1] + m[8]! * lin[2])];
}

function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** A colour tinted over white paper at `alpha`, as highlights are painted. */
export function tint(hex: string, alpha: number): Rgb {
  return parseHex(hex).map((c) => 255 * (1 - alpha) + c * alpha) as Rgb;
}

/** ΔE*ab between two sRGB colours (0–255) as a reader with `vision` sees them. */
export function distance(a: Rgb, b: Rgb, vision: Vision): number {
  const [l1, a1, b1] = lab(simulate(a, vision));
  const [l2, a2, b2] = lab(simulate(b, vision));
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
