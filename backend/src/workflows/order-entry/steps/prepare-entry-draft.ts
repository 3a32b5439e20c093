import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Actor } from "../../../domain/names"
import type { EntryChecked } from "./check-entry"

export const prepareEntryDraftStepId = "ordo-prepare-entry-draft"

/**
 * A checked entry as a Medusa draft order: the lines at the prices on screen (with where each
 * price came from), the address, the freight set and the freight option that delivers there.
 * Reads only.
 */
export const prepareEntryDraftStep = createStep(
  prepareEntryDraftStepId,
  async (
    input: {
      checked: EntryChecked
      actor: Actor
      po_number?: string
      note?: string
      requested_delivery_date?: string
      entry_key?: string
      entry_hash?: string
    },
    { container },
  ) => {
    const { checked } = input
    const address = checked.address ?? {}
    const { data: options } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "shipping_option",
      fields: ["id", "name", "provider_id", "service_zone.geo_zones.country_code", "rules.attribute", "rules.value"],
    })
    const country = String(address.country_code).toLowerCase()
    const option = (options as any[]).find(
      (o) =>
        // A Shippo label is bought when the parcel ships, not chosen as the order's freight.
        o.provider_id !== "shippo_shippo" &&
        (o.service_zone?.geo_zones ?? []).some((g: any) => g?.country_code === country) &&
        !(o.rules ?? []).some((r: any) => r?.attribute === "is_return" && String(r.value) === "true"),
    )
    if (!option) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `No freight option delivers to ${country.toUpperCase()}`)
    }
    return new StepResponse({
      region_id: checked.company.region_id,
      customer_id: checked.buyer.customer_id,
      sales_channel_id: checked.channel_id,
      email: checked.buyer.email,
      currency_code: checked.company.currency_code,
      shipping_address: address,
      billing_address: address,
      status: "draft",
      is_draft_order: true,
      metadata: {
        ordo_channel: "staff",
        entered_by: { id: input.actor.id, name: input.actor.name },
        entry_key: input.entry_key || undefined,
        entry_hash: input.entry_hash || undefined,
        po_number: input.po_number || undefined,
        note: input.note || undefined,
        requested_delivery_date: input.requested_delivery_date || undefined,
        payment_terms: "on_account",
      },
      items: checked.lines.map((l) => ({
        variant_id: l.variant_id,
        quantity: l.quantity,
        unit_price: l.unit_price,
        is_tax_inclusive: checked.tax_inclusive,
        metadata: { list_price: l.list_price, contract_price: l.contract_price, entered_price: l.unit_price },
      })),
      shipping_methods: [
        {
          name: option.name,
          amount: checked.shipping,
          is_tax_inclusive: checked.tax_inclusive,
          shipping_option_id: option.id,
          data: {},
        },
      ],
    })
  },
)
