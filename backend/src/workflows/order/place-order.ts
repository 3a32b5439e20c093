import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import {
  convertDraftOrderWorkflow,
  createOrderWorkflow,
  createRemoteLinkStep,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { orderFingerprint } from "../../domain/order-gates"
import { COMPANY_MODULE } from "../../modules/company"
import type { PlacedOrder } from "../../queries/order/placed-order-for-cart"
import { APPROVAL_EVENTS } from "../approval/events"
import { createApprovalRequestStep } from "../approval/steps/create-approval-request"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { RECEIVABLES_EVENTS } from "../receivables/issue-invoice"
import { issueDepositInvoiceStep } from "../receivables/steps/issue-deposit-invoice"
import { evaluateOrderGates } from "./order-gates"
import { assertApprovalCoversStep } from "./steps/assert-approval-covers"
import { assertStockStep } from "./steps/assert-stock"
import { markCartCompletedStep } from "./steps/mark-cart-completed"
import { markQuoteOrderedStep } from "./steps/mark-quote-ordered"
import type { PlaceOrderInput } from "./types"

export type { PlacedOrder }

const STOCK_BUSY = "Many orders for these products are being placed right now; nothing was changed, please try again"

/**
 * The one way an order comes into being, whatever the door: storefront checkout, quote
 * acceptance, staff entry, the last approval of a waiting order, and marketplace imports.
 * Every gate is a step: who may order on account → where the lines come from → whole
 * quantities → prices → PO number → address and freight → order value, discounts, spending
 * limit, credit (in the company's currency) → stock, under a lock per inventory item → then
 * either a draft that waits for approval (reserving nothing) or the order placed through
 * Medusa's own draft-order conversion (which reserves the stock and emits order.placed) with
 * its deposit invoice. A path skips a gate only by naming it in `input.skip`.
 *
 * Each step that writes has a compensation, so a failure anywhere leaves nothing behind.
 * Medusa's own ways to make an order (cart completion, draft conversion) refuse and point here.
 */
export const placeOrderWorkflow = createWorkflow("ordo-place-order", (input: PlaceOrderInput) => {
  // One placement at a time per cart, quote or waiting order: a double submit finds it placed.
  const sourceKey = transform({ input }, ({ input }) => ({
    keys: [`ordo:order-source:${input.cart_id ?? input.quote_id ?? input.approved?.order_id ?? ""}`].filter(
      (k) => !k.endsWith(":"),
    ),
    busy: "This order is being placed right now; please wait a moment and look at your orders",
  }))
  const sourceLock = acquireLocksStep(sourceKey).config({ name: "ordo-lock-order-source" })
  const { account, source, lines, poNumber, shipping, facts, decision } = evaluateOrderGates(input)
  assertApprovalCoversStep(decision)

  const lockKeys = transform({ lines }, ({ lines }) => ({
    keys: lines.filter((l) => l.manage_inventory).flatMap((l) => l.inventory_item_ids.map((id) => `ordo:stock:${id}`)),
    busy: STOCK_BUSY,
  }))
  const locks = acquireLocksStep(lockKeys)
  const stockInput = transform({ lines, input }, ({ lines, input }) => ({
    lines,
    sales_channel_id: input.sales_channel_id,
    approving: !!input.approved,
  }))
  assertStockStep(stockInput)

  const draftInput = transform(
    { input, account, source, lines, shipping, poNumber, decision, facts },
    ({ input, account, source, lines, shipping, poNumber, decision, facts }) => ({
      region_id: account.region_id,
      customer_id: account.customer_id,
      sales_channel_id: input.sales_channel_id,
      email: account.email,
      currency_code: account.currency_code,
      shipping_address: shipping.address,
      billing_address: shipping.address,
      status: "draft",
      is_draft_order: true,
      metadata: {
        ...(input.metadata ?? {}),
        ...(source.quote
          ? {
              quote_id: source.quote.id,
              quote_display_id: source.quote.display_id,
              quote_version: source.quote.version,
            }
          : {}),
        po_number: poNumber ?? undefined,
        requested_delivery_date: input.requested_delivery_date || undefined,
        note: input.note || undefined,
        payment_terms: "on_account",
        ordo_channel: input.channel,
        ordo_company_id: account.company_id,
        // Who owns the order: the company's rep as it is placed, kept when the customer changes hands.
        ordo_rep_id: account.sales_rep_id ?? undefined,
        ordo_retail: account.retail || undefined,
        ordo_terms: account.credit.terms,
        ordo_deposit_required: account.credit.terms === "deposit" || account.credit.terms === "prepaid" || undefined,
        ordo_order_total: facts.order_total,
        ...(decision.needs_approval ? { ordo_approval: "requires_approval" } : {}),
      },
      items: lines.map((l) => ({
        variant_id: l.variant_id,
        quantity: l.quantity,
        unit_price: l.unit_price,
        is_tax_inclusive: l.tax_inclusive,
        metadata: l.metadata,
      })),
      shipping_methods: [
        {
          name: shipping.freight.name,
          amount: shipping.freight.amount,
          is_tax_inclusive: lines[0]?.tax_inclusive ?? false,
          shipping_option_id: shipping.freight.option_id,
          data: {},
        },
      ],
    }),
  )

  // A new order is written as a Medusa draft first; the last approval already has one.
  const created = when("ordo-place-order-new", { input }, ({ input }) => !input.approved).then(() => {
    const order = createOrderWorkflow.runAsStep({ input: draftInput as any })
    // The order belongs to the company it was placed for (credit exposure and reports read this link).
    createRemoteLinkStep(
      transform({ order, account }, ({ order, account }) => [
        { [COMPANY_MODULE]: { company_id: account.company_id }, [Modules.ORDER]: { order_id: order.id } },
      ]),
    ).config({ name: "ordo-link-order-company" })
    return order
  })
  const orderId = transform({ created, input }, ({ created, input }) =>
    input.approved ? input.approved.order_id : (created as { id: string }).id,
  )

  when("ordo-place-order-from-cart", { source }, ({ source }) => !!source.cart).then(() => {
    const cartId = transform({ source }, ({ source }) => source.cart?.id as string)
    markCartCompletedStep(cartId)
    const links = transform({ orderId, cartId }, ({ orderId, cartId }) => [
      { [Modules.ORDER]: { order_id: orderId }, [Modules.CART]: { cart_id: cartId } },
    ])
    createRemoteLinkStep(links)
  })

  const request = when("ordo-place-order-for-approval", { decision }, ({ decision }) => decision.needs_approval).then(
    () => {
      const requestInput = transform(
        { orderId, account, input, decision, facts, draftInput, source },
        ({ orderId, account, input, decision, facts, draftInput, source }) => ({
          order_id: orderId,
          quote_id: source.quote?.id ?? null,
          company_id: account.company_id,
          requested_by: input.customer_id,
          chain: decision.chain.map((role, i) => ({ level: i + 1, role })),
          reasons: decision.triggers.map(({ levels: _l, ...t }) => t),
          order_total: facts.order_total,
          currency_code: account.currency_code,
          fingerprint: orderFingerprint({
            customer_id: draftInput.customer_id,
            currency_code: draftInput.currency_code,
            region_id: draftInput.region_id,
            sales_channel_id: draftInput.sales_channel_id,
            shipping_country: draftInput.shipping_address.country_code,
            items: draftInput.items,
            shipping: draftInput.shipping_methods,
          }),
        }),
      )
      const created = createApprovalRequestStep(requestInput)
      const event = transform({ created }, ({ created }) => ({ id: created.id }))
      emitEventStep({ eventName: APPROVAL_EVENTS.requested, data: event })
      return created
    },
  )

  when("ordo-place-order-now", { decision }, ({ decision }) => !decision.needs_approval).then(() => {
    const id = transform({ orderId }, ({ orderId }) => ({ id: orderId }))
    convertDraftOrderWorkflow.runAsStep({ input: id })
    const deposit = issueDepositInvoiceStep(
      transform({ orderId, account }, ({ orderId, account }) => ({ order_id: orderId, terms: account.credit.terms })),
    )
    // A deposit invoice is announced like any other (the buyer gets it mailed to pay it).
    emitEventStep({
      eventName: RECEIVABLES_EVENTS.invoiceIssued,
      data: transform({ deposit }, ({ deposit }) => (deposit ? { id: (deposit as { id: string }).id } : null)),
    }).config({ name: "ordo-emit-deposit-invoice-issued" })
  })

  when("ordo-place-order-quote", { source }, ({ source }) => !!source.quote).then(() => {
    const quoteInput = transform({ source, orderId, poNumber }, ({ source, orderId, poNumber }) => ({
      quote_id: source.quote?.id as string,
      order_id: orderId,
      po_number: poNumber,
    }))
    markQuoteOrderedStep(quoteInput)
  })

  releaseLocksStep(locks)
  releaseLocksStep(sourceLock).config({ name: "ordo-release-order-source" })

  const result = transform({ orderId, decision, request }, ({ orderId, decision, request }) => ({
    order_id: orderId,
    status: decision.needs_approval ? ("requires_approval" as const) : ("placed" as const),
    approval_request_id: (request as { id?: string } | undefined)?.id,
  }))
  return new WorkflowResponse(result as unknown as PlacedOrder)
})
