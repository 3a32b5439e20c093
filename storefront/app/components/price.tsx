import { useTranslation } from "../i18n/use-translation"
import { formatMoney, hasDiscount } from "../lib/money"
import type { CalculatedPrice } from "../lib/types"

/** The buyer's contract price, with the list price struck through when it differs. */
export function ContractPrice({
  price,
  currencyCode,
}: {
  price: CalculatedPrice | null | undefined
  currencyCode: string
}) {
  const { t, lang } = useTranslation()
  if (!price || price.calculated_amount === null || price.calculated_amount === undefined) {
    return <span className="muted">{t("price.unavailable")}</span>
  }
  const currency = price.currency_code || currencyCode
  return (
    <span className="price">
      <span className="price-contract" title={t("price.contract")}>
        {formatMoney(price.calculated_amount, currency, lang)}
      </span>
      {hasDiscount(price.calculated_amount, price.original_amount) ? (
        <s className="price-list" title={t("price.list")}>
          {formatMoney(price.original_amount, currency, lang)}
        </s>
      ) : null}
      <TaxNote inclusive={price.is_calculated_price_tax_inclusive} />
    </span>
  )
}

/** "incl. VAT" / "excl. tax" beside a price, when the backend says which. */
export function TaxNote({ inclusive }: { inclusive: boolean | null | undefined }) {
  const { t } = useTranslation()
  if (inclusive === null || inclusive === undefined) return null
  return (
    <span className="tax-note muted" data-testid="tax-note">
      {inclusive ? t("price.inclVat") : t("price.exclTax")}
    </span>
  )
}
