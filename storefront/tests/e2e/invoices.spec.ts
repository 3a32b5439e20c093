import { readFileSync } from "node:fs"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { api, buyerAddressId, loginAdmin, loginBuyer, stack } from "../../../tests/support/api"
import { stockedSkus } from "../../../tests/support/db"
import { adminPage, launchChromium, signedInPage } from "./browser"

describe("buyer invoices and statement in a real browser", () => {
  let browser: Browser
  let number: string
  beforeAll(async () => {
    browser = await launchChromium()
    const [acme, staff] = await Promise.all([loginBuyer("buyer@acme.test"), loginAdmin()])
    const [sku] = await stockedSkus(1, 20)
    const cart = await api("POST", "/store/ordo/quick-order", { token: acme, body: { text: `${sku} 2` } })
    const placed = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
      token: acme,
      body: { address_id: await buyerAddressId(acme), po_number: "E2E-INVOICE" },
    })
    number = (await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: placed.body.order.id } }))
      .body.invoice.number
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("lists the company's invoices, opens one with its PDF, pays it by card through Stripe Checkout, and shows payments and the statement with a CSV", async () => {
    const { context, page } = await signedInPage(browser, "buyer@acme.test")
    const base = stack().storefrontUrl
    try {
      await page.goto(`${base}/invoices`)
      const row = page.locator(`[data-testid=invoice-row][data-number="${number}"]`)
      expect(await row.getAttribute("data-status")).toBe("issued")
      await Promise.all([page.waitForURL(/\/invoices\/inv_/), row.locator("a").click()])
      expect(await page.getByTestId("invoice-number").textContent()).toBe(number)
      expect(await page.getByTestId("invoice-line").count()).toBe(1)
      const pdf = await page.request.get(`${page.url()}/pdf?lang=zh-CN`)
      expect(pdf.status()).toBe(200)
      expect(pdf.headers()["content-type"]).toBe("application/pdf")
      const balance = (await page.getByTestId("invoice-balance").textContent()) ?? ""

      // Pay by card: a Stripe Checkout Session for the balance, and back from Stripe's page.
      await Promise.all([page.waitForURL(/card=returned/), page.getByTestId("pay-by-card").click()])
      await page.getByTestId("card-returned").waitFor()
      const sessions = readFileSync(stack().stripeLog, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l))
        .filter((c) => c.path === "/v1/checkout/sessions" && c.form?.metadata?.invoice_number === number)
      expect(sessions).toHaveLength(1)
      const minor = Number(sessions[0].form.line_items["0"].price_data.unit_amount)
      expect(balance.replace(/[^\d.]/g, "")).toBe((minor / 100).toFixed(2))
      expect(sessions[0].form.payment_intent_data.metadata.invoice_number).toBe(number)

      await page.goto(`${base}/payments`)
      expect(await page.locator("h1").textContent()).toBe("Payments")

      await page.goto(`${base}/statement?from=2000-01-01`)
      const closing = (await page.getByTestId("statement-closing").textContent()) ?? ""
      expect(closing).toMatch(/\d/)
      expect(await page.getByTestId("statement-line").count()).toBeGreaterThan(0)
      const csv = await page.request.get(`${base}/statement.csv?from=2000-01-01`)
      expect(csv.headers()["content-type"]).toMatch(/text\/csv/)
      expect(await csv.text()).toContain(number)
    } finally {
      await context.close()
    }
  })

  it("finance records a bank payment against one invoice on the admin Receivables page", async () => {
    const [acme, staff] = await Promise.all([loginBuyer("buyer@acme.test"), loginAdmin()])
    const [sku] = await stockedSkus(1, 20)
    const cart = await api("POST", "/store/ordo/quick-order", { token: acme, body: { text: `${sku} 1` } })
    const placed = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
      token: acme,
      body: { address_id: await buyerAddressId(acme), po_number: "E2E-ADMIN-PAY" },
    })
    const inv = (await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: placed.body.order.id } }))
      .body.invoice
    const page = await adminPage(browser)
    try {
      await page.goto(`${stack().backendUrl}/app/receivables`)
      const row = page.locator(`[data-testid=admin-invoice-row][data-number="${inv.number}"]`)
      await row.waitFor({ timeout: 30_000 })
      await row.getByPlaceholder("Amount received").fill(String(inv.balance))
      await row.getByRole("button", { name: "Record against this invoice" }).click()
      await expect
        .poll(async () => (await api("GET", `/admin/ordo/invoices/${inv.id}`, { token: staff })).body.invoice.status, {
          timeout: 15_000,
        })
        .toBe("paid")
    } finally {
      await page.close()
    }
  })
})
