import { beforeAll, describe, expect, it } from "vitest"
import { api, buyerAddressId, loginAdmin, loginBuyer, until } from "../../../../tests/support/api"
import { sql, stockedSkus } from "../../../../tests/support/db"

/** The whole-order rollup rows of a day, as the rollups hold them and as the facts add up. */
async function dayRows(day: string) {
  const held = await sql(
    `select currency_code, channel_id, region, rep_id, category_id, orders, quantity, net_amount::text, cost_amount::text
       from sales_day where day = $1::date and orders <> 0 order by 1, 2, 3, 4, 5`,
    [day],
  )
  const recomputed = await sql(
    `select currency_code, channel_id, region, rep_id, coalesce(category_id, '*') as category_id,
            count(distinct order_id)::int as orders, sum(quantity)::bigint as quantity,
            sum(net_amount)::text as net_amount, sum(cost_amount)::text as cost_amount
       from sales_line_fact where day = $1::date
      group by grouping sets ((currency_code, channel_id, region, rep_id, category_id), (currency_code, channel_id, region, rep_id))
      order by 1, 2, 3, 4, 5`,
    [day],
  )
  const norm = (rows: any[]) =>
    rows.map((r) => ({
      ...r,
      quantity: Number(r.quantity),
      net_amount: Number(r.net_amount).toFixed(4),
      cost_amount: Number(r.cost_amount).toFixed(4),
    }))
  return { held: norm(held), recomputed: norm(recomputed) }
}

describe("sales facts: every placed order is counted once, at its net amount and cost, and taken out when cancelled", () => {
  let acme: string
  let address: string
  let staff: string
  let A: string
  let B: string
  beforeAll(async () => {
    ;[A, B] = await stockedSkus(2)
    acme = await loginBuyer("buyer@acme.test")
    address = await buyerAddressId(acme)
    staff = await loginAdmin()
  })

  it("records a placed order with its lines, and the day's rollups equal the facts; cancelling takes it out", async () => {
    const cart = await api("POST", "/store/ordo/quick-order", { token: acme, body: { text: `${A} 3\n${B} 2` } })
    expect(cart.status).toBe(200)
    const placed = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
      token: acme,
      body: { address_id: address, po_number: `FACTS-${Date.now()}` },
    })
    expect(placed.status, JSON.stringify(placed.body)).toBe(200)
    const orderId = placed.body.order.id
    const [fact] = await until(
      () => sql("select *, to_char(day, 'YYYY-MM-DD') as d from sales_order_fact where order_id = $1", [orderId]),
      (r) => r.length > 0,
      100,
    )
    expect(fact).toMatchObject({ currency_code: "cny", quantity: "5" })
    const lines = await sql("select * from sales_line_fact where order_id = $1", [orderId])
    expect(lines).toHaveLength(2)
    // Net of the 13 % VAT inside the prices.
    const [order] = await sql(
      `select sum(li.unit_price * oi.quantity)::text as gross from order_item oi join order_line_item li on li.id = oi.item_id
        where oi.order_id = $1 and oi.deleted_at is null`,
      [orderId],
    )
    expect(Number(fact.net_amount)).toBeCloseTo((Number(order.gross) * 100) / 113, 2)
    const rows = await dayRows(fact.d)
    expect(rows.held).toEqual(rows.recomputed)

    const cancel = await api("POST", `/admin/orders/${orderId}/cancel`, { token: staff })
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(200)
    const gone = await until(
      () => sql("select 1 from sales_order_fact where order_id = $1", [orderId]),
      (r) => r.length === 0,
      100,
    )
    expect(gone).toHaveLength(0)
    expect(await sql("select 1 from sales_line_fact where order_id = $1", [orderId])).toHaveLength(0)
    const after = await dayRows(fact.d)
    expect(after.held).toEqual(after.recomputed)
  })
})
