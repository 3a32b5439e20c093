import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Browser, Page, Response } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { api, loginAdmin, stack } from "../../../tests/support/api"
import { sql } from "../../../tests/support/db"
import { adminPage, launchChromium } from "./browser"

const shots = join(__dirname, "../../../.ordo/screenshots")
const isPost = (r: Response, path: string) => r.request().method() === "POST" && new URL(r.url()).pathname === path
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

/** The whole screen: the dashboard scrolls inside its own pane, so the window grows until nothing scrolls. */
async function shoot(page: Page, file: string) {
  const size = page.viewportSize() ?? { width: 1280, height: 900 }
  let height = size.height
  for (let i = 0; i < 5; i++) {
    const hidden = await page.evaluate(() =>
      Math.max(
        0,
        ...[...document.querySelectorAll("*")]
          .filter((e) => /auto|scroll/.test(getComputedStyle(e).overflowY))
          .map((e) => e.scrollHeight - e.clientHeight),
      ),
    )
    if (hidden <= 0 || height >= 5000) break
    height = Math.min(height + hidden, 5000)
    await page.setViewportSize({ width: size.width, height })
  }
  await page.screenshot({ path: join(shots, file), fullPage: true })
  await page.setViewportSize(size)
}

const HEADER =
  "order_number,order_date,email,customer_name,company,sku,quantity,unit_price,currency,shipping,address1,city,postal_code,country_code"

