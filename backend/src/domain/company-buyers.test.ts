import { describe, expect, it } from "vitest"
import { buyerChangeRefusal, hashInviteToken, inviteIsOpen, inviteToken } from "./company-buyers"

describe("company buyers", () => {
  const admin = { role: "admin", customer_id: "cus_a" }

  it("keeps at least one admin", () => {
    expect(buyerChangeRefusal(admin, { role: "buyer" }, 1)).toBe("role: a company needs at least one admin")
    expect(buyerChangeRefusal(admin, { role: "buyer" }, 2)).toBeNull()
    expect(buyerChangeRefusal(admin, { remove: true, actor_customer_id: null }, 1)).toMatch(/at least one admin/)
  })

  it("lets nobody remove themselves", () => {
    expect(buyerChangeRefusal(admin, { remove: true, actor_customer_id: "cus_a" }, 3)).toMatch(/cannot remove yourself/)
    expect(
      buyerChangeRefusal({ role: "buyer", customer_id: "cus_b" }, { remove: true, actor_customer_id: "cus_a" }, 1),
    ).toBeNull()
  })

  it("stores invitation tokens only as their hash, open until accepted or expired", () => {
    const { token, token_hash } = inviteToken()
    expect(token_hash).toBe(hashInviteToken(token))
    expect(token_hash).not.toContain(token)
    const now = new Date("2026-06-01")
    expect(inviteIsOpen({ expires_at: "2026-06-02" }, now)).toBe(true)
    expect(inviteIsOpen({ expires_at: "2026-05-31" }, now)).toBe(false)
    expect(inviteIsOpen({ expires_at: "2026-06-02", accepted_at: "2026-05-30" }, now)).toBe(false)
  })
})
