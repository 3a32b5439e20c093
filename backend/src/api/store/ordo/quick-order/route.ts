import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addToCartWorkflow, createCartWorkflow } from "@medusajs/medusa/core-flows"
import { type LineError, parseOrderLines } from "../../../../domain/order-lines"
import { availabilityNote } from "../../../../domain/stock"
import { buyerRegionId } from "../../../../queries/order/buying-account"
import { findStockShortages } from "../../../../queries/stock/stock-shortages"
import { storeSalesChannelId } from "../../sales-channel"
import type { StoreQuickOrderType } from "./validators"

/**
 * Quick order: the buyer pastes "SKU quantity" lines; every line is checked (format, SKU,
 * stock) and either all of them go into the cart in one workflow run, or none do and each
 * bad line is reported.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreQuickOrderType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const customerId = req.auth_context.actor_id
  const salesChannelId = storeSalesChannelId(req)
  const { lines, errors } = parseOrderLines(req.validatedBody.text)

  const skus = [...new Set(lines.map((l) => l.sku))]
  const { data: variants } = skus.length
    ? await query.graph({
        entity: "product_variant",
        fields: ["id", "sku", "allow_backorder", "product.status", "product.sales_channels.id"],
        filters: { sku: skus },
      })
    : { data: [] as any[] }
  const bySku = new Map(
    variants
      .filter(
        (v: any) =>
          v.product?.status === "published" &&
          (v.product?.sales_channels ?? []).some((sc: any) => sc?.id === salesChannelId),
      )
      .map((v: any) => [String(v.sku).toUpperCase(), v]),
  )
  for (const l of lines) {
    if (!bySku.has(l.sku)) {
      errors.push({ line: l.line, raw: l.raw, sku: l.sku, code: "unknown_sku", error: `Unknown SKU "${l.sku}"` })
    }
  }

  let cart = req.validatedBody.cart_id ? await loadOwnCart(query, req.validatedBody.cart_id, customerId) : undefined
  if (!errors.length) {
    const inCart = (cart?.items ?? []).map((i: any) => ({
      variant_id: i.variant_id,
      sku: i.variant_sku,
      quantity: Number(i.quantity),
    }))
    const wanted = lines.map((l) => {
      const v = bySku.get(l.sku)
      return { variant_id: v.id, sku: l.sku, quantity: l.quantity, allow_backorder: v.allow_backorder }
    })
    const shortages = await findStockShortages(query, salesChannelId, [...wanted, ...inCart])
    for (const s of shortages) {
      const inCartQty = inCart.filter((i: any) => i.sku === s.sku).reduce((a: number, i: any) => a + i.quantity, 0)
      for (const l of lines.filter((x) => x.sku === s.sku)) {
        errors.push({
          line: l.line,
          raw: l.raw,
          sku: l.sku,
          code: "insufficient_stock",
          error: `${l.sku}: ${availabilityNote(s)}${inCartQty ? ` (${inCartQty} already in your cart)` : ""}`,
        })
      }
    }
  }

  if (errors.length || !lines.length) {
    errors.sort((a: LineError, b: LineError) => a.line - b.line)
    res.status(400).json({
      type: "invalid_data",
      message:
        lines.length || errors.length
          ? `${new Set(errors.map((e) => e.line)).size} line(s) could not be ordered; nothing was added to the cart`
          : "No order lines found: paste lines of 'SKU quantity'",
      lines: errors,
    })
    return
  }

  if (!cart) {
    const { regionId, email } = await buyerRegionId(req.scope, customerId)
    const { result } = await createCartWorkflow(req.scope).run({
      input: { region_id: regionId, customer_id: customerId, email, sales_channel_id: salesChannelId },
    })
    cart = { id: result.id }
  }
  await addToCartWorkflow(req.scope).run({
    input: {
      cart_id: cart.id,
      items: lines.map((l) => ({ variant_id: bySku.get(l.sku).id, quantity: l.quantity })),
    },
  })
  const {
    data: [updated],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "currency_code", "total", "item_total", "items.id", "items.variant_sku", "items.quantity"],
    filters: { id: cart.id },
  })
  res.json({ cart: updated, added: lines.map(({ line, sku, quantity }) => ({ line, sku, quantity })) })
}

async function loadOwnCart(query: any, cartId: string, customerId: string) {
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "completed_at", "items.variant_id", "items.variant_sku", "items.quantity"],
    filters: { id: cartId },
  })
  // Another buyer's cart answers exactly like a missing one.
  if (!cart || cart.customer_id !== customerId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} not found`)
  }
  if (cart.completed_at) {
    return undefined
  }
  return cart
}
