import { mkdirSync } from "node:fs"
import { join } from "node:path"
import type { Browser, Page, Response } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { api, loginAdmin, stack } from "../../../tests/support/api"
import { stockedSkus } from "../../../tests/support/db"
import { adminPage, launchChromium } from "./browser"

const shots = process.env.ORDO_SHOTS ?? join(__dirname, "../../../.ordo/screenshots")
mkdirSync(shots, { recursive: true })

const isEntry = (r: Response, path: string, method = "GET") =>
  r.request().method() === method && new URL(r.url()).pathname === `/admin/ordo/order-entry${path}`

const tomorrowPlus = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/** Picks the Acme demo company in the customer box (type, wait for the match, Enter). */
async function pickAcme(page: Page, customerLabel: string) {
  const found = page.waitForResponse(
    (r) => isEntry(r, "/customers") && new URL(r.url()).searchParams.get("q") === "Acme",
  )
  await page.getByLabel(customerLabel, { exact: true }).fill("Acme")
  await found
  await page.getByTestId("customer-match").first().waitFor()
  await page.getByLabel(customerLabel, { exact: true }).press("Enter")
  await page.getByTestId("entry-company").waitFor()
}

/** Types a search into "Add line" and waits for its suggestions; returns the SKUs offered, in order. */
async function suggest(page: Page, addLabel: string, q: string) {
  const box = page.getByLabel(addLabel, { exact: true })
  await box.fill("")
  const answered = page.waitForResponse((r) => isEntry(r, "/products") && new URL(r.url()).searchParams.get("q") === q)
  await box.pressSequentially(q)
  const body = await (await answered).json()
  await expect
    .poll(async () => page.getByTestId("product-suggestion").count(), { timeout: 10_000 })
    .toBe(body.products.length)
  const texts = await page.getByTestId("product-suggestion").locator("b").allTextContents()
  return { skus: texts, body }
}

