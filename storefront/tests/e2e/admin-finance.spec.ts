import { mkdirSync } from "node:fs"
import { join } from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { api, buyerAddressId, loginAdmin, loginBuyer, stack } from "../../../tests/support/api"
import { stockedSkus } from "../../../tests/support/db"
import { adminPage, launchChromium, signedInPage } from "./browser"

const shots = process.env.ORDO_FINANCE_SHOTS ?? join(__dirname, "../../../.ordo/screenshots")

async function placeOrder(token: string, text: string, po: string) {
  const cart = await api("POST", "/store/ordo/quick-order", { token, body: { text } })
  const placed = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
    token,
    body: { address_id: await buyerAddressId(token), po_number: po },
  })
  expect(placed.status, JSON.stringify(placed.body)).toBe(200)
  return placed.body.order as { id: string; display_id: number }
}

const posted = (page: Page, path: RegExp | string) =>
  page.waitForResponse(
    (r) =>
      r.request().method() === "POST" &&
      (typeof path === "string" ? new URL(r.url()).pathname === path : path.test(new URL(r.url()).pathname)),
  )

/** The whole screen: Medusa's admin scrolls inside its frame, so the shot is taken in a tall window. */
async function shot(page: Page, name: string, width = 1280) {
  const before = page.viewportSize()
  await page.setViewportSize({ width, height: 3600 })
  await page.waitForTimeout(400)
  await page.screenshot({ path: join(shots, name), fullPage: true })
  if (before) await page.setViewportSize(before)
}

/** The page must not scroll sideways beyond its own tables (which scroll inside their cards). */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

