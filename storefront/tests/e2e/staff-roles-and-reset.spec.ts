import { mkdirSync } from "node:fs"
import { join } from "node:path"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { api, companyBuyer, loginAdmin, stack, until } from "../../../tests/support/api"
import { sentMails, sql } from "../../../tests/support/db"
import { adminPage, launchChromium } from "./browser"

const shots = join(__dirname, "../../../.ordo/screenshots")

describe("staff roles screen and password reset in the browser", () => {
  let browser: Browser
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("a manager gives the sales user the finance role on the Staff roles screen", async () => {
    const [sales] = await sql("select id from \"user\" where email = 'sales@ordo.test'")
    const page = await adminPage(browser)
    try {
      await page.goto(`${stack().backendUrl}/app/staff-roles`)
      const row = page.getByTestId("staff-row-sales@ordo.test")
      await row.waitFor({ timeout: 30_000 })
      await page.screenshot({ path: join(shots, "staff-roles-en.png"), fullPage: true })
      await row.getByLabel("sales@ordo.test finance").click()
      const saved = page.waitForResponse(
        (r) => r.request().method() === "POST" && new URL(r.url()).pathname === `/admin/ordo/staff/${sales.id}`,
      )
      await row.getByRole("button", { name: "Save" }).click()
      expect((await saved).status()).toBe(200)
      const staff = await api("GET", "/admin/ordo/staff", { token: await loginAdmin() })
      expect(staff.body.staff.find((s: any) => s.email === "sales@ordo.test").roles.sort()).toEqual([
        "finance",
        "sales",
      ])
    } finally {
      await api("POST", `/admin/ordo/staff/${sales.id}`, { token: await loginAdmin(), body: { roles: ["sales"] } })
      await page.context().close()
    }
  })

  it("follows the admin's language (简体中文) and fits a phone", async () => {
    const page = await adminPage(browser, { lang: "zhCN" })
    try {
      await page.goto(`${stack().backendUrl}/app/staff-roles`)
      await page.getByRole("heading", { name: "员工角色" }).waitFor({ timeout: 30_000 })
      await page.getByRole("columnheader", { name: "财务" }).waitFor()
      await page.getByRole("button", { name: "保存" }).first().waitFor()
      await page.screenshot({ path: join(shots, "staff-roles-zh.png"), fullPage: true })
      await page.setViewportSize({ width: 390, height: 844 })
      await page.screenshot({ path: join(shots, "staff-roles-zh-390.png"), fullPage: true })
    } finally {
      await page.context().close()
    }
  })

  it("a buyer who forgot the password resets it from the e-mailed link, in Chinese, on a phone", async () => {
    const email = `reset.${Date.now()}@example.test`
    await companyBuyer(email)
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN" })
    const page = await context.newPage()
    try {
      await page.goto(`${stack().storefrontUrl}/login`)
      await page.getByTestId("login-forgot").click()
      await page.getByTestId("forgot-email").fill(email)
      await page.getByTestId("forgot-submit").click()
      await page.getByTestId("forgot-sent").waitFor()
      await page.screenshot({ path: join(shots, "forgot-sent-390.png"), fullPage: true })
      const mails = await until(
        () => sentMails(),
        (all) => all.some((m) => m.to.includes(email) && m.template === "ordo-password-reset"),
      )
      const body = mails.filter((m) => m.to.includes(email)).at(-1)?.body ?? ""
      const link = new URL(/(http\S+\/reset-password\?\S+)/.exec(body)?.[1] as string)
      await page.goto(`${stack().storefrontUrl}${link.pathname}${link.search}`)
      await page.getByTestId("reset-password").fill("brand-new-pass")
      await page.getByTestId("reset-confirm").fill("brand-new-pass")
      await page.screenshot({ path: join(shots, "reset-390.png"), fullPage: true })
      await Promise.all([page.waitForURL((u) => u.pathname === "/login"), page.getByTestId("reset-submit").click()])
      await page.getByTestId("login-reset-done").waitFor()
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width).toBeLessThanOrEqual(390)
      await page.getByTestId("login-email").fill(email)
      await page.getByTestId("login-password").fill("brand-new-pass")
      await Promise.all([
        page.waitForURL((u) => !u.pathname.startsWith("/login")),
        page.getByTestId("login-submit").click(),
      ])
      // The same link a second time: refused, with a way to ask for a new one.
      await page.goto(`${stack().storefrontUrl}${link.pathname}${link.search}`)
      await page.getByTestId("reset-password").fill("another-pass-1")
      await page.getByTestId("reset-confirm").fill("another-pass-1")
      await page.getByTestId("reset-submit").click()
      await page.getByTestId("reset-error").waitFor()
    } finally {
      await context.close()
    }
  })
})
