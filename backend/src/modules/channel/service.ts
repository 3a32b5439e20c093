import { MedusaService } from "@medusajs/framework/utils"
import { ChannelConnection } from "./models/channel-connection"
import { ChannelEvent } from "./models/channel-event"
import { ChannelImport } from "./models/channel-import"
import { ChannelListing } from "./models/channel-listing"
import { ChannelOrder } from "./models/channel-order"
import { ChannelPush } from "./models/channel-push"
import { ChannelSkuAlias } from "./models/channel-sku-alias"

/** Marketplace connections, the orders they sent (exactly once each), webhook replays, SKU aliases, listings and the stock push log. */
export default class ChannelModuleService extends MedusaService({
  ChannelConnection,
  ChannelOrder,
  ChannelEvent,
  ChannelSkuMapping: ChannelSkuAlias,
  ChannelListing,
  ChannelPush,
  ChannelImport,
}) {}
