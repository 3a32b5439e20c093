import { mkdirSync } from "node:fs"
import { join } from "node:path"
import type { Browser, Page, Response } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { api, loginAdmin, stack } from "../../../tests/support/api"
import { sql } from "../../../tests/support/db"
// @ts-expect-error plain ESM test helper
import { startFakeAmazon } from "../../../tests/support/fake-amazon.mjs"
// @ts-expect-error plain ESM test helper
import { buildShopifyOrder, startFakeShopify } from "../../../tests/support/fake-shopify.mjs"
import { adminPage, launchChromium } from "./browser"

const shots = join(__dirname, "../../../.ordo/screenshots")
const SHOP = "ordo-e2e.myshopify.com"
const SECRET = "shopify-webhook-secret-for-e2e"
/** The fake store's one location (its orders are assigned to it; stock is set there). */
const SHOPIFY_LOCATION = "655441491"

const isPost = (r: Response, path: string) => r.request().method() === "POST" && new URL(r.url()).pathname === path

/** The page is no wider than the phone: nothing to scroll sideways. */
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

describe("marketplaces in the admin: a Shopify store connected through the form, synced, its exception resolved", () => {
  const run = Date.now().toString(36).toUpperCase()
  const name = `Shopify E2E ${run}`
  const knownNumber = `#${run}1`
  const unknownNumber = `#${run}2`
  const unknownSku = `E2E-UNKNOWN-${run}`
  // Our own Shopify ids: the helper's counter restarts in every file, and another file's orders
  // with the same ids would then look like ours (and ours like theirs).
  const idBase = BigInt(Date.now()) * 1000n
  const shopifyId = (n: number) => String(idBase + BigInt(n))
  let browser: Browser
  let page: Page
  let shopify: any
  let seedSku: string
  let location: string
  let connectionId: string

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    // A seed SKU and a stock location holding plenty of it: the connection ships from there.
    const [stocked] = await sql(
      `select i.sku, s.name as location from inventory_item i
        join inventory_level l on l.inventory_item_id = i.id and l.deleted_at is null
        join stock_location s on s.id = l.location_id and s.deleted_at is null
        where i.deleted_at is null and i.sku not like 'TEST-%' and l.stocked_quantity - l.reserved_quantity >= 50
        order by i.sku limit 1`,
    )
    if (!stocked) throw new Error("the seed has no SKU with 50 units in stock")
    ;({ sku: seedSku, location } = stocked)
    shopify = await startFakeShopify(undefined, 0, { shopDomain: SHOP })
    browser = await launchChromium()
    page = await adminPage(browser)
  })

  afterAll(async () => {
    // Paused, the five-minute poll leaves it alone once its fake store is gone.
    if (connectionId)
      await api("POST", `/admin/ordo/channels/${connectionId}`, {
        token: await loginAdmin(),
        body: { status: "paused" },
      })
    await page?.context().close()
    await browser?.close()
    await shopify?.close()
  })

  it("connects the store through the form: a wrong domain is shown on its field, the test names the shop", async () => {
    await page.goto(`${stack().backendUrl}/app/channels`)
    await page.getByRole("heading", { name: "Marketplaces" }).waitFor({ timeout: 30_000 })
    await page.getByTestId("channels-connect").click()
    await page.getByLabel("Name", { exact: true }).fill(name)
    await page.getByLabel("Currency", { exact: true }).fill("USD")
    await page.getByLabel("Ships from (stock location)").fill(location.slice(0, 5))
    await page.getByTestId("location-option").filter({ hasText: location }).click()
    await page.getByLabel("Shop domain").fill("ordo-e2e.example.com")
    await page.getByLabel("Admin API access token").fill("shpat_test_token")
    await page.getByLabel("Webhook signing secret").fill(SECRET)
    await page.getByLabel("API base URL (optional)").fill(shopify.apiBase)
    await page.getByLabel("Location ID").fill(SHOPIFY_LOCATION)

    // The API refuses the domain (400 "config.shop_domain: …"): the message sits under that field.
    const refused = page.waitForResponse((r) => isPost(r, "/admin/ordo/channels/test-connection"))
    await page.getByRole("button", { name: "Test connection" }).click()
    expect((await refused).status()).toBe(400)
    await page.getByText("The store's myshopify.com domain, e.g. acme.myshopify.com.").waitFor()
    expect(await page.getByText(/config\.shop_domain/).count()).toBe(0)
    await page.screenshot({ path: join(shots, "marketplace-connect-error-en.png") })

    await page.getByLabel("Shop domain").fill(SHOP)
    const tested = page.waitForResponse((r) => isPost(r, "/admin/ordo/channels/test-connection"))
    await page.getByRole("button", { name: "Test connection" }).click()
    expect(await (await tested).json()).toMatchObject({ ok: true, shop: { name: "Ordo Test Store", domain: SHOP } })
    await page.locator("[data-testid=connect-test][data-ok=true]").getByText("Connected to Ordo Test Store").waitFor()
    await page.screenshot({ path: join(shots, "marketplace-connect-en.png") })
    // Testing stored nothing.
    const before = await api("GET", "/admin/ordo/channels", { token: await loginAdmin() })
    expect(before.body.channels.some((c: any) => c.name === name)).toBe(false)

    const connected = page.waitForResponse((r) => isPost(r, "/admin/ordo/channels"))
    await page.getByRole("button", { name: "Connect", exact: true }).click()
    const answer = await connected
    const created = await answer.json()
    connectionId = created.channel.id
    expect(JSON.parse(answer.request().postData() ?? "{}").config.location_id).toBe(SHOPIFY_LOCATION)
    await page.waitForURL((u) => u.pathname.endsWith(`/channels/${connectionId}`))
    await page.getByRole("heading", { name }).waitFor()
    await page.getByText(`ships from ${location}`).waitFor()
    expect(await page.getByLabel("Webhook URL").inputValue()).toBe(
      `${stack().backendUrl}/webhooks/shopify/${connectionId}`,
    )
  })

  it("Sync now brings in one order and parks the one with an unknown SKU in the exceptions queue", async () => {
    const recent = new Date(Date.now() - 60_000).toISOString()
    shopify.state.addOrder(
      buildShopifyOrder({
        id: shopifyId(1),
        name: knownNumber,
        lines: [{ id: shopifyId(11), sku: seedSku, title: "Known item", quantity: 1, price: "12.00" }],
        created_at: recent,
        updated_at: recent,
      }),
    )
    shopify.state.addOrder(
      buildShopifyOrder({
        id: shopifyId(2),
        name: unknownNumber,
        lines: [{ id: shopifyId(12), sku: unknownSku, title: "Mystery item", quantity: 2, price: "9.00" }],
        created_at: recent,
        updated_at: recent,
      }),
    )
    const synced = page.waitForResponse((r) => isPost(r, `/admin/ordo/channels/${connectionId}/sync`))
    await page.getByTestId("channel-sync").click()
    expect((await (await synced).json()).sync).toMatchObject({ fetched: 2, outcomes: { imported: 1, exception: 1 } })
    const summary = page.getByTestId("sync-result")
    await summary.getByText("1 imported, 1 exception").waitFor()
    const card = page.getByTestId(`exception-${unknownNumber}`)
    await card.getByText(`Unknown SKU ${unknownSku}: map it to one of our products`).waitFor()
    await expect.poll(() => page.getByTestId("health-exceptions").textContent()).toContain("1")
  })

  it("the screens in English and Chinese, on a desktop and on a phone", async () => {
    const languages = [
      {
        tag: "en",
        lang: undefined,
        title: "Marketplaces",
        reason: `Unknown SKU ${unknownSku}: map it to one of our products`,
        test: "Test connection",
        domain: "The store's myshopify.com domain, e.g. acme.myshopify.com.",
      },
      {
        tag: "zh",
        lang: "zhCN",
        title: "渠道对接",
        reason: `未知 SKU ${unknownSku}：请对应到我们的商品`,
        test: "测试连接",
        domain: "请填写店铺的 myshopify.com 域名，例如 acme.myshopify.com。",
      },
    ]
    for (const l of languages) {
      const p = await adminPage(browser, { lang: l.lang })
      try {
        await p.goto(`${stack().backendUrl}/app/channels`)
        await p.getByRole("heading", { name: l.title }).waitFor({ timeout: 30_000 })
        await p.getByTestId("channel-row").first().waitFor()
        await shoot(p, `marketplace-list-${l.tag}.png`)
        await p.goto(`${stack().backendUrl}/app/channels/${connectionId}`)
        await p.getByText(l.reason).waitFor({ timeout: 30_000 })
        await shoot(p, `marketplace-detail-${l.tag}.png`)
        await p.setViewportSize({ width: 390, height: 844 })
        await p.getByText(l.reason).waitFor()
        await shoot(p, `marketplace-detail-${l.tag}-390.png`)
        expect(await fitsWidth(p)).toBeLessThanOrEqual(390)
        await p.goto(`${stack().backendUrl}/app/channels`)
        await p.getByTestId("channel-card").first().waitFor({ timeout: 30_000 })
        await shoot(p, `marketplace-list-${l.tag}-390.png`)
        expect(await fitsWidth(p)).toBeLessThanOrEqual(390)
        // Nothing filled in: every field the type needs says so, before anything is sent.
        await p.getByTestId("channels-connect").click()
        await p.getByRole("button", { name: l.test }).click()
        await p.getByText(l.domain).waitFor()
        await p.screenshot({ path: join(shots, `marketplace-connect-${l.tag}-390.png`) })
        await p.locator("#connect-type").selectOption("amazon")
        await p.locator("#connect-marketplace_ids").waitFor()
        await p.screenshot({ path: join(shots, `marketplace-connect-amazon-${l.tag}-390.png`) })
      } finally {
        await p.context().close()
      }
    }
  })

  it("maps the unknown SKU to one of our variants: the order is placed, leaves the queue, and the toast names it", async () => {
    const card = page.getByTestId(`exception-${unknownNumber}`)
    await card.getByLabel(`${unknownSku} is our…`).fill(seedSku)
    await card.getByTestId("variant-option").first().waitFor()
    await shoot(page, "marketplace-map-en.png")
    await card.getByTestId("variant-option").filter({ hasText: seedSku }).first().click()
    const resolved = page.waitForResponse((r) => /\/admin\/ordo\/channel-orders\/[^/]+\/resolve$/.test(r.url()))
    await card.getByRole("button", { name: "Map and place" }).click()
    const answer = await resolved
    expect(answer.status(), await answer.text()).toBe(200)
    const body = JSON.parse(answer.request().postData() ?? "{}")
    expect(Object.keys(body.skus)).toEqual([unknownSku])
    expect(body.remember).toBe(true)
    await page.getByText(new RegExp(`${unknownNumber} placed as order #\\d+`)).waitFor()
    await card.waitFor({ state: "detached" })
    await page.getByTestId("exceptions-empty").waitFor()
    await shoot(page, "marketplace-resolved-en.png")
  })

  it("pauses and resumes the connection and keeps back a safety stock", async () => {
    const staff = await loginAdmin()
    const saved = page.waitForResponse((r) => isPost(r, `/admin/ordo/channels/${connectionId}`))
    await page.getByLabel("Safety stock").fill("3")
    await page.getByRole("button", { name: "Save", exact: true }).click()
    expect((await saved).status()).toBe(200)
    await page.getByText("Safety stock saved").waitFor()
    await page.getByRole("button", { name: "Pause", exact: true }).click()
    await page.getByText("Paused: orders that arrive are kept and placed when you resume.").waitFor()
    let r = await api("GET", `/admin/ordo/channels/${connectionId}`, { token: staff })
    expect(r.body.channel).toMatchObject({ status: "paused", safety_stock: 3 })
    await page.getByRole("button", { name: "Resume", exact: true }).click()
    await page.getByRole("button", { name: "Pause", exact: true }).waitFor()
    r = await api("GET", `/admin/ordo/channels/${connectionId}`, { token: staff })
    expect(r.body.channel.status).toBe("enabled")
  })

  it("Stock out: Refresh listings learns the store's listing of our SKU and pushes its stock, less the safety stock", async () => {
    const staff = await loginAdmin()
    shopify.state.addProduct([seedSku], "Known item")
    await page.getByTestId("stock-panel").waitFor()
    const refreshed = page.waitForResponse((r) => isPost(r, `/admin/ordo/channels/${connectionId}/listings`))
    await page.getByRole("button", { name: "Refresh listings" }).click()
    const answer = await refreshed
    expect(answer.status(), await answer.text()).toBe(200)
    expect((await answer.json()).listings).toMatchObject({ created: 1, total: 1 })
    await page.getByText(/^Listings refreshed: 1 in all \(1 new, 0 updated\)/).waitFor()
    const listing = page.getByTestId("stock-listing")
    await listing.filter({ hasText: seedSku }).waitFor()
    // The push goes out in the background: wait for its log line, then look again.
    await expect
      .poll(
        async () => (await api("GET", `/admin/ordo/channels/${connectionId}/pushes`, { token: staff })).body.count,
        {
          timeout: 30_000,
        },
      )
      .toBeGreaterThan(0)
    const [sent] = (await api("GET", `/admin/ordo/channels/${connectionId}/pushes`, { token: staff })).body.pushes
    expect(sent.status, sent.error).toBe("sent")
    await page.reload()
    const push = page.getByTestId("stock-push").first()
    await push.waitFor({ timeout: 30_000 })
    expect(await push.textContent()).toContain(seedSku)
    expect(await push.textContent()).toContain("Sent")
    expect(await page.getByTestId("stock-today").textContent()).toMatch(/^Pushes today[1-9]/)
    const reconciled = page.waitForResponse((r) => isPost(r, `/admin/ordo/channels/${connectionId}/reconcile`))
    await page.getByRole("button", { name: "Reconcile now" }).click()
    expect((await reconciled).status()).toBe(200)
    await page.getByText(/^Reconciled: \d+ drifted, \d+ sent, 0 failed/).waitFor()
    await shoot(page, "marketplace-stock-en.png")
    for (const l of [
      { tag: "en", lang: undefined },
      { tag: "zh", lang: "zhCN" },
    ]) {
      const p = await adminPage(browser, { lang: l.lang, viewport: { width: 390, height: 844 } })
      try {
        await p.goto(`${stack().backendUrl}/app/channels/${connectionId}`)
        await p.getByTestId("stock-push-card").first().waitFor({ timeout: 30_000 })
        await shoot(p, `marketplace-stock-${l.tag}-390.png`)
        expect(await fitsWidth(p)).toBeLessThanOrEqual(390)
        if (l.lang) {
          await p.setViewportSize({ width: 1280, height: 900 })
          await shoot(p, `marketplace-stock-${l.tag}.png`)
        }
      } finally {
        await p.context().close()
      }
    }
  })

  it("both orders are in All orders, found by their marketplace number", async () => {
    for (const number of [knownNumber, unknownNumber]) {
      await page.goto(`${stack().backendUrl}/app/order-desk?q=${encodeURIComponent(number)}`)
      const row = page.getByTestId("desk-order")
      await row.first().waitFor({ timeout: 30_000 })
      await expect.poll(() => row.count()).toBe(1)
      expect(await row.getByTestId("desk-external").textContent()).toBe(number)
      expect(await row.textContent()).toContain(name)
    }
    await page.screenshot({ path: join(shots, "marketplace-order-desk-en.png") })
  })

  it("tests Amazon credentials through the same form: a refused refresh token is shown, the right one names the marketplace", async () => {
    const lwa = { clientId: "amzn1.application-oa2-client.e2e", clientSecret: "e2e-secret", refreshToken: "Atzr|e2e" }
    const amazon = await startFakeAmazon(0, { lwa })
    const p = await adminPage(browser)
    try {
      await p.goto(`${stack().backendUrl}/app/channels`)
      await p.getByTestId("channels-connect").click()
      await p.locator("#connect-type").selectOption("amazon")
      await p.getByLabel("Name", { exact: true }).fill(`Amazon E2E ${run}`)
      await p.getByLabel("Currency", { exact: true }).fill("USD")
      await p.getByLabel("Ships from (stock location)").fill(location.slice(0, 5))
      await p.getByTestId("location-option").filter({ hasText: location }).click()
      await p.getByLabel("LWA client id").fill(lwa.clientId)
      await p.getByLabel("LWA client secret").fill(lwa.clientSecret)
      await p.getByLabel("Refresh token").fill("Atzr|wrong")
      await p.getByLabel("Marketplace ids").fill("ATVPDKIKX0DER")
      await p.getByLabel("Endpoint URL (optional)").fill(amazon.url)
      const refused = p.waitForResponse((r) => isPost(r, "/admin/ordo/channels/test-connection"))
      await p.getByRole("button", { name: "Test connection" }).click()
      expect((await (await refused).json()).ok).toBe(false)
      await p.getByText("The marketplace refused these details").waitFor()
      await p.getByText(/invalid_grant/).waitFor()
      await p.screenshot({ path: join(shots, "marketplace-connect-amazon-refused-en.png") })
      await p.getByLabel("Refresh token").fill(lwa.refreshToken)
      await p.getByRole("button", { name: "Test connection" }).click()
      await p
        .locator("[data-testid=connect-test][data-ok=true]")
        .getByText("Connected to Amazon ATVPDKIKX0DER")
        .waitFor()
      expect(amazon.state.counts.getOrders).toBe(1)
      await p.screenshot({ path: join(shots, "marketplace-connect-amazon-en.png") })
    } finally {
      await p.context().close()
      await amazon.close()
    }
    // Nothing was connected by testing.
    const channels = await api("GET", "/admin/ordo/channels", { token: await loginAdmin() })
    expect(channels.body.channels.some((c: any) => c.name === `Amazon E2E ${run}`)).toBe(false)
  })
})
