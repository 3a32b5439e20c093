import { MedusaError } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validUntil } from "../../domain/quote-status"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { notifyStep } from "../common/steps/notify"
import { releaseLocksStep } from "../common/steps/release-locks"
import { quoteLock } from "./lock"
import { loadQuoteStep } from "./steps/load-quote"
import { updateQuoteStep } from "./steps/update-quote"

/**
 * A draft quote is sent to its buyer, valid until the date chosen (30 days by default), with staff's
 * lead time / backorder note when given, and mailed. Stock is not a gate here: a quote may promise
 * more than is on hand (staff see the shortfall when they send it and say when the rest comes).
 */
export const sendQuoteWorkflow = createWorkflow(
  "ordo-send-quote",
  (input: { quote_id: string; valid_until?: Date | string | null; lead_time_note?: string }) => {
    const lock = acquireLocksStep(transform({ input }, ({ input }) => quoteLock(input.quote_id)))
    const quote = loadQuoteStep(
      transform({ input }, ({ input }) => ({ quote_id: input.quote_id, verb: "sent" as const })),
    )
    const sent = updateQuoteStep(
      transform({ input }, ({ input }) => {
        const v = validUntil(input.valid_until ? new Date(input.valid_until) : null)
        if ("refusal" in v) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, v.refusal)
        return {
          id: input.quote_id,
          status: "sent",
          sent_at: new Date(),
          valid_until: v.until,
          ...(input.lead_time_note !== undefined ? { lead_time_note: input.lead_time_note || null } : {}),
        }
      }),
    )
    releaseLocksStep(lock)
    notifyStep(
      transform({ quote, sent }, ({ quote, sent }) => ({
        to: { customer_id: quote.customer_id as string },
        template: "ordo-quote-sent",
        data: {
          quote_id: quote.id,
          quote_display_id: quote.display_id,
          version: quote.current_version,
          valid_until: new Date((sent as { valid_until: Date }).valid_until).toISOString(),
        },
        idempotency_key: `ordo-quote-sent:${quote.id}:${quote.current_version}`,
      })),
    )
    return new WorkflowResponse(sent)
  },
)
