import type { Actor } from "../../domain/names"
import type { EntryInput } from "../../queries/order-entry/check-entry"

export type SubmitEntryInput = {
  entry: EntryInput & {
    action: "draft" | "quote" | "place"
    confirmed?: string[]
    po_number?: string
    note?: string
    requested_delivery_date?: string
    draft_order_id?: string
  }
  actor: Actor
  /** The client's Idempotency-Key (drafts and orders): a retry answers with the first order. */
  entry_key?: string
}

export type EntrySaved = {
  action: string
  status: string
  order_id?: string
  display_id?: number
  quote_id?: string
  approval_request_id?: string
  repeated?: boolean
}
