import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { createOrderWorkflow, deleteDraftOrdersWorkflow } from "@medusajs/medusa/core-flows"
import { requestHash } from "../../domain/idempotency"
import type { EntryBlock, EntryWarning } from "../../domain/order-entry"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { placeOrderWorkflow } from "../order/place-order"
import { createQuoteWorkflow } from "../quote/create-quote"
import { sendQuoteWorkflow } from "../quote/send-quote"
import { checkEntryStep } from "./steps/check-entry"
import { findEarlierEntryStep } from "./steps/find-earlier-entry"
import { orderNumberStep } from "./steps/order-number"
import { prepareEntryDraftStep } from "./steps/prepare-entry-draft"
import type { EntrySaved, SubmitEntryInput } from "./types"

export type SubmitEntryResult =
  | { kind: "blocked"; message: string; blocks: EntryBlock[] }
  | { kind: "unconfirmed"; message: string; warnings: EntryWarning[] }
  | { kind: "saved"; saved: EntrySaved }

/**
 * Saves what a staff member entered once it is valid and every warning is confirmed: a Medusa
 * draft order, a quote sent to the buyer, or an order placed through the place-order workflow
 * (the staff channel, the prices typed, the address checked on screen, the same approval,
 * credit, stock and deposit gates as every order). A reopened draft it replaces is deleted.
 * Nothing is saved when the entry is blocked or has unconfirmed warnings (the result says why).
 * With an Idempotency-Key (drafts and orders), a repeated submission is answered with the
 * order the first one made, under a lock per key.
 */
export const submitEntryWorkflow = createWorkflow("ordo-submit-entry", (input: SubmitEntryInput) => {
  const keyed = transform({ input }, ({ input }) => {
    const key = input.entry.action === "quote" ? undefined : input.entry_key
    return key
      ? { entry_key: key, entry_hash: requestHash(input.entry) }
      : { entry_key: undefined, entry_hash: undefined }
  })
  const lock = acquireLocksStep(
    transform({ keyed }, ({ keyed }) => ({
      keys: keyed.entry_key ? [`ordo:order-entry:${keyed.entry_key}`] : [],
      busy: "This order is being saved right now; please wait a moment",
    })),
  )
  const earlier = findEarlierEntryStep(keyed)
  const checked = when("ordo-entry-check", { earlier }, ({ earlier }) => !earlier).then(() =>
    checkEntryStep(transform({ input }, ({ input }) => input.entry)),
  )
  const go = transform({ input, checked }, ({ input, checked }) =>
    checked?.verdict.kind === "ready" ? input.entry.action : null,
  )

  const quote = when("ordo-entry-quote", { go }, ({ go }) => go === "quote").then(() => {
    const created = createQuoteWorkflow.runAsStep({
      input: transform({ input, checked }, ({ input, checked }) => ({
        company_id: checked?.company.id as string,
        customer_id: checked?.buyer.customer_id as string,
        lines: (checked?.lines ?? []).map((l) => ({
          variant_id: l.variant_id,
          quantity: l.quantity,
          unit_price: l.unit_price,
        })),
        author: { type: "user" as const, id: input.actor.id, name: input.actor.name },
        note: input.entry.note,
        po_number: input.entry.po_number,
        created_by: input.actor.id,
      })),
    })
    sendQuoteWorkflow.runAsStep({ input: transform({ created }, ({ created }) => ({ quote_id: created.id })) })
    return created
  })

  const draft = when("ordo-entry-draft", { go }, ({ go }) => go === "draft").then(() => {
    const order = prepareEntryDraftStep(
      transform({ input, checked, keyed }, ({ input, checked, keyed }) => ({
        checked: checked as NonNullable<typeof checked>,
        actor: input.actor,
        po_number: input.entry.po_number,
        note: input.entry.note,
        requested_delivery_date: input.entry.requested_delivery_date,
        ...keyed,
      })),
    )
    return createOrderWorkflow.runAsStep({ input: order as any })
  })

  const placed = when("ordo-entry-place", { go }, ({ go }) => go === "place").then(() =>
    placeOrderWorkflow.runAsStep({
      input: transform({ input, checked, keyed }, ({ input, checked, keyed }) => ({
        channel: "staff" as const,
        customer_id: checked?.buyer.customer_id as string,
        sales_channel_id: checked?.channel_id as string,
        lines: (checked?.lines ?? []).map((l) => ({
          variant_id: l.variant_id,
          quantity: l.quantity,
          unit_price: l.unit_price,
        })),
        shipping_address: checked?.address ?? undefined,
        shipping_amount: checked?.shipping,
        po_number: input.entry.po_number || null,
        requested_delivery_date: input.entry.requested_delivery_date || null,
        note: input.entry.note || null,
        metadata: {
          entered_by: { id: input.actor.id, name: input.actor.name },
          entry_key: keyed.entry_key,
          entry_hash: keyed.entry_hash,
        },
      })),
    }),
  )

  when("ordo-entry-replace-draft", { go, input }, ({ go, input }) => !!go && !!input.entry.draft_order_id).then(() => {
    deleteDraftOrdersWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ order_ids: [input.entry.draft_order_id as string] })),
    })
  })
  releaseLocksStep(lock)

  const orderId = transform({ draft, placed }, ({ draft, placed }) => draft?.id ?? placed?.order_id ?? null)
  const displayId = orderNumberStep(orderId)
  const result = transform(
    { earlier, checked, quote, draft, placed, displayId },
    ({ earlier, checked, quote, draft, placed, displayId }): SubmitEntryResult => {
      if (earlier) return { kind: "saved", saved: earlier }
      const verdict = checked?.verdict
      if (verdict?.kind === "blocked" || verdict?.kind === "unconfirmed") return verdict
      const display_id = displayId ?? undefined
      if (quote) return { kind: "saved", saved: { action: "quote", status: "quote", quote_id: quote.id } }
      if (draft) return { kind: "saved", saved: { action: "draft", status: "draft", order_id: draft.id, display_id } }
      return {
        kind: "saved",
        saved: {
          action: "place",
          status: placed?.status as string,
          order_id: placed?.order_id,
          approval_request_id: placed?.approval_request_id,
          display_id,
        },
      }
    },
  )
  return new WorkflowResponse(result)
})
