import { model } from "@medusajs/framework/utils"

/** A webhook delivery seen once: a replay with the same key is acknowledged and ignored. */
export const ChannelEvent = model
  .define("channel_event", {
    id: model.id({ prefix: "chevt" }).primaryKey(),
    connection_id: model.text(),
    event_key: model.text(),
    topic: model.text(),
  })
  .indexes([{ on: ["connection_id", "event_key"], unique: true }])
