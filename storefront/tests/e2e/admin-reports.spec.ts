import { mkdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { api, buyerAddressId, loginBuyer, stack } from "../../../tests/support/api"
import { stockedSkus } from "../../../tests/support/db"
import { adminPage, launchChromium } from "./browser"

const shots = process.env.ORDO_REPORTS_SHOTS ?? join(__dirname, "../../../.ordo/screenshots")

/** The whole screen in a tall window (Medusa's admin scrolls inside its frame). */
async function shot(page: Page, name: string, width = 1280) {
  const before = page.viewportSize()
  await page.setViewportSize({ width, height: 2400 })
  await page.waitForTimeout(600)
  await page.screenshot({ path: join(shots, name), fullPage: true })
  if (before) await page.setViewportSize(before)
}

describe("Reports in the admin: a chart and a table per report, exported as CSV, in English and Chinese", () => {
  let browser: Browser
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    browser = await launchChromium()
    // An order today, so the last 30 days have a bar.
    const acme = await loginBuyer("buyer@acme.test")
    const [sku] = await stockedSkus(1, 40)
    const cart = await api("POST", "/store/ordo/quick-order", { token: acme, body: { text: `${sku} 2` } })
    const placed = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
      token: acme,
      body: { address_id: await buyerAddressId(acme), po_number: `E2E-RPT-${Date.now()}` },
    })
    expect(placed.status, JSON.stringify(placed.body)).toBe(200)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("shows the sales chart and exports what is on screen as CSV", async () => {
    const page = await adminPage(browser)
    try {
      await page.goto(`${stack().backendUrl}/app/reports`)
      await page.getByRole("heading", { name: "Reports", level: 1 }).waitFor({ timeout: 30_000 })
      await page
        .getByTestId("report-chart")
        .first()
        .locator("svg.recharts-surface")
        .first()
        .waitFor({ timeout: 15_000 })
      await page.getByLabel("Break down by").selectOption("channel")
      await page.getByRole("heading", { name: "Sales by channel" }).waitFor({ timeout: 15_000 })
      await expect.poll(() => page.getByTestId("report-chart").count()).toBe(2)
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("reports-export-csv").click(),
      ])
      const csv = readFileSync((await download.path()) as string, "utf8")
      expect(csv).toMatch(/^Sales CNY/)
      expect(csv).toContain("Period,Orders,Quantity,Net sales,Cost,Gross profit,Margin %,Average order")
      expect(csv).toMatch(/\nTotal,[1-9]/)
      await shot(page, "reports-en.png")
      await page.getByLabel("Report", { exact: true }).selectOption("receivables-by-rep")
      await page.getByRole("heading", { name: "Receivables by rep" }).waitFor({ timeout: 15_000 })
      await shot(page, "reports-receivables-en.png")
      await shot(page, "reports-en-390.png", 390)
      // On a phone the page itself never scrolls sideways: tables scroll inside their cards.
      await page.setViewportSize({ width: 390, height: 900 })
      await page.waitForTimeout(400)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    } finally {
      await page.context().close()
    }
  })

  it("shows Reports in Chinese, and on a phone", async () => {
    const page = await adminPage(browser, { lang: "zhCN" })
    try {
      await page.goto(`${stack().backendUrl}/app/reports`)
      await page.getByRole("heading", { name: "报表", level: 1 }).waitFor({ timeout: 30_000 })
      await page
        .getByTestId("report-chart")
        .first()
        .locator("svg.recharts-surface")
        .first()
        .waitFor({ timeout: 15_000 })
      await page.getByLabel("报表", { exact: true }).selectOption("products")
      await page.getByRole("heading", { name: "畅销产品" }).waitFor({ timeout: 15_000 })
      await shot(page, "reports-zh.png")
      await shot(page, "reports-zh-390.png", 390)
    } finally {
      await page.context().close()
    }
  })
})
