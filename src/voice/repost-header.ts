/**
 * The header a blog sets over a piece it reposts: the piece's headline in quotation marks, then
 * "by" its writer, its outlet and its date, a thanks in brackets or not, and a colon ("“Harbour
 * fees to double,” by Ada Lind, Valley Wire, May 3, 2026 (thanks to Bo):"). What follows it is
 * the piece, a document of the outlet's (of the writer's when no outlet is named), not the
 * blogger's.
 */
export interface RepostHeader {
  writer: string;
  outlet?: string;
}

const HEADER =
  /^\s*["\u201C]([^"\u201D]{8,300})["\u201D],?\s+by\s+([^:()]{3,200}?)\s*(?:\([^)]{0,120}\))?\s*:\s*$/u;

/** The repost header that paragraph `text` is, or undefined. */
export function repostHeader(text: string): RepostHeader | undefined {
  const m = HEADER.exec(text);
  if (!m) return undefined;
  const [writer, outlet] = m[2].split(/\s*,\s*/);
  if (!writer || /\d/.test(writer)) return undefined;
  // "by Ada Lind, May 3, 2026": a part with a figure is the date, no outlet.
  return outlet && !/\d/.test(outlet) ? { writer, outlet } : { writer };
}
