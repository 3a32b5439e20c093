import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { buildQuery, MedusaError, medusaRequest } from "./medusa.server"
import { safeRedirectTo } from "./session.server"

describe("medusaRequest", () => {
  beforeEach(() => {
    process.env.MEDUSA_BACKEND_URL = "http://backend.test/"
    process.env.MEDUSA_PUBLISHABLE_KEY = "pk_test"
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it("sends the publishable key, bearer token and JSON body", async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true }), { status: 200 }))
    vi.stubGlobal("fetch", fetchMock)
    await expect(
      medusaRequest("/store/carts", { method: "POST", token: "jwt", body: { region_id: "reg_1" } }),
    ).resolves.toEqual({ ok: true })
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe("http://backend.test/store/carts")
    const headers = init.headers as Record<string, string>
    expect(headers["x-publishable-api-key"]).toBe("pk_test")
    expect(headers.authorization).toBe("Bearer jwt")
    expect(init.body).toBe('{"region_id":"reg_1"}')
  })

  it("throws a MedusaError carrying status and backend message", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async () =>
          new Response(JSON.stringify({ type: "not_allowed", message: "SKU ABC-1: only 2 available" }), {
            status: 409,
          }),
      ),
    )
    const error = await medusaRequest("/store/x").catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MedusaError)
    expect((error as MedusaError).status).toBe(409)
    expect((error as MedusaError).message).toBe("SKU ABC-1: only 2 available")
    expect((error as MedusaError).type).toBe("not_allowed")
  })

  it("maps an unreachable backend to a 503 MedusaError", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("fetch failed"))),
    )
    const error = await medusaRequest("/store/x").catch((e: unknown) => e)
    expect((error as MedusaError).status).toBe(503)
  })

  it("encodes array query parameters", () => {
    expect(buildQuery({ q: "a b", "category_id[]": ["c1"], empty: "", none: undefined })).toBe(
      "?q=a+b&category_id%5B%5D=c1",
    )
  })
})

describe("safeRedirectTo", () => {
  it.each([
    ["/cart", "/cart"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    [null, "/"],
  ])("%j → %s", (input, expected) => {
    expect(safeRedirectTo(input)).toBe(expected)
  })
})
