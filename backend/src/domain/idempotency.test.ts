import { describe, expect, it } from "vitest"
import { canonicalJson, requestHash } from "./idempotency"

describe("request hash for idempotency keys", () => {
  it("is the same for the same body whatever the key order", () => {
    expect(requestHash({ a: 1, b: { c: [1, 2], d: "x" } })).toBe(requestHash({ b: { d: "x", c: [1, 2] }, a: 1 }))
    expect(canonicalJson({ b: 1, a: undefined, c: null })).toBe('{"b":1,"c":null}')
  })
  it("differs when anything in the body differs", () => {
    expect(requestHash({ lines: [{ sku: "A", quantity: 1 }] })).not.toBe(
      requestHash({ lines: [{ sku: "A", quantity: 2 }] }),
    )
    expect(requestHash([1, 2])).not.toBe(requestHash([2, 1]))
  })
})
