import { mkdirSync } from "node:fs"
import { join } from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { api, login, loginAdmin, stack } from "../../../tests/support/api"
import { adminPage, launchChromium } from "./browser"

const shots = process.env.ORDO_AUDIT_SHOTS ?? join(__dirname, "../../../.ordo/screenshots")

/** The whole screen: Medusa's admin scrolls inside its frame, so the shot is taken in a tall window. */
async function shot(page: Page, name: string, width = 1280) {
  const before = page.viewportSize()
  await page.setViewportSize({ width, height: 2400 })
  await page.waitForTimeout(400)
  await page.screenshot({ path: join(shots, name), fullPage: true })
  if (before) await page.setViewportSize(before)
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

describe("the audit log screen, in English and Chinese: a finance user's credit change is found", () => {
  let browser: Browser
  let companyId: string
  let companyName: string
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    browser = await launchChromium()
    const [admin, finance] = await Promise.all([loginAdmin(), login("user", "finance@ordo.test", "ordo-staff")])
    companyName = `Audit E2E ${Date.now()}`
    const company = await api("POST", "/admin/ordo/companies", {
      token: admin,
      body: { legal_name: companyName, currency_code: "cny" },
    })
    companyId = company.body.company.id
    for (const credit_limit of ["5000", "7500"]) {
      const r = await api("POST", `/admin/ordo/companies/${companyId}/credit`, {
        token: finance,
        body: { credit_limit },
      })
      expect(r.status, JSON.stringify(r.body)).toBe(200)
    }
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("English: filter by area and record, see who, before → after and the route; the record opens the company", async () => {
    const page = await adminPage(browser, { email: "finance@ordo.test", password: "ordo-staff" })
    try {
      await page.goto(`${stack().backendUrl}/app/audit`)
      await page.getByRole("heading", { name: "Audit log", level: 1 }).waitFor({ timeout: 30_000 })
      await page.getByLabel("Area").selectOption("credit")
      await page.getByLabel("Record id").fill(companyId)
      const rows = page.locator("[data-table=credit_account]")
      await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2)
      const newest = rows.first()
      const text = (await newest.textContent()) ?? ""
      expect(text).toContain("finance@ordo.test")
      expect(text).toMatch(/credit_limit\s*5000\s*→\s*7500/)
      expect(text).toContain("POST /admin/ordo/companies/:id/credit")
      expect(text).toContain("Credit")
      await shot(page, "audit-en.png")
      await page.setViewportSize({ width: 390, height: 844 })
      // On a phone the changes are cards, the whole change readable without scrolling sideways.
      const card = page.getByTestId("audit-card").first()
      await card.waitFor()
      expect(await card.textContent()).toMatch(/credit_limit\s*5000\s*→\s*7500/)
      await shot(page, "audit-en-390.png", 390)
      // The page itself never scrolls sideways: the table scrolls inside its card.
      expect(await pageWidth(page)).toBeLessThanOrEqual(390)
      await page.setViewportSize({ width: 1280, height: 900 })
      await newest.getByTestId("audit-record-link").click()
      await page.waitForURL((u) => u.pathname.endsWith(`/companies/${companyId}`))
    } finally {
      await page.context().close()
    }
  })

  it("Chinese: the same change under 信用, and on a phone", async () => {
    const page = await adminPage(browser, { lang: "zhCN" })
    try {
      await page.goto(`${stack().backendUrl}/app/audit`)
      await page.getByRole("heading", { name: "审计日志", level: 1 }).waitFor({ timeout: 30_000 })
      await page.getByLabel("范围").selectOption("credit")
      await page.getByLabel("记录 ID").fill(companyId)
      const rows = page.locator("[data-table=credit_account]")
      await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2)
      const text = (await rows.first().textContent()) ?? ""
      expect(text).toContain("信用")
      expect(text).toMatch(/5000\s*→\s*7500/)
      await page.getByRole("columnheader", { name: "更改前 → 更改后" }).waitFor()
      await shot(page, "audit-zh.png")
      await page.setViewportSize({ width: 390, height: 844 })
      await page.getByTestId("audit-card").first().waitFor()
      await shot(page, "audit-zh-390.png", 390)
      expect(await pageWidth(page)).toBeLessThanOrEqual(390)
    } finally {
      await page.context().close()
    }
  })
})
