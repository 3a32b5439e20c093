import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  associateLocationsWithSalesChannelsStep,
  createCustomersStep,
  createSalesChannelsStep,
} from "@medusajs/medusa/core-flows"
import type { ChannelType } from "../../domain/marketplace"
import { addBuyerWorkflow } from "../company/add-buyer"
import { createCompanyWorkflow } from "../company/create-company"
import { createChannelConnectionStep, type NewChannelConnection } from "./steps/create-channel-connection"
import { sealCredentialsStep } from "./steps/seal-credentials"

export type NewConnectionInput = {
  type: ChannelType
  name: string
  /** Not secret: shop domain, API base URL, marketplace ids; currency_code is required. */
  config: Record<string, unknown> & { currency_code: string }
  credentials?: Record<string, string> | null
  stock_location_id: string
  safety_stock?: number
}

/**
 * Connects a marketplace: its secrets sealed (refused without the encryption key), its own
 * Medusa sales channel stocked from the chosen location, and a retail account (company in the
 * marketplace's currency with one customer) its orders are placed for when the buyer is not one
 * of ours. Every piece is undone if a later one fails.
 */
export const createChannelConnectionWorkflow = createWorkflow(
  "ordo-create-channel-connection",
  (input: NewConnectionInput) => {
    const sealed = sealCredentialsStep(transform({ input }, ({ input }) => ({ credentials: input.credentials })))
    const channels = createSalesChannelsStep(
      transform({ input }, ({ input }) => ({
        data: [{ name: input.name, description: `Orders from ${input.type} (${input.name})` }],
      })),
    )
    associateLocationsWithSalesChannelsStep(
      transform({ input, channels }, ({ input, channels }) => ({
        links: [{ sales_channel_id: channels[0].id, location_id: input.stock_location_id }],
      })),
    )
    const company = createCompanyWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        legal_name: `${input.name} customers`,
        currency_code: String(input.config.currency_code).toLowerCase(),
      })),
    })
    const customers = createCustomersStep(
      transform({ input }, ({ input }) => [
        {
          email: `retail+${input.type}-${Date.now().toString(36)}@channels.ordo.invalid`,
          first_name: input.name,
          last_name: "customer",
          company_name: input.name,
          metadata: { ordo_channel_retail: true },
        },
      ]),
    )
    addBuyerWorkflow.runAsStep({
      input: transform({ company, customers }, ({ company, customers }) => ({
        company_id: company.id,
        customer_id: customers[0].id,
        role: "buyer" as const,
        spending_limit: null,
      })),
    })
    const connection = createChannelConnectionStep(
      transform({ input, sealed, channels, company, customers }, ({ input, sealed, channels, company, customers }) => ({
        type: input.type,
        name: input.name,
        config: { ...input.config, currency_code: String(input.config.currency_code).toLowerCase() } as Record<
          string,
          unknown
        >,
        credentials: sealed,
        sales_channel_id: channels[0].id,
        stock_location_id: input.stock_location_id,
        safety_stock: input.safety_stock ?? 0,
        retail_company_id: company.id,
        retail_customer_id: customers[0].id,
      })) as unknown as NewChannelConnection,
    )
    return new WorkflowResponse(connection)
  },
)
