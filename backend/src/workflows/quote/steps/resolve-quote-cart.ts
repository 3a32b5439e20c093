import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { personName } from "../../../domain/names"
import { membershipOf } from "../../../queries/company/membership"

export const resolveQuoteCartStepId = "ordo-resolve-quote-cart"

/**
 * The buyer's open cart that becomes a request for quote: refused when the customer buys for no
 * company, the cart is not theirs (404, nothing revealed) or is empty. Reads only.
 */
export const resolveQuoteCartStep = createStep(
  resolveQuoteCartStepId,
  async (input: { cart_id: string; customer_id: string }, { container }) => {
    const membership = await membershipOf(container, input.customer_id)
    if (!membership) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only company buyers can request quotes")
    const {
      data: [cart],
    } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["id", "customer_id", "completed_at", "items.id", "items.variant_id", "items.quantity"],
      filters: { id: input.cart_id },
    })
    if (!cart || cart.customer_id !== input.customer_id || cart.completed_at) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} not found`)
    }
    const items = ((cart.items ?? []) as any[]).filter(Boolean)
    if (!items.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "cart_id: the cart is empty")
    const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(input.customer_id)
    return new StepResponse({
      company_id: membership.company_id,
      item_ids: items.map((i) => i.id as string),
      lines: items.map((i) => ({ variant_id: i.variant_id as string, quantity: Number(i.quantity) })),
      author: { type: "customer" as const, id: input.customer_id, name: personName(customer) as string },
    })
  },
)
