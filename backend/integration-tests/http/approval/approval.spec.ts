import { beforeAll, describe, expect, it } from "vitest"
import {
  api,
  buyerAddressId,
  companyBuyer,
  createStockedProduct,
  login,
  loginAdmin,
  loginBuyer,
} from "../../../../tests/support/api"
import { sql } from "../../../../tests/support/db"

const reserved = async (inventoryItemId: string) =>
  Number(
    (
      await sql(
        "select coalesce(sum(quantity),0)::int as n from reservation_item where inventory_item_id = $1 and deleted_at is null",
        [inventoryItemId],
      )
    )[0].n,
  )

async function placeLargeOrder(token: string, sku: string, quantity: number, po: string) {
  const cart = await api("POST", "/store/ordo/quick-order", { token, body: { text: `${sku} ${quantity}` } })
  expect(cart.status).toBe(200)
  return api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
    token,
    body: { address_id: await buyerAddressId(token), po_number: po },
  })
}

describe("approvals: threshold, two levels, audit trail, stock only after the last approval", () => {
  let purchasing: string
  let acmeAdmin: string
  let globex: string
  let staffAdmin: string
  let staffSales: string
  let sku: string
  let inventoryItemId: string
  beforeAll(async () => {
    ;[purchasing, acmeAdmin, globex, staffAdmin, staffSales] = await Promise.all([
      loginBuyer("purchasing@acme.test"),
      loginBuyer("buyer@acme.test"),
      loginBuyer("buyer@globex.test"),
      loginAdmin(),
      login("user", "sales@ordo.test", "ordo-staff"),
    ])
    sku = `TEST-APPR-${Date.now()}`
    ;({ inventoryItemId } = await createStockedProduct(staffAdmin, sku, 3000))
  })

  it("a small order within the buyer's limit is placed at once", async () => {
    const r = await placeLargeOrder(purchasing, sku, 10, "SMALL-1")
    expect(r.status).toBe(200)
    expect(r.body.order.ordo_status).toBe("pending")
    expect(r.body.approval_request_id).toBeNull()
    expect(await reserved(inventoryItemId)).toBe(10)
  })

  describe("an order above 50,000 CNY waits for the company admin, then the sales manager", () => {
    let before: number
    let orderId: string
    let requestId: string

    it("waits as a draft with nothing reserved", async () => {
      before = await reserved(inventoryItemId)
      const r = await placeLargeOrder(purchasing, sku, 600, "BIG-600")
      expect(r.status).toBe(200)
      expect(r.body.order.ordo_status).toBe("requires_approval")
      orderId = r.body.order.id
      requestId = r.body.approval_request_id
      expect(requestId).toMatch(/^apreq_/)
      // Nothing reserved while it waits; the draft is not in Medusa's order list for the buyer.
      expect(await reserved(inventoryItemId)).toBe(before)
      const [row] = await sql('select status, is_draft_order from "order" where id = $1', [orderId])
      expect(row).toMatchObject({ status: "draft", is_draft_order: true })
    })

    it("every buyer of the company sees it with both levels and the rules that stopped it", async () => {
      // Every buyer of the company sees it, with the rules that stopped it.
      const seen = await api("GET", `/store/ordo/orders/${orderId}`, { token: purchasing })
      expect(seen.status).toBe(200)
      expect(seen.body.order.ordo_status).toBe("requires_approval")
      expect(seen.body.approval.levels.map((l: any) => l.role)).toEqual(["company_admin", "sales_manager"])
      expect(seen.body.approval.reasons.map((x: any) => x.rule_name)).toEqual(
        expect.arrayContaining(["Orders above 50,000 CNY", "Buyer over spending limit"]),
      )
    })

    it("another company can neither see nor decide it", async () => {
      // Another company sees nothing, not even that it exists.
      expect((await api("GET", `/store/ordo/orders/${orderId}`, { token: globex })).status).toBe(404)
      expect((await api("GET", `/store/ordo/approvals/${requestId}`, { token: globex })).status).toBe(404)
      const globexDecision = await api("POST", `/store/ordo/approvals/${requestId}/decision`, {
        token: globex,
        body: { decision: "approved" },
      })
      expect(globexDecision.status).toBe(404)
    })

    it("refuses the requester, staff at the company admin's level, non-approvers and Medusa's draft-order routes", async () => {
      // Not in the chain (or not this level): refused, nothing recorded.
      for (const [token, path] of [
        [purchasing, "store"], // the requester cannot approve their own order
        [staffAdmin, "admin"], // staff cannot take the company admin's level
        [staffSales, "admin"], // no approver role at all
      ] as const) {
        const d = await api("POST", `/${path}/ordo/approvals/${requestId}/decision`, {
          token,
          body: { decision: "approved" },
        })
        expect(d.status).toBe(403)
        expect(d.body.message).toMatch(/not an approver for level 1/)
      }
      // Medusa's own draft-order routes cannot place or edit it behind the approvers' backs.
      const convert = await api("POST", `/admin/draft-orders/${orderId}/convert-to-order`, { token: staffAdmin })
      expect(convert.status).toBe(400)
      expect(convert.body.message).toMatch(/waiting for approval/)
      const editDraft = await api("POST", `/admin/draft-orders/${orderId}/edit`, { token: staffAdmin })
      expect(editDraft.status).toBe(400)
      expect(await reserved(inventoryItemId)).toBe(before)
    })

    it("refuses a malformed decision and records nothing", async () => {
      const bad = await api("POST", `/store/ordo/approvals/${requestId}/decision`, {
        token: acmeAdmin,
        body: { decision: "maybe" },
      })
      expect(bad.status).toBe(400)
      expect(bad.body.message).toMatch(/decision/)
      expect(await sql("select * from approval_decision where request_id = $1", [requestId])).toHaveLength(0)
    })

    it("the company admin approves level 1 from their queue; still nothing reserved", async () => {
      // The company admin sees it in their queue and approves level 1.
      const queue = await api("GET", "/store/ordo/approvals?status=pending", { token: acmeAdmin })
      expect(queue.body.approvals.map((a: any) => a.id)).toContain(requestId)
      const first = await api("POST", `/store/ordo/approvals/${requestId}/decision`, {
        token: acmeAdmin,
        body: { decision: "approved", comment: "Needed for the Q4 line" },
      })
      expect(first.status).toBe(200)
      expect(first.body.approval.current_level).toBe(2)
      expect(await reserved(inventoryItemId)).toBe(before)
    })

    it("two level-2 approvals at once: exactly one counts and the stock is reserved", async () => {
      // Level 2 twice at once: exactly one decision counts, the other is refused.
      const both = await Promise.all(
        [1, 2].map(() =>
          api("POST", `/admin/ordo/approvals/${requestId}/decision`, {
            token: staffAdmin,
            body: { decision: "approved", comment: "OK by sales" },
          }),
        ),
      )
      expect(both.map((x) => x.status).sort()).toEqual([200, 409])
      expect(both.find((x) => x.status === 409)?.body.message).toMatch(/already (approved|been decided)/)
      expect(await reserved(inventoryItemId)).toBe(before + 600)
    })

    it("the placed order shows the audit trail to the buyer, in Medusa's store API and to staff", async () => {
      const after = await api("GET", `/store/ordo/orders/${orderId}`, { token: acmeAdmin })
      expect(after.body.order.ordo_status).toBe("pending")
      expect(after.body.order.is_draft_order).toBe(false)
      const decisions = after.body.approval.decisions
      expect(decisions.map((d: any) => [d.level, d.role, d.decision, d.actor_name, d.comment])).toEqual([
        [1, "company_admin", "approved", expect.any(String), "Needed for the Q4 line"],
        [2, "sales_manager", "approved", "Ordo Admin", "OK by sales"],
      ])
      // The order is now a normal order in Medusa's own store API, with its PO number.
      const medusa = await api("GET", `/store/orders/${orderId}?fields=id,metadata`, { token: purchasing })
      expect(medusa.status).toBe(200)
      expect(medusa.body.order.metadata.po_number).toBe("BIG-600")
      // Staff see the same history on the order.
      const staffView = await api("GET", `/admin/ordo/orders/${orderId}/approval`, { token: staffAdmin })
      expect(staffView.body.approval.status).toBe("approved")
    })

    it("notified the approvers of each level and then the requester", async () => {
      // Approvers were notified: the company admin for level 1, the sales manager for level 2, the requester at the end.
      const sent = async () =>
        (
          await sql(
            "select \"to\", template from notification where data->>'approval_request_id' = $1 order by created_at",
            [requestId],
          )
        ).map((n: any) => `${n.template} ${n.to}`)
      for (let i = 0; i < 50 && (await sent()).length < 4; i++) await new Promise((r) => setTimeout(r, 100))
      const mails = await sent()
      expect(mails).toHaveLength(4)
      // Level 1 first, then both level-2 approvers (sent in the same instant, so in either order), then the requester.
      expect(mails[0]).toBe("ordo-approval-requested buyer@acme.test")
      expect(mails.slice(1, 3).sort()).toEqual([
        "ordo-approval-requested admin@ordo.test",
        "ordo-approval-requested salesmanager@ordo.test",
      ])
      expect(mails[3]).toBe("ordo-approval-decided purchasing@acme.test")
    })
  })

  it("a rejection cancels the waiting order with the reason and never reserves", async () => {
    const before = await reserved(inventoryItemId)
    const r = await placeLargeOrder(purchasing, sku, 700, "BIG-700")
    const requestId = r.body.approval_request_id
    const noReason = await api("POST", `/store/ordo/approvals/${requestId}/decision`, {
      token: acmeAdmin,
      body: { decision: "rejected" },
    })
    expect(noReason.status).toBe(400)
    expect(noReason.body.message).toMatch(/comment/)
    const rej = await api("POST", `/store/ordo/approvals/${requestId}/decision`, {
      token: acmeAdmin,
      body: { decision: "rejected", comment: "Over budget this month" },
    })
    expect(rej.status).toBe(200)
    expect(rej.body.approval.status).toBe("rejected")
    const again = await api("POST", `/admin/ordo/approvals/${requestId}/decision`, {
      token: staffAdmin,
      body: { decision: "approved" },
    })
    expect(again.status).toBe(409)
    expect(again.body.message).toBe("This approval request is already rejected")
    const order = await api("GET", `/store/ordo/orders/${r.body.order.id}`, { token: purchasing })
    expect(order.body.order.ordo_status).toBe("rejected")
    expect(order.body.order.metadata.rejection_reason).toBe("Over budget this month")
    expect(await reserved(inventoryItemId)).toBe(before)
  })

  it("a company admin's own large order skips the company-admin level; a buyer without a limit is never 'over' it", async () => {
    const r = await placeLargeOrder(acmeAdmin, sku, 510, "ADMIN-510")
    expect(r.body.order.ordo_status).toBe("requires_approval")
    const view = await api("GET", `/store/ordo/approvals/${r.body.approval_request_id}`, { token: acmeAdmin })
    expect(view.body.approval.levels.map((l: any) => l.role)).toEqual(["sales_manager"])
    expect(view.body.approval.reasons.map((x: any) => x.type)).toEqual(["order_total_above"])
  })

  it("the last approval re-checks stock: if others bought it meanwhile, approving is refused and nothing is recorded", async () => {
    const scarce = `TEST-APPR-SCARCE-${Date.now()}`
    const { inventoryItemId: scarceItem } = await createStockedProduct(staffAdmin, scarce, 700)
    const r = await placeLargeOrder(purchasing, scarce, 600, "SCARCE-600")
    expect(r.body.order.ordo_status).toBe("requires_approval")
    const requestId = r.body.approval_request_id
    const first = await api("POST", `/store/ordo/approvals/${requestId}/decision`, {
      token: acmeAdmin,
      body: { decision: "approved" },
    })
    expect(first.status).toBe(200)
    // Meanwhile a buyer who needs no approval takes 200 of the 700.
    const other = await companyBuyer(`scarce.${Date.now()}@example.test`)
    const quick = await api("POST", "/store/ordo/quick-order", { token: other.token, body: { text: `${scarce} 200` } })
    const placed = await api("POST", `/store/ordo/carts/${quick.body.cart.id}/checkout`, {
      token: other.token,
      body: { address_id: other.addressId, po_number: "TAKE-200" },
    })
    expect(placed.status).toBe(200)
    const last = await api("POST", `/admin/ordo/approvals/${requestId}/decision`, {
      token: staffAdmin,
      body: { decision: "approved" },
    })
    expect(last.status).toBe(409)
    expect(last.body.message).toMatch(new RegExp(`Cannot approve yet, stock is short: SKU ${scarce}: 600 requested`))
    expect(await sql("select level from approval_decision where request_id = $1", [requestId])).toEqual([{ level: 1 }])
    expect(await reserved(scarceItem)).toBe(200)
  })

  it("staff configure rules with validated input", async () => {
    const bad = await api("POST", "/admin/ordo/approval-rules", {
      token: staffAdmin,
      body: { name: "x", type: "line_discount_above", percent: "abc", levels: ["sales_manager"] },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/percent/)
    const list = await api("GET", "/admin/ordo/approval-rules", { token: staffAdmin })
    expect(list.body.rules.length).toBeGreaterThanOrEqual(7)
    expect((await api("GET", "/admin/ordo/approval-rules", { token: acmeAdmin })).status).toBe(401)
  })
})
