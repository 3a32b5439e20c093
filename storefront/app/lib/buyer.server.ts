import { redirect } from "react-router"
import { MedusaError, type MedusaRequestOptions, medusaRequest } from "./medusa.server"
import { unseal } from "./seal.server"
import { expiredSessionRedirect, getSession } from "./session.server"
import type { Customer, Region } from "./types"

/** Sends anonymous visitors to the login page, remembering where they wanted to go. */
export async function requireToken(request: Request): Promise<string> {
  const session = await getSession(request)
  const token = unseal(session.get("token"))
  if (!token) {
    const url = new URL(request.url)
    const redirectTo = `${url.pathname}${url.search}`
    const target = redirectTo === "/" ? "/login" : `/login?${new URLSearchParams({ redirectTo })}`
    throw redirect(target)
  }
  return token
}

/**
 * A store API call on behalf of the logged-in buyer. A 401 means the backend no longer
 * accepts the token, so the session is dropped and the buyer is asked to sign in again.
 */
export async function buyerRequest<T>(
  request: Request,
  path: string,
  options: Omit<MedusaRequestOptions, "token"> = {},
): Promise<T> {
  const token = await requireToken(request)
  try {
    return await medusaRequest<T>(path, { ...options, token })
  } catch (error) {
    if (error instanceof MedusaError && error.status === 401) {
      throw await expiredSessionRedirect(request)
    }
    throw error
  }
}

const REGION_TTL_MS = 60_000
let regionCache: { at: number; regions: Region[] } | undefined

export async function listRegions(): Promise<Region[]> {
  if (regionCache && Date.now() - regionCache.at < REGION_TTL_MS) return regionCache.regions
  const { regions } = await medusaRequest<{ regions: Region[] }>("/store/regions", {
    query: { fields: "id,name,currency_code", limit: 100 },
  })
  regionCache = { at: Date.now(), regions }
  return regions
}

export interface Buyer {
  customer: Customer
  companyName: string
  buyerName: string
  currencyCode: string
  region: Region | undefined
}

const CUSTOMER_FIELDS = "id,email,first_name,last_name,company_name,metadata,*addresses"

type Account = { company_name: string; currency_code: string; region_id: string } | null

async function loadBuyer(request: Request): Promise<Buyer> {
  const [{ customer }, regions, { account }] = await Promise.all([
    buyerRequest<{ customer: Customer }>(request, "/store/customers/me", { query: { fields: CUSTOMER_FIELDS } }),
    listRegions(),
    // The company's currency as the backend's order rules see it, not the customer's own metadata.
    buyerRequest<{ account: Account }>(request, "/store/ordo/account"),
  ])
  const metadata = customer.metadata ?? {}
  const currencyCode = String(account?.currency_code ?? metadata.currency_code ?? "").toLowerCase()
  const companyName = String(account?.company_name ?? metadata.company_name ?? customer.company_name ?? "")
  const buyerName = [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email
  // The region carries the currency; prices are only calculated in the buyer's company currency.
  const region =
    regions.find((r) => r.currency_code.toLowerCase() === currencyCode) ?? (currencyCode ? undefined : regions[0])
  return { customer, companyName, buyerName, currencyCode: currencyCode || region?.currency_code || "", region }
}

// The layout and the page loaders run in parallel for one request; share the customer fetch.
const buyerByRequest = new WeakMap<Request, Promise<Buyer>>()

export function getBuyer(request: Request): Promise<Buyer> {
  let pending = buyerByRequest.get(request)
  if (!pending) {
    pending = loadBuyer(request)
    buyerByRequest.set(request, pending)
  }
  return pending
}

export async function requireRegion(request: Request): Promise<{ buyer: Buyer; regionId: string }> {
  const buyer = await getBuyer(request)
  if (!buyer.region) {
    throw new Response(`No region is configured for currency "${buyer.currencyCode}"`, { status: 500 })
  }
  return { buyer, regionId: buyer.region.id }
}
