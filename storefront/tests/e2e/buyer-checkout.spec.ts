import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { api, loginBuyer, stack } from "../../../tests/support/api"
import { stockedSkus } from "../../../tests/support/db"
import { launchChromium, signedInPage } from "./browser"

describe("buyer storefront in a real browser", () => {
  let browser: Browser
  let skus: string[]
  beforeAll(async () => {
    browser = await launchChromium()
    skus = await stockedSkus(4, 300)
  })
  afterAll(async () => {
    await browser?.close()
  })

  // The core flow must work for buyers whose browsers run no JavaScript, and with it.
  for (const javaScriptEnabled of [false, true]) {
    it(`logs in, quick-orders two SKUs, checks out with a PO number and finds the order (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async () => {
      const { context, page } = await signedInPage(browser, "buyer@acme.test", { javaScriptEnabled })
      const base = stack().storefrontUrl
      try {
        await expect.poll(() => page.getByTestId("company-name").textContent()).toContain("Acme Industrial Supply")
        const [a, b] = javaScriptEnabled ? skus.slice(2, 4) : skus.slice(0, 2)

        await page.goto(`${base}/quick-order`)
        // A bad paste is reported per line and nothing is added
        await page.getByTestId("quick-order-text").fill(`${a} 3\nNOT-A-SKU 1\n${b} 1.5`)
        await page.getByTestId("quick-order-submit").click()
        await page.getByTestId("quick-order-errors").waitFor()
        const errors = await page.getByTestId("quick-order-errors").textContent()
        expect(errors).toContain("NOT-A-SKU")
        expect(errors).toContain("1.5")
        expect(await page.getByTestId("quick-order-text").inputValue()).toContain("NOT-A-SKU")

        await page.getByTestId("quick-order-text").fill(`${a}\t3\n${b} 2`)
        await Promise.all([page.waitForURL(/\/cart/), page.getByTestId("quick-order-submit").click()])
        const lines = page.getByTestId("cart-line")
        await expect.poll(() => lines.count()).toBe(2)
        expect(await page.locator(`[data-testid=cart-line][data-sku="${a}"]`).count()).toBe(1)

        await page.goto(`${base}/checkout`)
        await page.getByTestId("checkout-address").first().check()
        const po = `E2E-${javaScriptEnabled ? "JS" : "NOJS"}-${Date.now()}`
        await page.getByTestId("checkout-po").fill(po)
        await Promise.all([page.waitForURL(/\/orders\/order_/), page.getByTestId("checkout-submit").click()])
        expect(await page.getByTestId("order-po").textContent()).toContain(po)
        const orderNumber = (await page.getByTestId("order-number").textContent())?.trim()
        expect(orderNumber).toMatch(/\d+/)

        await page.goto(`${base}/orders`)
        const row = page.locator(`[data-testid=order-row][data-po="${po}"]`)
        expect(await row.count()).toBe(1)
        expect(await row.textContent()).toContain(orderNumber?.replace(/^#/, "") ?? "")

        // The order is real: the Store API returns it to this buyer with the PO number
        const token = await loginBuyer("buyer@acme.test")
        const orders = await api("GET", "/store/orders?fields=id,metadata&limit=50&order=-created_at", { token })
        expect(orders.body.orders.some((o: any) => o.metadata?.po_number === po)).toBe(true)
      } finally {
        await context.close()
      }
    })
  }

  it("refuses a wrong password and bad quantities with a message, and switches to Chinese", async () => {
    const base = stack().storefrontUrl
    const context = await browser.newContext({ locale: "en-US" })
    const page = await context.newPage()
    try {
      await page.goto(`${base}/login`)
      await page.getByTestId("login-email").fill("buyer@acme.test")
      await page.getByTestId("login-password").fill("not-the-password")
      await page.getByTestId("login-submit").click()
      await expect.poll(() => page.textContent("body")).toMatch(/invalid email or password/i)
      expect(new URL(page.url()).pathname).toBe("/login")

      const { context: c2, page: p2 } = await signedInPage(browser, "buyer@globex.test", { javaScriptEnabled: false })
      try {
        await p2.getByTestId("product-card").first().locator("a").first().click()
        await p2.getByTestId("variant-row").first().waitFor()
        // The browser's own checks stop 0 in the field; a crafted post must be refused by the server too
        const variantId = await p2.locator("input[name=variant_id]").first().inputValue()
        for (const quantity of ["0", "-1", "1.5", "abc"]) {
          const res = await c2.request.post(p2.url(), { form: { variant_id: variantId, quantity } })
          expect(res.status()).toBe(400)
          expect(await res.text()).toMatch(/whole number/i)
        }
        const cart = await c2.request.get(`${base}/cart`)
        expect(await cart.text()).not.toContain('data-testid="cart-line"')

        await p2.getByTestId("lang-switch").locator('button[value="zh-CN"]').click()
        await expect.poll(() => p2.locator("html").getAttribute("lang")).toBe("zh-CN")
        expect(await p2.textContent("body")).toMatch(/[购物车订单]/)
      } finally {
        await c2.close()
      }
    } finally {
      await context.close()
    }
  })
})

describe("staff dashboard in a real browser", () => {
  it("logs the demo admin into the Medusa admin and refuses a wrong password", async () => {
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const base = stack().backendUrl
      await page.goto(`${base}/app/login`)
      await page.locator("input[name=email]").waitFor()
      await page.locator("input[name=email]").fill("admin@ordo.test")
      await page.locator("input[name=password]").fill("wrong-password")
      await page.locator("button[type=submit]").click()
      await expect.poll(() => page.textContent("body"), { timeout: 15_000 }).toMatch(/invalid|wrong|incorrect/i)
      await page.locator("input[name=password]").fill("ordo-admin")
      await page.locator("button[type=submit]").click()
      await page.waitForURL((u) => !u.pathname.endsWith("/login"), { timeout: 30_000 })
      const me = await page.evaluate(
        async (b) => (await fetch(`${b}/admin/users/me`, { credentials: "include" })).json(),
        base,
      )
      expect(me.user.email).toBe("admin@ordo.test")
    } finally {
      await browser.close()
    }
  })
})
