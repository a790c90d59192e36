import type { Report } from "./types.js";

/** The report as pretty-printed JSON. */
export const renderJson = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;
