import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { conflict } from "../domain/errors"
import { tooManyDecimals } from "../domain/money"
import { STOCK_CONTROL_MODULE } from "../modules/stockcontrol"
import type StockControlModuleService from "../modules/stockcontrol/service"
import { staffEmailsWithRole } from "../queries/staff/roles"
import { changeStockWorkflow, receivePurchaseWorkflow } from "../workflows/stock/workflows"
import { withLock, withStockLocks } from "./stock-lock"

export const stockControl = (container: MedusaContainer) =>
  container.resolve<StockControlModuleService>(STOCK_CONTROL_MODULE)

export type Actor = { id: string; name: string }

export type StockVariant = {
  variant_id: string
  sku: string
  title: string
  allow_backorder: boolean
  manage_inventory: boolean
  inventory_item_id: string | null
}

const VARIANT_FIELDS = [
  "id",
  "sku",
  "title",
  "allow_backorder",
  "manage_inventory",
  "product.title",
  "inventory_items.inventory_item_id",
]

const toStockVariant = (v: any): StockVariant => ({
  variant_id: v.id,
  sku: v.sku,
  title: [v.product?.title, v.title && v.title !== "Default" ? v.title : null].filter(Boolean).join(" · "),
  allow_backorder: !!v.allow_backorder,
  manage_inventory: v.manage_inventory !== false,
  inventory_item_id: v.inventory_items?.[0]?.inventory_item_id ?? null,
})

/** Variants by SKU, matched without regard to case; the map is keyed by the upper-cased SKU. */
export async function variantsBySku(container: MedusaContainer, skus: string[]) {
  const wanted = [...new Set(skus.map((s) => s.trim()).filter(Boolean))]
  const out = new Map<string, StockVariant>()
  if (!wanted.length) return out
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: VARIANT_FIELDS,
    filters: { sku: [...new Set([...wanted, ...wanted.map((s) => s.toUpperCase())])] },
  })
  for (const v of data as any[]) if (v.sku) out.set(String(v.sku).toUpperCase(), toStockVariant(v))
  return out
}

/** Variants by id. */
export async function variantsById(container: MedusaContainer, ids: string[]) {
  const out = new Map<string, StockVariant>()
  if (!ids.length) return out
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: VARIANT_FIELDS,
    filters: { id: [...new Set(ids)] },
  })
  for (const v of data as any[]) out.set(v.id, toStockVariant(v))
  return out
}

export async function variantBySku(container: MedusaContainer, sku: string, field = "sku") {
  const v = (await variantsBySku(container, [sku])).get(sku.trim().toUpperCase())
  if (!v) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: no product has SKU "${sku}"`)
  if (!v.inventory_item_id || !v.manage_inventory) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: SKU ${v.sku} does not track stock`)
  }
  return v as StockVariant & { inventory_item_id: string }
}

/** Variants whose SKU or product name contains `q` (at most `take`). */
export async function searchVariants(container: MedusaContainer, q: string, take = 20) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const like = `%${q.trim()}%`
  const [{ data: bySku }, { data: products }] = await Promise.all([
    query.graph({
      entity: "product_variant",
      fields: VARIANT_FIELDS,
      filters: { sku: { $ilike: like } } as any,
      pagination: { skip: 0, take, order: { sku: "ASC" } },
    }),
    query.graph({
      entity: "product",
      fields: ["id", "variants.id"],
      filters: { title: { $ilike: like } } as any,
      pagination: { skip: 0, take },
    }),
  ])
  const out = new Map<string, StockVariant>((bySku as any[]).map((v) => [v.id, toStockVariant(v)]))
  const more = (products as any[])
    .flatMap((p) => (p.variants ?? []).map((v: any) => v?.id))
    .filter((id) => id && !out.has(id))
  if (more.length && out.size < take) {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: VARIANT_FIELDS,
      filters: { id: more.slice(0, take - out.size) },
    })
    for (const v of data as any[]) out.set(v.id, toStockVariant(v))
  }
  return [...out.values()].slice(0, take)
}

export async function stockLocations(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "stock_location", fields: ["id", "name"] })
  return (data as any[]).map((l) => ({ id: l.id as string, name: l.name as string }))
}