describe("finance screens in the admin: receivables and the company 360, in English and Chinese", () => {
  let browser: Browser
  let staff: string
  let acme: string
  let acmeId: string
  let sku: string
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    browser = await launchChromium()
    ;[staff, acme] = await Promise.all([loginAdmin(), loginBuyer("buyer@acme.test")])
    acmeId = (await api("GET", "/store/ordo/company", { token: acme })).body.company.id
    sku = (await stockedSkus(1, 40))[0] as string
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("finds an invoice by PO, filters it by status and reverses its payment with a reason", async () => {
    const po = `E2E-FIN-${Date.now()}`
    const order = await placeOrder(acme, `${sku} 2`, po)
    const inv = (await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: order.id } })).body.invoice
    const reference = `SLIP-${Date.now()}`
    const paid = await api("POST", "/admin/ordo/payments", {
      token: staff,
      body: {
        company_id: acmeId,
        amount: inv.total,
        method: "bank_transfer",
        reference,
        allocations: [{ invoice_id: inv.id, amount: inv.total }],
      },
    })
    expect(paid.status).toBe(201)
    const page = await adminPage(browser)
    try {
      await page.goto(`${stack().backendUrl}/app/receivables`)
      await page.getByRole("heading", { name: "Receivables", level: 1 }).waitFor({ timeout: 30_000 })
      const rows = page.getByTestId("admin-invoice-row")
      await page.getByLabel("Search").fill(po)
      await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1)
      const row = page.locator(`[data-testid=admin-invoice-row][data-number="${inv.number}"]`)
      expect(await row.getByTestId("invoice-order-link").textContent()).toBe(`#${order.display_id}`)
      expect(await row.getByTestId("invoice-order-link").getAttribute("href")).toContain(`/orders/${order.id}`)
      expect(await row.getByRole("link", { name: inv.number }).getAttribute("href")).toBe(
        `/admin/ordo/invoices/${inv.id}/pdf`,
      )
      expect(await row.textContent()).toContain(po)
      expect(await row.getByTestId("invoice-status").textContent()).toBe("Paid")

      // Open invoices do not include it; paid ones do.
      await page.locator("#invoice-status").selectOption("open")
      await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(0)
      await page.getByText("No invoices found.").waitFor()
      await page.locator("#invoice-status").selectOption("paid")
      await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1)
      await shot(page, "finance-receivables-en.png")

      const payment = page.locator(`[data-testid=payment-row][data-reference="${reference}"]`)
      await payment.waitFor()
      expect(await payment.textContent()).toContain(inv.number)
      await payment.getByTestId("payment-reverse").click()
      const next = payment.getByTestId("payment-reverse-next")
      expect(await next.isDisabled()).toBe(true)
      await payment.getByLabel("Reason for reversing").fill("cheque bounced")
      await next.click()
      const reversed = posted(page, `/admin/ordo/payments/${paid.body.payment.id}/reverse`)
      await payment.getByTestId("payment-reverse-confirm").click()
      expect((await reversed).status()).toBe(200)
      await page.getByText(/Payment of .* reversed/).waitFor()
      await shot(page, "finance-receivables-reversed-en.png")
      const after = (await api("GET", `/admin/ordo/invoices/${inv.id}`, { token: staff })).body.invoice
      expect(after.status).toBe("issued")
      // The status filter follows: the invoice is open again.
      await page.locator("#invoice-status").selectOption("open")
      await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1)
    } finally {
      await page.context().close()
    }
  })

  it("records a payment with its date from the labelled form and says so", async () => {
    const page = await adminPage(browser)
    try {
      await page.goto(`${stack().backendUrl}/app/receivables`)
      await page.getByLabel("Payment date").waitFor({ timeout: 30_000 })
      await page.locator("#payment-company").selectOption(acmeId)
      await page.getByLabel("Amount", { exact: true }).fill("0.50")
      await page.getByLabel("Method").selectOption("cash")
      const reference = `E2E-CASH-${Date.now()}`
      await page.getByLabel(/^Reference/).fill(reference)
      await page.getByLabel("Payment date").fill("2026-11-20")
      const saved = posted(page, "/admin/ordo/payments")
      await page.getByRole("button", { name: "Record payment" }).click()
      expect((await saved).status()).toBe(201)
      await page.getByText(/Payment recorded/).waitFor()
      const payments = (await api("GET", `/admin/ordo/payments?company_id=${acmeId}`, { token: staff })).body.payments
      expect(payments.find((p: any) => p.reference === reference).received_at).toMatch(/^2026-11-20/)
      await page.setViewportSize({ width: 390, height: 844 })
      await shot(page, "finance-receivables-en-390.png", 390)
    } finally {
      await page.context().close()
    }
  })

  it("shows Receivables in Chinese, and on a phone", async () => {
    const page = await adminPage(browser, { lang: "zhCN" })
    try {
      await page.goto(`${stack().backendUrl}/app/receivables`)
      await page.getByRole("heading", { name: "应收账款", level: 1 }).waitFor({ timeout: 30_000 })
      await page.getByRole("columnheader", { name: "采购单号" }).waitFor()
      await page.getByRole("heading", { name: "收款记录" }).waitFor()
      await page.getByLabel("收款日期").waitFor()
      await page.getByRole("button", { name: "登记收款" }).waitFor()
      await shot(page, "finance-receivables-zh.png")
      await page.setViewportSize({ width: 390, height: 844 })
      await shot(page, "finance-receivables-zh-390.png", 390)
    } finally {
      await page.context().close()
    }
  })

  it("the company page: invoice an order by hand, issue a credit note, apply credit, read the statement", async () => {
    const po = `E2E-360-${Date.now()}`
    const order = await placeOrder(acme, `${sku} 3`, po)
    const page = await adminPage(browser)
    try {
      await page.goto(`${stack().backendUrl}/app/companies/${acmeId}`)
      const orderRow = page.locator(`[data-testid=company-order-row][data-display-id="${order.display_id}"]`)
      await orderRow.waitFor({ timeout: 30_000 })
      await page.getByTestId("credit-summary").waitFor()
      expect(await page.getByTestId("credit-summary").textContent()).toMatch(/Credit limit.*Used.*Available/)
      expect(await orderRow.textContent()).toContain(po)
      const invoiced = posted(page, "/admin/ordo/invoices")
      await orderRow.getByTestId("invoice-order").click()
      const issued = await invoiced
      expect(issued.status()).toBe(201)
      const inv = (await issued.json()).invoice
      await orderRow.getByText("Invoiced").waitFor()
      await page.getByText(`Invoice ${inv.number} issued for order #${order.display_id}.`).waitFor()

      const invRow = page.locator(`[data-testid=company-invoice-row][data-number="${inv.number}"]`)
      await invRow.getByTestId("credit-note-open").click()
      await invRow.getByLabel("Reason").fill("one returned")
      await invRow.getByLabel(/Lines to credit/).fill(`${sku} 1`)
      const noted = posted(page, `/admin/ordo/invoices/${inv.id}/credit-notes`)
      await invRow.getByTestId("credit-note-submit").click()
      const note = await noted
      expect(note.status()).toBe(201)
      const cn = (await note.json()).credit_note
      await page.locator(`[data-testid=credit-note-row][data-number="${cn.number}"]`).waitFor()
      expect(await page.locator(`[data-testid=credit-note-row][data-number="${cn.number}"]`).textContent()).toContain(
        inv.number,
      )

      // 2.00 received, 1.00 of it on this invoice: the other 1.00 is credit, applied here by hand.
      const reference = `E2E-CREDIT-${Date.now()}`
      const pay = await api("POST", "/admin/ordo/payments", {
        token: staff,
        body: {
          company_id: acmeId,
          amount: "2.00",
          method: "bank_transfer",
          reference,
          allocations: [{ invoice_id: inv.id, amount: "1.00" }],
        },
      })
      expect(pay.status).toBe(201)
      await page.reload()
      await page.getByTestId("apply-credit").waitFor({ timeout: 30_000 })
      await page.locator("#apply-payment").selectOption(`payment:${pay.body.payment.id}`)
      await page.locator("#apply-invoice").selectOption(inv.id)
      await page.locator("#apply-amount").fill("1.00")
      const applied = posted(page, `/admin/ordo/payments/${pay.body.payment.id}/apply`)
      await page.getByTestId("apply-credit-submit").click()
      expect((await applied).status()).toBe(200)
      await page.getByText(`1.00 CNY of credit applied to ${inv.number}.`).waitFor()
      const payment = (
        await api("GET", `/admin/ordo/payments?company_id=${acmeId}`, { token: staff })
      ).body.payments.find((p: any) => p.id === pay.body.payment.id)
      expect(Number(payment.unallocated)).toBe(0)

      // The statement lists this invoice and credit note; its PDF and CSV download for the period.
      const statement = page.getByTestId("company-statement")
      await statement.getByText(inv.number).first().waitFor()
      expect(await statement.textContent()).toContain(cn.number)
      const pdfHref = (await page.getByTestId("statement-pdf").getAttribute("href")) as string
      expect(pdfHref).toContain("format=pdf")
      const pdf = await page.request.get(`${stack().backendUrl}${pdfHref}`)
      expect(pdf.headers()["content-type"]).toMatch(/application\/pdf/)
      const csv = await page.request.get(
        `${stack().backendUrl}${await page.getByTestId("statement-csv").getAttribute("href")}`,
      )
      expect(await csv.text()).toContain(inv.number)
      await shot(page, "finance-company-en.png")
    } finally {
      await page.context().close()
    }
  })

  it("the company page in Chinese, and on a phone", async () => {
    const page = await adminPage(browser, { lang: "zhCN" })
    try {
      await page.goto(`${stack().backendUrl}/app/companies/${acmeId}`)
      await page.getByRole("heading", { name: "对账单" }).waitFor({ timeout: 30_000 })
      await page.getByRole("heading", { name: "订单", exact: true }).waitFor()
      await page.getByRole("heading", { name: "红字发票（贷项通知单）" }).waitFor()
      await page.getByText("可用", { exact: true }).waitFor()
      await page.getByRole("button", { name: "下载 PDF" }).waitFor()
      await shot(page, "finance-company-zh.png")
      await page.setViewportSize({ width: 390, height: 844 })
      await shot(page, "finance-company-zh-390.png", 390)
      expect(await pageWidth(page)).toBeLessThanOrEqual(390 + 1)
    } finally {
      await page.context().close()
    }
  })

  it("the buyer's invoice page shows order, PO, both parties, bank details and VAT, in both languages and on a phone", async () => {
    const po = `E2E-INV-PAGE-${Date.now()}`
    const order = await placeOrder(acme, `${sku} 4`, po)
    const inv = (await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: order.id } })).body.invoice
    const { context, page } = await signedInPage(browser, "buyer@acme.test")
    try {
      for (const lang of ["en", "zh-CN"]) {
        await context.addCookies([{ name: "lang", value: lang, url: stack().storefrontUrl }])
        await page.setViewportSize({ width: 1280, height: 900 })
        await page.goto(`${stack().storefrontUrl}/invoices/${inv.id}`)
        await page.getByTestId("invoice-number").waitFor()
        expect(await page.getByTestId("invoice-order").textContent()).toBe(`#${order.display_id}`)
        expect(await page.getByTestId("invoice-po").textContent()).toBe(po)
        expect(await page.getByTestId("seller-tax-id").textContent()).toBe("91310115MA1K4ORD0X")
        expect(await page.getByTestId("seller-bank-account").textContent()).toBe("1001 2345 0900 1234 567")
        const summary = (await page.getByTestId("invoice-summary").textContent()) ?? ""
        expect(summary).toContain(lang === "en" ? "Total (incl. VAT)" : "价税合计（含增值税）")
        expect(await page.content()).not.toMatch(/STRIPE|_KEY/)
        await page.screenshot({ path: join(shots, `finance-invoice-${lang}.png`), fullPage: true })
        await page.setViewportSize({ width: 390, height: 844 })
        await page.screenshot({ path: join(shots, `finance-invoice-${lang}-390.png`), fullPage: true })
        // The parties block fits the phone (the site's navigation is another slice's work).
        const box = await page.getByTestId("invoice-parties").boundingBox()
        expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(391)
      }
    } finally {
      await context.close()
    }
  })
})
