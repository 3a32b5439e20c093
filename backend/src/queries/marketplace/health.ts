import type { MedusaContainer } from "@medusajs/framework/types"
import { CHANNEL_MODULE } from "../../modules/channel"
import type ChannelModuleService from "../../modules/channel/service"
import { pushHealth } from "./listings"

/**
 * A connection's health as staff read it: orders in today by outcome, the exceptions waiting,
 * last webhook, last poll, last success and last error.
 */
export async function connectionHealth(container: MedusaContainer, connection: Record<string, any>, now = new Date()) {
  const channels = container.resolve<ChannelModuleService>(CHANNEL_MODULE)
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
  const [todays, [, exceptions], pushes] = await Promise.all([
    channels.listChannelOrders({ connection_id: connection.id, created_at: { $gte: today } } as any, {
      select: ["id", "status"],
      take: null as unknown as number,
    }),
    channels.listAndCountChannelOrders({ connection_id: connection.id, status: "exception" } as any, {
      select: ["id"],
      take: 1,
    }),
    pushHealth(container, connection, today),
  ])
  const byStatus: Record<string, number> = {}
  for (const o of todays as any[]) byStatus[o.status] = (byStatus[o.status] ?? 0) + 1
  return {
    orders_today: todays.length,
    imported_today: byStatus.imported ?? 0,
    exceptions_waiting: exceptions,
    last_webhook_at: connection.last_webhook_at ?? null,
    last_poll_at: connection.last_poll_at ?? null,
    last_success_at: connection.last_success_at ?? null,
    last_error: connection.last_error ?? null,
    last_error_at: connection.last_error_at ?? null,
    ...pushes,
  }
}

/** A connection as staff see it: never its secrets, only whether they are set. */
export function connectionView(connection: Record<string, any>) {
  const { credentials, ...rest } = connection
  return { ...rest, has_credentials: !!credentials }
}
