import { model } from "@medusajs/framework/utils"

/** A marketplace's SKU that is not ours, mapped by staff to one of our variants (never a new product). */
export const ChannelSkuAlias = model
  .define("channel_sku_alias", {
    id: model.id({ prefix: "chsku" }).primaryKey(),
    connection_id: model.text(),
    external_sku: model.text(),
    variant_id: model.text(),
  })
  .indexes([{ on: ["connection_id", "external_sku"], unique: true }])
