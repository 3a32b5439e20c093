import type { Address } from "../lib/types"

/** Postal address in the order the buyer's records hold it; empty parts are skipped. */
export function AddressLines({ address }: { address: Address }) {
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const cityLine = [address.postal_code, address.city, address.province].filter(Boolean).join(" ")
  const lines = [
    address.company,
    name,
    address.address_1,
    address.address_2,
    cityLine,
    address.country_code?.toUpperCase(),
    address.phone,
  ].filter((l): l is string => Boolean(l))
  return (
    <address className="address">
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: address lines are static text
        <span key={i}>
          {line}
          <br />
        </span>
      ))}
    </address>
  )
}
