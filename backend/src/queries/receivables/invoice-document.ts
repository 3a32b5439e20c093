import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { stripeConfigFrom } from "@ordo/stripe"
import { SELLER } from "../../documents/quote-pdf"
import { type OrderAddress, pickAddress } from "../../domain/address"
import { pricesIncludeTax, type SellerDetails, sellerFromMetadata } from "../../domain/invoice-document"
import { creditAccountFor } from "./credit-account"
import { invoiceWithLines } from "./invoices"

/** The seller's name, address, tax id and bank details from the store's settings (its metadata). */
export async function sellerDetails(container: MedusaContainer): Promise<SellerDetails> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id", "metadata"] })
  return sellerFromMetadata(store?.metadata, SELLER)
}

/** Whether buyers can pay invoices by card (Stripe is configured for this deployment). */
export const cardPaymentsConfigured = () => stripeConfigFrom(process.env) != null

/**
 * Everything an invoice prints: its lines; the order's number and the buyer's PO; the buyer's name,
 * tax id and billing and shipping addresses; the seller with tax id and bank details; the payment
 * terms; and whether prices include VAT. Undefined when it does not exist or is not the company's.
 */
export async function invoiceDocument(container: MedusaContainer, invoiceId: string, companyId?: string) {
  const invoice = await invoiceWithLines(container, invoiceId, companyId)
  if (!invoice) return undefined
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: companies }, { data: orders }, seller, account] = await Promise.all([
    query.graph({
      entity: "company",
      fields: ["legal_name", "locale", "tax_id", "addresses.*"],
      filters: { id: invoice.company_id },
    }),
    invoice.order_id
      ? query.graph({
          entity: "order",
          fields: ["id", "display_id", "metadata", "shipping_address.*", "billing_address.*"],
          filters: { id: invoice.order_id },
        })
      : Promise.resolve({ data: [] as any[] }),
    sellerDetails(container),
    creditAccountFor(container, invoice.company_id),
  ])
  const company = companies[0] as any
  const order = orders[0] as any
  const billing = (company?.addresses ?? []).find((a: any) => a?.is_billing)
  const address = (a: any): OrderAddress | null => (a ? pickAddress(a) : null)
  return {
    invoice,
    company_name: (company?.legal_name as string) ?? "",
    company_locale: company?.locale as string | null,
    order: order ? { id: order.id as string, display_id: order.display_id as number } : null,
    po_number: (order?.metadata?.po_number as string | undefined) ?? null,
    buyer: {
      name: (company?.legal_name as string) ?? "",
      tax_id: (company?.tax_id as string | null) ?? null,
      // The company's billing address from its address book; else the one on the order.
      billing_address: billing
        ? { ...pickAddress(billing), company: company.legal_name }
        : address(order?.billing_address),
      shipping_address: address(order?.shipping_address),
    },
    seller,
    terms: account ? { terms: account.terms as string, net_days: Number(account.net_days) } : null,
    prices_include_tax: pricesIncludeTax(invoice as any),
  }
}

export type InvoiceDocument = NonNullable<Awaited<ReturnType<typeof invoiceDocument>>>
