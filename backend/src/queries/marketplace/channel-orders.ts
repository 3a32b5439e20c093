import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { type ImportProblem, type MarketplaceOrder, mapLines, shippingAddressOf } from "../../domain/marketplace"
import { CHANNEL_MODULE } from "../../modules/channel"
import type ChannelModuleService from "../../modules/channel/service"

const channelsOf = (c: MedusaContainer) => c.resolve<ChannelModuleService>(CHANNEL_MODULE)

/** A connection by id (undefined when there is none). */
export async function channelConnection(container: MedusaContainer, id: string) {
  const [connection] = await channelsOf(container).listChannelConnections({ id })
  return connection as (typeof connection & { config: Record<string, any> | null }) | undefined
}

/** Every connection, by name. */
export async function listChannelConnections(container: MedusaContainer) {
  return channelsOf(container).listChannelConnections({}, { order: { name: "ASC" } })
}

/** Imported orders of a connection (or all), newest first; filter by status (e.g. the exceptions queue). */
export async function listChannelOrders(
  container: MedusaContainer,
  filters: { connection_id?: string; status?: string; external_number?: string },
  page = { take: 100, skip: 0 },
) {
  const [rows, count] = await channelsOf(container).listAndCountChannelOrders(
    Object.fromEntries(Object.entries(filters).filter(([, v]) => v != null)) as any,
    { order: { created_at: "DESC" }, ...page },
  )
  return { channel_orders: rows, count }
}

export async function channelOrder(container: MedusaContainer, id: string) {
  const [row] = await channelsOf(container).listChannelOrders({ id })
  return row
}

/**
 * The order an earlier attempt placed for this marketplace order, if one exists although the
 * record does not name it (a process killed between placing and recording). Drafts an attempt
 * left unconverted do not count: they were never placed.
 */
export async function orderPlacedFor(container: MedusaContainer, channelOrderId: string) {
  const [order] = await container
    .resolve(Modules.ORDER)
    .listOrders({ metadata: { channel_order_id: channelOrderId }, is_draft_order: false } as any, {
      select: ["id"],
      take: 1,
    })
  return (order?.id as string | undefined) ?? null
}

/**
 * How a received marketplace order becomes an order: its lines as our variants (staff's
 * resolution, the connection's aliases, our SKUs), the customer it is placed for (a buyer of
 * ours with the same e-mail buying in the same currency, else the connection's retail
 * customer), the address, freight and sales channel — or the problems that keep it in the
 * exceptions queue.
 */
export async function channelOrderPlacement(container: MedusaContainer, channelOrderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const row = (await channelOrder(container, channelOrderId)) as any
  if (!row) return { problems: [{ code: "no_sku", message: `No imported order ${channelOrderId}` }] as ImportProblem[] }
  const connection = (await channelConnection(container, row.connection_id)) as any
  const order = row.payload as MarketplaceOrder
  const resolution = (row.resolution ?? {}) as { skus?: Record<string, string>; customer_id?: string }
  const skus = [...new Set(order.lines.map((l) => l.sku?.trim()).filter(Boolean) as string[])]
  const [{ data: variants }, aliases] = await Promise.all([
    skus.length
      ? query.graph({
          entity: "product_variant",
          fields: ["id", "sku"],
          filters: { sku: [...skus, ...skus.map((s) => s.toUpperCase())] },
        })
      : Promise.resolve({ data: [] as any[] }),
    skus.length
      ? channelsOf(container).listChannelSkuMappings({ connection_id: row.connection_id, external_sku: skus } as any)
      : Promise.resolve([] as any[]),
  ])
  const mapped = mapLines(order, {
    bySku: new Map((variants as any[]).filter((v) => v.sku).map((v) => [String(v.sku).toUpperCase(), v])),
    aliases: new Map((aliases as any[]).map((a) => [a.external_sku, a.variant_id])),
    resolved: resolution.skus,
  })
  const problems = [...mapped.problems]
  const address = shippingAddressOf(order)
  if (!address) problems.push({ code: "no_address", message: "The marketplace gave no shipping address" })
  const currency = String(connection?.config?.currency_code ?? "").toLowerCase()
  if (currency && order.currency_code.toLowerCase() !== currency) {
    problems.push({
      code: "currency",
      message: `The order is in ${order.currency_code.toUpperCase()}, the connection sells in ${currency.toUpperCase()}`,
    })
  }
  let customerId = resolution.customer_id ?? connection?.retail_customer_id
  if (!resolution.customer_id && order.buyer.email) {
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id", "company_buyer.company.currency_code"],
      filters: { email: order.buyer.email.toLowerCase() },
    })
    const ours = (customers as any[]).find(
      (c) => String(c?.company_buyer?.company?.currency_code ?? "").toLowerCase() === order.currency_code.toLowerCase(),
    )
    if (ours) customerId = ours.id
  }
  if (problems.length || !connection) return { problems, connection, row }
  return {
    problems,
    connection,
    row,
    placement: {
      channel: "marketplace" as const,
      customer_id: customerId as string,
      sales_channel_id: connection.sales_channel_id as string,
      lines: mapped.lines.map(({ variant_id, quantity, unit_price }) => ({ variant_id, quantity, unit_price })),
      shipping_address: address,
      shipping_amount: order.shipping_total,
      metadata: {
        channel_connection_id: connection.id,
        channel_type: connection.type,
        channel_name: connection.name,
        external_id: order.external_id,
        external_number: order.external_number,
        channel_order_id: row.id,
      },
      skip: { approval: `paid at ${connection.name}` },
    },
  }
}
