/**
 * The corpus contract: what every store back end (SQLite on one machine, PostgreSQL beyond it)
 * keeps and answers. Every method is async so that a networked back end fits the same shape; the
 * same conformance suite runs against each implementation.
 */

/** One stored document. `text` is the normalized text: every offset the corpus reports is into it. */
export interface CorpusDocument {
  /** Stable identifier: the id given (JSONL `id`), else the URL, else the path, else the content hash. */
  id: string;
  /** SHA-256 (hex) of the normalized text; adding a document whose hash is stored is a no-op. */
  contentHash: string;
  /** Where it was read from: a path, a URL, or `file.jsonl:LINE`. */
  location: string;
  text: string;
  url?: string;
  title?: string;
  outlet?: string;
  /** Publication date, ISO 8601 (`YYYY-MM-DD` or a full timestamp). */
  date?: string;
  authors?: string[];
}

export type DocumentMeta = Omit<CorpusDocument, "text">;

/** A stored document sharing n-grams with a query. */
export interface CandidateHit {
  id: string;
  /** Distinct query n-gram hashes this document also holds (hashes above the frequency cap ignored). */
  shared: number;
}

/** Two stored documents sharing n-grams: the input of clustering and alignment. */
export interface SharedPair {
  a: string;
  b: string;
  shared: number;
}

/** Which way a reuse runs, and the evidence that decided it. */
export type ReuseDirectionEvidence = "dates" | "notice" | "containment" | "edits" | "undetermined";

/** The result of aligning two stored documents: `from` is the source, `to` the text derived from it. */
export interface ReuseEdge {
  from: string;
  to: string;
  /** Words inside aligned passages. */
  sharedWords: number;
  /** Fraction of each text's words inside aligned passages. */
  coverage: { from: number; to: number };
  direction: ReuseDirectionEvidence;
  /** One line: why `from` is taken as the source. */
  why: string;
  edits: { inserted: number; deleted: number; substituted: number; examples: string[] };
}

export interface StoreStats {
  documents: number;
  postings: number;
  /** Size of the store on disk (or in the database), in bytes. */
  bytes: number;
  /** `"ok"`, or the integrity check's first complaint. */
  integrity: string;
}

export interface CorpusStore {
  readonly kind: "sqlite" | "postgres";
  /**
   * Stores the document and its n-gram hashes atomically: after a crash either both are there or
   * neither is. Resolves `false` (and stores nothing) when the content hash is already stored.
   */
  add(doc: CorpusDocument, hashes: Uint32Array): Promise<boolean>;
  hasContent(contentHash: string): Promise<boolean>;
  get(id: string): Promise<CorpusDocument | undefined>;
  list(): AsyncIterable<DocumentMeta>;
  /**
   * Documents holding the most of these hashes, best first. Hashes held by more than `dfCap`
   * documents are ignored (boilerplate and common phrases), as passim caps document frequency.
   */
  candidates(
    hashes: Uint32Array,
    options: { dfCap: number; limit: number; excludeId?: string },
  ): Promise<CandidateHit[]>;
  /**
   * Every pair of documents sharing at least `minShared` hashes held by at most `dfCap` documents,
   * streamed (the store never holds all pairs at once), each pair once, in no set order. With
   * `unchecked`, pairs already aligned (marked by {@link putEdges}) are left out.
   */
  sharedPairs(options: { dfCap: number; minShared: number; unchecked?: boolean }): AsyncIterable<SharedPair>;
  /**
   * Stores alignment results, and marks as aligned the pair of each edge and each pair of
   * `checked` (pairs aligned to no edge), in one transaction; storing the same (from, to) again
   * replaces it.
   */
  putEdges(edges: readonly ReuseEdge[], checked?: readonly (readonly [string, string])[]): Promise<void>;
  edges(): AsyncIterable<ReuseEdge>;
  /**
   * Documents whose title and author keys (`metaKeys` of `meta-words.ts`) hold at least `minMatches` of
   * `keys` (distinct), in the order added: the lookup of a cited title or authors.
   */
  metaMatches(keys: readonly string[], minMatches: number): Promise<DocumentMeta[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
