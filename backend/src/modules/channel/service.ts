import { MedusaService } from "@medusajs/framework/utils"
import { ChannelConnection } from "./models/channel-connection"
import { ChannelEvent } from "./models/channel-event"
import { ChannelOrder } from "./models/channel-order"
import { ChannelSkuAlias } from "./models/channel-sku-alias"

/** Marketplace connections, the orders they sent (exactly once each), webhook replays and SKU aliases. */
export default class ChannelModuleService extends MedusaService({
  ChannelConnection,
  ChannelOrder,
  ChannelEvent,
  ChannelSkuMapping: ChannelSkuAlias,
}) {}
