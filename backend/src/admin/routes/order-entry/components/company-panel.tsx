import { Badge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
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
  const { t } = useTranslation()
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
              {t("ordo.entry.company.onHold")}
            </Badge>
          ) : null}
        </Text>
        {ctx.company.aliases?.length ? (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("ordo.entry.company.aka", { names: ctx.company.aliases.join(", ") })}
          </Text>
        ) : null}
        {!ctx.buyers.length ? (
          <Text size="small" className="text-ui-fg-error">
            {t("ordo.entry.company.noBuyers")}
          </Text>
        ) : null}
        <FormField id="entry-buyer" label={t("ordo.entry.company.buyer")} labelSize="small" className="contents">
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
        <FormField id="entry-address" label={t("ordo.entry.company.shipTo")} labelSize="small" className="contents">
          <NativeSelect
            id="entry-address"
            value={state.addressId}
            onChange={(id) => dispatch({ type: "address", id })}
            options={[
              ...ctx.addresses.map((a: any) => [a.id, addressLabel(a)] as const),
              [OTHER, t("ordo.entry.company.otherAddress")] as const,
            ]}
          />
        </FormField>
      </div>
      <div className="flex flex-col gap-y-1" data-testid="entry-credit">
        <Text size="small">
          {t("ordo.entry.company.terms")}{" "}
          <b>
            {credit?.terms ? t(`ordo.entry.company.termNames.${credit.terms}`, { defaultValue: credit.terms }) : "—"}
          </b>
          {credit?.net_days ? ` ${t("ordo.entry.company.netDays", { count: credit.net_days })}` : ""}
          {credit?.deposit_percent ? ` · ${t("ordo.entry.company.deposit", { percent: credit.deposit_percent })}` : ""}
        </Text>
        <Text size="small">
          {t("ordo.entry.company.creditLimit")}{" "}
          {credit?.credit_limit != null ? money(credit.credit_limit, currency) : t("ordo.entry.company.none")}
        </Text>
        <Text size="small">
          {t("ordo.entry.company.exposure")} {money(credit?.exposure, currency)}
        </Text>
        <Text size="small">
          {t("ordo.entry.company.available")}{" "}
          {credit?.available != null ? (
            <span className={Number(credit.available) < 0 ? "text-ui-fg-error" : ""}>
              {money(credit.available, currency)}
            </span>
          ) : (
            t("ordo.entry.company.unlimited")
          )}
        </Text>
        <Text size="small">
          {t("ordo.entry.company.priceLists")}{" "}
          {ctx.price_lists?.length ? ctx.price_lists.map((p: any) => p.title).join(", ") : "—"}
        </Text>
        {ctx.min_margin_percent != null ? (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("ordo.entry.company.minMargin", { percent: pct(ctx.min_margin_percent) })}
          </Text>
        ) : null}
      </div>
      {state.addressId === OTHER ? (
        <AddressSection value={state.otherAddress} onChange={(patch) => dispatch({ type: "otherAddress", patch })} />
      ) : null}
    </div>
  )
}
