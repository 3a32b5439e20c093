import { describe, expect, it } from "vitest"
import { seal, unseal } from "./seal.server"

describe("sealed session token", () => {
  it("round-trips and hides the token", () => {
    const token = "eyJhbGciOiJIUzI1NiJ9.eyJhY3Rvcl9pZCI6ImN1c18xIn0.sig"
    const sealed = seal(token)
    expect(sealed).not.toContain("eyJ")
    expect(unseal(sealed)).toBe(token)
    expect(seal(token)).not.toBe(sealed)
  })
  it("rejects a tampered or foreign value", () => {
    const sealed = seal("secret-token")
    const parts = sealed.split(".")
    parts[2] = `${(parts[2] ?? "").slice(0, -2)}AA`
    expect(unseal(parts.join("."))).toBeUndefined()
    expect(unseal("eyJhbGciOiJIUzI1NiJ9.e30.x")).toBeUndefined()
    expect(unseal(undefined)).toBeUndefined()
  })
})
