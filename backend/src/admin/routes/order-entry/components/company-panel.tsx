import { Badge, Text } from "@medusajs/ui"
import { FormField } from "../../../components/ui/form-field"
import { NativeSelect } from "../../../components/ui/native-select"
import { money, pct } from "../../../lib/format"
import { OTHER } from "../state"
import type { OrderEntry } from "../use-order-entry"
import { AddressSection } from "./address-section"

const addressLabel = (a: any) =>
  [a.company, [a.first_name, a.last_name].filter(Boolean).join(" "), a.address_1, a.city, a.postal_code]
    .filter(Boolean)
    .join(", ")

/** The picked company: buyer and ship-to choices, and its terms, credit and price lists. */
export function CompanyPanel({ entry }: { entry: OrderEntry }) {
  const { state, dispatch, currency } = entry
  const ctx = state.ctx
  if (!ctx) return null
  const credit = ctx.credit
  return (
    <div className="grid grid-cols-1 gap-3 md:grid-cols-2" data-testid="entry-company">
      <div className="flex flex-col gap-y-1">
        <Text weight="plus">
          {ctx.company.legal_name}{" "}
          {credit?.on_hold ? (
            <Badge size="2xsmall" color="red">
              on hold
            </Badge>
          ) : null}
        </Text>
        {ctx.company.aliases?.length ? (
          <Text size="xsmall" className="text-ui-fg-subtle">
            aka {ctx.company.aliases.join(", ")}
          </Text>
        ) : null}
        {!ctx.buyers.length ? (
          <Text size="small" className="text-ui-fg-error">
            This company has no buyers yet; add one under Companies first.
          </Text>
        ) : null}
        <FormField id="entry-buyer" label="Buyer" labelSize="small" className="contents">
          <NativeSelect
            id="entry-buyer"
            value={state.buyerId}
            onChange={(id) => dispatch({ type: "buyer", id })}
            options={ctx.buyers.map(
              (b: any) =>
                [
                  b.customer_id,
                  `${b.name} · ${b.email}${b.phone ? ` · ${b.phone}` : ""}${b.role ? ` (${b.role})` : ""}`,
                ] as const,
            )}
          />
        </FormField>
        <FormField id="entry-address" label="Ship to" labelSize="small" className="contents">
          <NativeSelect
            id="entry-address"
            value={state.addressId}
            onChange={(id) => dispatch({ type: "address", id })}
            options={[
              ...ctx.addresses.map((a: any) => [a.id, addressLabel(a)] as const),
              [OTHER, "Other address…"] as const,
            ]}
          />
        </FormField>
      </div>
      <div className="flex flex-col gap-y-1" data-testid="entry-credit">
        <Text size="small">
          Terms: <b>{credit?.terms ?? "—"}</b>
          {credit?.net_days ? ` ${credit.net_days} days` : ""}
          {credit?.deposit_percent ? ` · deposit ${credit.deposit_percent}%` : ""}
        </Text>
        <Text size="small">
          Credit limit: {credit?.credit_limit != null ? money(credit.credit_limit, currency) : "none"}
        </Text>
        <Text size="small">Exposure: {money(credit?.exposure, currency)}</Text>
        <Text size="small">
          Available:{" "}
          {credit?.available != null ? (
            <span className={Number(credit.available) < 0 ? "text-ui-fg-error" : ""}>
              {money(credit.available, currency)}
            </span>
          ) : (
            "unlimited"
          )}
        </Text>
        <Text size="small">
          Price lists: {ctx.price_lists?.length ? ctx.price_lists.map((p: any) => p.title).join(", ") : "—"}
        </Text>
        {ctx.min_margin_percent != null ? (
          <Text size="xsmall" className="text-ui-fg-subtle">
            Minimum margin {pct(ctx.min_margin_percent)}
          </Text>
        ) : null}
      </div>
      {state.addressId === OTHER ? (
        <AddressSection value={state.otherAddress} onChange={(patch) => dispatch({ type: "otherAddress", patch })} />
      ) : null}
    </div>
  )
}
