import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { currencyDecimals, dec, toAmount, tooManyDecimals } from "../../../domain/money"
import { freightFor } from "../../../queries/order/freight"
import { vatRate } from "../../../queries/order/vat-rate"
import { ADDRESS_FIELDS, type BuyingAccount, type OrderAddress, type OrderSource, type PlaceOrderInput } from "../types"

export const resolveShippingStepId = "ordo-resolve-shipping"

export type ResolvedShipping = {
  address: OrderAddress
  freight: { option_id: string; name: string; amount: string }
  /** Default VAT rate (percent) of the destination, for the order total the rules compare. */
  tax_rate: string
}

const pick = (a: any): OrderAddress => Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, a?.[f] ?? null]))

/**
 * Where the goods go and what freight costs: an address from the buyer's or the company's
 * address book (a typed address only from staff, who confirmed it), inside the company's price
 * region; the cheapest freight option from the channel's warehouses, at its own price unless
 * staff set one. The last approval keeps the draft's address and freight. Reads only.
 */
export const resolveShippingStep = createStep(
  resolveShippingStepId,
  async (
    { input, account, source }: { input: PlaceOrderInput; account: BuyingAccount; source: OrderSource },
    { container },
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const currency = account.currency_code
    let address: OrderAddress | undefined
    if (source.draft) {
      address = source.draft.shipping_address
    } else if (input.address_id) {
      const [{ data: customers }, { data: companyAddresses }] = await Promise.all([
        query.graph({ entity: "customer", fields: ["id", "addresses.*"], filters: { id: account.customer_id } }),
        account.retail
          ? Promise.resolve({ data: [] as any[] })
          : query.graph({
              entity: "company_address",
              fields: ["*", "company.id"],
              filters: { id: input.address_id },
            }),
      ])
      const own = ((customers[0]?.addresses ?? []) as any[]).find((a) => a?.id === input.address_id)
      const company = (companyAddresses as any[]).find((a) => a.company?.id === account.company_id)
      if (own) address = pick(own)
      else if (company) {
        address = { ...pick(company), company: account.company_name }
        const [first, ...rest] = account.customer_name.split(" ")
        address.first_name ??= first
        address.last_name ??= rest.join(" ") || null
      }
      if (!address) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "address_id: this address is not in your address book")
      }
    } else if (input.shipping_address && (input.channel === "staff" || input.channel === "marketplace")) {
      address = pick(input.shipping_address)
    }
    if (!address?.address_1 || !address.city || !address.country_code) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "address_id: choose a delivery address")
    }
    const country = String(address.country_code).toLowerCase()
    if (!account.region_countries.includes(country)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `address_id: this address is in ${country.toUpperCase()}, outside ${account.company_name}'s ${currency.toUpperCase()} price region`,
      )
    }
    let freight: ResolvedShipping["freight"]
    if (source.draft) {
      freight = { ...source.draft.shipping, option_id: source.draft.shipping.option_id ?? "" }
    } else {
      const option = await freightFor(container, {
        country_code: country,
        currency_code: currency,
        region_id: account.region_id,
        sales_channel_id: input.sales_channel_id,
      })
      if (!option) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `No freight option delivers to ${country.toUpperCase()}`)
      }
      freight = option
      if (input.shipping_amount != null && input.shipping_amount !== "") {
        const typed = String(input.shipping_amount)
        if (!/^\d+(\.\d+)?$/.test(typed) || dec(typed).gt(10_000_000) || tooManyDecimals(typed, currency)) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `shipping_amount: an amount from 0 to 10,000,000 with at most ${currencyDecimals(currency)} decimals`,
          )
        }
        freight = { ...option, amount: toAmount(typed, currency) }
      }
    }
    const rate = await vatRate(container, country)
    return new StepResponse<ResolvedShipping>({
      address: { ...address, country_code: country },
      freight,
      tax_rate: rate.toFixed(),
    })
  },
)
