import { type LineFormat, type ParsedLine, parseLines } from "../../domain/order-lines"

type Translate = (key: string, options?: Record<string, unknown>) => string

/**
 * Pasted or typed lines read by the backend's one parser (domain/order-lines), in a format of its
 * (RECEIPT_FORMAT, STAFF_ENTRY_FORMAT, …), with every problem worded for the screen: each bad line
 * by its number and text, or one problem when the paste is bigger than the format reads at once.
 */
export function readLines(text: string, format: LineFormat, t: Translate): { lines: ParsedLine[]; problems: string[] } {
  const parsed = parseLines(text, format)
  if (parsed.too_many != null) {
    return { lines: [], problems: [t("ordo.lines.tooMany", { count: parsed.too_many, max: format.max_lines })] }
  }
  return {
    lines: parsed.lines,
    problems: parsed.errors.map((e) => t("ordo.lines.error", { line: e.line, raw: e.raw, error: e.error })),
  }
}
