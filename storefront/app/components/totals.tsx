import { useTranslation } from "../i18n/use-translation"
import { formatMoney, type MoneySummary } from "../lib/money"

/**
 * The money summary of a cart, checkout, order or quote, from `summarize()`: it adds up on screen.
 * VAT-inclusive prices: goods (incl. VAT) + shipping − discount = total, "of which VAT" below.
 * Tax on top: subtotal + shipping − discount + tax = total.
 */
export function Totals({ currencyCode, summary }: { currencyCode: string; summary: MoneySummary }) {
  const { t, lang } = useTranslation()
  const money = (v: string) => formatMoney(v, currencyCode, lang)
  const hasDiscount = Number(summary.discount) !== 0
  return (
    <dl className="totals" data-testid="totals" data-tax-included={summary.taxIncluded ? "yes" : "no"}>
      <dt>{summary.taxIncluded ? t("totals.goodsInclVat") : t("totals.subtotalExclTax")}</dt>
      <dd data-testid="totals-goods">{money(summary.goods)}</dd>
      <dt>{t("totals.shipping")}</dt>
      <dd data-testid="totals-shipping">{money(summary.shipping)}</dd>
      {hasDiscount ? (
        <>
          <dt>{t("totals.discount")}</dt>
          <dd data-testid="totals-discount">−{money(summary.discount)}</dd>
        </>
      ) : null}
      {summary.taxIncluded ? null : (
        <>
          <dt>{t("totals.tax")}</dt>
          <dd data-testid="totals-tax">{money(summary.tax)}</dd>
        </>
      )}
      <dt className="totals-grand">{t("totals.total")}</dt>
      <dd className="totals-grand" data-testid="total">
        {money(summary.total)}
      </dd>
      {summary.taxIncluded ? (
        <>
          <dt className="muted">{t("totals.ofWhichVat")}</dt>
          <dd className="muted" data-testid="totals-tax">
            {money(summary.tax)}
          </dd>
        </>
      ) : null}
    </dl>
  )
}
