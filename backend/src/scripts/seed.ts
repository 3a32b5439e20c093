import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomerAccountWorkflow,
  createCustomerAddressesWorkflow,
  createCustomerGroupsWorkflow,
  createInventoryLevelsWorkflow,
  createPriceListsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  linkCustomersToCustomerGroupWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { SELLER_METADATA_KEYS } from "../domain/invoice-document"
import { dec } from "../domain/money"
import { APPROVAL_MODULE } from "../modules/approval"
import type ApprovalModuleService from "../modules/approval/service"
import { COMPANY_MODULE } from "../modules/company"
import type CompanyModuleService from "../modules/company/service"
import { CREDIT_MODULE } from "../modules/credit"
import type CreditModuleService from "../modules/credit/service"
import { STAFF_MODULE } from "../modules/staff"
import type StaffModuleService from "../modules/staff/service"
import { STOCK_CONTROL_MODULE } from "../modules/stockcontrol"
import type StockControlModuleService from "../modules/stockcontrol/service"
import { withAuditContext } from "../workflows/common/audit-context"
import { ensureStaffChannelWorkflow } from "../workflows/order-entry/ensure-staff-channel"
import { receivePurchaseWorkflow } from "../workflows/stock/receive-purchase"
import {
  APPROVAL_RULES,
  BUYER_PASSWORD,
  CATEGORIES,
  COMPANIES,
  CREDIT_TERMS,
  DUNNING_LEVELS,
  listPricesInFen,
  OPENING_COST_SHARE,
  PRODUCTS,
  prng,
  SALES_REPS,
  SEED_VERSION,
  STAFF,
  skuFor,
} from "./seed-data"

export const STOREFRONT_CHANNEL = "Ordo B2B Storefront"
export const STOREFRONT_KEY_TITLE = "Ordo Storefront"
const CNY_PER_USD = 7.1

/** The demo seller on invoices (staff change it under Settings → Store → Metadata). */
const DEMO_SELLER = {
  [SELLER_METADATA_KEYS.name]: "Ordo Industrial Supply Co., Ltd. 奥多工业供应有限公司",
  [SELLER_METADATA_KEYS.address]: "88 Century Avenue, Pudong, Shanghai 200120, China",
  [SELLER_METADATA_KEYS.tax_id]: "91310115MA1K4ORD0X",
  [SELLER_METADATA_KEYS.contact]: "finance@ordo.test · +86 21 5555 0100",
  [SELLER_METADATA_KEYS.bank_name]: "ICBC Shanghai Pudong Branch 中国工商银行上海浦东支行",
  [SELLER_METADATA_KEYS.bank_account]: "1001 2345 0900 1234 567",
}

/**
 * Seeds the demo wholesaler once. The marker (store.metadata.ordo_seed_version) is written
 * last, so a second run is a no-op and an interrupted run is reported instead of duplicated.
 */
export default async function seedOrdo(args: ExecArgs) {
  // What the seed writes is audited as the seed's (ADR 026).
  return withAuditContext({ source: "seed" }, () => seed(args))
}

