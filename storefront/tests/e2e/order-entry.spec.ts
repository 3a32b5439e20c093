import type { Browser, Page, Response } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { api, loginAdmin, stack } from "../../../tests/support/api"
import { stockedSkus } from "../../../tests/support/db"
import { adminPage, launchChromium } from "./browser"

const isEntry = (r: Response, path: string, method = "GET") =>
  r.request().method() === method && new URL(r.url()).pathname === `/admin/ordo/order-entry${path}`

const focused = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((el) => el === document.activeElement)

describe("staff order entry in the admin: a phone order typed and pasted, placed, entered by the staff member", () => {
  let browser: Browser
  let staff: Page
  let typed: string
  let pastedA: string
  let pastedB: string
  let acme: any
  let result: any
  beforeAll(async () => {
    browser = await launchChromium()
    ;[typed, pastedA, pastedB] = (await stockedSkus(3, 200)) as [string, string, string]
    staff = await adminPage(browser)
  })
  afterAll(async () => {
    await staff?.close()
    await browser?.close()
  })

  it("finds the company from a typo'd alias and picks it by keyboard", async () => {
    await staff.goto(`${stack().backendUrl}/app/order-entry`)
    await staff.getByLabel("Customer", { exact: true }).waitFor({ timeout: 30_000 })
    await expect.poll(() => focused(staff, "Customer"), { timeout: 10_000 }).toBe(true)

    // A typo in the alias "Acme Shanghai" still finds the company; ArrowDown + Enter picks it.
    const search = staff.waitForResponse(
      (r) => isEntry(r, "/customers") && new URL(r.url()).searchParams.get("q") === "acme shangai",
    )
    await staff.keyboard.type("acme shangai")
    const found = await (await search).json()
    const at = found.matches.findIndex((m: any) => m.legal_name.startsWith("Acme Industrial Supply"))
    expect(at).toBeGreaterThanOrEqual(0)
    acme = found.matches[at]
    expect(acme.matched_on).toBe("alias")
    await staff.getByTestId("customer-match").first().waitFor()
    expect(await staff.getByTestId("customer-match").nth(at).textContent()).toContain("alias: Acme Shanghai")
    const loaded = staff.waitForResponse((r) => isEntry(r, `/customers/${acme.company_id}`))
    for (let i = 0; i <= at; i++) await staff.keyboard.press("ArrowDown")
    await staff.keyboard.press("Enter")
    expect((await loaded).status()).toBe(200)
    await staff.getByTestId("entry-company").waitFor()
    expect(await staff.getByTestId("entry-company").textContent()).toContain("Acme Industrial Supply")
  })

  it("adds a line purely by keyboard; focus comes back to Add line", async () => {
    // One line purely by keyboard: SKU, Enter, quantity, Enter — focus comes back to "Add line".
    await expect.poll(() => focused(staff, "Add line"), { timeout: 10_000 }).toBe(true)
    await staff.keyboard.type(typed)
    await staff.keyboard.press("Enter")
    await expect.poll(() => focused(staff, "Quantity"), { timeout: 15_000 }).toBe(true)
    await staff.keyboard.type("12")
    await staff.keyboard.press("Enter")
    await staff.locator(`[data-testid=entry-line][data-sku="${typed}"]`).waitFor()
    await expect.poll(() => focused(staff, "Add line"), { timeout: 10_000 }).toBe(true)
  })

  it("a clipboard paste adds the good lines, names the garbage one by number, and prices them all", async () => {
    // Three pasted lines, one of them garbage: two lines are added, the garbage one is reported by number.
    // A real clipboard paste (Ctrl+V) into "Paste lines" is read at once, without a click.
    await staff.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: stack().backendUrl })
    await staff.evaluate((t) => navigator.clipboard.writeText(t), `${pastedA} 8\nzzz-garbage ??\n${pastedB}\t6`)
    const parsed = staff.waitForResponse((r) => isEntry(r, "/parse", "POST"))
    const checked = staff.waitForResponse(
      (r) => isEntry(r, "/check", "POST") && JSON.parse(r.request().postData() ?? "{}").lines?.length === 3,
    )
    await staff.getByLabel("Paste lines", { exact: true }).focus()
    await staff.keyboard.press("Control+V")
    const parse = await (await parsed).json()
    expect(parse.lines.map((l: any) => l.sku)).toEqual([pastedA, pastedB])
    expect(parse.errors).toHaveLength(1)
    expect(parse.errors[0].line).toBe(2)
    const garbage = staff.locator("[data-testid=paste-error][data-line='2']")
    await garbage.waitFor()
    expect(await garbage.textContent()).toContain("zzz-garbage")
    expect(await staff.getByTestId("entry-line").count()).toBe(3)

    const check = await checked
    expect(check.status()).toBe(200)
    const priced = await check.json()
    expect(priced.blocks).toEqual([])
    await staff.getByTestId("entry-totals").waitFor()
  })

  it("places the order once (idempotency key), shows its number and clears the form", async () => {
    await staff.getByLabel("PO number", { exact: true }).fill(`E2E-PHONE-${Date.now()}`)

    // Confirm whatever the check warned about, then place; a 422 brings more warnings to confirm.
    let submitted: Response | undefined
    for (let attempt = 0; attempt < 3; attempt++) {
      const boxes = staff.getByRole("checkbox", { name: "Confirm" })
      for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check()
      const submit = staff.waitForResponse((r) => isEntry(r, "/submit", "POST"))
      await staff.getByRole("button", { name: "Place order" }).click()
      submitted = await submit
      if (submitted.status() !== 422) break
      await staff.getByTestId("entry-warning").first().waitFor()
    }
    expect(submitted?.status()).toBe(201)
    // A double submit or a retry cannot create a second order.
    expect(submitted!.request().headers()["idempotency-key"]).toBeTruthy()
    result = await submitted!.json()
    expect(["placed", "requires_approval"]).toContain(result.status)

    const success = staff.getByTestId("entry-success")
    await success.waitFor()
    expect(await success.textContent()).toMatch(new RegExp(`Order #${result.display_id} (placed|waits for approval)`))
    expect(await success.getByRole("link", { name: "open order" }).getAttribute("href")).toBe(
      `/app/orders/${result.order_id}`,
    )
    // The form is empty again, ready for the next call.
    expect(await staff.getByTestId("entry-line").count()).toBe(0)
    expect(await staff.getByLabel("Customer", { exact: true }).inputValue()).toBe("")
  })

  it("the order is in the staff-entry channel with its three lines and who entered it", async () => {
    // The HTTP API agrees: in the staff-entry channel, three lines, entered by this staff member.
    const token = await loginAdmin()
    const all = await api("GET", "/admin/ordo/orders?limit=1", { token })
    const staffChannel = all.body.channels.find((c: any) => /staff/i.test(c.name))
    expect(staffChannel).toBeTruthy()
    const listed = await api(
      "GET",
      `/admin/ordo/orders?channel=${staffChannel.id}&company_id=${acme.company_id}&limit=100`,
      { token },
    )
    expect(listed.status).toBe(200)
    const order = listed.body.orders.find((o: any) => o.id === result.order_id)
    expect(order).toBeTruthy()
    expect(order.display_id).toBe(result.display_id)
    expect(order.channel.id).toBe(staffChannel.id)
    expect(order.entered_by?.name).toBe("Ordo Admin")

    const detail = await api("GET", `/admin/orders/${result.order_id}?fields=id,metadata,*items`, { token })
    expect(detail.status).toBe(200)
    const items = detail.body.order.items.map((i: any) => [i.variant_sku, Number(i.quantity)])
    expect(items.sort()).toEqual(
      [
        [typed, 12],
        [pastedA, 8],
        [pastedB, 6],
      ].sort(),
    )
    expect(detail.body.order.metadata.entered_by.name).toBe("Ordo Admin")
  })

  it("Medusa's order page shows who entered it", async () => {
    // Medusa's order page shows where the order came from and who entered it.
    await staff.getByTestId("entry-success").getByRole("link", { name: "open order" }).click()
    const enteredBy = staff.getByTestId("order-margin-entered-by")
    await enteredBy.waitFor({ timeout: 30_000 })
    expect(await enteredBy.textContent()).toBe("Ordo Admin")
  })
})
