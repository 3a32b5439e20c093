import Medusa from "@medusajs/js-sdk"

/**
 * The Medusa JS SDK as Medusa's admin customizations use it: same origin, the dashboard's
 * session cookie. Ordo's own routes are called with `sdk.client.fetch(path, { method, body, query })`;
 * a failed call throws a FetchError whose message is the backend's and whose status is the HTTP status.
 *
 * import.meta.env is Vite's (vite-env.d.ts); the backend's tsconfig type-checks admin code too but
 * compiles to CommonJS, where TypeScript refuses import.meta (TS1470) — this file only runs in the admin bundle.
 */
export const sdk = new Medusa({
  // @ts-expect-error TS1470 (see above)
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  // @ts-expect-error TS1470 (see above)
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
