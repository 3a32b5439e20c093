import { data } from "react-router"
import { buyerRequest } from "./buyer.server"
import { MedusaError } from "./medusa.server"

/** Runs a backend call for a form action; a 4xx answer becomes the form's error message. */
export async function backendAction<T>(
  fn: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; response: ReturnType<typeof data<{ error: string }>> }> {
  try {
    return { ok: true, value: await fn() }
  } catch (error) {
    if (error instanceof MedusaError && error.status >= 400 && error.status < 500) {
      return { ok: false, response: data({ error: error.message }, { status: error.status === 409 ? 409 : 400 }) }
    }
    throw error
  }
}

/** A 404 from the backend (not ours, or not there) is a 404 page. */
export async function loadOr404<T>(request: Request, path: string): Promise<T> {
  try {
    return await buyerRequest<T>(request, path)
  } catch (error) {
    if (error instanceof MedusaError && error.status === 404) throw new Response("Not found", { status: 404 })
    throw error
  }
}

export interface ApprovalLevel {
  level: number
  role: string
  waiting: boolean
  decision: null | { decision: string; actor_name: string; comment: string | null; created_at: string }
}

export interface ApprovalView {
  id: string
  status: string
  order_id: string
  order: { id: string; display_id: number } | null
  po_number: string | null
  order_total: number | string
  currency_code: string
  requested_by_name?: string
  created_at: string
  current_level: number
  reasons: { rule_name: string; detail: string }[]
  levels: ApprovalLevel[]
}

export interface QuoteLine {
  variant_id: string
  sku: string
  title: string
  quantity: number
  list_price: string
  unit_price: string
  discount_percent: string
  /** The price contains the tax (CNY prices are quoted 含税). */
  tax_inclusive?: boolean
  /** The product's Chinese name, when it has one. */
  title_zh?: string | null
}

export interface QuoteVersion {
  id: string
  version: number
  lines: QuoteLine[]
  total: number | string
  note: string | null
  author_type: "customer" | "user"
  author_name: string
  created_at: string
  changes: {
    kind: string
    sku: string
    field?: string
    from?: string
    to?: string
    quantity?: number
    unit_price?: string
  }[]
}

export interface QuoteView {
  id: string
  display_id: number
  status: string
  currency_code: string
  valid_until: string | null
  po_number: string | null
  current_version: number
  /** Staff's lead time / backorder note, when the quote promises more than is in stock. */
  lead_time_note?: string | null
  customer_name?: string
  order: { id: string; display_id: number } | null
  versions: QuoteVersion[]
  messages: { id: string; author_type: string; author_name: string; body: string; created_at: string }[]
}

/**
 * Streams a buyer document from the backend (invoice PDF, statement CSV) with the buyer's token;
 * the backend checks the company, so another company's id is a 404 here too.
 */
export async function streamFromBackend(request: Request, target: string): Promise<Response> {
  const { requireToken } = await import("./buyer.server")
  const { backendUrl, publishableKey } = await import("./env.server")
  const token = await requireToken(request)
  const res = await fetch(`${backendUrl()}${target}`, {
    headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": publishableKey() },
  })
  if (!res.ok) throw new Response("Not found", { status: res.status === 404 ? 404 : 502 })
  return new Response(res.body, {
    headers: {
      "content-type": res.headers.get("content-type") ?? "application/octet-stream",
      "content-disposition": res.headers.get("content-disposition") ?? "inline",
    },
  })
}
