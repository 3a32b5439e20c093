import { mkdirSync } from "node:fs"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { api, buyerAddressId, createStockedProduct, loginAdmin, loginBuyer, stack } from "../../../tests/support/api"
import { stockedSkus } from "../../../tests/support/db"
import { pdfText } from "../../../tests/support/pdf-text"
import { launchChromium, signedInPage } from "./browser"

const SHOTS = process.env.ORDO_SHOTS_DIR ?? "/tmp/shots/storefront"

/** "CN¥1,568.00", "¥1,568.00", "−¥3.00", "$12.50" → exact cents as an integer. */
function cents(text: string | null): number {
  const t = (text ?? "").replace(/[^\d.−-]/g, "")
  const negative = /^[−-]/.test(t)
  const [whole, frac = ""] = t.replace(/^[−-]/, "").split(".")
  const value = Number(whole) * 100 + Number(frac.padEnd(2, "0").slice(0, 2))
  return negative ? -value : value
}

type Figures = { goods: number; shipping: number; discount: number; tax: number; total: number; taxIncluded: boolean }

async function totalsOf(page: Page): Promise<Figures> {
  const box = page.getByTestId("totals").first()
  const read = async (id: string) => {
    const el = box.getByTestId(id)
    return (await el.count()) ? cents(await el.first().textContent()) : 0
  }
  return {
    goods: await read("totals-goods"),
    shipping: await read("totals-shipping"),
    discount: await read("totals-discount"),
    tax: await read("totals-tax"),
    total: cents(await box.getByTestId("total").textContent()),
    taxIncluded: (await box.getAttribute("data-tax-included")) === "yes",
  }
}

/** Each line's unit price × quantity equals its line total, to the cent; returns the line totals by SKU. */
async function linesAddUp(page: Page, rowTestId: string): Promise<Map<string, number>> {
  const rows = page.getByTestId(rowTestId)
  const out = new Map<string, number>()
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i)
    const sku = (await row.getAttribute("data-sku")) ?? String(i)
    const unitText = (await row.getByTestId("unit-price").textContent()) ?? ""
    const qty = Number(
      (await row.getAttribute("data-quantity")) ??
        (await row.locator("td").nth(3).textContent())?.replace(/[^\d]/g, ""),
    )
    const unit = Number(unitText.replace(/[^\d.]/g, ""))
    const line = cents(await row.getByTestId("line-total").textContent())
    expect(line, `${sku}: ${unitText} × ${qty}`).toBe(Math.round(unit * qty * 100))
    out.set(sku, line)
  }
  return out
}

function addsUp(f: Figures, lines: Map<string, number>) {
  expect(f.goods).toBe([...lines.values()].reduce((a, b) => a + b, 0))
  // VAT-inclusive: goods + shipping − discount = total, the VAT shown as included.
  if (f.taxIncluded) expect(f.goods + f.shipping - f.discount).toBe(f.total)
  else expect(f.goods + f.shipping - f.discount + f.tax).toBe(f.total)
}

/** An Acme order with a PO number, placed through the API, so each test stands on its own. */
async function placeOrder(token: string, po: string) {
  const [sku] = await stockedSkus(1, 100)
  const cart = await api("POST", "/store/ordo/quick-order", { token, body: { text: `${sku} 1` } })
  expect(cart.status, JSON.stringify(cart.body)).toBe(200)
  const placed = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
    token,
    body: { address_id: await buyerAddressId(token), po_number: po },
  })
  expect(placed.status, JSON.stringify(placed.body)).toBe(200)
  return placed.body.order as { id: string }
}

