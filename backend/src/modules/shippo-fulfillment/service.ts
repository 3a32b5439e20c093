import type { CreateFulfillmentResult, FulfillmentOption, Logger } from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import { createShippoClient, type ShippoClient } from "@ordo/shippo"

type Options = { token?: string; base_url?: string }

/**
 * Shippo as a Medusa fulfillment provider (`shippo_shippo`). Creating a fulfillment with the
 * warehouse's "Parcel label (Shippo)" shipping option buys the label for the rate staff picked
 * (`additional_data.shippo_rate_id`, from `POST /admin/ordo/orders/:id/shipping-rates`) and
 * hands Medusa the tracking number, tracking page and label PDF; cancelling it asks Shippo to
 * refund the label. The option is admin-only, so buyers never pay Shippo rates at checkout.
 * Without a token the provider is registered but refuses, naming what is missing.
 */
export class ShippoFulfillmentService extends AbstractFulfillmentProviderService {
  static identifier = "shippo"
  protected options_: Options
  protected logger_: Logger
  protected client_: ShippoClient | null

  constructor({ logger }: { logger: Logger }, options: Options) {
    super()
    this.options_ = options
    this.logger_ = logger
    this.client_ = options.token ? createShippoClient({ token: options.token, baseUrl: options.base_url }) : null
  }

  protected client(): ShippoClient {
    if (!this.client_)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Shippo labels are not set up: add the Shippo API token first",
      )
    return this.client_
  }

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [{ id: "shippo-label", name: "Parcel label (Shippo)" }]
  }

  async validateFulfillmentData(_optionData: Record<string, unknown>, data: Record<string, unknown>) {
    return data
  }

  async validateOption() {
    return true
  }

  async canCalculate() {
    return false
  }

  async calculatePrice(): Promise<never> {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Shippo labels are bought by staff; they are not priced at checkout",
    )
  }

  async createFulfillment(
    _data: Record<string, unknown>,
    _items: unknown[],
    order: { display_id?: number } | undefined,
    _fulfillment: unknown,
    additionalData?: Record<string, unknown>,
  ): Promise<CreateFulfillmentResult> {
    const rateId = additionalData?.shippo_rate_id
    if (typeof rateId !== "string" || !rateId)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "rate_id: pick one of the rates before buying a label")
    const label = await this.client()
      .buyLabel({ rate_id: rateId, metadata: order?.display_id ? `Order ${order.display_id}` : undefined })
      .catch((e: Error) => {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Shippo could not buy the label: ${e.message}`)
      })
    if (!label.tracking_number || !label.label_url)
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Shippo has not finished the label yet (status ${label.status}); try again in a minute`,
      )
    // Shippo's transaction names its rate by id only: the rate says which carrier it is.
    const carrier =
      label.carrier ??
      (await this.client()
        .getRate(label.rate_id ?? rateId)
        .then(
          (r) => r.carrier,
          () => null,
        ))
    return {
      data: {
        shippo_transaction_id: label.id,
        rate_id: label.rate_id,
        carrier,
        tracking_number: label.tracking_number,
      },
      labels: [
        { tracking_number: label.tracking_number, tracking_url: label.tracking_url ?? "", label_url: label.label_url },
      ],
    }
  }

  async cancelFulfillment(data: Record<string, unknown>) {
    const id = data?.shippo_transaction_id
    if (typeof id !== "string") return {}
    // A label not yet used is refunded; Shippo answers asynchronously and may refuse a scanned one.
    const refund = await this.client().refundLabel(id)
    return { shippo_refund: refund }
  }

  async createReturnFulfillment() {
    return { data: {}, labels: [] }
  }
}
