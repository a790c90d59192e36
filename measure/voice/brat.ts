/** A text-bound annotation of a brat standoff file: `T1<TAB>Source 89 106<TAB>text`. */
export interface BratSpan {
  id: string;
  type: string;
  /** Extent of the annotation: from the earliest fragment's start to the latest fragment's end. */
  start: number;
  end: number;
  text: string;
}

/** An event line: `E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`, roles to span ids. */
export interface BratEvent {
  id: string;
  roles: Map<string, string>;
}

/** Parse the T and E lines of a brat `.ann` file; other lines are ignored. */
export function parseBrat(ann: string): { spans: Map<string, BratSpan>; events: BratEvent[] } {
  const spans = new Map<string, BratSpan>();
  const events: BratEvent[] = [];
  for (const line of ann.split("\n")) {
    const [id, body, text] = line.split("\t");
    if (!id || !body) continue;
    if (id.startsWith("T")) {
      const space = body.indexOf(" ");
      const type = body.slice(0, space);
      const offsets = body
        .slice(space + 1)
        .split(";")
        .map((f) => f.split(" ").map(Number));
      spans.set(id, {
        id,
        type,
        // Fragments are not always listed in text order ("Content 1154 1425;978 1138").
        start: Math.min(...offsets.map((f) => f[0])),
        end: Math.max(...offsets.map((f) => f[1])),
        text: text ?? "",
      });
    } else if (id.startsWith("E")) {
      const roles = new Map<string, string>();
      for (const part of body.split(" ")) {
        const [role, ref] = part.split(":");
        if (role && ref) roles.set(role, ref);
      }
      events.push({ id, roles });
    }
  }
  return { spans, events };
}
