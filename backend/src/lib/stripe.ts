import { MedusaError } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { currencyDecimals, dec } from "../domain/money"

let client: Stripe | undefined

/**
 * The Stripe SDK client. STRIPE_API_HOST / _PORT / _PROTOCOL point it at another server (the
 * tests' fake Stripe); unset, it talks to api.stripe.com.
 */
export function stripe(): Stripe {
  const key = process.env.STRIPE_SECRET_KEY
  if (!key) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Card payments are not set up (STRIPE_SECRET_KEY)")
  client ??= new Stripe(key, {
    telemetry: false,
    maxNetworkRetries: 2,
    ...(process.env.STRIPE_API_HOST
      ? {
          host: process.env.STRIPE_API_HOST,
          port: Number(process.env.STRIPE_API_PORT ?? 443),
          protocol: (process.env.STRIPE_API_PROTOCOL ?? "https") as "http" | "https",
        }
      : {}),
  })
  return client
}

/** Decimal amount → Stripe's integer minor units (12.34 CNY → 1234). */
export const toMinorUnits = (amount: unknown, currency: string) =>
  Number(
    dec(amount)
      .times(10 ** currencyDecimals(currency))
      .toFixed(0),
  )

/** Stripe's minor units → decimal string. */
export const fromMinorUnits = (minor: number, currency: string) =>
  dec(minor)
    .dividedBy(10 ** currencyDecimals(currency))
    .toFixed(currencyDecimals(currency))
