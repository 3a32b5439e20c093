import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { buyingAccountOf } from "../queries/order/buying-account"

type PasswordReset = { entity_id: string; actor_type: string; token: string }

/**
 * "Forgot your password?": Medusa makes a one-time reset token (15 minutes, single use) and
 * emits auth.password_reset; this mails the link — the storefront's reset page for buyers, the
 * admin dashboard's for staff — in the buyer's company language. Unknown addresses get no mail
 * and the request answers the same either way, so it reveals nothing.
 */
export default async function passwordReset({ event, container }: SubscriberArgs<PasswordReset>) {
  const { entity_id: email, actor_type: actor, token } = event.data
  if (!email || !token || (actor !== "customer" && actor !== "user")) return
  const params = new URLSearchParams({ token, email })
  let link: string
  let locale = "en"
  if (actor === "customer") {
    const storefront = (process.env.STOREFRONT_URL ?? "http://localhost:8000").replace(/\/+$/, "")
    link = `${storefront}/reset-password?${params}`
    const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email }, { select: ["id"] })
    const account = customer ? await buyingAccountOf(container, customer.id) : undefined
    if (account) {
      const { data } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "company", fields: ["locale"], filters: { id: account.company_id } })
      locale = (data[0] as any)?.locale ?? "en"
    }
  } else {
    const backend = (process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000").replace(/\/+$/, "")
    link = `${backend}/app/reset-password?${params}`
  }
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: "email",
    template: "ordo-password-reset",
    data: { link, locale, actor },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
