/** Shippo's TrackingStatusEnum; anything else Shippo (or a carrier) sends is read as UNKNOWN. */
export const TRACK_STATUSES = ["UNKNOWN", "PRE_TRANSIT", "TRANSIT", "DELIVERED", "RETURNED", "FAILURE"] as const
export type TrackStatus = (typeof TRACK_STATUSES)[number]

export type TrackSubstatus = { code: string; text: string | null; action_required: boolean }

/** One carrier scan, as stored by the tracking module (occurred_at is UTC ISO). */
export type TrackEvent = {
  object_id: string | null
  status: TrackStatus
  substatus_code: string | null
  details: string | null
  /** "City, ST, Country" (the parts Shippo gave), or null. */
  location: string | null
  occurred_at: string
  /** Stable across webhook and poll: `id:<object_id>`, else a hash of status + occurred_at + details. */
  dedupe_key: string
}

/** A Shippo Track, read tolerantly: only carrier and tracking_number are required. */
export type Track = {
  carrier: string
  tracking_number: string
  status: TrackStatus
  status_details: string | null
  status_date: string | null
  substatus: TrackSubstatus | null
  eta: string | null
  location: string | null
  metadata: string | null
  /** Oldest first; includes the current tracking_status when the history lacks it. */
  history: TrackEvent[]
}

/** Shippo's ResponseMessage (source, code, text). */
export type ShippoMessage = { source?: string; code?: string; text: string }

/** An inline address (Shippo AddressCreateRequest) or the object_id of a stored one. */
export type ShippoAddress =
  | string
  | {
      name?: string
      company?: string
      street1: string
      street2?: string
      street3?: string
      city: string
      state?: string
      zip: string
      country: string
      phone?: string
      email?: string
      is_residential?: boolean
    }

/** Shippo ParcelCreateRequest: dimensions and weight are decimal strings (numbers are converted). */
export type ShippoParcel = {
  length: string | number
  width: string | number
  height: string | number
  distance_unit: "cm" | "in" | "ft" | "m" | "mm" | "yd"
  weight: string | number
  mass_unit: "g" | "kg" | "lb" | "oz"
}

export type Rate = {
  id: string
  /** Shippo's display name of the carrier ("USPS", "UPS", "DHL Express"). */
  provider: string
  /** Our carrier code for it (CARRIERS), e.g. "usps", "dhl_express". */
  carrier: string
  servicelevel: { name: string | null; token: string | null }
  /** Decimal string in `currency`, as Shippo sends it ("7.85"). */
  amount: string
  currency: string
  estimated_days: number | null
  duration_terms: string | null
  carrier_account: string | null
  /** CHEAPEST, FASTEST, BESTVALUE. */
  attributes: string[]
}

export type ShipmentRates = {
  id: string
  status: string
  rates: Rate[]
  messages: ShippoMessage[]
}

/** A bought label (Shippo Transaction). */
export type Label = {
  id: string
  /** SUCCESS (ERROR throws); QUEUED/WAITING only if Shippo did not finish within the request. */
  status: string
  tracking_number: string | null
  tracking_url: string | null
  label_url: string | null
  rate_id: string | null
  carrier?: string
  eta: string | null
  messages: ShippoMessage[]
}

export type Refund = { id: string; status: string; transaction: string }
