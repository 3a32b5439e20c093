import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { type ChannelDelivery, recordChannelDeliveryStep } from "./steps/record-channel-delivery"
import { recordChannelEventStep } from "./steps/record-channel-event"
import { touchConnectionStep } from "./steps/touch-connection"

export type ReceiveChannelOrderInput = ChannelDelivery & { event?: { key: string; topic: string } }

export const channelOrderLock = (connectionId: string, externalId: string) =>
  `ordo:channel-order:${connectionId}:${externalId}`

/**
 * One delivery of a marketplace order (webhook, poll, file), written down exactly once per
 * (connection, external id) under a lock, with what the import must do next. A webhook
 * delivery seen before (same delivery id) changes nothing.
 */
export const receiveChannelOrderWorkflow = createWorkflow(
  "ordo-receive-channel-order",
  (input: ReceiveChannelOrderInput) => {
    const lock = acquireLocksStep(
      transform({ input }, ({ input }) => ({
        keys: [channelOrderLock(input.connection_id, input.order.external_id)],
        busy: "This marketplace order is being imported right now",
      })),
    )
    const event = when("ordo-channel-webhook-event", { input }, ({ input }) => !!input.event).then(() =>
      recordChannelEventStep(
        transform({ input }, ({ input }) => ({
          connection_id: input.connection_id,
          event_key: input.event?.key as string,
          topic: input.event?.topic as string,
        })),
      ),
    )
    const recorded = when("ordo-channel-new-delivery", { event }, ({ event }) => !event?.replay).then(() =>
      recordChannelDeliveryStep(input),
    )
    touchConnectionStep(
      transform({ input }, ({ input }) => ({
        id: input.connection_id,
        ...(input.source === "webhook" ? { last_webhook_at: new Date() } : {}),
        ...(input.source === "poll" ? { last_poll_at: new Date() } : {}),
      })),
    )
    releaseLocksStep(lock)
    return new WorkflowResponse(
      transform({ recorded, event }, ({ recorded, event }) => ({
        replay: !!event?.replay,
        channel_order_id: (recorded?.record as any)?.id as string | undefined,
        action: recorded?.action ?? { kind: "duplicate" as const, reason: "webhook delivered before" },
      })),
    )
  },
)
