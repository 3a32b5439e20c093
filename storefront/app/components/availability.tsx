import { useTranslation } from "../i18n/use-translation"

export const LOW_STOCK_THRESHOLD = 10

/** Stock as Medusa reports it; null means inventory is not managed for the variant. */
export function Availability({ quantity }: { quantity: number | null | undefined }) {
  const { t } = useTranslation()
  if (quantity === null || quantity === undefined) return <span className="stock stock-unknown">—</span>
  if (quantity <= 0) return <span className="stock stock-out">{t("stock.out")}</span>
  if (quantity <= LOW_STOCK_THRESHOLD)
    return <span className="stock stock-low">{t("stock.low", { count: quantity })}</span>
  return <span className="stock stock-in">{t("stock.in", { count: quantity })}</span>
}