async function assertLocation(container: MedusaContainer, id: string, field: string) {
  const locations = await stockLocations(container)
  const l = locations.find((x) => x.id === id)
  if (!l) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: no stock location ${id}`)
  return l
}

export type LevelRow = {
  inventory_item_id: string
  location_id: string
  stocked: number
  reserved: number
  available: number
}

/** Stocked, reserved and available quantity per inventory item and location. */
export async function inventoryLevels(container: MedusaContainer, inventoryItemIds: string[]): Promise<LevelRow[]> {
  if (!inventoryItemIds.length) return []
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ inventory_item_id: [...new Set(inventoryItemIds)] }, { take: null as any })
  return levels.map((l: any) => ({
    inventory_item_id: l.inventory_item_id,
    location_id: l.location_id,
    stocked: Number(l.stocked_quantity),
    reserved: Number(l.reserved_quantity),
    available: Number(l.stocked_quantity) - Number(l.reserved_quantity),
  }))
}

/** Stock level rows (one per variant × location) for the given variants, with thresholds. */
export async function levelRows(container: MedusaContainer, variants: StockVariant[]) {
  const tracked = variants.filter((v) => v.inventory_item_id && v.manage_inventory)
  const ids = tracked.map((v) => v.inventory_item_id as string)
  const [levels, locations, thresholds] = await Promise.all([
    inventoryLevels(container, ids),
    stockLocations(container),
    ids.length ? stockControl(container).listLowStockThresholds({ inventory_item_id: ids }) : [],
  ])
  const names = new Map(locations.map((l) => [l.id, l.name]))
  const limit = new Map(
    (thresholds as any[]).map((t) => [`${t.inventory_item_id}:${t.location_id}`, Number(t.threshold)]),
  )
  return tracked.flatMap((v) =>
    levels
      .filter((l) => l.inventory_item_id === v.inventory_item_id)
      .map((l) => {
        const threshold = limit.get(`${l.inventory_item_id}:${l.location_id}`) ?? null
        return {
          variant_id: v.variant_id,
          sku: v.sku,
          title: v.title,
          inventory_item_id: l.inventory_item_id,
          location_id: l.location_id,
          location_name: names.get(l.location_id) ?? l.location_id,
          stocked: l.stocked,
          reserved: l.reserved,
          available: l.available,
          threshold,
          low: threshold != null && l.available <= threshold,
        }
      }),
  )
}

/** Every variant × location at or below its threshold. */
export async function lowStockRows(container: MedusaContainer) {
  const thresholds = (await stockControl(container).listLowStockThresholds({}, { take: null as any })) as any[]
  if (!thresholds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: VARIANT_FIELDS,
    filters: { id: [...new Set(thresholds.map((t) => t.variant_id))] },
  })
  const rows = await levelRows(container, (data as any[]).map(toStockVariant))
  return rows.filter((r) => r.low)
}

export async function setThreshold(
  container: MedusaContainer,
  input: { sku: string; location_id: string; threshold: number | null },
) {
  const v = await variantBySku(container, input.sku)
  await assertLocation(container, input.location_id, "location_id")
  const svc = stockControl(container)
  const [existing] = await svc.listLowStockThresholds({
    inventory_item_id: v.inventory_item_id,
    location_id: input.location_id,
  })
  if (input.threshold == null) {
    if (existing) await svc.deleteLowStockThresholds(existing.id)
    return null
  }
  const row = existing
    ? await svc.updateLowStockThresholds({ id: existing.id, threshold: input.threshold })
    : await svc.createLowStockThresholds({
        inventory_item_id: v.inventory_item_id,
        variant_id: v.variant_id,
        sku: v.sku,
        location_id: input.location_id,
        threshold: input.threshold,
      })
  // A new threshold may already be crossed: say so now (once), not at the next order.
  await checkLowStock(container, [v.inventory_item_id])
  return row
}

/**
 * Compares available stock with the thresholds of the given inventory items (all when
 * omitted). A level that has fallen to or below its threshold and was not yet announced is
 * announced once to the warehouse staff (role `warehouse`, or every staff user when nobody
 * has it); a level back above its threshold is re-armed. The flag is flipped under a lock
 * per threshold, so parallel orders cannot send the same alert twice.
 */
export async function checkLowStock(container: MedusaContainer, inventoryItemIds?: string[]) {
  const svc = stockControl(container)
  const thresholds = (await svc.listLowStockThresholds(
    inventoryItemIds ? { inventory_item_id: [...new Set(inventoryItemIds)] } : {},
    { take: null as any },
  )) as any[]
  if (!thresholds.length) return []
  const levels = await inventoryLevels(
    container,
    thresholds.map((t) => t.inventory_item_id),
  )
  const sent: string[] = []
  for (const t of thresholds) {
    const level = levels.find((l) => l.inventory_item_id === t.inventory_item_id && l.location_id === t.location_id)
    const available = level?.available ?? 0
    const low = available <= Number(t.threshold)
    if (low === !!t.alerted_at) continue
    await withLock(container, `low-stock:${t.id}`, async () => {
      const [fresh] = (await svc.listLowStockThresholds({ id: t.id })) as any[]
      if (!fresh || low === !!fresh.alerted_at) return
      const alertedAt = low ? new Date() : null
      await svc.updateLowStockThresholds({ id: t.id, alerted_at: alertedAt } as any)
      if (!alertedAt) return
      const location = (await stockLocations(container)).find((l) => l.id === t.location_id)
      await notifyLowStock(container, {
        threshold_id: t.id,
        sku: t.sku,
        location_name: location?.name ?? t.location_id,
        available,
        threshold: Number(t.threshold),
        alerted_at: alertedAt.toISOString(),
      })
      sent.push(t.id)
    })
  }
  return sent
}

async function notifyLowStock(container: MedusaContainer, data: Record<string, string | number>) {
  let to = await staffEmailsWithRole(container, "warehouse")
  if (!to.length) to = (await container.resolve(Modules.USER).listUsers({}, { take: 500 })).map((u) => u.email)
  if (!to.length) return
  await container.resolve(Modules.NOTIFICATION).createNotifications(
    to.map((email) => ({
      to: email,
      channel: "email",
      template: "ordo-low-stock",
      data,
      idempotency_key: `ordo-low-stock:${data.threshold_id}:${data.alerted_at}:${email}`,
    })),
  )
}

const movementOf = (
  kind: "adjustment" | "transfer" | "receipt",
  v: StockVariant & { inventory_item_id: string },
  actor: Actor,
  x: { from?: string | null; to?: string | null; quantity: number; reason: string; reference?: string | null },
) => ({
  kind,
  inventory_item_id: v.inventory_item_id,
  variant_id: v.variant_id,
  sku: v.sku,
  from_location_id: x.from ?? null,
  to_location_id: x.to ?? null,
  quantity: x.quantity,
  reason: x.reason,
  reference: x.reference ?? null,
  actor_id: actor.id,
  actor_name: actor.name,
})

/**
 * A counted correction (+ found, − damaged/lost). Runs under the item's stock lock, so it
 * cannot race an order for the same units; stock can't go below what orders have reserved.
 */
export async function adjustStock(
  container: MedusaContainer,
  input: { sku: string; location_id: string; quantity: number; reason: string },
  actor: Actor,
) {
  const v = await variantBySku(container, input.sku)
  await assertLocation(container, input.location_id, "location_id")
  const movement = await withStockLocks(container, [v.inventory_item_id], async () => {
    const level = (await inventoryLevels(container, [v.inventory_item_id])).find(
      (l) => l.location_id === input.location_id,
    )
    if (!level && input.quantity < 0) {
      throw conflict(`SKU ${v.sku} has no stock at this location to take away`)
    }
    if (level && input.quantity < 0 && level.available + input.quantity < 0) {
      throw conflict(
        `SKU ${v.sku}: only ${level.available} available at this location (${level.reserved} reserved for orders); cannot remove ${-input.quantity}`,
      )
    }
    const { result } = await changeStockWorkflow(container).run({
      input: {
        create_levels: level ? [] : [{ inventory_item_id: v.inventory_item_id, location_id: input.location_id }],
        changes: [
          { inventory_item_id: v.inventory_item_id, location_id: input.location_id, adjustment: input.quantity },
        ],
        movements: [
          movementOf("adjustment", v, actor, { to: input.location_id, quantity: input.quantity, reason: input.reason }),
        ],
      },
    })
    return (result as any[])[0]
  })
  await checkLowStock(container, [v.inventory_item_id])
  return movement
}

/** Moves available units from one location to another, with the reason and who did it. */
export async function transferStock(
  container: MedusaContainer,
  input: { sku: string; from_location_id: string; to_location_id: string; quantity: number; reason: string },
  actor: Actor,
) {
  if (input.from_location_id === input.to_location_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "to_location_id: must differ from from_location_id")
  }
  const v = await variantBySku(container, input.sku)
  await assertLocation(container, input.from_location_id, "from_location_id")
  await assertLocation(container, input.to_location_id, "to_location_id")
  const movement = await withStockLocks(container, [v.inventory_item_id], async () => {
    const levels = await inventoryLevels(container, [v.inventory_item_id])
    const from = levels.find((l) => l.location_id === input.from_location_id)
    const to = levels.find((l) => l.location_id === input.to_location_id)
    if (!from || from.available < input.quantity) {
      throw conflict(
        `SKU ${v.sku}: only ${from?.available ?? 0} available at the source location; cannot transfer ${input.quantity}`,
      )
    }
    const { result } = await changeStockWorkflow(container).run({
      input: {
        create_levels: to ? [] : [{ inventory_item_id: v.inventory_item_id, location_id: input.to_location_id }],
        changes: [
          { inventory_item_id: v.inventory_item_id, location_id: input.from_location_id, adjustment: -input.quantity },
          { inventory_item_id: v.inventory_item_id, location_id: input.to_location_id, adjustment: input.quantity },
        ],
        movements: [
          movementOf("transfer", v, actor, {
            from: input.from_location_id,
            to: input.to_location_id,
            quantity: input.quantity,
            reason: input.reason,
          }),
        ],
      },
    })
    return (result as any[])[0]
  })
  await checkLowStock(container, [v.inventory_item_id])
  return movement
}

export type ReceiptLineInput = { sku: string; location_id: string; quantity: number; unit_cost: string }

/**
 * Goods received from a supplier: stock goes up at each line's location and each line becomes
 * a FIFO cost layer at its unit cost (net of VAT, in the receipt's currency). `adds_stock:
 * false` records an opening balance for stock that is already counted.
 */
export async function receivePurchase(
  container: MedusaContainer,
  input: {
    supplier: string
    received_at: Date
    reference?: string | null
    currency_code: string
    lines: ReceiptLineInput[]
    adds_stock?: boolean
  },
  actor: Actor | null,
) {
  const variants = await variantsBySku(
    container,
    input.lines.map((l) => l.sku),
  )
  const locations = new Set((await stockLocations(container)).map((l) => l.id))
  const lines = input.lines.map((l, i) => {
    const v = variants.get(l.sku.trim().toUpperCase())
    if (!v?.inventory_item_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `lines.${i}.sku: no stock-tracked product has SKU "${l.sku}"`,
      )
    }
    if (!locations.has(l.location_id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `lines.${i}.location_id: no stock location ${l.location_id}`,
      )
    }
    if (tooManyDecimals(l.unit_cost, input.currency_code)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `lines.${i}.unit_cost: ${input.currency_code.toUpperCase()} has 2 decimals at most`,
      )
    }
    return {
      ...v,
      inventory_item_id: v.inventory_item_id,
      location_id: l.location_id,
      quantity: l.quantity,
      unit_cost: l.unit_cost,
    }
  })
  const addsStock = input.adds_stock !== false
  const itemIds = lines.map((l) => l.inventory_item_id)
  const receipt = await withStockLocks(container, addsStock ? itemIds : [], async () => {
    const levels = await inventoryLevels(container, itemIds)
    const missing = new Map<string, { inventory_item_id: string; location_id: string }>()
    for (const l of lines) {
      const has = levels.some((x) => x.inventory_item_id === l.inventory_item_id && x.location_id === l.location_id)
      if (!has)
        missing.set(`${l.inventory_item_id}:${l.location_id}`, {
          inventory_item_id: l.inventory_item_id,
          location_id: l.location_id,
        })
    }
    const { result } = await receivePurchaseWorkflow(container).run({
      input: {
        receipt: {
          supplier: input.supplier,
          received_at: input.received_at,
          reference: input.reference ?? null,
          currency_code: input.currency_code,
          created_by: actor?.id ?? null,
          adds_stock: addsStock,
          lines: lines.map((l) => ({
            variant_id: l.variant_id,
            inventory_item_id: l.inventory_item_id,
            sku: l.sku,
            location_id: l.location_id,
            quantity: l.quantity,
            unit_cost: l.unit_cost,
          })),
        },
        create_levels: addsStock ? [...missing.values()] : [],
        changes: addsStock
          ? lines.map((l) => ({
              inventory_item_id: l.inventory_item_id,
              location_id: l.location_id,
              adjustment: l.quantity,
            }))
          : [],
        movements: addsStock
          ? lines.map((l) =>
              movementOf("receipt", l, actor ?? { id: "system", name: "system" }, {
                to: l.location_id,
                quantity: l.quantity,
                reason: `Received from ${input.supplier}`,
                reference: input.reference ?? null,
              }),
            )
          : [],
      },
    })
    return result
  })
  if (addsStock) await checkLowStock(container, itemIds)
  return receipt
}
