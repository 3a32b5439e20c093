import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict } from "../../../domain/errors"
import { APPROVAL_MODULE } from "../../../modules/approval"
import type ApprovalModuleService from "../../../modules/approval/service"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import { waitingOrder } from "../../../queries/order/approved-order"
import { ADDRESS_FIELDS, type BuyingAccount, type OrderSource, type PlaceOrderInput } from "../types"

export const resolveOrderSourceStepId = "ordo-resolve-order-source"

const notFound = (what: string, id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id: ${id} was not found`)

/**
 * The lines to order and where they come from. A cart must be the buyer's own, open, in the
 * company's currency and in the channel it is checked out from; a quote must be the company's,
 * sent and still valid; an approved order must still be the draft its request was made for.
 * Only variant ids and quantities are taken from a cart: nothing the buyer can write (prices,
 * metadata) reaches the order. Reads only.
 */
export const resolveOrderSourceStep = createStep(
  resolveOrderSourceStepId,
  async ({ input, account }: { input: PlaceOrderInput; account: BuyingAccount }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    if (input.cart_id) {
      const {
        data: [cart],
      } = await query.graph({
        entity: "cart",
        fields: [
          "id",
          "customer_id",
          "completed_at",
          "currency_code",
          "sales_channel_id",
          "items.variant_id",
          "items.variant_sku",
          "items.quantity",
        ],
        filters: { id: input.cart_id },
      })
      if (!cart || cart.customer_id !== input.customer_id) throw notFound("Cart", input.cart_id)
      if (cart.completed_at) throw conflict("This cart has already been checked out")
      if (String(cart.currency_code).toLowerCase() !== account.currency_code) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `${account.company_name} buys in ${account.currency_code.toUpperCase()}; this cart is in ${String(cart.currency_code).toUpperCase()}. Start a new cart.`,
        )
      }
      if (cart.sales_channel_id !== input.sales_channel_id) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "This cart belongs to another sales channel; start a new cart",
        )
      }
      const items = ((cart.items ?? []) as any[]).filter(Boolean)
      if (!items.length)
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "Your cart is empty: add products before checking out")
      return new StepResponse<OrderSource>({
        cart: { id: cart.id },
        lines: items.map((i) => ({
          variant_id: i.variant_id,
          sku: i.variant_sku ?? null,
          quantity: Number(i.quantity),
        })),
      })
    }
    if (input.quote_id) {
      const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
      const [quote] = await quotes.listQuotes({ id: input.quote_id })
      if (!quote || quote.company_id !== account.company_id || account.retail) throw notFound("Quote", input.quote_id)
      if (!["sent", "accepted"].includes(quote.status)) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A quote that is ${quote.status} cannot be ordered`)
      }
      if (quote.valid_until && new Date(quote.valid_until).getTime() < Date.now()) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `This quote expired on ${new Date(quote.valid_until).toISOString().slice(0, 10)}`,
        )
      }
      const [version] = await quotes.listQuoteVersions({ quote_id: quote.id, version: quote.current_version } as any)
      const lines = ((version?.lines ?? []) as unknown as any[]).map((l) => ({
        variant_id: l.variant_id,
        sku: l.sku,
        quantity: l.quantity,
        unit_price: String(l.unit_price),
        list_price: String(l.list_price),
        tax_inclusive: !!l.tax_inclusive,
      }))
      return new StepResponse<OrderSource>({
        lines,
        quote: {
          id: quote.id,
          display_id: Number(quote.display_id),
          version: quote.current_version,
          po_number: quote.po_number ?? null,
        },
      })
    }
    if (input.approved) {
      const waiting = await waitingOrder(container, input.approved.order_id).catch(() => undefined)
      const order = waiting?.order
      const items: any[] = waiting?.items ?? []
      const shipping: any[] = waiting?.shipping ?? []
      const fingerprint = waiting?.fingerprint ?? ""
      if (!order || order.customer_id !== input.customer_id) throw notFound("Order", input.approved.order_id)
      if (!order.is_draft_order || order.status !== "draft")
        throw conflict("This order has already been placed or cancelled")
      const [request] = await container
        .resolve<ApprovalModuleService>(APPROVAL_MODULE)
        .listApprovalRequests({ id: input.approved.request_id })
      if (!request || request.order_id !== order.id || (request.fingerprint && request.fingerprint !== fingerprint)) {
        throw Object.assign(conflict("The order changed after it was sent for approval; approval starts again"), {
          ordo_restart_approval: true,
        })
      }
      const address = Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, (order.shipping_address as any)?.[f] ?? null]))
      return new StepResponse<OrderSource>({
        lines: items.map((i) => ({
          variant_id: i.variant_id,
          sku: i.variant_sku ?? null,
          quantity: Number(i.detail?.quantity),
          unit_price: String(i.unit_price),
          tax_inclusive: !!i.is_tax_inclusive,
        })),
        draft: {
          id: order.id,
          shipping_address: address,
          shipping: {
            option_id: shipping[0]?.shipping_option_id ?? null,
            name: shipping[0]?.name ?? "Freight",
            amount: String(shipping[0]?.amount ?? 0),
          },
          metadata: (order.metadata ?? {}) as Record<string, unknown>,
          fingerprint,
        },
      })
    }
    return new StepResponse<OrderSource>({
      lines: (input.lines ?? []).map((l) => ({
        variant_id: l.variant_id,
        sku: null,
        quantity: l.quantity,
        unit_price: l.unit_price ?? null,
      })),
    })
  },
)
