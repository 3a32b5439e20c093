import { backendUrl, publishableKey } from "./env.server"

/** An error answer from the Medusa backend, carrying its HTTP status and message. */
export class MedusaError extends Error {
  readonly status: number
  readonly type: string | undefined
  readonly body: unknown

  constructor(status: number, message: string, body: unknown, type?: string) {
    super(message)
    this.name = "MedusaError"
    this.status = status
    this.body = body
    this.type = type
  }
}

type QueryValue = string | number | undefined | null | Array<string | number>

export interface MedusaRequestOptions {
  method?: "GET" | "POST" | "DELETE"
  body?: unknown
  token?: string
  query?: Record<string, QueryValue>
  /** The buyer's request, whose client address the backend's sign-in throttling counts. */
  forwardFor?: Request
}

export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return ""
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue
    if (Array.isArray(value)) {
      for (const v of value) params.append(key, String(v))
    } else {
      params.append(key, String(value))
    }
  }
  const s = params.toString()
  return s ? `?${s}` : ""
}

/** Calls the Medusa HTTP API with the publishable key and, when given, the buyer's token. */
export async function medusaRequest<T>(path: string, options: MedusaRequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    accept: "application/json",
    "x-publishable-api-key": publishableKey(),
  }
  if (options.body !== undefined) headers["content-type"] = "application/json"
  if (options.token) headers.authorization = `Bearer ${options.token}`
  const forwarded = options.forwardFor?.headers.get("x-forwarded-for")
  if (forwarded) headers["x-forwarded-for"] = forwarded

  let response: Response
  try {
    response = await fetch(`${backendUrl()}${path}${buildQuery(options.query)}`, {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
  } catch (cause) {
    throw new MedusaError(503, `Backend unreachable: ${(cause as Error).message}`, undefined, "unreachable")
  }

  const text = await response.text()
  let json: unknown
  if (text) {
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
  }

  if (!response.ok) {
    const body = (json ?? {}) as { message?: unknown; type?: unknown }
    const message =
      typeof body.message === "string" && body.message ? body.message : response.statusText || `HTTP ${response.status}`
    throw new MedusaError(response.status, message, json, typeof body.type === "string" ? body.type : undefined)
  }
  return json as T
}
