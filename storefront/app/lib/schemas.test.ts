import { describe, expect, it } from "vitest"
import {
  addToCartSchema,
  checkoutSchema,
  loginSchema,
  poNumberSchema,
  quantitySchema,
  quickOrderSchema,
} from "./schemas"

describe("quantitySchema", () => {
  it.each(["0", "-1", "1.5", "abc", "", " ", "1e3", "100001"])("refuses %j", (value) => {
    expect(quantitySchema.safeParse(value).success).toBe(false)
  })

  it("refuses non-strings", () => {
    expect(quantitySchema.safeParse(undefined).success).toBe(false)
    expect(quantitySchema.safeParse(null).success).toBe(false)
  })

  it.each([
    ["1", 1],
    [" 12 ", 12],
    ["100000", 100000],
  ])("accepts %j as %d", (value, expected) => {
    const result = quantitySchema.safeParse(value)
    expect(result.success).toBe(true)
    expect(result.data).toBe(expected)
  })

  it("reports the quantity message key", () => {
    const result = addToCartSchema.safeParse({ variant_id: "variant_1", quantity: "1.5" })
    expect(result.success).toBe(false)
    expect(result.error?.flatten().fieldErrors.quantity).toEqual(["errors.quantity"])
  })
})

describe("poNumberSchema", () => {
  it("refuses a 10 KB PO number", () => {
    const result = poNumberSchema.safeParse("X".repeat(10 * 1024))
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe("errors.poTooLong")
  })

  it("refuses blank and accepts a trimmed value up to 50 characters", () => {
    expect(poNumberSchema.safeParse("   ").success).toBe(false)
    expect(poNumberSchema.parse("  PO-2024-001 ")).toBe("PO-2024-001")
    expect(poNumberSchema.safeParse("P".repeat(50)).success).toBe(true)
    expect(poNumberSchema.safeParse("P".repeat(51)).success).toBe(false)
  })

  it("requires an address at checkout", () => {
    const result = checkoutSchema.safeParse({ po_number: "PO-1" })
    expect(result.success).toBe(false)
    expect(result.error?.flatten().fieldErrors.address_id).toEqual(["errors.addressRequired"])
  })
})

describe("loginSchema", () => {
  it("requires a valid email and a password", () => {
    const result = loginSchema.safeParse({ email: "not-an-email", password: "" })
    expect(result.success).toBe(false)
    const errors = result.error?.flatten().fieldErrors
    expect(errors?.email).toEqual(["errors.email"])
    expect(errors?.password).toEqual(["errors.passwordRequired"])
  })

  it("accepts good credentials", () => {
    expect(loginSchema.safeParse({ email: "buyer@acme.test", password: "x" }).success).toBe(true)
  })
})

describe("quickOrderSchema", () => {
  it("only checks that something was pasted", () => {
    expect(quickOrderSchema.safeParse({ text: "  \n " }).success).toBe(false)
    expect(quickOrderSchema.safeParse({ text: "whatever the backend decides" }).success).toBe(true)
  })
})
