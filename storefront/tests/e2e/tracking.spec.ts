import { mkdirSync } from "node:fs"
import { join } from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { api, buyerAddressId, loginAdmin, loginBuyer, stack } from "../../../tests/support/api"
import { stockedSkus } from "../../../tests/support/db"
import { zhCN } from "../../app/i18n/zh-CN"
import { launchChromium, signedInPage } from "./browser"

/** Shippo's test carrier: the number that reports "in transit" (ADR 021). */
const CARRIER = "shippo"
const TRACKING_NUMBER = "SHIPPO_TRANSIT"

/** Screens as their users see them, for review (not compared). */
const shots = join(__dirname, "../../../.ordo/screenshots")
mkdirSync(shots, { recursive: true })

/** The page is no wider than the phone: nothing to scroll sideways. */
const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

describe("shipping and tracking: the buyer's order page and the public /track page (ADR 021)", () => {
  let browser: Browser
  let orderId: string
  let displayId: number
  let postalCode: string
  let po: string
  let buyer: string

  /** The shipment's status as the buyer's API reports it now (the carrier may have moved it on). */
  async function currentStatus(): Promise<string> {
    const r = await api("GET", `/store/ordo/orders/${orderId}`, { token: buyer })
    const shipment = (r.body.shipments ?? []).find((s: any) => s.tracking_number === TRACKING_NUMBER)
    if (!shipment) throw new Error(`no shipment on order ${orderId}: ${JSON.stringify(r.body.shipments)}`)
    return shipment.status as string
  }

  beforeAll(async () => {
    browser = await launchChromium()
    const staff = await loginAdmin()
    buyer = await loginBuyer("buyer@acme.test")
    // A fresh order of the seeded buyer, placed as in the storefront, so it is not shipped yet.
    const [sku] = await stockedSkus(1, 20)
    po = `E2E-TRACK-${Date.now()}`
    const cart = await api("POST", "/store/ordo/quick-order", { token: buyer, body: { text: `${sku} 1` } })
    if (cart.status !== 200) throw new Error(`quick order: ${cart.status} ${JSON.stringify(cart.body)}`)
    const placed = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
      token: buyer,
      body: { address_id: await buyerAddressId(buyer), po_number: po },
    })
    if (placed.status !== 200) throw new Error(`checkout: ${placed.status} ${JSON.stringify(placed.body)}`)
    orderId = placed.body.order.id
    displayId = placed.body.order.display_id
    const order = await api("GET", `/store/ordo/orders/${orderId}`, { token: buyer })
    postalCode = String(order.body.order.shipping_address?.postal_code ?? "")
    if (!postalCode) throw new Error(`order ${orderId} has no shipping postal code`)

    // Staff ship every line with a typed carrier and number (the manual path; no label bought).
    const shipped = await api("POST", `/admin/ordo/orders/${orderId}/shipments`, {
      token: staff,
      body: { carrier: CARRIER, tracking_number: TRACKING_NUMBER },
    })
    if (shipped.status !== 200 && shipped.status !== 201)
      throw new Error(`ship: ${shipped.status} ${JSON.stringify(shipped.body)}`)
    expect(shipped.body.shipment.tracking_number).toBe(TRACKING_NUMBER)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("the buyer sees the order shipped, its payment state, and the shipment's timeline", async () => {
    const { context, page } = await signedInPage(browser, "buyer@acme.test")
    const base = stack().storefrontUrl
    try {
      await page.goto(`${base}/orders/${orderId}`)
      expect(await page.getByTestId("order-shipping-state").getAttribute("data-state")).toBe("shipped")
      expect(await page.getByTestId("order-shipping-state").textContent()).toBe("Shipped")
      expect(["not_invoiced", "unpaid", "partly_paid", "paid", "overdue"]).toContain(
        await page.getByTestId("order-payment-state").getAttribute("data-state"),
      )

      const shipment = page.locator(`[data-testid=shipment][data-tracking-number="${TRACKING_NUMBER}"]`)
      expect(await shipment.count()).toBe(1)
      expect((await shipment.getByTestId("shipment-carrier").textContent())?.trim()).toBeTruthy()
      expect(await shipment.getByTestId("shipment-tracking-number").textContent()).toContain(TRACKING_NUMBER)
      const status = await currentStatus()
      expect(await shipment.getByTestId("shipment-status").getAttribute("data-status")).toBe(status)
      await page.screenshot({ path: join(shots, "order-page-shipped-en.png"), fullPage: true })
      // Events, when the carrier has sent any, are newest first.
      const times = await shipment
        .getByTestId("tracking-event")
        .locator("time")
        .evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute("datetime") ?? "")))
      expect(times).toEqual([...times].sort((a, b) => b - a))
      // The page offers the public lookup, and the share link opens it on this shipment.
      expect(await page.getByTestId("order-track-link").getAttribute("href")).toBe("/track")
      expect(await shipment.getByTestId("shipment-share-link").getAttribute("href")).toBe(
        `/track?number=${TRACKING_NUMBER}`,
      )

      await page.goto(`${base}/orders`)
      const row = page.locator(`[data-testid=order-row][data-po="${po}"]`)
      expect(await row.getByTestId("order-row-shipping-state").getAttribute("data-state")).toBe("shipped")
      expect(await row.getByTestId("order-row-payment-state").count()).toBe(1)
    } finally {
      await context.close()
    }
  })

  it("anyone finds the shipment on /track by order number + postal code, or by tracking number; a wrong code finds nothing", async () => {
    const base = stack().storefrontUrl
    const context = await browser.newContext({ locale: "en-US" })
    const page = await context.newPage()
    try {
      // Reached from the sign-in page, without an account.
      await page.goto(`${base}/login`)
      await Promise.all([page.waitForURL(/\/track$/), page.getByTestId("track-link").click()])

      await page.getByTestId("track-order").fill(String(displayId))
      await page.getByTestId("track-code").fill(postalCode)
      await Promise.all([page.waitForURL(/\/track\?order=/), page.getByTestId("track-submit-order").click()])
      const url = new URL(page.url())
      expect(Object.fromEntries(url.searchParams)).toEqual({ order: String(displayId), code: postalCode })
      const found = page.locator(`[data-testid=shipment][data-tracking-number="${TRACKING_NUMBER}"]`)
      await found.waitFor()
      expect(await page.getByTestId("track-shipping-state").getAttribute("data-state")).toBe("shipped")
      const status = await currentStatus()
      expect(await found.getByTestId("shipment-status").getAttribute("data-status")).toBe(status)
      await page.screenshot({ path: join(shots, "track-by-order-en.png"), fullPage: true })
      // Only tracking: no address, lines, prices or names of the order.
      const text = (await page.getByTestId("track-result").textContent()) ?? ""
      expect(text).not.toContain(po)
      expect(text).not.toContain("Acme")

      // A wrong postal code: the one neutral answer, nothing shown, the same as an unknown order.
      const wrong = postalCode === "999999" ? "888888" : "999999"
      const missed = await page.goto(`${base}/track?order=${displayId}&code=${wrong}`)
      expect(missed?.status()).toBe(404)
      expect((await page.getByTestId("track-not-found").textContent())?.trim()).toBe(
        "No shipment matches these details.",
      )
      expect(await page.getByTestId("shipment").count()).toBe(0)

      // By tracking number, through the second form.
      await page.goto(`${base}/track`)
      await page.getByTestId("track-number").fill(TRACKING_NUMBER)
      await Promise.all([page.waitForURL(/\/track\?number=/), page.getByTestId("track-submit-number").click()])
      await page.locator(`[data-testid=shipment][data-tracking-number="${TRACKING_NUMBER}"]`).first().waitFor()
      expect(await page.getByTestId("track-not-found").count()).toBe(0)
    } finally {
      await context.close()
    }
  })

  it("on a 390 px phone, /track with its timeline does not scroll sideways, and reads in Chinese", async () => {
    const base = stack().storefrontUrl
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-US" })
    const page = await context.newPage()
    try {
      await page.goto(`${base}/track?${new URLSearchParams({ order: String(displayId), code: postalCode })}`)
      await page.getByTestId("shipment").first().waitFor()
      expect(await scrollWidth(page)).toBeLessThanOrEqual(390)

      // The language switch keeps the lookup: the same result, in Chinese.
      await Promise.all([
        page.waitForURL(/\/track\?order=/),
        page.getByTestId("lang-switch").locator('button[value="zh-CN"]').click(),
      ])
      await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("zh-CN")
      const status = await currentStatus()
      const word = zhCN[`trackingStatus.${status}` as keyof typeof zhCN]
      expect(word).toBeTruthy()
      const shipment = page.locator(`[data-testid=shipment][data-tracking-number="${TRACKING_NUMBER}"]`)
      expect((await shipment.getByTestId("shipment-status").textContent())?.trim()).toBe(word)
      if (status === "TRANSIT") expect(word).toBe("运输中")
      expect((await page.getByTestId("track-shipping-state").textContent())?.trim()).toBe("已发货")
      expect(await page.locator("h1").textContent()).toBe("查询物流")
      expect(await scrollWidth(page)).toBeLessThanOrEqual(390)
      await page.screenshot({ path: join(shots, "track-390-zh.png"), fullPage: true })
    } finally {
      await context.close()
    }
  })
})