describe("orders by file in the admin: a File source connected through the form, a CSV previewed with its bad row, imported, found in All orders", () => {
  const run = Date.now().toString(36).toUpperCase()
  const name = `Distributor sheet ${run}`
  const numbers = [`F1-${run}`, `F2-${run}`, `F3-${run}`] as const
  const csvPath = join(tmpdir(), `ordo-e2e-orders-${run}.csv`)
  let browser: Browser
  let page: Page
  let seedSku: string
  let location: string
  let connectionId: string

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    const [stocked] = await sql(
      `select i.sku, s.name as location from inventory_item i
        join inventory_level l on l.inventory_item_id = i.id and l.deleted_at is null
        join stock_location s on s.id = l.location_id and s.deleted_at is null
        where i.deleted_at is null and i.sku not like 'TEST-%' and l.stocked_quantity - l.reserved_quantity >= 50
        order by i.sku limit 1`,
    )
    if (!stocked) throw new Error("the seed has no SKU with 50 units in stock")
    ;({ sku: seedSku, location } = stocked)
    const row = (n: string, qty: string) =>
      `${n},2026-11-30 10:00,buyer.${n.toLowerCase()}@example.com,Buyer ${n},Example Trading,${seedSku},${qty},12.50,USD,0,1 Main St,Springfield,12345,US`
    // Three orders; the second has a row whose quantity is a word, so the whole order is left out.
    writeFileSync(
      csvPath,
      [HEADER, row(numbers[0], "1"), row(numbers[1], "1"), row(numbers[1], "two"), row(numbers[2], "2")].join("\n"),
    )
    browser = await launchChromium()
    page = await adminPage(browser)
  })

  afterAll(async () => {
    rmSync(csvPath, { force: true })
    await page?.context().close()
    await browser?.close()
  })

  it("connects a File source through the form: no credentials, no test, no safety stock", async () => {
    await page.goto(`${stack().backendUrl}/app/channels`)
    await page.getByRole("heading", { name: "Marketplaces" }).waitFor({ timeout: 30_000 })
    await page.getByTestId("channels-connect").click()
    await page.locator("#connect-type").selectOption("file")
    await page.getByLabel("Name", { exact: true }).fill(name)
    await page.getByLabel("Currency", { exact: true }).fill("USD")
    await page.getByLabel("Ships from (stock location)").fill(location.slice(0, 5))
    await page.getByTestId("location-option").filter({ hasText: location }).click()
    await page.getByLabel("Dates without a time zone are (optional)").fill("+08:00")
    expect(await page.getByLabel("Safety stock").count()).toBe(0)
    expect(await page.getByRole("button", { name: "Test connection" }).count()).toBe(0)
    await page.screenshot({ path: join(shots, "marketplace-connect-file-en.png") })
    const connected = page.waitForResponse((r) => isPost(r, "/admin/ordo/channels"))
    await page.getByRole("button", { name: "Connect", exact: true }).click()
    const answer = await connected
    expect(answer.status(), await answer.text()).toBe(201)
    const created = await answer.json()
    connectionId = created.channel.id
    expect(created.channel).toMatchObject({ type: "file", config: { utc_offset: "+08:00" } })
    expect(created.channel.config.currency_code.toUpperCase()).toBe("USD")
    await page.waitForURL((u) => u.pathname.endsWith(`/channels/${connectionId}`))
    await page.getByRole("heading", { name }).waitFor()
    await page.getByTestId("import-panel").waitFor()
    // A file has nothing to sync and no webhook.
    expect(await page.getByTestId("channel-sync").count()).toBe(0)
    expect(await page.getByLabel("Webhook URL").count()).toBe(0)
  })

  it("the template downloads as CSV with the generic columns", async () => {
    const href = await page.getByTestId("import-template").getAttribute("href")
    const r = await page.request.get(String(href))
    expect(r.status()).toBe(200)
    expect(r.headers()["content-type"]).toMatch(/^text\/csv/)
    expect(r.headers()["content-disposition"]).toBe('attachment; filename="ordo-orders-template.csv"')
    expect((await r.text()).split(/\r?\n/)[0]).toContain("order_number,order_date,email")
  })

  it("previews the file: the bad row is named by its column and 2 orders remain", async () => {
    const previewed = page.waitForResponse((r) => isPost(r, `/admin/ordo/channels/${connectionId}/imports/preview`))
    await page.getByTestId("import-file").setInputFiles(csvPath)
    expect((await previewed).status()).toBe(200)
    const preview = page.getByTestId("import-preview")
    await preview
      .getByTestId("import-preview-summary")
      .getByText(/^2 orders; 1 order left out/)
      .waitFor()
    const error = preview.getByTestId("import-error")
    await expect.poll(() => error.count()).toBe(1)
    expect(await error.textContent()).toContain("quantity")
    expect(await preview.getByTestId("import-count-rows").textContent()).toContain("4")
    expect(await preview.getByTestId("import-count-new").textContent()).toContain("2")
    expect(await preview.getByTestId("import-sample-order").count()).toBe(2)
    await shoot(page, "marketplace-file-preview-en.png")
  })

  it("imports: the progress reaches done with 2 imported", async () => {
    const started = page.waitForResponse((r) => isPost(r, `/admin/ordo/channels/${connectionId}/imports`))
    await page.getByRole("button", { name: "Import 2 orders" }).click()
    expect((await started).status()).toBe(202)
    const progress = page.locator("[data-testid=import-progress][data-status=done]")
    await progress.waitFor({ timeout: 120_000 })
    expect(await progress.getByTestId("import-outcomes").textContent()).toMatch(/^2 imported, 0 exceptions/)
    expect(await progress.getByTestId("import-processed").textContent()).toBe("2 of 2 orders")
    await page.getByTestId("import-row").first().getByText("Done").waitFor({ timeout: 30_000 })
    await shoot(page, "marketplace-file-done-en.png")
  })

  it("both orders are in All orders, found by their number; the one with the bad row is not", async () => {
    for (const number of [numbers[0], numbers[2]]) {
      await page.goto(`${stack().backendUrl}/app/order-desk?q=${encodeURIComponent(number)}`)
      const row = page.getByTestId("desk-order")
      await row.first().waitFor({ timeout: 30_000 })
      await expect.poll(() => row.count()).toBe(1)
      expect(await row.getByTestId("desk-external").textContent()).toBe(number)
      expect(await row.textContent()).toContain(name)
    }
    const left = await api("GET", `/admin/ordo/channels/${connectionId}/orders?limit=50`, { token: await loginAdmin() })
    expect(left.body.channel_orders.map((o: any) => o.external_number).sort()).toEqual([numbers[0], numbers[2]].sort())
  })

  it("the screens in English and Chinese, on a desktop and on a phone", async () => {
    for (const l of [
      { tag: "en", lang: undefined, nothingNew: "Every order in this file was imported before." },
      { tag: "zh", lang: "zhCN", nothingNew: "此文件中的订单都已导入过。" },
    ]) {
      const p = await adminPage(browser, { lang: l.lang })
      try {
        await p.goto(`${stack().backendUrl}/app/channels/${connectionId}`)
        await p.getByTestId("import-row").first().waitFor({ timeout: 30_000 })
        // The same file again: its orders were imported, nothing new to import.
        await p.getByTestId("import-file").setInputFiles(csvPath)
        await p.getByText(l.nothingNew).waitFor()
        expect(await p.getByTestId("import-start").isDisabled()).toBe(true)
        await shoot(p, `marketplace-file-${l.tag}.png`)
        await p.setViewportSize({ width: 390, height: 844 })
        await p.getByText(l.nothingNew).waitFor()
        await shoot(p, `marketplace-file-${l.tag}-390.png`)
        expect(await fitsWidth(p)).toBeLessThanOrEqual(390)
        await p.goto(`${stack().backendUrl}/app/channels`)
        await p.getByTestId("channels-connect").click()
        await p.locator("#connect-type").selectOption("file")
        await p.locator("#connect-utc_offset").waitFor()
        await p.screenshot({ path: join(shots, `marketplace-connect-file-${l.tag}-390.png`) })
        await p.locator("#connect-type").selectOption("shopify")
        await p.locator("#connect-location_id").waitFor()
        await shoot(p, `marketplace-connect-shopify-${l.tag}-390.png`)
        await p.setViewportSize({ width: 1280, height: 900 })
        await p.locator("#connect-type").selectOption("amazon")
        await p.locator("#connect-seller_id").waitFor()
        await p.screenshot({ path: join(shots, `marketplace-connect-amazon-${l.tag}.png`) })
      } finally {
        await p.context().close()
      }
    }
  })
})
