/**
 * Word alignment with affine gap costs (Gotoh 1982, "An improved algorithm for matching
 * biological sequences"), used only on short stretches: between two anchor runs of a chain
 * (global mode) and beyond a chain's ends (extension mode, free end, like BLAST's gapped
 * extension). Stretches are bounded by the chaining gap, so each call is O(w²) with small w.
 */

/** Scores of the alignment: a match gains, a mismatch and a gap cost. */
export const SCORES = { match: 1, mismatch: -1, gapOpen: -1.5, gapExtend: -0.5 } as const;

/**
 * An alignment as parallel lists: `a[k]` and `b[k]` are the aligned positions (absolute), or -1
 * for a gap on that side.
 */
export interface Ops {
  a: number[];
  b: number[];
}

const NEG = -1e9;

// The matrices are reused between calls (the aligner calls this once per gap and chain end).
// H: ends with x_i aligned to y_j; E: x_i against a gap; F: y_j against a gap; t*: traceback,
// which matrix the previous cell came from (0 H, 1 E, 2 F).
let buffers = {
  H: new Float64Array(0),
  E: new Float64Array(0),
  F: new Float64Array(0),
  tH: new Uint8Array(0),
  tE: new Uint8Array(0),
  tF: new Uint8Array(0),
};
function scratch(size: number): typeof buffers {
  if (buffers.H.length < size) {
    const n = Math.max(size, buffers.H.length * 2);
    buffers = {
      H: new Float64Array(n),
      E: new Float64Array(n),
      F: new Float64Array(n),
      tH: new Uint8Array(n),
      tE: new Uint8Array(n),
      tF: new Uint8Array(n),
    };
  }
  buffers.H.fill(NEG, 0, size);
  buffers.E.fill(NEG, 0, size);
  buffers.F.fill(NEG, 0, size);
  return buffers;
}

/**
 * Places where the article tells us it changed the text on purpose, so the change costs nothing:
 * `word(i)` for the i-th word of the x stretch (1-based: an editor's "[bracketed]" word, free to
 * substitute or insert), `gapAfter(i)` for source words skipped after the i-th x word (0: before
 * the first), where the article shows an elision mark.
 */
export interface FreeCosts {
  word?: (i: number) => boolean;
  gapAfter?: (i: number) => boolean;
}

/**
 * Align `x[x0, x1)` with `y[y0, y1)`. In "global" mode both ends are fixed; in "extend" mode the
 * start is fixed and the alignment stops at the best-scoring match (possibly nothing).
 */
export function alignStretch(
  x: ArrayLike<number>,
  x0: number,
  x1: number,
  y: ArrayLike<number>,
  y0: number,
  y1: number,
  mode: "global" | "extend",
  costs: FreeCosts = {},
): Ops {
  const n = x1 - x0;
  const m = y1 - y0;
  const out: Ops = { a: [], b: [] };
  if (mode === "global" && (n === 0 || m === 0)) {
    for (let i = x0; i < x1; i++) {
      out.a.push(i);
      out.b.push(-1);
    }
    for (let j = y0; j < y1; j++) {
      out.a.push(-1);
      out.b.push(j);
    }
    return out;
  }
  if (n === 0 || m === 0) return out;
  const w = m + 1;
  const size = (n + 1) * w;
  const { H, E, F, tH, tE, tF } = scratch(size);
  const { match, mismatch, gapOpen, gapExtend } = SCORES;
  const freeWord = new Uint8Array(n + 1);
  const freeGap = new Uint8Array(n + 1);
  for (let i = 0; i <= n; i++) {
    freeWord[i] = i > 0 && costs.word?.(i) ? 1 : 0;
    freeGap[i] = costs.gapAfter?.(i) ? 1 : 0;
  }
  H[0] = 0;
  for (let i = 1; i <= n; i++) {
    E[i * w] = freeWord[i] ? E[(i - 1) * w] : gapOpen + i * gapExtend;
    if (i === 1 && freeWord[1]) E[w] = 0;
    tE[i * w] = i === 1 ? 0 : 1;
  }
  for (let j = 1; j <= m; j++) {
    F[j] = freeGap[0] ? 0 : gapOpen + j * gapExtend;
    tF[j] = j === 1 ? 0 : 2;
  }
  let bestScore = 0;
  let bestCell = 0;
  for (let i = 1; i <= n; i++) {
    const xi = x[x0 + i - 1];
    const costless = freeWord[i] === 1;
    const open = costless ? 0 : gapOpen;
    const extend = costless ? 0 : gapExtend;
    const delOpen = freeGap[i] ? 0 : gapOpen;
    const delExtend = freeGap[i] ? 0 : gapExtend;
    for (let j = 1; j <= m; j++) {
      const c = i * w + j;
      const d = c - w - 1;
      let p = H[d];
      let from = 0;
      if (E[d] > p) {
        p = E[d];
        from = 1;
      }
      if (F[d] > p) {
        p = F[d];
        from = 2;
      }
      const equal = xi === y[y0 + j - 1];
      H[c] = p + (equal ? match : costless ? 0 : mismatch);
      tH[c] = from;
      const u = c - w;
      let e = H[u] + open + extend;
      let ef = 0;
      if (E[u] + extend > e) {
        e = E[u] + extend;
        ef = 1;
      }
      if (F[u] + open + extend > e) {
        e = F[u] + open + extend;
        ef = 2;
      }
      E[c] = e;
      tE[c] = ef;
      const l = c - 1;
      let f = H[l] + delOpen + delExtend;
      let ff = 0;
      if (F[l] + delExtend > f) {
        f = F[l] + delExtend;
        ff = 2;
      }
      if (E[l] + delOpen + delExtend > f) {
        f = E[l] + delOpen + delExtend;
        ff = 1;
      }
      F[c] = f;
      tF[c] = ff;
      if (mode === "extend" && equal && H[c] > bestScore) {
        bestScore = H[c];
        bestCell = c;
      }
    }
  }
  let i: number;
  let j: number;
  let state: number;
  if (mode === "global") {
    const c = n * w + m;
    i = n;
    j = m;
    state = H[c] >= E[c] && H[c] >= F[c] ? 0 : E[c] >= F[c] ? 1 : 2;
  } else {
    if (bestCell === 0) return out;
    i = Math.floor(bestCell / w);
    j = bestCell % w;
    state = 0;
  }
  const ra: number[] = [];
  const rb: number[] = [];
  while (i > 0 || j > 0) {
    const c = i * w + j;
    if (state === 0) {
      ra.push(x0 + i - 1);
      rb.push(y0 + j - 1);
      state = tH[c];
      i--;
      j--;
    } else if (state === 1) {
      ra.push(x0 + i - 1);
      rb.push(-1);
      state = tE[c];
      i--;
    } else {
      ra.push(-1);
      rb.push(y0 + j - 1);
      state = tF[c];
      j--;
    }
  }
  out.a = ra.reverse();
  out.b = rb.reverse();
  return out;
}
