import { mkdirSync } from "node:fs"
import { join } from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { api, createStockedProduct, loginAdmin, registerBuyer, stack } from "../../../tests/support/api"
import { adminPage, launchChromium } from "./browser"

const shots = join(__dirname, "../../../.ordo/screenshots/orders")
const PHONE = { width: 390, height: 844 }

/** English words these screens showed before they followed the admin's language. */
const ENGLISH_LEFTOVERS = [
  "All orders",
  "Any status",
  "Approval rules",
  "Add rule",
  "Approve",
  "Reject",
  "Requested by",
  "Waiting for approval",
  "Save new version",
  "Send to buyer",
  "Post message",
  "Last prices paid",
  "Margin",
  "draft",
]

async function noEnglishLeftovers(page: Page, scope = page.locator("main")) {
  const text = (await scope.textContent()) ?? ""
  return ENGLISH_LEFTOVERS.filter((w) => text.includes(w))
}

describe("orders, approvals and quotes in the admin, in English and 简体中文", () => {
  const run = Date.now()
  const po = (x: string) => `E2E-DESK-${x}-${run}`
  let browser: Browser
  let staff: string
  let buyer: Awaited<ReturnType<typeof registerBuyer>>
  let companyId: string
  let scarce: string
  let quoteId: string
  type Placed = { id: string; display_id: number; request: string | null }
  const orders = {} as Record<"WAIT-EN" | "WAIT-ZH" | "REJECTED" | "OPEN", Placed>

  async function place(sku: string, quantity: number, name: keyof typeof orders) {
    const cart = await api("POST", "/store/ordo/quick-order", {
      token: buyer.token,
      body: { text: `${sku} ${quantity}` },
    })
    const r = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
      token: buyer.token,
      body: { address_id: buyer.addressId, po_number: po(name) },
    })
    if (r.status !== 200) throw new Error(`place ${name}: ${r.status} ${JSON.stringify(r.body)}`)
    orders[name] = { id: r.body.order.id, display_id: r.body.order.display_id, request: r.body.approval_request_id }
  }

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    staff = await loginAdmin()
    const company = await api("POST", "/admin/ordo/companies", {
      token: staff,
      body: { legal_name: `E2E Desk ${run}`, currency_code: "cny", locale: "zh-CN" },
    })
    companyId = company.body.company.id
    buyer = await registerBuyer(`e2e.desk.${run}@deskfilters.test`)
    await api("POST", `/admin/ordo/companies/${companyId}/buyers`, {
      token: staff,
      body: { customer_id: buyer.customerId, role: "admin" },
    })
    const sku = `TEST-E2E-DESK-${run}`
    scarce = `TEST-E2E-SCARCE-${run}`
    await createStockedProduct(staff, sku, 5000)
    await createStockedProduct(staff, scarce, 20)
    // Above 50,000 CNY: each waits for the sales manager; one is rejected.
    for (const name of ["WAIT-EN", "WAIT-ZH", "REJECTED"] as const) await place(sku, 600, name)
    await place(sku, 5, "OPEN")
    await api("POST", `/admin/ordo/approvals/${orders.REJECTED.request}/decision`, {
      token: staff,
      body: { decision: "rejected", comment: "Over budget" },
    })
    const quote = await api("POST", "/admin/ordo/quotes", {
      token: staff,
      body: {
        company_id: companyId,
        customer_id: buyer.customerId,
        lines: [
          { sku: scarce, quantity: 50 },
          { sku, quantity: 5 },
        ],
      },
    })
    quoteId = quote.body.quote.id
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("a waiting order shows its PO, a 'waiting for approval' badge and Approve/Reject at the top; approving shows a toast", async () => {
    const page = await adminPage(browser)
    try {
      await page.goto(`${stack().backendUrl}/app/orders/${orders["WAIT-EN"].id}`)
      const card = page.getByTestId("order-ordo-summary")
      await card.getByTestId("admin-approve").waitFor({ timeout: 60_000 })
      expect(await card.getAttribute("data-approval")).toBe("pending")
      expect(await card.getByTestId("order-po").textContent()).toBe(po("WAIT-EN"))
      expect(await card.getByTestId("order-approval-state").textContent()).toBe("Waiting for approval")
      expect(await card.getByTestId("order-approval-line").textContent()).toContain("Sales manager")
      expect(await card.getByTestId("order-entered-by").textContent()).toBe("The buyer")
      // Above Medusa's own cards (the store's default order-page layout puts it first).
      const cardTop = (await card.boundingBox())?.y ?? Number.POSITIVE_INFINITY
      const summary = page.getByRole("heading", { name: "Summary", exact: true }).first()
      expect(cardTop).toBeLessThan((await summary.boundingBox())?.y ?? 0)
      await page.screenshot({ path: join(shots, "order-waiting-en.png"), fullPage: true })
      await page.setViewportSize(PHONE)
      await page.screenshot({ path: join(shots, "order-waiting-en-390.png"), fullPage: true })
      await page.setViewportSize({ width: 1280, height: 900 })

      await card.getByLabel("Comment").fill("Fine for Q4")
      await card.getByTestId("admin-approve").click()
      await page.getByText(`Order #${orders["WAIT-EN"].display_id} approved`).waitFor({ timeout: 30_000 })
      await expect
        .poll(() => card.getByTestId("order-approval-state").getAttribute("data-status"), { timeout: 30_000 })
        .toBe("approved")
      expect(await card.getByTestId("order-approval-line").textContent()).toMatch(/approved by Ordo Admin/i)
      await page.screenshot({ path: join(shots, "order-approved-en.png") })
    } finally {
      await page.context().close()
    }
  })

  it("in Chinese the same card reads 待审批 with 采购单号, 批准 and 驳回", async () => {
    const page = await adminPage(browser, { lang: "zhCN" })
    try {
      await page.goto(`${stack().backendUrl}/app/orders/${orders["WAIT-ZH"].id}`)
      const card = page.getByTestId("order-ordo-summary")
      await card.getByTestId("admin-approve").waitFor({ timeout: 60_000 })
      expect(await card.getByTestId("order-approval-state").textContent()).toBe("待审批")
      await card.getByText("采购单号", { exact: true }).waitFor()
      expect(await card.getByTestId("admin-approve").textContent()).toBe("批准")
      expect(await card.getByTestId("admin-reject").textContent()).toBe("驳回")
      await card.getByLabel("审批意见").waitFor()
      expect(await card.getByTestId("order-approval-line").textContent()).toContain("销售经理")
      await page.getByTestId("order-margin").getByText("毛利").first().waitFor()
      expect(await noEnglishLeftovers(page, card)).toEqual([])
      await page.screenshot({ path: join(shots, "order-waiting-zh.png"), fullPage: true })
      await page.setViewportSize(PHONE)
      await page.screenshot({ path: join(shots, "order-waiting-zh-390.png"), fullPage: true })
    } finally {
      await page.context().close()
    }
  })

  it("All orders filters by status in human words: waiting, rejected (never 'draft'), open", async () => {
    const page = await adminPage(browser)
    try {
      await page.goto(`${stack().backendUrl}/app/order-desk?company_id=${companyId}`)
      const rows = page.getByTestId("desk-order")
      await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(4)
      await page.getByLabel("Status", { exact: true }).selectOption("requires_approval")
      await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(1)
      expect(await rows.first().getByTestId("desk-status").textContent()).toBe("Waiting for approval")
      expect(await rows.first().getByTestId("desk-po").textContent()).toBe(po("WAIT-ZH"))
      await page.getByLabel("Status", { exact: true }).selectOption("rejected")
      await expect
        .poll(() => rows.first().getByTestId("desk-po").textContent(), { timeout: 30_000 })
        .toBe(po("REJECTED"))
      expect(await rows.count()).toBe(1)
      expect(await rows.first().getByTestId("desk-status").textContent()).toBe("Rejected")
      await page.getByLabel("Status", { exact: true }).selectOption("pending")
      await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(2)
      await page.getByLabel("Shipping", { exact: true }).selectOption("not_shipped")
      await expect.poll(() => page.url(), { timeout: 10_000 }).toContain("shipping=not_shipped")
      await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(2)
      await page.screenshot({ path: join(shots, "order-desk-en.png"), fullPage: true })
    } finally {
      await page.context().close()
    }
  })

  it("All orders in Chinese: headings, filters and statuses in Chinese", async () => {
    const page = await adminPage(browser, { lang: "zhCN" })
    try {
      await page.goto(`${stack().backendUrl}/app/order-desk?company_id=${companyId}`)
      await page.getByRole("heading", { name: "全部订单" }).waitFor({ timeout: 60_000 })
      const rows = page.getByTestId("desk-order")
      await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(4)
      await page.getByLabel("订单状态").selectOption("rejected")
      await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(1)
      expect(await rows.first().getByTestId("desk-status").textContent()).toBe("已驳回")
      await page.getByRole("columnheader", { name: "采购单号" }).waitFor()
      await page.getByLabel("付款").waitFor()
      await page.getByLabel("发货").waitFor()
      expect(await noEnglishLeftovers(page)).toEqual([])
      await page.screenshot({ path: join(shots, "order-desk-zh.png"), fullPage: true })
      await page.setViewportSize(PHONE)
      await page.screenshot({ path: join(shots, "order-desk-zh-390.png"), fullPage: true })
    } finally {
      await page.context().close()
    }
  })

  it("approvals, approval rules, the quotes list and a quote follow the admin's language; the quote warns of short stock", async () => {
    for (const lang of ["en", "zhCN"] as const) {
      const zh = lang === "zhCN"
      const page = await adminPage(browser, zh ? { lang } : {})
      try {
        await page.goto(`${stack().backendUrl}/app/approvals`)
        await page.getByRole("heading", { name: zh ? "审批规则" : "Approval rules" }).waitFor({ timeout: 60_000 })
        await page.getByLabel(zh ? "规则名称" : "Rule name").waitFor()
        await page.getByLabel(zh ? "触发条件" : "When").waitFor()
        await page.getByRole("button", { name: zh ? "添加规则" : "Add rule" }).waitFor()
        const waitingPanel = page.getByTestId("admin-approval").filter({ hasText: po("WAIT-ZH") })
        await waitingPanel.getByTestId("admin-approve").waitFor({ timeout: 30_000 })
        if (zh) expect(await noEnglishLeftovers(page)).toEqual([])
        await page.screenshot({ path: join(shots, `approvals-${lang}.png`) })

        await page.goto(`${stack().backendUrl}/app/quotes`)
        await page.getByRole("heading", { name: zh ? "报价单" : "Quotes" }).waitFor({ timeout: 30_000 })
        await page.getByTestId("admin-quote-row").first().waitFor({ timeout: 30_000 })
        await page.getByLabel(zh ? "状态" : "Status").waitFor()
        await page.getByRole("columnheader", { name: zh ? "有效期至" : "Valid until" }).waitFor()
        await page.screenshot({ path: join(shots, `quotes-${lang}.png`) })

        await page.goto(`${stack().backendUrl}/app/quotes/${quoteId}`)
        const warning = page.locator(`[data-testid=quote-stock-warning][data-sku="${scarce}"]`)
        await warning.waitFor({ timeout: 30_000 })
        expect(await page.getByTestId("quote-stock-warning").count()).toBe(1)
        const line = (await warning.textContent()) ?? ""
        expect(line).toContain(scarce)
        expect(line).toMatch(zh ? /报价数量 50，可售库存 20/ : /quoted 50, available 20/)
        await page
          .getByLabel(zh ? "交货期 / 缺货说明（采购方可见）" : "Lead time / backorder note (the buyer sees it)")
          .waitFor()
        await page.getByRole("button", { name: zh ? "发送给采购方" : "Send to buyer" }).waitFor()
        if (zh) expect(await noEnglishLeftovers(page)).toEqual([])
        await page.screenshot({ path: join(shots, `quote-${lang}.png`), fullPage: true })
        if (zh) {
          await page.setViewportSize(PHONE)
          await page.screenshot({ path: join(shots, "quote-zh-390.png"), fullPage: true })
        }
      } finally {
        await page.context().close()
      }
    }
  })

  it("staff send the quote with a lead time note; a toast confirms and the buyer's quote page shows the note", async () => {
    const page = await adminPage(browser)
    try {
      await page.goto(`${stack().backendUrl}/app/quotes/${quoteId}`)
      const note = page.getByLabel("Lead time / backorder note (the buyer sees it)")
      await note.waitFor({ timeout: 60_000 })
      await note.fill("20 ship now, 30 more in 3 weeks")
      await page.getByTestId("send-quote").click()
      await page.getByText(/Quote Q-\d+ sent to the buyer/).waitFor({ timeout: 30_000 })
      await expect
        .poll(() => page.getByTestId("admin-quote-status").getAttribute("data-status"), { timeout: 30_000 })
        .toBe("sent")
      expect(await page.getByTestId("admin-quote-lead-time").textContent()).toContain("30 more in 3 weeks")
      await page.screenshot({ path: join(shots, "quote-sent-en.png") })
    } finally {
      await page.context().close()
    }
    const seen = await api("GET", `/store/ordo/quotes/${quoteId}`, { token: buyer.token })
    expect(seen.body.quote.lead_time_note).toBe("20 ship now, 30 more in 3 weeks")
  })
})
