import { mkdirSync } from "node:fs"
import { join } from "node:path"
import type { Browser, Page, Response } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { acmeForEntry, api, loginAdmin, stack } from "../../../tests/support/api"
import { sql, stockedSkus } from "../../../tests/support/db"
import { adminPage, launchChromium } from "./browser"

const shots = join(__dirname, "../../../.ordo/screenshots")
const SF_NUMBER = "SF1234567890123"
/** The shipping states as the Chinese admin words them (ADR 021). */
const ZH_STATES: Record<string, string> = {
  not_shipped: "未发货",
  partly_shipped: "部分发货",
  shipped: "已发货",
  partly_delivered: "部分签收",
  delivered: "已签收",
}

/** A call of the order's shipping API (ADR 021 "API contract"). */
const isShipping = (r: Response, orderId: string, path: string, method = "GET") =>
  r.request().method() === method && new URL(r.url()).pathname === `/admin/ordo/orders/${orderId}${path}`

/** Placed orders of the seeded Acme company that nothing has shipped from yet, newest first. */
async function unshippedAcmeOrders(): Promise<string[]> {
  const rows = await sql<{ id: string }>(
    `select o.id from "order" o
       join customer c on c.id = o.customer_id
      where o.is_draft_order = false and o.status = 'pending' and o.deleted_at is null
        and c.email in ('buyer@acme.test', 'purchasing@acme.test')
        and exists (select 1 from order_item i where i.order_id = o.id and i.deleted_at is null)
        and not exists (select 1 from order_fulfillment f where f.order_id = o.id)
      order by o.created_at desc limit 10`,
  )
  return rows.map((r) => r.id)
}

/** Places a small Acme order through staff order entry (confirming its warnings), for a run on a fresh stack. */
async function placeAcmeOrder(token: string, sku: string, po: string) {
  const { companyId, customerId, addressId } = await acmeForEntry(token)
  const body = {
    company_id: companyId,
    customer_id: customerId,
    address_id: addressId,
    lines: [{ sku, quantity: 2 }],
    po_number: po,
    action: "place",
  }
  let placed = await api("POST", "/admin/ordo/order-entry/submit", { token, body })
  if (placed.status === 422 && placed.body?.warnings)
    placed = await api("POST", "/admin/ordo/order-entry/submit", {
      token,
      body: { ...body, confirmed: placed.body.warnings.map((w: any) => w.key) },
    })
  if (placed.status !== 201 || placed.body.status !== "placed")
    throw new Error(`place an Acme order: ${placed.status} ${JSON.stringify(placed.body)}`)
  return placed.body.order_id as string
}

