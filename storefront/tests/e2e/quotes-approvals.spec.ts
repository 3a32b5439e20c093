import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createStockedProduct, loginAdmin, stack } from "../../../tests/support/api"
import { sql, stockedSkus } from "../../../tests/support/db"
import { adminPage, launchChromium, signedInPage } from "./browser"

describe("quotes and approvals in a real browser", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("buyer A requests a quote, staff revise it twice in the admin and send it, A sees both versions and accepts; B sees nothing", async () => {
    const [a, b] = await stockedSkus(2, 150)
    const base = stack().storefrontUrl
    const { context, page } = await signedInPage(browser, "buyer@acme.test")
    const staff = await adminPage(browser)
    try {
      await page.goto(`${base}/quick-order`)
      await page.getByTestId("quick-order-text").fill(`${a} 20\n${b} 5`)
      await Promise.all([page.waitForURL(/\/cart/), page.getByTestId("quick-order-submit").click()])
      await page.getByTestId("quote-message").fill("Price for 20+ please")
      await Promise.all([page.waitForURL(/\/quotes\/quo_/), page.getByTestId("request-quote").click()])
      const quoteId = new URL(page.url()).pathname.split("/").pop() as string
      expect(await page.getByTestId("quote-status").textContent()).toContain("Being prepared")
      expect(await page.getByTestId("quote-messages").textContent()).toContain("Price for 20+ please")

      // Staff, in the Medusa admin: revision 1 changes a quantity, revision 2 a discount; then send.
      await staff.goto(`${stack().backendUrl}/app/quotes/${quoteId}`)
      const firstQty = staff.locator(`[data-testid=revise-line][data-sku="${a}"] [data-testid=revise-qty]`)
      await firstQty.waitFor({ timeout: 30_000 })
      await firstQty.fill("25")
      await staff.getByTestId("save-version").click()
      await expect.poll(() => staff.getByTestId("admin-quote-version").count(), { timeout: 15_000 }).toBe(2)
      await staff.locator(`[data-testid=revise-line][data-sku="${b}"] [data-testid=revise-discount]`).fill("10")
      await staff.getByTestId("save-version").click()
      await expect.poll(() => staff.getByTestId("admin-quote-version").count(), { timeout: 15_000 }).toBe(3)
      await staff.getByTestId("send-quote").click()
      await expect
        .poll(() => staff.getByTestId("admin-quote-status").getAttribute("data-status"), { timeout: 15_000 })
        .toBe("sent")

      await page.reload()
      expect(await page.getByTestId("quote-status").textContent()).toContain("Ready for you")
      expect(await page.getByTestId("quote-version").count()).toBe(3)
      const changes = await page.getByTestId("quote-changes").allTextContents()
      expect(changes.join(" ")).toContain(`${a}: quantity 20 → 25`)
      expect(changes.join(" ")).toContain(`${b}: unit price`)
      const quotedPrices = await page
        .locator('[data-testid=quote-version][data-version="3"] [data-testid=quote-unit-price]')
        .allTextContents()

      await page.getByTestId("quote-po").fill("ACME-QUOTE-E2E")
      await Promise.all([page.waitForURL(/\/orders\/order_/), page.getByTestId("accept-quote").click()])
      expect(await page.getByTestId("order-po").textContent()).toContain("ACME-QUOTE-E2E")
      const orderId = new URL(page.url()).pathname.split("/").pop() as string
      const orderPrices = await page.locator("[data-testid=order-line] td:nth-child(3)").allTextContents()
      expect(orderPrices.sort()).toEqual(quotedPrices.sort())
      expect(await sql(`select id from "order" where metadata->>'quote_id' = $1`, [quoteId])).toEqual([{ id: orderId }])

      // Buyer B, another company: neither the quote nor the order exists for them.
      const other = await signedInPage(browser, "buyer@globex.test")
      try {
        const q = await other.page.goto(`${base}/quotes/${quoteId}`)
        expect(q?.status()).toBe(404)
        const o = await other.page.goto(`${base}/orders/${orderId}`)
        expect(o?.status()).toBe(404)
      } finally {
        await other.context.close()
      }
    } finally {
      await context.close()
      await staff.close()
    }
  })

  it("an order above the threshold waits for the company admin and the sales manager, showing both decisions, and reserves stock only then", async () => {
    const sku = `TEST-E2E-APPR-${Date.now()}`
    const { inventoryItemId } = await createStockedProduct(await loginAdmin(), sku, 2000)
    const reserved = async () =>
      Number(
        (
          await sql(
            "select coalesce(sum(quantity),0)::int as n from reservation_item where inventory_item_id = $1 and deleted_at is null",
            [inventoryItemId],
          )
        )[0].n,
      )
    const base = stack().storefrontUrl
    const buyer = await signedInPage(browser, "purchasing@acme.test")
    const companyAdmin = await signedInPage(browser, "buyer@acme.test")
    const staff = await adminPage(browser)
    try {
      const { page } = buyer
      await page.goto(`${base}/quick-order`)
      await page.getByTestId("quick-order-text").fill(`${sku} 600`)
      await Promise.all([page.waitForURL(/\/cart/), page.getByTestId("quick-order-submit").click()])
      await page.goto(`${base}/checkout`)
      await page.getByTestId("checkout-address").first().check()
      await page.getByTestId("checkout-po").fill("E2E-BIG-600")
      await Promise.all([page.waitForURL(/\/orders\/order_/), page.getByTestId("checkout-submit").click()])
      const orderUrl = page.url()
      expect(await page.getByTestId("order-status").textContent()).toContain("Waiting for approval")
      expect(await page.getByTestId("approval-level").count()).toBe(2)
      expect(await reserved()).toBe(0)

      // Level 1: the company admin, from the storefront's approvals page.
      await companyAdmin.page.goto(`${base}/approvals`)
      const card = companyAdmin.page.getByTestId("approval-card").filter({ hasText: "E2E-BIG-600" })
      await card.getByTestId("approval-comment").fill("Budget OK")
      await Promise.all([companyAdmin.page.waitForURL(/\/approvals/), card.getByTestId("approve").click()])
      expect(await reserved()).toBe(0)

      // Level 2: the sales manager, in the Medusa admin.
      await staff.goto(`${stack().backendUrl}/app/approvals`)
      const panel = staff.getByTestId("admin-approval").filter({ hasText: "E2E-BIG-600" })
      await panel.getByTestId("admin-approve").waitFor({ timeout: 30_000 })
      await panel.getByTestId("admin-approve").click()
      await expect.poll(reserved, { timeout: 15_000 }).toBe(600)

      await page.goto(orderUrl)
      expect(await page.getByTestId("order-status").textContent()).toContain("Pending")
      const levels = page.getByTestId("approval-level")
      expect(await levels.evaluateAll((els) => els.map((e) => e.getAttribute("data-decision")))).toEqual([
        "approved",
        "approved",
      ])
      const history = await page.getByTestId("approval-history").textContent()
      expect(history).toContain("Budget OK")
      expect(history).toContain("Ordo Admin")
    } finally {
      await buyer.context.close()
      await companyAdmin.context.close()
      await staff.close()
    }
  })
})
