import { createHash, randomBytes } from "node:crypto"

export const BUYER_ROLES = ["admin", "buyer", "finance"] as const
export type BuyerRole = (typeof BUYER_ROLES)[number]

/** How long an invitation link stays valid. */
export const INVITE_DAYS = 7

/** A fresh invitation token (shown once, in the link) and the hash that is stored instead. */
export function inviteToken() {
  const token = randomBytes(24).toString("base64url")
  return { token, token_hash: hashInviteToken(token) }
}
export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex")

/** An invitation can be accepted until it is accepted or expires. */
export const inviteIsOpen = (i: { accepted_at?: Date | string | null; expires_at: Date | string }, now = new Date()) =>
  !i.accepted_at && new Date(i.expires_at).getTime() >= now.getTime()

/**
 * Why a change to a company's buyers is refused: a company keeps at least one admin, and an admin
 * cannot remove themselves. Null when it may go ahead.
 */
export function buyerChangeRefusal(
  buyer: { role: string; customer_id: string },
  change: { remove: true; actor_customer_id: string | null } | { remove?: false; role?: BuyerRole },
  admins: number,
): string | null {
  if (change.remove) {
    if (buyer.customer_id === change.actor_customer_id) return "You cannot remove yourself; ask another admin"
    if (buyer.role === "admin" && admins < 2) return "A company needs at least one admin; appoint another first"
    return null
  }
  if (buyer.role === "admin" && change.role && change.role !== "admin" && admins < 2) {
    return "role: a company needs at least one admin"
  }
  return null
}