async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const storeService = container.resolve(Modules.STORE)
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  const authService = container.resolve(Modules.AUTH)

  const [store] = await storeService.listStores()
  const seeded = Number(store.metadata?.ordo_seed_version ?? 0)
  if (seeded >= SEED_VERSION) {
    logger.info("Ordo demo data already seeded; nothing to do.")
    return
  }
  if (seeded >= 1) {
    // An older demo database gets only what was added since it was seeded.
    if (seeded < 2) await seedCompanies(container)
    if (seeded < 3) await seedApprovals(container)
    if (seeded < 4) await seedReceivables(container)
    if (seeded < 5) await seedInventoryControl(container)
    if (seeded < 6) await seedStaffRoles(container)
    if (seeded < 7) await linkOrdersToCompanies(container)
    if (seeded < 8) await seedSalesReps(container)
    await storeService.updateStores(store.id, {
      metadata: { ...DEMO_SELLER, ...(store.metadata ?? {}), ordo_seed_version: SEED_VERSION },
    })
    logger.info(`Upgraded the Ordo demo data from version ${seeded} to ${SEED_VERSION}.`)
    return
  }
  const existing = await salesChannelService.listSalesChannels({ name: STOREFRONT_CHANNEL })
  if (existing.length) {
    throw new Error(
      "An earlier seed was interrupted (the storefront sales channel exists but the seed marker does not). " +
        "Reset the embedded database by deleting .ordo/pgdata, or seed an empty database.",
    )
  }

  logger.info("Seeding Ordo demo data…")

  // Sales channel + publishable key for the storefront
  const {
    result: [channel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: STOREFRONT_CHANNEL, description: "Self-service B2B buyer portal" }] },
  })
  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [channel.id] } })

  // Regions: mainland China in CNY, the rest of the world in USD
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "China",
          currency_code: "cny",
          countries: ["cn"],
          payment_providers: ["pp_system_default"],
          // Chinese B2B prices are quoted VAT-inclusive (含税价).
          is_tax_inclusive: true,
        },
        {
          name: "International",
          currency_code: "usd",
          countries: ["us", "ca", "gb", "de", "fr", "nl", "sg", "jp", "kr", "au", "hk"],
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  const [cnRegion, intlRegion] = regions
  await createTaxRegionsWorkflow(container).run({
    input: [
      {
        country_code: "cn",
        provider_id: "tp_system",
        default_tax_rate: { rate: 13, code: "VAT", name: "China VAT 13%" },
      },
      ...["us", "ca", "gb", "de", "fr", "nl", "sg", "jp", "kr", "au", "hk"].map((c) => ({
        country_code: c,
        provider_id: "tp_system",
      })),
    ],
  })

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Ordo Demo Wholesale (Shanghai) Co., Ltd.",
        supported_currencies: [{ currency_code: "cny", is_default: true }, { currency_code: "usd" }],
        default_sales_channel_id: channel.id,
        default_region_id: cnRegion.id,
      },
    },
  })

  // Two warehouses, each with its own fulfillment set and a freight shipping option
  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "Shanghai Warehouse",
          address: { address_1: "500 Jiangchang Road", city: "Shanghai", country_code: "cn", postal_code: "200436" },
        },
        {
          name: "Shenzhen Warehouse",
          address: { address_1: "9 Pingshan Avenue", city: "Shenzhen", country_code: "cn", postal_code: "518118" },
        },
      ],
    },
  })
  const {
    result: [profile],
  } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Standard freight", type: "default" }] },
  })
  const allCountries = ["cn", "us", "ca", "gb", "de", "fr", "nl", "sg", "jp", "kr", "au", "hk"]
  for (const location of locations) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })
    for (const provider of ["manual_manual", "shippo_shippo"]) {
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: provider },
      })
    }
    const fulfillmentSet = await fulfillmentService.createFulfillmentSets({
      name: `${location.name} delivery`,
      type: "shipping",
      service_zones: [
        {
          name: `${location.name}: China and export`,
          geo_zones: allCountries.map((country_code) => ({ type: "country" as const, country_code })),
        },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
    await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: `Freight from ${location.name}`,
          price_type: "flat",
          provider_id: "manual_manual",
          service_zone_id: fulfillmentSet.service_zones[0].id,
          shipping_profile_id: profile.id,
          type: { label: "Freight", description: "Palletised or parcel freight, 2–5 working days", code: "freight" },
          prices: [
            { currency_code: "cny", amount: 0 },
            { currency_code: "usd", amount: 0 },
            { region_id: cnRegion.id, amount: 0 },
            { region_id: intlRegion.id, amount: 0 },
          ],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
        {
          // Staff buy a carrier label for a parcel from the order page (ADR 021); never offered at checkout.
          name: `Parcel label (Shippo) from ${location.name}`,
          price_type: "flat",
          provider_id: "shippo_shippo",
          service_zone_id: fulfillmentSet.service_zones[0].id,
          shipping_profile_id: profile.id,
          type: { label: "Parcel label", description: "Carrier label bought through Shippo", code: "shippo-label" },
          prices: [
            { currency_code: "cny", amount: 0 },
            { currency_code: "usd", amount: 0 },
          ],
          rules: [
            { attribute: "enabled_in_store", value: "false", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
      ],
    })
  }

  // Categories and products
  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: CATEGORIES.map((c) => ({
        name: c.name,
        handle: c.handle,
        is_active: true,
        metadata: { name_zh: c.nameZh },
      })),
    },
  })
  const categoryId = new Map(categories.map((c) => [c.handle, c.id]))
  const usdFromFen = (fen: number) => Math.round((fen / CNY_PER_USD) * 1.08) / 100

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: PRODUCTS.map((p) => ({
        title: p.title,
        handle: p.handle,
        subtitle: p.titleZh,
        description: `${p.title}. Sold per ${p.unit}. Wholesale packaging, ships from Shanghai or Shenzhen.`,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: profile.id,
        category_ids: [categoryId.get(p.category) as string],
        sales_channels: [{ id: channel.id }],
        metadata: { title_zh: p.titleZh, description_zh: `${p.titleZh}。批发包装，从上海或深圳仓发货。`, unit: p.unit },
        options: [{ title: p.option, values: p.values }],
        variants: p.values.map((value, i) => {
          const fen = p.baseFen + i * p.stepFen
          return {
            title: value,
            sku: skuFor(p, value),
            manage_inventory: true,
            allow_backorder: false,
            options: { [p.option]: value },
            prices: [
              { currency_code: "cny", amount: fen / 100 },
              { currency_code: "usd", amount: usdFromFen(fen) },
            ],
          }
        }),
      })),
    },
  })

  // Stock: deterministic levels; about one variant in ten out of stock, one in eight low
  const random = prng(20261122)
  const { data: inventoryItems } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku"],
    pagination: { take: 10000 },
  })
  const [shanghai, shenzhen] = locations
  const levels: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  for (const item of inventoryItems.sort((a, b) => String(a.sku).localeCompare(String(b.sku)))) {
    const r = random()
    const main = r < 0.1 ? 0 : r < 0.22 ? 1 + Math.floor(random() * 8) : 40 + Math.floor(random() * 1500)
    const south = random() < 0.5 ? 0 : Math.floor(random() * 300)
    levels.push({ inventory_item_id: item.id, location_id: shanghai.id, stocked_quantity: main })
    levels.push({ inventory_item_id: item.id, location_id: shenzhen.id, stocked_quantity: main === 0 ? 0 : south })
  }
  await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })

  // Companies: customer group + contract price list + buyers with addresses
  const variantRows = products.flatMap((p) => p.variants)
  const fenBySku = listPricesInFen()

  for (const company of COMPANIES) {
    const {
      result: [group],
    } = await createCustomerGroupsWorkflow(container).run({
      input: {
        customersData: [
          { name: company.name, metadata: { company_key: company.key, currency_code: company.currency } },
        ],
      },
    })
    const factor = (100 - company.discountPct) / 100
    await createPriceListsWorkflow(container).run({
      input: {
        price_lists_data: [
          {
            title: `Contract prices — ${company.name}`,
            description: `${company.discountPct}% off list, ${company.currency.toUpperCase()}`,
            // "sale" keeps the list price visible as original_amount beside the contract price;
            // the workflow's input type omits `type`, but the pricing module honours it.
            ...({ type: "sale" } as object),
            status: "active",
            rules: { "customer.groups.id": [group.id] },
            prices: variantRows.map((v) => {
              const fen = fenBySku.get(v.sku as string) as number
              const listCents = company.currency === "cny" ? fen : Math.round(usdFromFen(fen) * 100)
              return {
                variant_id: v.id,
                currency_code: company.currency,
                amount: Math.round(listCents * factor) / 100,
              }
            }),
          },
        ],
      },
    })

    const customerIds: string[] = []
    for (const buyer of company.buyers) {
      const { authIdentity, error } = await authService.register("emailpass", {
        body: { email: buyer.email, password: BUYER_PASSWORD },
      } as never)
      if (!authIdentity) throw new Error(`Could not register ${buyer.email}: ${error}`)
      const { result: customer } = await createCustomerAccountWorkflow(container).run({
        input: {
          authIdentityId: authIdentity.id,
          customerData: {
            ...buyer,
            company_name: company.name,
            metadata: { company_key: company.key, company_name: company.name, currency_code: company.currency },
          },
        },
      })
      customerIds.push(customer.id)
      await createCustomerAddressesWorkflow(container).run({
        input: { addresses: company.addresses.map((a) => ({ ...a, customer_id: customer.id })) },
      })
    }
    await linkCustomersToCustomerGroupWorkflow(container).run({ input: { id: group.id, add: customerIds } })
  }

  await seedCompanies(container)
  await seedApprovals(container)
  await seedReceivables(container)
  await seedInventoryControl(container)
  await seedStaffRoles(container)
  await seedSalesReps(container)
  await storeService.updateStores(store.id, {
    metadata: { ...DEMO_SELLER, ...(store.metadata ?? {}), ordo_seed_version: SEED_VERSION },
  })
  logger.info(
    `Seeded ${variantRows.length} variants in ${products.length} products, ${COMPANIES.length} companies, ${STAFF.length} staff.`,
  )
}

