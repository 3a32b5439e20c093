export {
  type AmazonClient,
  type AmazonClientOptions,
  AmazonError,
  type AmazonOperation,
  type AmazonOrdersPage,
  type ConfirmShipmentInput,
  createAmazonClient,
  DEFAULT_RATE_LIMITS,
  type GetOrdersInput,
  type GetOrdersResult,
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
export {
  createLwaTokenProvider,
  isLwaTokenProvider,
  LWA_TOKEN_URL,
  type LwaCredentials,
  LwaError,
  type LwaOptions,
  type LwaTokenProvider,
} from "./lwa"
export {
  AmazonMappingError,
  type AmazonMoney,
  type AmazonOrder,
  type AmazonOrderItem,
  amazonStatus,
  MARKETPLACE_CURRENCY,
  toMarketplaceOrder,
} from "./order"
export { RateLimiter } from "./rate-limit"
export type {
  MarketplaceAddress,
  MarketplaceOrder,
  MarketplaceOrderLine,
  MarketplaceOrderStatus,
} from "./types"
