/** "First Last" or the e-mail, for names shown in histories, documents and refusals. */
export const personName = (
  p: { first_name?: string | null; last_name?: string | null; email?: string | null; id?: string } | null | undefined,
) => (p ? [p.first_name, p.last_name].filter(Boolean).join(" ") || p.email || p.id : undefined)

/** Who did something, as recorded on audit rows (a staff user, or "system"). */
export type Actor = { id: string; name: string }
