export {
  type CreateFulfillmentInput,
  createShopifyClient,
  parseLinkHeader,
  retryAfterMs,
  type SetInventoryLevelInput,
  type ShopifyClient,
  type ShopifyClientOptions,
  type ShopifyConnectionResult,
  ShopifyError,
  type ShopifyFulfillment,
  type ShopifyFulfillmentOrder,
  type ShopifyInventoryLevel,
  type ShopifyListing,
  type ShopifyOrdersPage,
  type ShopifyResponse,
  type ShopifyShop,
} from "./client"
export { toIsoDate } from "./dates"
export {
  absDecimal,
  addDecimals,
  compareDecimals,
  divideDecimal,
  isZeroDecimal,
  multiplyDecimal,
  parseDecimal,
  subtractDecimals,
} from "./decimal"
export { idString, parseShopifyJson, stringifyShopifyJson } from "./json"
export { ShopifyMappingError, type ShopifyOrder, shopifyStatus, toMarketplaceOrder } from "./order"
export type {
  MarketplaceAddress,
  MarketplaceOrder,
  MarketplaceOrderLine,
  MarketplaceOrderStatus,
} from "./types"
export {
  parseWebhook,
  SHOPIFY_ORDER_TOPICS,
  type ShopifyOrderTopic,
  type ShopifyWebhookRefusal,
  type ShopifyWebhookResult,
  shopifyHmac,
  verifyShopifyWebhook,
  type WebhookHeaders,
} from "./webhook"
