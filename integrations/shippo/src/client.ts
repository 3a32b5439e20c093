import { carrierFromProvider } from "./carriers"
import { toIsoDate } from "./dates"
import { parseTrack } from "./track"
import type { Label, Rate, Refund, ShipmentRates, ShippoAddress, ShippoMessage, ShippoParcel, Track } from "./types"

type Obj = Record<string, any>

/**
 * A failed Shippo call: the HTTP status (0 without a response) or, for a label or refund Shippo
 * answered with `status: "ERROR"`, the HTTP status of that answer with `objectStatus: "ERROR"`.
 * `message` is Shippo's own text (messages[].text, `detail`, or field errors).
 */
export class ShippoError extends Error {
  readonly status: number
  readonly objectStatus?: string
  readonly messages: ShippoMessage[]
  readonly body: unknown
  constructor(
    status: number,
    message: string,
    opts: { objectStatus?: string; messages?: ShippoMessage[]; body?: unknown } = {},
  ) {
    super(message)
    this.name = "ShippoError"
    this.status = status
    this.objectStatus = opts.objectStatus
    this.messages = opts.messages ?? []
    this.body = opts.body
  }
}

export type ShippoClientOptions = {
  /** `shippo_test_…` / `shippo_live_…`; sent as `ShippoToken <token>` (a value already prefixed is kept). */
  token: string
  /** Default https://api.goshippo.com (the tests: the fake server). */
  baseUrl?: string
  fetch?: typeof fetch
  /** SHIPPO-API-VERSION header, default 2018-02-08 (the SDK's openapiDocVersion). */
  apiVersion?: string
  /** Injectable so tests never wait; default setTimeout. */
  sleep?: (ms: number) => Promise<void>
  /** Retries after a 429 (every call) or a 5xx (calls that are safe to repeat); default 3. */
  maxRetries?: number
  /** First backoff, doubled each time (default 500 ms), capped at maxBackoffMs (default 8 s). */
  baseBackoffMs?: number
  maxBackoffMs?: number
  timeoutMs?: number
}

export type RegisterTrackInput = { carrier: string; tracking_number: string; metadata?: string }
export type CreateShipmentInput = {
  address_from: ShippoAddress
  address_to: ShippoAddress
  parcels: ShippoParcel[]
  metadata?: string
}
export type BuyLabelInput = {
  rate_id: string
  label_file_type?:
    | "PNG"
    | "PNG_2.3x7.5"
    | "PDF"
    | "PDF_2.3x7.5"
    | "PDF_4x6"
    | "PDF_4x8"
    | "PDF_A4"
    | "PDF_A5"
    | "PDF_A6"
    | "ZPLII"
  metadata?: string
}

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v)
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null)

export function messagesOf(value: unknown): ShippoMessage[] {
  if (!Array.isArray(value)) return []
  return value
    .map((m): ShippoMessage | null => {
      if (typeof m === "string") return m.trim() ? { text: m } : null
      if (!isObj(m) || !str(m.text)) return null
      return {
        text: String(m.text),
        ...(str(m.source) ? { source: String(m.source) } : {}),
        ...(str(m.code) ? { code: String(m.code) } : {}),
      }
    })
    .filter((m): m is ShippoMessage => m !== null)
}

/** Shippo's words for a failure: messages[].text, `detail`, or DRF-style `{ field: ["…"] }`. */
export function shippoErrorText(body: unknown, fallback: string): string {
  if (typeof body === "string" && body.trim()) return body.trim().slice(0, 500)
  if (!isObj(body)) return fallback
  const msgs = messagesOf(body.messages).map((m) => m.text)
  if (msgs.length) return msgs.join("; ")
  if (str(body.detail)) return body.detail
  if (str(body.message)) return body.message
  const fields = Object.entries(body)
    .map(([k, v]) => {
      const list = (Array.isArray(v) ? v : [v]).filter((x) => typeof x === "string")
      return list.length ? `${k}: ${list.join(" ")}` : null
    })
    .filter(Boolean)
  return fields.length ? fields.join("; ") : fallback
}

function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000)
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now())
}

