import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/** A regular expression literal found in the source. */
export interface RegexLiteral {
  /** Path relative to the repository root. */
  file: string;
  /** The literal as written, `/…/flags`. */
  literal: string;
  pattern: string;
  flags: string;
}

/** Every regular expression literal in the `.ts` files under `dir`, tests included or not. */
export function regexLiterals(root: string, dir: string, includeTests = false): RegexLiteral[] {
  const out: RegexLiteral[] = [];
  const files: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (
        entry.name.endsWith(".ts") &&
        (includeTests || !entry.name.includes(".test.")) &&
        !entry.name.endsWith(".d.ts")
      )
        files.push(path);
    }
  };
  walk(dir);
  for (const path of files.sort()) {
    const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const end = literal.lastIndexOf("/");
        out.push({
          file: relative(root, path),
          literal,
          pattern: literal.slice(1, end),
          flags: literal.slice(end + 1),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/**
 * True when the pattern repeats, without bound, a group that itself holds an unbounded
 * quantifier: `(a+)*`, `(?:x\s*)+`, `(a|b*){2,}`. Those are where backtracking can explode, and
 * each one needs a reason why it cannot (its repetitions are separated by a character the inner
 * part cannot match) and a worst-case input that shows it.
 */
export function hasNestedQuantifier(pattern: string): boolean {
  // Per open group: whether an unbounded quantifier occurs inside it.
  const stack: boolean[] = [];
  let lastGroupHadStar = false; // the group that just closed
  let lastWasGroup = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      i++;
      lastWasGroup = false;
      if (pattern[i] === "p" || pattern[i] === "P" || pattern[i] === "u" || pattern[i] === "x") {
        if (pattern[i + 1] === "{") i = pattern.indexOf("}", i);
      }
      continue;
    }
    if (c === "[") {
      for (i++; i < pattern.length && pattern[i] !== "]"; i++) if (pattern[i] === "\\") i++;
      lastWasGroup = false;
      continue;
    }
    if (c === "(") {
      stack.push(false);
      lastWasGroup = false;
      continue;
    }
    if (c === ")") {
      lastGroupHadStar = stack.pop() ?? false;
      lastWasGroup = true;
      if (lastGroupHadStar && stack.length > 0) stack[stack.length - 1] = true;
      continue;
    }
    const unbounded = c === "*" || c === "+" || (c === "{" && /^\{\d+,\}/.test(pattern.slice(i)));
    if (unbounded) {
      if (lastWasGroup && lastGroupHadStar) return true;
      if (stack.length > 0) stack[stack.length - 1] = true;
    }
    if (c === "{") {
      const close = pattern.indexOf("}", i);
      if (close > 0 && /^\{\d+(,\d*)?\}$/.test(pattern.slice(i, close + 1))) i = close;
    }
    if (c !== "?" || !lastWasGroup) lastWasGroup = false;
  }
  return false;
}
