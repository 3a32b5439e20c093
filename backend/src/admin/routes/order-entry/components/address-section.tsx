import { Input } from "@medusajs/ui"
import { ADDRESS_FIELDS } from "../../../../domain/address"
import type { AddressField, AddressForm } from "../state"

const LABELS: Record<AddressField, string> = {
  first_name: "First name",
  last_name: "Last name",
  company: "Company",
  address_1: "Address",
  address_2: "Address line 2",
  city: "City",
  province: "Province",
  postal_code: "Postal code",
  country_code: "Country code",
  phone: "Phone",
}

/** A shipping address typed for this order (checked as a new address), field by field as orders store it. */
export function AddressSection({
  value,
  onChange,
}: {
  value: AddressForm
  onChange: (patch: Partial<AddressForm>) => void
}) {
  return (
    <fieldset className="grid grid-cols-2 gap-2 md:col-span-2">
      <legend className="text-ui-fg-subtle text-xs">Other address (checked as a new address)</legend>
      {ADDRESS_FIELDS.map((k) => (
        <Input
          key={k}
          size="small"
          aria-label={`Ship to ${LABELS[k]}`}
          placeholder={LABELS[k]}
          value={value[k]}
          onChange={(e) => onChange({ [k]: e.target.value })}
        />
      ))}
    </fieldset>
  )
}
