/** Why an input was refused. */
export type InputErrorCode =
  | "empty"
  | "binary"
  | "not-decodable"
  | "too-large"
  | "unreadable"
  | "no-article-text"
  | "fetch-failed"
  | "blocked-address"
  | "duplicate-source";

/**
 * An input sourcetrace cannot analyse. Its message is one line meant for the user; the CLI
 * prints it without a stack trace and exits with status 1.
 */
export class InputError extends Error {
  readonly code: InputErrorCode;
  /** The input it is about: a path, a URL or `-`. */
  readonly location: string | undefined;

  constructor(code: InputErrorCode, message: string, location?: string, options?: ErrorOptions) {
    super(location ? `${location}: ${message}` : message, options);
    this.name = "InputError";
    this.code = code;
    this.location = location;
  }
}
