import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { pickAddress } from "../../domain/address"
import { conflict } from "../../domain/errors"
import { toAmount } from "../../domain/money"
import { membershipOf } from "../company/membership"

/** A saved staff draft (not one waiting for approval), or 404/409. */
export async function staffDraft(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [o],
  } = await query.graph({
    entity: "order",
    fields: ["id", "is_draft_order", "status", "metadata", "customer_id"],
    filters: { id: orderId },
  })
  if (!o) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Draft order ${orderId} not found`)
  // Any saved draft (staff's own, or one made on Medusa's draft-order pages) can be reopened and
  // placed here; one waiting for approval or rejected cannot.
  if (!o.is_draft_order || o.status !== "draft" || (o.metadata as any)?.ordo_approval) {
    throw conflict(`Order ${orderId} is not a saved draft`)
  }
  return o
}

/** A saved staff draft in the entry screen's terms, to reopen it. */
export async function draftForEntry(container: MedusaContainer, orderId: string) {
  await staffDraft(container, orderId)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [o],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "customer_id",
      "currency_code",
      "metadata",
      "shipping_address.*",
      "shipping_methods.amount",
      "items.variant_id",
      "items.variant_sku",
      "items.unit_price",
      "items.detail.quantity",
    ],
    filters: { id: orderId },
  })
  const membership = await membershipOf(container, o.customer_id as string)
  return {
    order_id: o.id,
    display_id: o.display_id,
    company_id: membership?.company_id ?? null,
    customer_id: o.customer_id,
    po_number: (o.metadata as any)?.po_number ?? null,
    note: (o.metadata as any)?.note ?? null,
    requested_delivery_date: (o.metadata as any)?.requested_delivery_date ?? null,
    shipping_address: o.shipping_address ? pickAddress(o.shipping_address as any) : null,
    shipping_amount: toAmount((o.shipping_methods ?? [])[0]?.amount ?? 0, o.currency_code),
    lines: (o.items ?? []).filter(Boolean).map((i: any) => ({
      variant_id: i.variant_id,
      sku: i.variant_sku,
      quantity: Number(i.detail?.quantity ?? 0),
      unit_price: toAmount(i.unit_price, o.currency_code),
    })),
  }
}

/**
 * The order a staff entry with this idempotency key already made (a retry or double click), in
 * the submit answer's terms, with the hash of the entry it was made from.
 */
export async function orderByEntryKey(container: MedusaContainer, key: string) {
  const {
    data: [row],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "is_draft_order", "metadata"],
    filters: { metadata: { entry_key: key } } as any,
    pagination: { skip: 0, take: 1 },
  })
  if (!row) return undefined
  const metadata = (row.metadata ?? {}) as Record<string, unknown>
  const status = !row.is_draft_order
    ? "placed"
    : metadata.ordo_approval === "requires_approval"
      ? "requires_approval"
      : "draft"
  return {
    action: status === "draft" ? "draft" : "place",
    status,
    order_id: row.id as string,
    display_id: Number(row.display_id),
    repeated: true,
    entry_hash: (metadata.entry_hash as string | undefined) ?? null,
  }
}
