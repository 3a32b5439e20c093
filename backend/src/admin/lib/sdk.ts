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
