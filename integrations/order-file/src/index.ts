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
  detectPreset,
  genericTemplateCsv,
  ORDER_FILE_FIELDS,
  type OrderFileField,
  type OrderFilePreset,
  PRESETS,
  type PresetDefinition,
} from "./presets"
export {
  MAX_DATA_ROWS,
  type OrderFileErrorKind,
  type OrderFileResult,
  type OrderFileRowError,
  type ReadOrderFileOptions,
  readOrderFile,
  splitChineseAddress,
  statusOf,
} from "./read"
export { OrderFileError, type OrderFileErrorCode } from "./sheet"
export type {
  MarketplaceAddress,
  MarketplaceOrder,
  MarketplaceOrderLine,
  MarketplaceOrderStatus,
} from "./types"
