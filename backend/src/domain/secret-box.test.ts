import { randomBytes } from "node:crypto"
import { describe, expect, it } from "vitest"
import { open, parseKey, seal } from "./secret-box"

describe("secret box", () => {
  const key = randomBytes(32)
  it("round-trips a secret, with a fresh IV each time", () => {
    const a = seal(key, { token: "shpat_123" })
    expect(open(key, a)).toEqual({ token: "shpat_123" })
    expect(seal(key, { token: "shpat_123" })).not.toBe(a)
    expect(a).not.toContain("shpat_123")
  })
  it("refuses a tampered envelope or another key", () => {
    const a = seal(key, { token: "x" })
    const parts = a.split(".")
    parts[3] = Buffer.from("tampered").toString("base64url")
    expect(() => open(key, parts.join("."))).toThrow()
    expect(() => open(randomBytes(32), a)).toThrow()
    expect(() => open(key, "plain")).toThrow(/not a sealed secret/)
  })
  it("takes a 32-byte key as hex or base64 and refuses anything else", () => {
    expect(parseKey(key.toString("hex"))?.equals(key)).toBe(true)
    expect(parseKey(key.toString("base64"))?.equals(key)).toBe(true)
    expect(parseKey(undefined)).toBeUndefined()
    expect(parseKey("  ")).toBeUndefined()
    expect(() => parseKey("short")).toThrow(/32 bytes/)
  })
})
