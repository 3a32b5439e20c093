import { model } from "@medusajs/framework/utils"

/**
 * One of our variants as a marketplace lists it: where its stock is pushed (Shopify's inventory
 * item, Amazon's seller SKU) and the last quantity sent. A listing whose available quantity
 * (less the connection's safety stock) differs from `last_sent` is due a push.
 */
export const ChannelListing = model
  .define("channel_listing", {
    id: model.id({ prefix: "chlst" }).primaryKey(),
    connection_id: model.text(),
    variant_id: model.text(),
    /** Our inventory item for the variant (its stock at the connection's location is pushed). */
    inventory_item_id: model.text(),
    /** The SKU as the marketplace knows it (ours, or the alias staff mapped). */
    external_sku: model.text(),
    /** Shopify: the inventory item id; Amazon: the seller SKU. */
    external_id: model.text(),
    last_sent: model.number().nullable(),
    last_sent_at: model.dateTime().nullable(),
    last_error: model.text().nullable(),
    last_error_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["connection_id", "variant_id"], unique: true }, { on: ["inventory_item_id"] }])
