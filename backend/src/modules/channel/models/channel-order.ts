import { model } from "@medusajs/framework/utils"
import { CHANNEL_ORDER_STATUSES } from "../../../domain/marketplace"
import { ChannelConnection } from "./channel-connection"

/**
 * One marketplace order as it came in, exactly once per (connection, external id): its payload,
 * what became of it (the Medusa order, or why it waits in the exceptions queue) and the staff
 * resolution that lets it through.
 */
export const ChannelOrder = model
  .define("channel_order", {
    id: model.id({ prefix: "chord" }).primaryKey(),
    connection: model.belongsTo(() => ChannelConnection, { mappedBy: "orders" }),
    external_id: model.text(),
    external_number: model.text().searchable(),
    status: model.enum([...CHANNEL_ORDER_STATUSES]).default("received"),
    /** The marketplace's own status, as mapped by the adapter (pending, open, shipped, cancelled). */
    external_status: model.text(),
    external_updated_at: model.dateTime().nullable(),
    /** The adapter's typed order (MarketplaceOrder), raw payload included. */
    payload: model.json(),
    order_id: model.text().nullable(),
    /** Why it cannot be placed yet: [{ code, message, sku? }]. */
    problems: model.json().nullable(),
    /** What staff decided: { skus: { [external sku]: variant_id }, customer_id }. */
    resolution: model.json().nullable(),
    attempts: model.number().default(0),
    source: model.enum(["webhook", "poll", "file", "manual"]).default("webhook"),
  })
  .indexes([{ on: ["connection_id", "external_id"], unique: true }, { on: ["status"] }, { on: ["order_id"] }])
