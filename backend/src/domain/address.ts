/** The fields of a shipping address as orders store them. */
export const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
] as const
export type OrderAddress = Partial<Record<(typeof ADDRESS_FIELDS)[number], string | null>>

/** Just the address fields of any address-like record (nulls for the missing ones). */
export const pickAddress = (a: Record<string, unknown> | null | undefined): OrderAddress =>
  Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, (a?.[f] as string | null | undefined) ?? null]))

/** Street, city, postcode and country, compared without case, spaces or punctuation. */
export const addressKey = (a: OrderAddress) =>
  [a.address_1, a.city, a.postal_code, a.country_code]
    .map((x) =>
      String(x ?? "")
        .toLowerCase()
        .replace(/[\s.,#-]/g, ""),
    )
    .join("|")