describe("shipping in the admin: a Shippo label bought and a typed SF Express number, on the order page", () => {
  const run = Date.now().toString(36).toUpperCase()
  let browser: Browser
  let page: Page
  let token: string
  let labelOrder: string
  let manualOrder: string

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    token = await loginAdmin()
    // Two placed Acme orders with nothing shipped: earlier files leave some; a fresh stack gets its own.
    const found = await unshippedAcmeOrders()
    const [sku] = await stockedSkus(1, 50)
    while (found.length < 2) found.push(await placeAcmeOrder(token, sku!, `E2E-SHIP-${run}-${found.length}`))
    ;[labelOrder, manualOrder] = found as [string, string]
    browser = await launchChromium()
    page = await adminPage(browser)
  })

  afterAll(async () => {
    await page?.context().close()
    await browser?.close()
  })

  /** Opens the order in the dashboard; resolves with the widget's first answer. */
  async function openOrder(p: Page, orderId: string) {
    const loaded = p.waitForResponse((r) => isShipping(r, orderId, "/shipments"), { timeout: 60_000 })
    await p.goto(`${stack().backendUrl}/app/orders/${orderId}`)
    const first = await loaded
    expect(first.status()).toBe(200)
    const widget = p.getByTestId("shipping-widget")
    await widget.getByTestId("shipping-state").waitFor({ timeout: 30_000 })
    return { widget, body: await first.json() }
  }

  it("buys a label: default parcel, Shippo's rates listed, one bought; the shipment shows its number and label", async () => {
    const { widget, body } = await openOrder(page, labelOrder)
    expect(body.shipments).toEqual([])
    expect(body.unshipped.length).toBeGreaterThan(0)
    expect(body.shippo_enabled).toBe(true)
    expect(await widget.getByTestId("shipping-state").getAttribute("data-state")).toBe("not_shipped")
    expect(await widget.getByTestId("payment-state").getAttribute("data-state")).toBeTruthy()

    await widget.getByTestId("buy-label").click()
    // Everything left is ticked at its full quantity.
    await widget.getByTestId("ship-item").first().waitFor()
    expect(await widget.getByTestId("ship-item").count()).toBe(body.unshipped.length)

    const rated = page.waitForResponse((r) => isShipping(r, labelOrder, "/shipping-rates", "POST"))
    await widget.getByTestId("get-rates").click()
    const ratesResponse = await rated
    expect(ratesResponse.status()).toBe(200)
    expect(JSON.parse(ratesResponse.request().postData() ?? "{}")).toEqual({
      parcel: { weight_kg: 1, length_cm: 30, width_cm: 20, height_cm: 10 },
    })
    const { rates } = await ratesResponse.json()
    expect(rates.length).toBeGreaterThan(0)
    await widget.getByTestId("rate-option").first().waitFor()
    expect(await widget.getByTestId("rate-option").count()).toBe(rates.length)
    expect(await widget.getByTestId("rate-option").first().textContent()).toContain(rates[0].service)

    await widget.getByTestId("rate-option").first().click()
    const bought = page.waitForResponse((r) => isShipping(r, labelOrder, "/shipments", "POST"))
    await widget.getByTestId("buy-label-confirm").click()
    const buyResponse = await bought
    expect([200, 201]).toContain(buyResponse.status())
    const sent = JSON.parse(buyResponse.request().postData() ?? "{}")
    expect(sent.rate_id).toBe(rates[0].id)
    expect(sent.items.map((i: any) => [i.id, i.quantity]).sort()).toEqual(
      body.unshipped.map((i: any) => [i.id, i.quantity]).sort(),
    )
    const { shipment } = await buyResponse.json()
    expect(shipment).toMatchObject({ source: "shippo" })
    expect(shipment.tracking_number).toBeTruthy()
    expect(shipment.label_url).toBeTruthy()

    const row = widget.locator(`[data-testid=shipment-row][data-tracking-number="${shipment.tracking_number}"]`)
    await row.waitFor({ timeout: 15_000 })
    expect(await row.getByTestId("shipment-tracking-number").textContent()).toBe(shipment.tracking_number)
    expect(await row.getByTestId("shipment-label").getAttribute("href")).toBe(shipment.label_url)
    // Nothing left to ship: the actions are gone, the state moved on.
    await widget.getByTestId("all-shipped").waitFor()
    expect(await widget.getByTestId("buy-label").count()).toBe(0)
    expect(await widget.getByTestId("add-tracking").count()).toBe(0)
    await expect
      .poll(() => widget.getByTestId("shipping-state").getAttribute("data-state"), { timeout: 10_000 })
      .not.toBe("not_shipped")
    await page.screenshot({ path: join(shots, "admin-shipping-label-en.png") })
  })

  it("adds an SF Express tracking number by hand; the shipment is listed and the order counts as shipped", async () => {
    const { widget, body } = await openOrder(page, manualOrder)
    expect(body.shipments).toEqual([])
    const sf = body.carriers.find((c: any) => /SF Express|顺丰/i.test(`${c.code} ${c.name}`))
    expect(sf, JSON.stringify(body.carriers)).toBeTruthy()

    await widget.getByTestId("add-tracking").click()
    const carrier = widget.getByTestId("carrier-select")
    await carrier.selectOption(sf.code)
    expect(await carrier.locator("option:checked").textContent()).toMatch(/SF Express|顺丰/)
    await widget.getByTestId("tracking-number-input").fill(SF_NUMBER)
    const saved = page.waitForResponse((r) => isShipping(r, manualOrder, "/shipments", "POST"))
    await widget.getByTestId("save-tracking").click()
    const saveResponse = await saved
    expect([200, 201]).toContain(saveResponse.status())
    const sent = JSON.parse(saveResponse.request().postData() ?? "{}")
    expect(sent).toMatchObject({ carrier: sf.code, tracking_number: SF_NUMBER })
    expect(sent.rate_id).toBeUndefined()
    expect(sent.items.length).toBe(body.unshipped.length)
    expect((await saveResponse.json()).shipment).toMatchObject({
      carrier: sf.code,
      tracking_number: SF_NUMBER,
      source: "manual",
    })

    const row = widget.locator(`[data-testid=shipment-row][data-tracking-number="${SF_NUMBER}"]`)
    await row.waitFor({ timeout: 15_000 })
    expect(await row.getByTestId("shipment-carrier").textContent()).toMatch(/SF Express|顺丰/)
    expect(await row.getByTestId("shipment-label").count()).toBe(0)
    await widget.getByTestId("all-shipped").waitFor()
    await page.screenshot({ path: join(shots, "admin-shipping-manual-en.png") })

    // The API agrees: one manual shipment, nothing left to ship.
    const after = await api("GET", `/admin/ordo/orders/${manualOrder}/shipments`, { token })
    expect(after.status).toBe(200)
    expect(after.body.shipments.map((s: any) => [s.carrier, s.tracking_number, s.source])).toEqual([
      [sf.code, SF_NUMBER, "manual"],
    ])
    expect(after.body.unshipped.filter((i: any) => i.quantity > 0)).toEqual([])
    expect(["shipped", "partly_delivered", "delivered"]).toContain(after.body.shipping_state)
  })

  it("the Chinese admin names the carrier and the states in Chinese", async () => {
    const zh = await adminPage(browser, { lang: "zhCN" })
    try {
      const { widget, body } = await openOrder(zh, manualOrder)
      const row = widget.locator(`[data-testid=shipment-row][data-tracking-number="${SF_NUMBER}"]`)
      await row.waitFor()
      expect(await row.getByTestId("shipment-carrier").textContent()).toContain("顺丰速运")
      expect(await widget.getByTestId("shipping-state").textContent()).toContain(ZH_STATES[body.shipping_state])
      await zh.screenshot({ path: join(shots, "admin-shipping-manual-zh.png") })
    } finally {
      await zh.context().close()
    }
  })
})
