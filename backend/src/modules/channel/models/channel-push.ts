import { model } from "@medusajs/framework/utils"

/** The push log: every quantity sent to a listing (or refused by the marketplace), with its idempotency key. */
export const ChannelPush = model
  .define("channel_push", {
    id: model.id({ prefix: "chpsh" }).primaryKey(),
    connection_id: model.text(),
    listing_id: model.text(),
    quantity: model.number(),
    /** Same key for a retry of the same value to the same listing. */
    idempotency_key: model.text(),
    status: model.enum(["sent", "failed"]),
    error: model.text().nullable(),
    /** Milliseconds from the stock change being noticed to the marketplace's answer. */
    latency_ms: model.number().nullable(),
  })
  .indexes([{ on: ["connection_id", "created_at"] }, { on: ["listing_id"] }])
