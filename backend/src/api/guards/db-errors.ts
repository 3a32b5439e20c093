/**
 * PostgreSQL's "data exception" class (SQLSTATE 22xxx: a value out of range, text that is not a
 * number or a date, a string too long, a NUL byte) and invalid text for an enum are the
 * client's bad input, not the server's fault. Routes validate their input first; this is the
 * net under them, so such a request answers 400 and never 500. Nothing was written: the
 * statement failed.
 */
export function badInputAsClientError(error: unknown): { type: "invalid_data"; message: string } | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown }; message?: unknown } | undefined
  const code = String(e?.code ?? e?.cause?.code ?? "")
  if (/^22[0-9A-Z]{3}$/.test(code)) {
    return { type: "invalid_data", message: "A value in the request is out of range or of the wrong kind" }
  }
  return undefined
}