export function toRate(r: Obj): Rate {
  const provider = String(r.provider ?? "")
  const sl = isObj(r.servicelevel) ? r.servicelevel : {}
  const days = Number(r.estimated_days)
  return {
    id: String(r.object_id ?? ""),
    provider,
    carrier: carrierFromProvider(provider),
    servicelevel: { name: str(sl.name), token: str(sl.token) },
    amount: String(r.amount ?? ""),
    currency: String(r.currency ?? "").toUpperCase(),
    estimated_days: r.estimated_days === null || r.estimated_days === undefined || !Number.isFinite(days) ? null : days,
    duration_terms: str(r.duration_terms),
    carrier_account: str(r.carrier_account),
    attributes: Array.isArray(r.attributes) ? r.attributes.map(String) : [],
  }
}

const parcelBody = (p: ShippoParcel) => ({
  length: String(p.length),
  width: String(p.width),
  height: String(p.height),
  distance_unit: p.distance_unit,
  weight: String(p.weight),
  mass_unit: p.mass_unit,
})

export type ShippoClient = ReturnType<typeof createShippoClient>

export function createShippoClient(options: ShippoClientOptions) {
  if (!options.token?.trim()) throw new TypeError("createShippoClient needs a token")
  const base = (options.baseUrl ?? "https://api.goshippo.com").replace(/\/+$/, "")
  const doFetch = options.fetch ?? fetch
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const maxRetries = options.maxRetries ?? 3
  const baseBackoffMs = options.baseBackoffMs ?? 500
  const maxBackoffMs = options.maxBackoffMs ?? 8000
  const token = options.token.trim()
  const authorization = token.startsWith("ShippoToken ") ? token : `ShippoToken ${token}`

  /**
   * One call, retried after a 429 (Shippo did not take it) and, when `idempotent`, after a 5xx.
   * Buying a label or a refund is not retried on a 5xx: it may have been applied.
   */
  async function request<T = Obj>(
    method: "GET" | "POST",
    path: string,
    init: { body?: unknown; idempotent?: boolean } = {},
  ): Promise<{ status: number; data: T }> {
    const url = `${base}${path}`
    const headers: Record<string, string> = {
      Authorization: authorization,
      "SHIPPO-API-VERSION": options.apiVersion ?? "2018-02-08",
      Accept: "application/json",
      ...(init.body === undefined ? {} : { "Content-Type": "application/json" }),
    }
    const body = init.body === undefined ? undefined : JSON.stringify(init.body)
    for (let attempt = 0; ; attempt++) {
      let res: Response
      try {
        res = await doFetch(url, { method, headers, body, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) })
      } catch (e) {
        throw new ShippoError(0, `${method} ${path}: ${(e as Error).message}`)
      }
      const raw = await res.text()
      let data: unknown
      try {
        data = raw ? JSON.parse(raw) : undefined
      } catch {
        data = raw
      }
      const retryable = res.status === 429 || (res.status >= 500 && init.idempotent !== false)
      if (retryable && attempt < maxRetries) {
        const backoff = Math.min(maxBackoffMs, baseBackoffMs * 2 ** attempt)
        const hinted = retryAfterMs(res.headers.get("retry-after"))
        await sleep(hinted === undefined ? backoff : Math.min(maxBackoffMs, Math.max(hinted, backoff)))
        continue
      }
      if (!res.ok) {
        const message = shippoErrorText(data, res.statusText || "failed")
        throw new ShippoError(res.status, `${method} ${path}: ${res.status} ${message}`, {
          messages: isObj(data) ? messagesOf(data.messages) : [],
          body: data,
        })
      }
      return { status: res.status, data: data as T }
    }
  }

  /** POST /tracks: registers a number for track_updated webhooks and returns its Track now. */
  async function registerTrack(input: RegisterTrackInput): Promise<Track> {
    if (!input.carrier?.trim() || !input.tracking_number?.trim())
      throw new TypeError("registerTrack needs a carrier and a tracking_number")
    const { data } = await request("POST", "/tracks", {
      body: {
        carrier: input.carrier.trim(),
        tracking_number: input.tracking_number.trim(),
        ...(input.metadata ? { metadata: input.metadata.slice(0, 100) } : {}),
      },
    })
    return parseTrack(data)
  }

  /** GET /rates/{id}: a rate already quoted (its carrier, service and amount). */
  async function getRate(rateId: string): Promise<Rate> {
    if (!rateId?.trim()) throw new TypeError("getRate needs a rate id")
    const { data } = await request("GET", `/rates/${encodeURIComponent(rateId.trim())}`)
    return toRate(isObj(data) ? data : {})
  }

  /** GET /tracks/{carrier}/{tracking_number}. */
  async function getTrack(carrier: string, trackingNumber: string): Promise<Track> {
    if (!carrier?.trim() || !trackingNumber?.trim())
      throw new TypeError("getTrack needs a carrier and a tracking number")
    const { data } = await request(
      "GET",
      `/tracks/${encodeURIComponent(carrier.trim())}/${encodeURIComponent(trackingNumber.trim())}`,
    )
    return parseTrack(data)
  }

  /** POST /shipments with async:false: the rates for a parcel, in one call (nothing is bought). */
  async function createShipment(input: CreateShipmentInput): Promise<ShipmentRates> {
    if (!input.parcels?.length) throw new TypeError("createShipment needs at least one parcel")
    const { status, data } = await request("POST", "/shipments", {
      body: {
        address_from: input.address_from,
        address_to: input.address_to,
        parcels: input.parcels.map(parcelBody),
        async: false,
        ...(input.metadata ? { metadata: input.metadata.slice(0, 100) } : {}),
      },
    })
    const messages = messagesOf(data?.messages)
    if (data?.status === "ERROR") {
      throw new ShippoError(status, `POST /shipments: ERROR ${shippoErrorText(data, "no rates")}`, {
        objectStatus: "ERROR",
        messages,
        body: data,
      })
    }
    return {
      id: String(data?.object_id ?? ""),
      status: String(data?.status ?? ""),
      rates: (Array.isArray(data?.rates) ? data.rates : []).filter(isObj).map(toRate),
      messages,
    }
  }

  /** POST /transactions with async:false: buys the label for a rate. ERROR throws ShippoError. */
  async function buyLabel(input: BuyLabelInput): Promise<Label> {
    if (!input.rate_id?.trim()) throw new TypeError("buyLabel needs a rate_id")
    const { status, data } = await request("POST", "/transactions", {
      body: {
        rate: input.rate_id,
        label_file_type: input.label_file_type ?? "PDF",
        async: false,
        ...(input.metadata ? { metadata: input.metadata.slice(0, 100) } : {}),
      },
      idempotent: false,
    })
    const messages = messagesOf(data?.messages)
    if (data?.status === "ERROR") {
      throw new ShippoError(status, `POST /transactions: ERROR ${shippoErrorText(data, "label not bought")}`, {
        objectStatus: "ERROR",
        messages,
        body: data,
      })
    }
    const rate = data?.rate
    const provider = isObj(rate) ? str(rate.provider) : null
    return {
      id: String(data?.object_id ?? ""),
      status: String(data?.status ?? ""),
      tracking_number: str(data?.tracking_number),
      tracking_url: str(data?.tracking_url_provider),
      label_url: str(data?.label_url),
      rate_id: typeof rate === "string" ? rate : isObj(rate) ? str(rate.object_id) : input.rate_id,
      ...(provider ? { carrier: carrierFromProvider(provider) } : {}),
      eta: toIsoDate(data?.eta) ?? null,
      messages,
    }
  }

  /** POST /refunds with async:false: asks Shippo to void a label. ERROR throws ShippoError. */
  async function refundLabel(transactionId: string): Promise<Refund> {
    if (!transactionId?.trim()) throw new TypeError("refundLabel needs a transaction id")
    const { status, data } = await request("POST", "/refunds", {
      body: { transaction: transactionId, async: false },
      idempotent: false,
    })
    if (data?.status === "ERROR") {
      throw new ShippoError(status, `POST /refunds: ERROR ${shippoErrorText(data, "refund refused")}`, {
        objectStatus: "ERROR",
        messages: messagesOf(data?.messages),
        body: data,
      })
    }
    return {
      id: String(data?.object_id ?? ""),
      status: String(data?.status ?? ""),
      transaction: String(data?.transaction ?? transactionId),
    }
  }

  return { baseUrl: base, request, registerTrack, getTrack, getRate, createShipment, buyLabel, refundLabel }
}
