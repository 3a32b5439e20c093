import { mkdirSync } from "node:fs"
import { join } from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { api, loginAdmin, stack } from "../../../tests/support/api"
import { sql } from "../../../tests/support/db"
import { adminPage, launchChromium } from "./browser"

const shots = process.env.ORDO_REPS_SHOTS ?? join(__dirname, "../../../.ordo/screenshots")

/** The whole screen: Medusa's admin scrolls inside its frame, so the shot is taken in a tall window. */
async function shot(page: Page, name: string, width = 1280) {
  const before = page.viewportSize()
  await page.setViewportSize({ width, height: 2400 })
  await page.waitForTimeout(400)
  await page.screenshot({ path: join(shots, name), fullPage: true })
  if (before) await page.setViewportSize(before)
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

describe("sales reps in the admin: assigning a customer's rep, and the rep on the companies list", () => {
  let browser: Browser
  let companyId: string
  let name: string
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    browser = await launchChromium()
    name = `Rep E2E ${Date.now()}`
    const created = await api("POST", "/admin/ordo/companies", {
      token: await loginAdmin(),
      body: { legal_name: name, currency_code: "cny" },
    })
    expect(created.status).toBe(201)
    companyId = created.body.company.id
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("a manager gives the company to a sales rep on its page, in English, and is told so", async () => {
    const page = await adminPage(browser)
    try {
      await page.goto(`${stack().backendUrl}/app/companies/${companyId}`)
      await page.getByRole("heading", { name: "Sales rep", level: 2 }).waitFor({ timeout: 30_000 })
      await expect.poll(() => page.getByTestId("sales-rep-current").textContent()).toMatch(/Nobody owns/)
      const select = page.getByLabel("Sales rep", { exact: true })
      await select.selectOption({ label: "Xiao Wang" })
      await page.getByTestId("sales-rep-save").click()
      await page.getByText(`${name} now belongs to Xiao Wang`).waitFor({ timeout: 15_000 })
      await expect.poll(() => page.getByTestId("sales-rep-current").textContent()).toBe("Owned by Xiao Wang")
      const [row] = await sql('select u.email from company c join "user" u on u.id = c.sales_rep_id where c.id = $1', [
        companyId,
      ])
      expect(row?.email).toBe("sales@ordo.test")
      await shot(page, "reps-company-en.png")
      await page.setViewportSize({ width: 390, height: 844 })
      await shot(page, "reps-company-en-390.png", 390)
      expect(await pageWidth(page)).toBeLessThanOrEqual(390)
    } finally {
      await page.context().close()
    }
  })

  it("the companies list shows the rep column and the rep filter in Chinese, and on a phone", async () => {
    const page = await adminPage(browser, { lang: "zhCN" })
    try {
      await page.goto(`${stack().backendUrl}/app/companies`)
      await page.getByRole("columnheader", { name: "销售代表" }).waitFor({ timeout: 30_000 })
      await page.getByLabel("客户范围").selectOption({ label: "Xiao Wang" })
      const row = page.getByTestId("company-row").filter({ hasText: name })
      await row.waitFor({ timeout: 15_000 })
      expect(await row.getByTestId("company-rep").textContent()).toBe("Xiao Wang")
      expect(page.url()).toContain("rep=")
      await shot(page, "reps-companies-zh.png")
      await page.setViewportSize({ width: 390, height: 844 })
      await shot(page, "reps-companies-zh-390.png", 390)

      await page.goto(`${stack().backendUrl}/app/receivables`)
      await page.getByRole("heading", { name: "按销售代表的应收账款" }).waitFor({ timeout: 30_000 })
      await shot(page, "reps-receivables-zh.png")
      await page.setViewportSize({ width: 390, height: 844 })
      await shot(page, "reps-receivables-zh-390.png", 390)
    } finally {
      await page.context().close()
    }
  })

  it("a sales rep's list holds them to their own customers", async () => {
    const page = await adminPage(browser, { email: "sales@ordo.test", password: "ordo-staff" })
    try {
      await page.goto(`${stack().backendUrl}/app/companies`)
      await page.getByTestId("companies-rep-held").waitFor({ timeout: 30_000 })
      await page.getByTestId("company-row").filter({ hasText: name }).waitFor({ timeout: 15_000 })
      const reps = await page.getByTestId("company-rep").allTextContents()
      expect(reps.length).toBeGreaterThan(0)
      expect(reps.every((r) => r === "Xiao Wang")).toBe(true)
      await shot(page, "reps-companies-held-en.png")
    } finally {
      await page.context().close()
    }
  })
})
