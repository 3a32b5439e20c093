import { mkdirSync } from "node:fs"
import { join } from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { stack } from "../../../tests/support/api"
import { adminPage, launchChromium } from "./browser"

const shots = process.env.ORDO_DASHBOARD_SHOTS ?? join(__dirname, "../../../.ordo/screenshots/dashboard")

/** The whole screen: Medusa's admin scrolls inside its frame, so the shot is taken in a tall window. */
async function shot(page: Page, name: string, width: number) {
  const before = page.viewportSize()
  await page.setViewportSize({ width, height: 2600 })
  await page.waitForTimeout(400)
  await page.screenshot({ path: join(shots, name), fullPage: true })
  if (before) await page.setViewportSize(before)
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

describe("the dashboard in the admin: figures that click through, in English and Chinese, and on the home page", () => {
  let browser: Browser
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("shows the dashboard first in Ordo's pages, in English, and a figure opens the list behind it", async () => {
    const page = await adminPage(browser)
    await page.goto(`${stack().backendUrl}/app/dashboard`)
    await page.getByTestId("fig-waiting-shipment").waitFor({ timeout: 30_000 })
    expect(await page.getByRole("heading", { level: 1 }).first().textContent()).toBe("Dashboard")
    await page.getByTestId("dashboard-sales").waitFor()
    expect(await page.getByTestId("fig-sales").textContent()).toContain("Sales (net)")
    await shot(page, "dashboard-en-desktop.png", 1280)
    // The figure is a link to the order desk filtered to what it counts.
    expect(await page.getByTestId("fig-waiting-approval").getAttribute("href")).toBe(
      "/app/order-desk?status=requires_approval",
    )
    await page.getByTestId("fig-waiting-approval").click()
    await page.waitForURL(
      (u) => u.pathname.endsWith("/order-desk") && u.searchParams.get("status") === "requires_approval",
    )
    expect(await page.locator("#desk-status").inputValue()).toBe("requires_approval")
    await page.close()
  })

  it("reads in Chinese and fits a 390 px phone", async () => {
    const page = await adminPage(browser, { lang: "zhCN" })
    await page.goto(`${stack().backendUrl}/app/dashboard`)
    await page.getByTestId("fig-waiting-shipment").waitFor({ timeout: 30_000 })
    expect(await page.getByRole("heading", { level: 1 }).first().textContent()).toBe("仪表盘")
    expect(await page.getByTestId("fig-waiting-shipment").textContent()).toContain("待发货")
    await shot(page, "dashboard-zh-desktop.png", 1280)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForTimeout(400)
    expect(await pageWidth(page)).toBeLessThanOrEqual(390)
    await shot(page, "dashboard-zh-390.png", 390)
    await page.close()
    const en = await adminPage(browser, { viewport: { width: 390, height: 844 } })
    await en.goto(`${stack().backendUrl}/app/dashboard`)
    await en.getByTestId("fig-waiting-shipment").waitFor({ timeout: 30_000 })
    expect(await pageWidth(en)).toBeLessThanOrEqual(390)
    await shot(en, "dashboard-en-390.png", 390)
    await en.close()
  })

  it("puts the key figures on the admin home (the orders list) with the way to the dashboard", async () => {
    const page = await adminPage(browser)
    await page.goto(`${stack().backendUrl}/app/orders`)
    await page.getByTestId("dashboard-widget").waitFor({ timeout: 30_000 })
    expect(await page.getByTestId("widget-waiting-shipment").getAttribute("href")).toBe(
      "/app/order-desk?shipping=not_shipped",
    )
    await shot(page, "home-widget-en-desktop.png", 1280)
    await page.setViewportSize({ width: 390, height: 844 })
    await shot(page, "home-widget-en-390.png", 390)
    await page.getByTestId("dashboard-widget-open").click()
    await page.waitForURL((u) => u.pathname.endsWith("/dashboard"))
    await page.getByTestId("dashboard").waitFor()
    await page.close()
  })
})
