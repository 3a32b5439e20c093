export const QUOTE_STATUSES = ["draft", "sent", "accepted", "rejected", "expired", "ordered"] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]

/** How long a sent quote stays valid when staff name no date. */
export const DEFAULT_VALIDITY_DAYS = 30

/** What may happen to a quote in each state. Accepting an accepted quote retries its order. */
const ALLOWED: Record<"revised" | "sent" | "rejected" | "accepted", readonly QuoteStatus[]> = {
  revised: ["draft", "sent"],
  sent: ["draft"],
  rejected: ["sent"],
  accepted: ["sent", "accepted"],
}
export type QuoteVerb = keyof typeof ALLOWED

/** Why the quote cannot be `verb`ed in its state, or null when it can. */
export function quoteTransitionRefusal(status: string, verb: QuoteVerb): string | null {
  return (ALLOWED[verb] as readonly string[]).includes(status) ? null : `A quote that is ${status} cannot be ${verb}`
}

/** A sent quote whose validity has passed (it expires, and can no longer be accepted). */
export const isLapsed = (q: { status: string; valid_until?: Date | string | null }, now = new Date()) =>
  q.status === "sent" && !!q.valid_until && new Date(q.valid_until).getTime() < now.getTime()

/** When a quote sent now is valid until: the date staff chose (which must be in the future) or the default. */
export function validUntil(chosen: Date | null | undefined, now = new Date()): { until: Date } | { refusal: string } {
  const until = chosen ?? new Date(now.getTime() + DEFAULT_VALIDITY_DAYS * 86_400_000)
  return until.getTime() <= now.getTime() ? { refusal: "valid_until: must be in the future" } : { until }
}
