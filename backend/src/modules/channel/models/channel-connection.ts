import { model } from "@medusajs/framework/utils"
import { CHANNEL_TYPES } from "../../../domain/marketplace"
import { ChannelOrder } from "./channel-order"

/**
 * A connection to a marketplace (or a file source): where its orders land (a Medusa sales
 * channel and stock location), how much stock is held back from it, and the state of its sync.
 * Secrets (API tokens, webhook secrets) are stored encrypted; `config` holds what is not secret.
 */
export const ChannelConnection = model.define("channel_connection", {
  id: model.id({ prefix: "chconn" }).primaryKey(),
  type: model.enum([...CHANNEL_TYPES]),
  name: model.text().searchable(),
  status: model.enum(["enabled", "paused"]).default("enabled"),
  /** Not secret: shop domain, API base URL, marketplace ids, currency. */
  config: model.json().nullable(),
  /** AES-256-GCM envelope of the connection's secrets (see domain/secret-box.ts). */
  credentials: model.text().nullable(),
  sales_channel_id: model.text(),
  stock_location_id: model.text(),
  /** Units kept back from this channel when its stock is pushed. */
  safety_stock: model.number().default(0),
  /** The company and customer its orders are placed for when the buyer is not one of ours. */
  retail_company_id: model.text().nullable(),
  retail_customer_id: model.text().nullable(),
  /** Catch-up poll position (the marketplace's updated-at of the last order seen). */
  sync_cursor: model.text().nullable(),
  last_success_at: model.dateTime().nullable(),
  last_error: model.text().nullable(),
  last_error_at: model.dateTime().nullable(),
  last_webhook_at: model.dateTime().nullable(),
  last_poll_at: model.dateTime().nullable(),
  orders: model.hasMany(() => ChannelOrder, { mappedBy: "connection" }),
})
