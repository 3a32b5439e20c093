import Medusa from "@medusajs/js-sdk"

/**
 * The Medusa JS SDK as Medusa's admin customizations use it: same origin, the dashboard's
 * session cookie. Ordo's own routes are called with `sdk.client.fetch(path, { method, body, query })`;
 * a failed call throws a FetchError whose message is the backend's and whose status is the HTTP status.
 *
 * import.meta.env is Vite's (vite-env.d.ts); the backend's tsconfig type-checks admin code too but
 * compiles to CommonJS, where TypeScript refuses import.meta (TS1470) — this file only runs in the admin bundle.
 */
// @ts-expect-error TS1470 (see above)
const BACKEND: string = import.meta.env.VITE_BACKEND_URL || "/"

export const sdk = new Medusa({
  baseUrl: BACKEND,
  // @ts-expect-error TS1470 (see above)
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})

/** The backend's own address as a marketplace must call it (webhook URLs staff paste into Shopify). */
export const backendOrigin = () => new URL(BACKEND, window.location.origin).origin

/** A failed Ordo call with what the backend said: its message, the HTTP status, and the field it names (if any). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly field?: string,
  ) {
    super(message)
    this.name = "ApiError"
  }
}

/**
 * `sdk.client.fetch` for a JSON write whose error body may name a field (`{ message, field }`): the
 * SDK's FetchError keeps only the message, so this calls the backend itself, with the same session
 * cookie, and throws an ApiError that keeps `field`.
 */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const base = new URL(BACKEND.endsWith("/") ? BACKEND : `${BACKEND}/`, window.location.origin)
  const res = await fetch(new URL(path.replace(/^\//, ""), base), {
    method: "POST",
    credentials: "include",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(body ?? {}),
  })
  const text = await res.text()
  let json: any
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  if (!res.ok) {
    const message =
      typeof json?.message === "string" && json.message ? json.message : res.statusText || String(res.status)
    throw new ApiError(message, res.status, typeof json?.field === "string" ? json.field : undefined)
  }
  return json as T
}
