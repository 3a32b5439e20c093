import { useTranslation } from "../i18n/use-translation"
import { formatMoney } from "../lib/money"
import type { Amount } from "../lib/types"

export interface TotalsProps {
  currencyCode: string
  subtotal?: Amount
  shipping?: Amount
  tax?: Amount
  total?: Amount
}

export function Totals({ currencyCode, subtotal, shipping, tax, total }: TotalsProps) {
  const { t, lang } = useTranslation()
  return (
    <dl className="totals" data-testid="totals">
      <dt>{t("totals.subtotal")}</dt>
      <dd>{formatMoney(subtotal, currencyCode, lang)}</dd>
      <dt>{t("totals.shipping")}</dt>
      <dd>{formatMoney(shipping, currencyCode, lang)}</dd>
      <dt>{t("totals.tax")}</dt>
      <dd>{formatMoney(tax, currencyCode, lang)}</dd>
      <dt className="totals-grand">{t("totals.total")}</dt>
      <dd className="totals-grand" data-testid="total">
        {formatMoney(total, currencyCode, lang)}
      </dd>
    </dl>
  )
}