describe("buyer screens: money that adds up, and a storefront that fits a phone", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
    mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("shows one order's figures the same way on cart, checkout and order: unit × qty, incl. VAT, totals that add up", async () => {
    const [a, b] = await stockedSkus(2, 300)
    const { context, page } = await signedInPage(browser, "buyer@acme.test")
    const base = stack().storefrontUrl
    try {
      await page.goto(`${base}/quick-order`)
      await page.getByTestId("quick-order-text").fill(`${a} 7\n${b} 3`)
      await Promise.all([page.waitForURL(/\/cart/), page.getByTestId("quick-order-submit").click()])
      await expect.poll(() => page.getByTestId("cart-line").count()).toBe(2)

      const cartLines = await linesAddUp(page, "cart-line")
      const cart = await totalsOf(page)
      expect(cart.taxIncluded).toBe(true)
      addsUp(cart, cartLines)
      expect(cart.tax).toBeGreaterThan(0)
      expect(await page.getByTestId("totals").textContent()).toContain("incl. VAT")
      expect(await page.locator("thead").textContent()).toContain("incl. VAT")
      await page.screenshot({ path: `${SHOTS}/money-cart-en.png`, fullPage: true })

      await page.goto(`${base}/checkout`)
      await page.getByTestId("checkout-submit").waitFor()
      const checkout = await totalsOf(page)
      expect(checkout).toEqual(cart)
      await page.getByTestId("checkout-address").first().check()
      await page.getByTestId("checkout-po").fill(`MONEY-${Date.now()}`)
      // The date picker offers no past day; a client that sends one anyway is refused naming the field.
      const dateInput = page.getByTestId("checkout-delivery-date")
      expect(await dateInput.getAttribute("min")).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      await dateInput.evaluate((el) => el.removeAttribute("min"))
      await dateInput.fill("2020-01-01")
      await page.getByTestId("checkout-note").fill("Deliver to dock 3, before 11:00")
      await page.getByTestId("checkout-submit").click()
      await expect.poll(() => page.textContent("body")).toContain("Requested delivery date:")
      expect(new URL(page.url()).pathname).toBe("/checkout")
      const later = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10)
      await page.getByTestId("checkout-address").first().check()
      await page.getByTestId("checkout-delivery-date").fill(later)
      await Promise.all([page.waitForURL(/\/orders\/order_/), page.getByTestId("checkout-submit").click()])
      await page.getByTestId("order-line").first().waitFor()

      const orderLines = await linesAddUp(page, "order-line")
      expect(orderLines).toEqual(cartLines)
      const order = await totalsOf(page)
      expect(order).toEqual(cart)
      expect(await page.getByTestId("order-note").textContent()).toBe("Deliver to dock 3, before 11:00")
      expect(await page.getByTestId("order-delivery-date").textContent()).toMatch(/\d{4}/)
      const orderId = new URL(page.url()).pathname.split("/").pop() as string
      await page.screenshot({ path: `${SHOTS}/money-order-en.png`, fullPage: true })

      // The Chinese page says 含税 and shows the same figures.
      await context.addCookies([{ name: "lang", value: "zh-CN", url: base }])
      await page.reload()
      expect(await page.getByTestId("totals").textContent()).toContain("含税")
      expect(await totalsOf(page)).toEqual(cart)
      await page.screenshot({ path: `${SHOTS}/money-order-zh.png`, fullPage: true })

      // The invoice (staff invoice the order by hand) shows the same lines and total, and so does its PDF.
      const staff = await loginAdmin()
      const issued = await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: orderId } })
      expect(issued.status, JSON.stringify(issued.body)).toBe(201)
      await context.addCookies([{ name: "lang", value: "en", url: base }])
      await page.goto(`${base}/invoices/${issued.body.invoice.id}`)
      const invoiceLines = await linesAddUp(page, "invoice-line")
      expect(invoiceLines).toEqual(cartLines)
      expect(cents(await page.getByTestId("invoice-total").textContent())).toBe(cart.total)
      expect(cents(await page.getByTestId("invoice-tax").textContent())).toBe(cart.tax)
      await page.screenshot({ path: `${SHOTS}/money-invoice-en.png`, fullPage: true })
      const pdf = await page.request.get(`${base}/invoices/${issued.body.invoice.id}/pdf?lang=en`)
      const text = pdfText(Buffer.from(await pdf.body()))
      const figure = (c: number) => (c / 100).toLocaleString("en", { minimumFractionDigits: 2 })
      for (const line of cartLines.values()) expect(text).toContain(figure(line))
      expect(text).toContain(figure(cart.total))
      expect(text).toContain(figure(cart.tax))
    } finally {
      await context.close()
    }
  })

  it("finds orders by PO number and status, pages them, and reorders an order's lines", async () => {
    const token = await loginBuyer("buyer@acme.test")
    await placeOrder(token, `HIST-${Date.now()}`)
    const { body: all } = await api("GET", "/store/ordo/orders", { token })
    expect(all.count).toBeGreaterThan(0)
    const withPo = all.orders.find((o: any) => typeof o.metadata?.po_number === "string")
    expect(withPo).toBeTruthy()
    const po = withPo.metadata.po_number as string

    const byPo = await api("GET", `/store/ordo/orders?q=${encodeURIComponent(po)}`, { token })
    expect(byPo.status).toBe(200)
    expect(byPo.body.orders.map((o: any) => o.id)).toContain(withPo.id)
    expect(byPo.body.orders.every((o: any) => o.metadata?.po_number === po)).toBe(true)
    const byNumber = await api("GET", `/store/ordo/orders?q=%23${withPo.display_id}`, { token })
    expect(byNumber.body.orders.map((o: any) => o.id)).toContain(withPo.id)

    // Each status filter finds exactly the orders of that status, counted over every page.
    const tally = new Map<string, number>()
    for (let page = 1; page <= Math.ceil(all.count / all.page_size); page++) {
      const r = await api("GET", `/store/ordo/orders?page=${page}`, { token })
      for (const o of r.body.orders) tally.set(o.ordo_status, (tally.get(o.ordo_status) ?? 0) + 1)
    }
    expect([...tally.values()].reduce((x, y) => x + y, 0)).toBe(all.count)
    for (const status of ["requires_approval", "rejected", "pending", "completed", "canceled"]) {
      const r = await api("GET", `/store/ordo/orders?status=${status}`, { token })
      expect(r.status).toBe(200)
      expect(r.body.orders.every((o: any) => o.ordo_status === status)).toBe(true)
      expect(r.body.count, status).toBe(tally.get(status) ?? 0)
    }

    const bad = await api("GET", "/store/ordo/orders?status=shipped", { token })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain("status")
    const today = new Date().toISOString().slice(0, 10)
    const future = await api("GET", "/store/ordo/orders?from=2099-01-01", { token })
    expect(future.body.count).toBe(0)
    const todays = await api("GET", `/store/ordo/orders?from=${today}&to=${today}`, { token })
    expect(todays.body.orders.every((o: any) => o.created_at.slice(0, 10) === today)).toBe(true)

    // Another company's buyer never finds Acme's PO.
    const globex = await loginBuyer("buyer@globex.test")
    const theirs = await api("GET", `/store/ordo/orders?q=${encodeURIComponent(po)}`, { token: globex })
    expect(theirs.body.orders.map((o: any) => o.id)).not.toContain(withPo.id)

    const { context, page } = await signedInPage(browser, "buyer@acme.test")
    try {
      const base = stack().storefrontUrl
      await page.goto(`${base}/orders`)
      await page.getByTestId("orders-search").fill(po)
      await Promise.all([page.waitForURL(/q=/), page.getByTestId("orders-apply").click()])
      const rows = page.getByTestId("order-row")
      expect(await rows.count()).toBeGreaterThan(0)
      for (let i = 0; i < (await rows.count()); i++) expect(await rows.nth(i).getAttribute("data-po")).toBe(po)

      await Promise.all([page.waitForURL(/reorder=/), rows.first().getByTestId("order-row-reorder").click()])
      await page.getByTestId("reorder-notice").waitFor()
      const text = await page.getByTestId("quick-order-text").inputValue()
      const { body } = await api("GET", `/store/ordo/orders/${withPo.id}`, { token })
      for (const item of body.order.items) expect(text).toContain(`${item.variant_sku} ${item.quantity}`)
    } finally {
      await context.close()
    }
    // Another company's buyer cannot reorder Acme's order (404, nothing shown).
    const other = await signedInPage(browser, "buyer@globex.test")
    try {
      const res = await other.page.goto(`${stack().storefrontUrl}/quick-order?reorder=${withPo.id}`)
      expect(res?.status()).toBe(404)
      expect(await other.page.textContent("body")).not.toContain(withPo.metadata.po_number)
    } finally {
      await other.context.close()
    }
  })

  it("a quote whose stock ran out since it was sent names the SKU on accepting and offers to ask for a revision", async () => {
    const staff = await loginAdmin()
    const buyer = await loginBuyer("buyer@acme.test")
    const sku = `QSHORT-${Date.now()}`
    const { inventoryItemId } = await createStockedProduct(staff, sku, 10)
    const cart = await api("POST", "/store/ordo/quick-order", { token: buyer, body: { text: `${sku} 8` } })
    expect(cart.status).toBe(200)
    const quote = await api("POST", "/store/ordo/quotes", { token: buyer, body: { cart_id: cart.body.cart.id } })
    expect(quote.status).toBe(201)
    const quoteId = quote.body.quote.id
    expect((await api("POST", `/admin/ordo/quotes/${quoteId}/send`, { token: staff, body: {} })).status).toBe(200)
    // Someone else takes most of the stock before the buyer accepts.
    const levels = await api("GET", `/admin/inventory-items/${inventoryItemId}/location-levels`, { token: staff })
    const location = levels.body.inventory_levels[0].location_id
    const cut = await api("POST", `/admin/inventory-items/${inventoryItemId}/location-levels/${location}`, {
      token: staff,
      body: { stocked_quantity: 3 },
    })
    expect(cut.status).toBe(200)

    const { context, page } = await signedInPage(browser, "buyer@acme.test")
    try {
      await context.addCookies([{ name: "lang", value: "zh-CN", url: stack().storefrontUrl }])
      await page.goto(`${stack().storefrontUrl}/quotes/${quoteId}`)
      await page.getByTestId("quote-po").fill("PO-SHORT-1")
      await page.getByTestId("accept-quote").click()
      await page.getByTestId("quote-error").waitFor()
      const error = await page.getByTestId("quote-error").textContent()
      expect(error).toContain(sku)
      expect(error).toContain("仅有 3 可供")
      const ask = page.getByTestId("ask-revision")
      expect(await page.getByTestId("ask-revision-body").inputValue()).toContain(`SKU ${sku}`)
      await page.screenshot({ path: `${SHOTS}/quote-short-zh.png`, fullPage: true })
      await Promise.all([page.waitForLoadState("load"), ask.locator("button[type=submit]").click()])
      await expect.poll(() => page.getByTestId("quote-messages").textContent()).toContain("请修改此报价")
      // Nothing was ordered.
      const after = await api("GET", `/store/ordo/quotes/${quoteId}`, { token: buyer })
      expect(after.body.quote.status).toBe("sent")
      expect(after.body.quote.order).toBeNull()
    } finally {
      await context.close()
    }
  })

  it("fits a 390 px phone on every buyer page, in English and Chinese, with a folding menu", async () => {
    const token = await loginBuyer("buyer@acme.test")
    await placeOrder(token, `PHONE-${Date.now()}`)
    const [{ body: orders }, { body: quotes }, { body: invoices }, { body: products }] = await Promise.all([
      api("GET", "/store/ordo/orders", { token }),
      api("GET", "/store/ordo/quotes", { token }),
      api("GET", "/store/ordo/invoices", { token }),
      api("GET", "/store/products?limit=1&fields=handle"),
    ])
    const pages = [
      "/",
      `/products/${products.products[0].handle}`,
      "/quick-order",
      "/cart",
      "/checkout",
      "/orders",
      `/orders/${orders.orders[0].id}`,
      "/quotes",
      ...(quotes.quotes[0] ? [`/quotes/${quotes.quotes[0].id}`] : []),
      "/approvals",
      "/invoices",
      ...(invoices.invoices[0] ? [`/invoices/${invoices.invoices[0].id}`] : []),
      "/payments",
      "/statement",
      "/company",
    ]
    const base = stack().storefrontUrl
    const wide: string[] = []
    for (const lang of ["en", "zh-CN"]) {
      const { context, page } = await signedInPage(browser, "buyer@acme.test")
      try {
        await page.setViewportSize({ width: 390, height: 844 })
        await context.addCookies([{ name: "lang", value: lang, url: base }])
        // Something in the cart, so the cart and checkout pages show their tables.
        const [sku] = await stockedSkus(1, 100)
        await page.goto(`${base}/quick-order`)
        await page.getByTestId("quick-order-text").fill(`${sku} 1`)
        await Promise.all([page.waitForURL(/\/cart/), page.getByTestId("quick-order-submit").click()])
        for (const path of pages) {
          const res = await page.goto(`${base}${path}`)
          expect(res?.status(), path).toBe(200)
          const width = await page.evaluate(() => document.documentElement.scrollWidth)
          if (width > 390) wide.push(`${lang} ${path}: ${width}px`)
          const name = path.replace(/\//g, "_").replace(/_(order|quote|inv)[a-z]*_[A-Z0-9]+/gi, "_$1-detail") || "_home"
          // The catalogue is long: its first screen is what a buyer judges it by.
          await page.screenshot({ path: `${SHOTS}/phone-${lang}${name}.png`, fullPage: path !== "/" })
        }
        // The menu is folded until asked for, then lists every section.
        await page.goto(`${base}/orders`)
        const nav = page.locator("nav.mainnav")
        expect(await nav.isVisible()).toBe(false)
        await page.getByTestId("nav-toggle").click()
        expect(await nav.isVisible()).toBe(true)
        await page.screenshot({ path: `${SHOTS}/phone-${lang}-menu.png` })
        await Promise.all([page.waitForURL(/\/quotes$/), nav.locator('a[href="/quotes"]').click()])
        await expect.poll(() => nav.isVisible()).toBe(false)
        // Checkout: the order summary comes before the Place order button.
        await page.goto(`${base}/checkout`)
        const summaryY = (await page.getByTestId("totals").boundingBox())?.y ?? Number.POSITIVE_INFINITY
        const submitY = (await page.getByTestId("checkout-submit").boundingBox())?.y ?? 0
        expect(summaryY).toBeLessThan(submitY)
      } finally {
        await context.close()
      }
    }
    expect(wide).toEqual([])
  })
})