/** Company accounts over the seeded customer groups and customers, with buyer roles. */
async function seedCompanies(container: ExecArgs["container"]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  for (const c of COMPANIES) {
    const {
      data: [group],
    } = await query.graph({ entity: "customer_group", fields: ["id"], filters: { name: c.name } })
    const company = await companies.createCompanies({
      legal_name: c.name,
      aliases: [...c.aliases],
      tax_id: c.taxId,
      currency_code: c.currency,
      locale: c.locale,
    })
    await link.create({
      [COMPANY_MODULE]: { company_id: company.id },
      [Modules.CUSTOMER]: { customer_group_id: group.id },
    })
    const roles = c.roles as Record<string, "admin" | "buyer" | "finance">
    const limits = c.spendingLimits as Record<string, number>
    for (const b of c.buyers) {
      const {
        data: [customer],
      } = await query.graph({ entity: "customer", fields: ["id"], filters: { email: b.email } })
      const buyer = await companies.createCompanyBuyers({
        company_id: company.id,
        customer_id: customer.id,
        role: roles[b.email] ?? "buyer",
        spending_limit: limits[b.email] ?? null,
      })
      await link.create({
        [COMPANY_MODULE]: { company_buyer_id: buyer.id },
        [Modules.CUSTOMER]: { customer_id: customer.id },
      })
    }
  }
}

