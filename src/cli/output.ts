import { randomBytes } from "node:crypto";
import { type FileHandle, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** A report that could not be written; its message is one line for the user. */
export class OutputError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "OutputError";
  }
}

/** The one-line reason for a failed write, by error code. */
export function writeFailure(code: string | undefined): string {
  switch (code) {
    case "ENOSPC":
      return "no space left on the device";
    case "EDQUOT":
      return "disk quota exceeded";
    case "EPIPE":
      return "the reading end of the pipe was closed";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOENT":
      return "no such directory";
    case "EISDIR":
      return "is a directory";
    case "EROFS":
      return "read-only file system";
    default:
      return `write failed (${code ?? "unknown error"})`;
  }
}

/**
 * Write a report to `path` so that a reader never sees half of it and a failed write leaves the
 * previous file as it was: the content goes to a temporary file in the same directory, which is
 * renamed over `path` only once it is complete. A path that is one of `inputs` (the same file,
 * by device and inode, whatever the spelling) is refused. Devices and FIFOs (`/dev/null`, a
 * named pipe) are written in place, since they cannot be replaced.
 */
export async function writeReportFile(
  path: string,
  content: string | Iterable<string>,
  inputs: string[],
): Promise<void> {
  const target = await stat(path).catch(() => undefined);
  if (target) {
    for (const input of inputs) {
      const other = await stat(input).catch(() => undefined);
      if (other && other.dev === target.dev && other.ino === target.ino)
        throw new OutputError(`${path}: refusing to write the report onto an input (${input})`);
    }
    if (target.isDirectory()) throw new OutputError(`${path}: cannot write the report: is a directory`);
    if (!target.isFile()) return writeInPlace(path, content);
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, "wx", target ? target.mode & 0o777 : 0o666);
    await writeAll(handle, content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const kept = target ? `; ${path} was left unchanged` : "";
    throw new OutputError(`${path}: cannot write the report: ${writeFailure(code)}${kept}`, { cause: error });
  }
}

async function writeInPlace(path: string, content: string | Iterable<string>): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, "w");
    await writeAll(handle, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OutputError(`${path}: cannot write the report: ${writeFailure(code)}`, { cause: error });
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

// A report given as pieces (a large JSON report) is written piece by piece, never joined.
async function writeAll(handle: FileHandle, content: string | Iterable<string>): Promise<void> {
  if (typeof content === "string") return handle.writeFile(content);
  for (const piece of content) await handle.write(piece);
}