describe("order entry and stock in the admin: search by words and Chinese names, paging, both languages", () => {
  let browser: Browser
  let token: string
  beforeAll(async () => {
    browser = await launchChromium()
    token = await loginAdmin()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("finds “M12 nut” and “螺母”, keeps the last suggestion in view, and places an order with a delivery date and note", async () => {
    const page = await adminPage(browser)
    await page.goto(`${stack().backendUrl}/app/order-entry`)
    await page.getByLabel("Customer", { exact: true }).waitFor({ timeout: 30_000 })
    await pickAcme(page, "Customer")

    const m12 = await suggest(page, "Add line", "M12 nut")
    expect(m12.skus).toEqual(["FST-HN-M12"])

    const nuts = await suggest(page, "Add line", "螺母")
    expect(nuts.skus).toEqual(["M4", "M5", "M6", "M8", "M10", "M12", "M16", "M20"].map((s) => `FST-HN-${s}`))
    // ↓ to the last suggestion: it is scrolled into the list's view, not cut off.
    for (let i = 0; i < nuts.skus.length; i++) await page.keyboard.press("ArrowDown")
    const list = await page.locator("#entry-suggestions").boundingBox()
    const last = await page.getByTestId("product-suggestion").last().boundingBox()
    expect(list && last).toBeTruthy()
    expect(last!.y).toBeGreaterThanOrEqual(list!.y - 1)
    expect(last!.y + last!.height).toBeLessThanOrEqual(list!.y + list!.height + 1)
    expect(await page.getByTestId("product-suggestion").last().getAttribute("aria-selected")).toBe("true")
    await page.screenshot({ path: join(shots, "entry-search-zh-name-en-1280.png") })

    // More matches than the list shows: it says so.
    const din = await suggest(page, "Add line", "din")
    expect(din.body.total).toBeGreaterThan(din.skus.length)
    expect(await page.locator("#entry-suggestions").textContent()).toContain(`of ${din.body.total} shown`)
    await page.keyboard.press("Escape")

    // A line by SKU, then the delivery date and the note, then place.
    const sku = (await stockedSkus(1))[0] as string
    await page.getByLabel("Add line", { exact: true }).fill(sku)
    await page.getByLabel("Add line", { exact: true }).press("Enter")
    // The product is picked when its lookup answers: focus moves to Quantity.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 15_000 }).toBe("entry-qty")
    await page.keyboard.type("3")
    await page.keyboard.press("Enter")
    await page.locator(`[data-testid=entry-line][data-sku="${sku}"]`).waitFor()
    const wanted = tomorrowPlus(5)
    await page.getByLabel("Requested delivery date", { exact: true }).fill(wanted)
    await page.getByLabel("Note", { exact: true }).fill("Call Mr Wang before delivery")
    await page.getByTestId("entry-totals").waitFor()
    let submitted: Response | undefined
    for (let attempt = 0; attempt < 3; attempt++) {
      const boxes = page.getByRole("checkbox", { name: "Confirm" })
      for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check()
      const submit = page.waitForResponse((r) => isEntry(r, "/submit", "POST"))
      await page.getByRole("button", { name: "Place order" }).click()
      submitted = await submit
      if (submitted.status() !== 422) break
      await page.getByTestId("entry-warning").first().waitFor()
    }
    expect(submitted?.status()).toBe(201)
    const saved = await submitted!.json()
    expect(JSON.parse(submitted!.request().postData() ?? "{}")).toMatchObject({
      requested_delivery_date: wanted,
      note: "Call Mr Wang before delivery",
    })
    const banner = page.getByTestId("entry-success")
    await banner.waitFor()
    expect(await page.getByTestId("entry-success-delivery").textContent()).toContain(wanted)
    expect(await page.getByTestId("entry-success-note").textContent()).toContain("Call Mr Wang before delivery")
    // A toast confirms it too.
    await page
      .locator("[data-sonner-toast]")
      .filter({ hasText: `#${saved.display_id}` })
      .first()
      .waitFor()
    await page.screenshot({ path: join(shots, "entry-placed-en-1280.png") })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.getByTestId("entry-success").scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(shots, "entry-placed-en-390.png") })
    const order = await api("GET", `/admin/orders/${saved.order_id}?fields=id,metadata`, { token })
    expect(order.body.order.metadata).toMatchObject({
      requested_delivery_date: wanted,
      note: "Call Mr Wang before delivery",
    })
    await page.context().close()
  })

  it("shows order entry in Chinese with Chinese labels, at 1280 and 390 px", async () => {
    const page = await adminPage(browser, { lang: "zhCN" })
    await page.goto(`${stack().backendUrl}/app/order-entry`)
    await page.getByLabel("客户", { exact: true }).waitFor({ timeout: 30_000 })
    await page.getByRole("heading", { name: "代客下单", exact: true }).waitFor()
    await pickAcme(page, "客户")
    for (const label of ["添加商品", "数量", "采购单号", "运费", "要求交货日期", "订单备注", "采购员", "收货地址"]) {
      expect(await page.getByLabel(label, { exact: true }).count(), label).toBe(1)
    }
    expect(await page.getByTestId("entry-last-prices").textContent()).toContain("上次成交价")
    const nuts = await suggest(page, "添加商品", "螺母")
    expect(nuts.skus).toContain("FST-HN-M12")
    // In Chinese the products are named by their Chinese names.
    expect(await page.getByTestId("product-suggestion").first().textContent()).toContain("六角螺母 DIN 934")
    expect(await page.getByTestId("product-suggestion").first().textContent()).toMatch(/可用|不跟踪库存/)
    await page.screenshot({ path: join(shots, "entry-zh-1280.png") })
    await page.keyboard.press("Escape")
    await page.getByRole("button", { name: "提交订单" }).waitFor()
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: join(shots, "entry-zh-390.png"), fullPage: true })
    await page.context().close()
  })

  it("pages through stock levels, counts SKUs at zero as low, and lists shipments in Movements (English)", async () => {
    const page = await adminPage(browser)
    // One movement of our own, so the log has something to show however this file is run.
    const locations = (await api("GET", "/admin/ordo/stock/locations", { token })).body.locations
    const counted = (await stockedSkus(1))[0] as string
    const adjusted = await api("POST", "/admin/ordo/stock/adjustments", {
      token,
      body: { sku: counted, location_id: locations[0].id, quantity: -1, reason: "E2E cycle count" },
    })
    expect(adjusted.status, JSON.stringify(adjusted.body)).toBe(201)
    const all = await api("GET", "/admin/ordo/stock/levels?limit=1", { token })
    const low = await api("GET", "/admin/ordo/stock/levels?low=true&limit=1", { token })
    await page.goto(`${stack().backendUrl}/app/stock`)
    const range = page.getByTestId("stock-levels-range")
    await range.waitFor({ timeout: 30_000 })
    await expect.poll(() => range.textContent(), { timeout: 15_000 }).toBe(`1–25 of ${all.body.count}`)
    const rows = page.locator("[data-testid=stock-level]")
    expect(await rows.count()).toBe(25)
    const firstPage = await rows.evaluateAll((r) => r.map((x) => `${x.dataset.sku}@${x.dataset.location}`))
    await page.getByRole("button", { name: "Next" }).first().click()
    await expect.poll(() => range.textContent()).toBe(`26–50 of ${all.body.count}`)
    // The range speaks of the rows on show: they are the next 25.
    expect(await rows.count()).toBe(25)
    const secondPage = await rows.evaluateAll((r) => r.map((x) => `${x.dataset.sku}@${x.dataset.location}`))
    expect(secondPage.filter((k) => firstPage.includes(k))).toEqual([])
    await page.getByLabel("Rows per page").first().selectOption("50")
    await expect.poll(() => range.textContent()).toBe(`1–50 of ${all.body.count}`)
    expect(await rows.count()).toBe(50)
    await page.screenshot({ path: join(shots, "stock-levels-en-1280.png") })

    // The low-stock tab counts every level with nothing left or at its threshold.
    expect(low.body.count).toBeGreaterThan(1)
    expect(await page.getByTestId("stock-low-tab").textContent()).toBe(`Low stock (${low.body.count})`)
    await page.getByTestId("stock-low-tab").click()
    await expect
      .poll(() => page.getByTestId("stock-low-range").textContent())
      .toBe(`1–${Math.min(25, low.body.count)} of ${low.body.count}`)
    await page.screenshot({ path: join(shots, "stock-low-en-1280.png") })

    await page.getByRole("tab", { name: "Movements" }).click()
    await page.locator("[data-testid=stock-movement]").first().waitFor({ timeout: 15_000 })
    expect(await page.locator("[data-testid=stock-movement]").first().textContent()).toContain("E2E cycle count")
    await page.screenshot({ path: join(shots, "stock-movements-en-1280.png") })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.getByRole("tab", { name: "Levels" }).click()
    await page.screenshot({ path: join(shots, "stock-levels-en-390.png") })
    await page.context().close()
  })

  it("shows stock in Chinese with Chinese labels and pager, at 1280 and 390 px", async () => {
    const page = await adminPage(browser, { lang: "zhCN" })
    const low = await api("GET", "/admin/ordo/stock/levels?low=true&limit=1", { token })
    await page.goto(`${stack().backendUrl}/app/stock`)
    await page.getByLabel("搜索库存", { exact: true }).waitFor({ timeout: 30_000 })
    await page.getByRole("heading", { name: "仓库库存", exact: true }).waitFor()
    await expect.poll(() => page.getByTestId("stock-low-tab").textContent()).toBe(`低库存（${low.body.count}）`)
    for (const tab of ["库存量", "调整 / 调拨", "采购入库", "出入库记录", "成本批次"]) {
      expect(await page.getByRole("tab", { name: tab }).count(), tab).toBe(1)
    }
    expect(await page.getByLabel("每页行数").count()).toBe(1)
    await page.getByRole("button", { name: "下一页" }).waitFor()
    await expect.poll(() => page.getByTestId("stock-levels-range").textContent()).toMatch(/^第 1–25 条，共 \d+ 条$/)
    await page.getByLabel("搜索库存", { exact: true }).fill("螺母 M12")
    await expect
      .poll(async () => [
        ...new Set(await page.locator("[data-testid=stock-level]").evaluateAll((r) => r.map((x) => x.dataset.sku))),
      ])
      .toEqual(["FST-HN-M12"])
    expect(await page.locator("[data-testid=stock-level]").first().textContent()).toContain("六角螺母")
    await page.screenshot({ path: join(shots, "stock-levels-zh-1280.png") })
    await page.getByRole("tab", { name: "调整 / 调拨" }).click()
    for (const label of ["SKU", "仓库", "数量（±）", "原因", "调出仓库", "调入仓库"]) {
      expect(await page.getByLabel(label, { exact: true }).count(), label).toBeGreaterThanOrEqual(1)
    }
    await page.screenshot({ path: join(shots, "stock-moves-zh-1280.png") })
    await page.getByRole("tab", { name: "出入库记录" }).click()
    await page.locator("[data-testid=stock-movement]").first().waitFor({ timeout: 15_000 })
    await page.screenshot({ path: join(shots, "stock-movements-zh-1280.png") })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.getByRole("tab", { name: "库存量" }).click()
    await page.screenshot({ path: join(shots, "stock-levels-zh-390.png"), fullPage: true })
    await page.context().close()
  })
})
