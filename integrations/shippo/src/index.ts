export {
  CARRIERS,
  type Carrier,
  carrierFromProvider,
  carrierName,
  findCarrier,
  isShippoCarrier,
  SHIPPO_TEST_NUMBERS,
  trackingUrl,
} from "./carriers"
export {
  type BuyLabelInput,
  type CreateShipmentInput,
  createShippoClient,
  messagesOf,
  type RegisterTrackInput,
  type ShippoClient,
  type ShippoClientOptions,
  ShippoError,
  shippoErrorText,
  toRate,
} from "./client"
export { toIsoDate } from "./dates"
export {
  locationText,
  normaliseTrackStatus,
  parseTrack,
  parseTrackWebhook,
  ShippoTrackError,
  type TrackWebhook,
  trackEventKey,
} from "./track"
export {
  type Label,
  type Rate,
  type Refund,
  type ShipmentRates,
  type ShippoAddress,
  type ShippoMessage,
  type ShippoParcel,
  TRACK_STATUSES,
  type Track,
  type TrackEvent,
  type TrackStatus,
  type TrackSubstatus,
} from "./types"
export { verifyWebhookToken } from "./webhook"