/**
 * Approval rules the demo seller starts with, and each company's
 * address book (from its buyers' addresses).
 */
async function seedApprovals(container: ExecArgs["container"]) {
  const approvals = container.resolve<ApprovalModuleService>(APPROVAL_MODULE)
  await approvals.createApprovalRules(APPROVAL_RULES.map((r) => ({ ...r, levels: [...r.levels] })) as any)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  const { data } = await query.graph({
    entity: "company",
    fields: ["id", "legal_name", "buyers.customer.addresses.*"],
  })
  for (const company of data as any[]) {
    const seen = new Set<string>()
    const rows = []
    for (const a of (company.buyers ?? []).flatMap((b: any) => b?.customer?.addresses ?? [])) {
      const key = `${a.address_1}|${a.city}`
      if (!a || seen.has(key)) continue
      seen.add(key)
      rows.push({
        company_id: company.id,
        label: a.address_name || a.company || company.legal_name,
        address_1: a.address_1,
        address_2: a.address_2,
        city: a.city,
        province: a.province,
        postal_code: a.postal_code,
        country_code: a.country_code,
        phone: a.phone,
        is_billing: rows.length === 0,
      })
    }
    if (rows.length) await companies.createCompanyAddresses(rows)
  }
}

/**
 * Version 4: CNY prices are VAT-inclusive everywhere — carts look at the currency's price
 * preference, not only the region's — each demo company gets its credit terms, and the seller
 * its reminder policy.
 */
async function seedReceivables(container: ExecArgs["container"]) {
  const pricing = container.resolve(Modules.PRICING)
  const [cny] = await pricing.listPricePreferences({ attribute: "currency_code", value: "cny" })
  if (cny) await pricing.updatePricePreferences(cny.id, { is_tax_inclusive: true })
  else await pricing.createPricePreferences({ attribute: "currency_code", value: "cny", is_tax_inclusive: true })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
  await credit.createDunningLevels(DUNNING_LEVELS.map((l) => ({ ...l })) as any)
  const { data: companies } = await query.graph({ entity: "company", fields: ["id", "legal_name"] })
  for (const company of companies as any[]) {
    const terms = CREDIT_TERMS.find((t) => company.legal_name.startsWith(t.company))
    if (!terms) continue
    const { company: _name, ...account } = terms
    await credit.createCreditAccounts({ company_id: company.id, ...account } as any)
  }
}

/**
 * Inventory control: the staff-entry sales channel, an opening balance of FIFO cost layers for
 * the stock on hand (valued at OPENING_COST_SHARE of list, net of VAT), low-stock thresholds on
 * a few fast movers, and the warehouse role for the staff who get low-stock alerts.
 */
