import Stripe from "stripe"

export type StripeConfig = {
  secret_key: string
  /** Another server than api.stripe.com (the tests' fake Stripe). */
  host?: string
  port?: number
  protocol?: "http" | "https"
}

/** The configuration in the environment (STRIPE_SECRET_KEY, STRIPE_API_HOST/_PORT/_PROTOCOL), or null when card payments are off. */
export function stripeConfigFrom(env: Record<string, string | undefined>): StripeConfig | null {
  if (!env.STRIPE_SECRET_KEY) return null
  return {
    secret_key: env.STRIPE_SECRET_KEY,
    ...(env.STRIPE_API_HOST
      ? {
          host: env.STRIPE_API_HOST,
          port: Number(env.STRIPE_API_PORT ?? 443),
          protocol: (env.STRIPE_API_PROTOCOL ?? "https") as "http" | "https",
        }
      : {}),
  }
}

const clients = new Map<string, Stripe>()

/** One SDK client per configuration: no telemetry, two retries on network errors. */
export function stripeClient(config: StripeConfig): Stripe {
  const key = JSON.stringify(config)
  let client = clients.get(key)
  if (!client) {
    const { secret_key, ...server } = config
    client = new Stripe(secret_key, { telemetry: false, maxNetworkRetries: 2, ...server })
    clients.set(key, client)
  }
  return client
}