async function seedInventoryControl(container: ExecArgs["container"]) {
  await ensureStaffChannelWorkflow(container).run({ input: {} })
  const fenBySku = listPricesInFen()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku", "location_levels.location_id", "location_levels.stocked_quantity"],
    pagination: { take: 10000 },
  })
  const lines = (items as any[]).flatMap((item) =>
    (item.location_levels ?? [])
      .filter((l: any) => l && Number(l.stocked_quantity) > 0 && fenBySku.has(item.sku))
      .map((l: any) => ({
        sku: item.sku as string,
        location_id: l.location_id as string,
        quantity: Number(l.stocked_quantity),
        unit_cost: dec(fenBySku.get(item.sku)).times(OPENING_COST_SHARE).div(113).toFixed(2),
      })),
  )
  if (lines.length) {
    await receivePurchaseWorkflow(container).run({
      input: {
        supplier: "Opening balance",
        received_at: new Date("2026-01-01T00:00:00Z"),
        reference: "OPENING",
        currency_code: "cny",
        lines,
        adds_stock: false,
        actor: null,
      },
    })
  }
  // Thresholds on the first dozen SKUs in Shanghai; ones already below are marked as announced.
  const levels = (items as any[]).sort((a, b) => String(a.sku).localeCompare(String(b.sku))).slice(0, 12)
  const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id", "name"] })
  const shanghai = (locations as any[]).find((l) => /shanghai/i.test(l.name)) ?? locations[0]
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: { sku: levels.map((l) => l.sku) },
  })
  const variantBySku = new Map((variants as any[]).map((v) => [v.sku, v.id]))
  await container.resolve<StockControlModuleService>(STOCK_CONTROL_MODULE).createLowStockThresholds(
    levels
      .filter((item) => variantBySku.has(item.sku))
      .map((item) => {
        const stocked = Number(
          (item.location_levels ?? []).find((l: any) => l?.location_id === shanghai.id)?.stocked_quantity ?? 0,
        )
        return {
          inventory_item_id: item.id,
          variant_id: variantBySku.get(item.sku),
          sku: item.sku,
          location_id: shanghai.id,
          threshold: 20,
          alerted_at: stocked <= 20 ? new Date() : null,
        }
      }) as any[],
  )
}

/**
 * Version 6: the demo staff (created when missing) and their roles in Ordo's staff table.
 * Roles kept in user metadata by older versions are dropped: they were writable by any user.
 */
async function seedStaffRoles(container: ExecArgs["container"]) {
  const users = container.resolve(Modules.USER)
  const authService = container.resolve(Modules.AUTH)
  const staffRoles = container.resolve<StaffModuleService>(STAFF_MODULE)
  for (const staff of STAFF) {
    let [user] = await users.listUsers({ email: staff.email })
    if (!user) {
      const { authIdentity, error } = await authService.register("emailpass", {
        body: { email: staff.email, password: staff.password },
      } as never)
      if (!authIdentity) throw new Error(`Could not register ${staff.email}: ${error}`)
      const { result } = await createUserAccountWorkflow(container).run({
        input: {
          authIdentityId: authIdentity.id,
          userData: { email: staff.email, first_name: staff.first_name, last_name: staff.last_name },
        },
      })
      user = result
    }
    if (user.metadata && "ordo_roles" in user.metadata) {
      const { ordo_roles: _dropped, ...metadata } = user.metadata as Record<string, unknown>
      await users.updateUsers({ id: user.id, metadata })
    }
    const [existing] = await staffRoles.listStaffMembers({ user_id: user.id })
    if (existing) await staffRoles.updateStaffMembers({ id: existing.id, roles: [...staff.roles], granted_by: "seed" })
    else await staffRoles.createStaffMembers({ user_id: user.id, roles: [...staff.roles], granted_by: "seed" })
  }
}

/**
 * Version 7: orders placed before the company–order link existed get it, from the company the
 * place-order workflow recorded on them or else their customer's company.
 */
async function linkOrdersToCompanies(container: ExecArgs["container"]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "metadata"],
    pagination: { take: 1_000_000 },
  })
  const { data: buyers } = await query.graph({ entity: "company_buyer", fields: ["customer_id", "company.id"] })
  const companyOf = new Map((buyers as any[]).map((b) => [b.customer_id, b.company?.id]))
  const links = (orders as any[]).flatMap((o) => {
    const companyId = o.metadata?.ordo_company_id ?? companyOf.get(o.customer_id)
    return companyId ? [{ [COMPANY_MODULE]: { company_id: companyId }, [Modules.ORDER]: { order_id: o.id } }] : []
  })
  if (links.length) await link.create(links)
}

/**
 * Version 8: each demo company gets its sales rep (a company someone already gave a rep keeps it),
 * so "my customers", receivables and reports by rep show something from the start.
 */
async function seedSalesReps(container: ExecArgs["container"]) {
  const users = container.resolve(Modules.USER)
  const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  for (const c of COMPANIES) {
    const email = SALES_REPS[c.key]
    if (!email) continue
    const [[user], [company]] = await Promise.all([
      users.listUsers({ email }, { select: ["id"] }),
      companies.listCompanies({ legal_name: c.name }, { select: ["id", "sales_rep_id"] }),
    ])
    if (!user || !company || (company as any).sales_rep_id) continue
    await companies.updateCompanies({ id: company.id, sales_rep_id: user.id } as any)
  }
}
