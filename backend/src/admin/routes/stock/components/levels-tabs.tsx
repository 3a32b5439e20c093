import { Container, Heading, Input, Label } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Pager } from "../../../components/ui/pager"
import type { StockLevel } from "../../../hooks/stock"
import { useStockLevels } from "../../../hooks/stock"
import { useDebouncedValue } from "../../../hooks/use-debounced-value"
import { LevelsTable } from "./levels-table"

type LevelsProps = {
  onSaveThreshold: (l: StockLevel, v: string) => Promise<void>
  onShowSku: (sku: string) => void
}

const FIRST_PAGE = { offset: 0, limit: 25 }

/** A page of levels (all, or only the low ones) with the pager under it; a new search starts at the first page. */
function PagedLevels({
  id,
  q = "",
  low = false,
  empty,
  ...rest
}: LevelsProps & { id: string; q?: string; low?: boolean; empty: string }) {
  const { t } = useTranslation()
  const [page, setPage] = useState({ ...FIRST_PAGE, q })
  // A new search starts again at the first page (kept in the same state, so no effect is needed).
  const current = page.q === q ? page : { ...page, q, offset: 0 }
  const levels = useStockLevels({ q, low, limit: current.limit, offset: current.offset })
  const count = levels.data?.count ?? 0
  // The pager speaks of the rows on show (the last page stays while the next one loads).
  const shown = levels.data ? { offset: levels.data.offset, limit: levels.data.limit } : current
  return (
    <>
      <LevelsTable levels={levels.data?.levels ?? []} empty={empty} {...rest} />
      <Pager
        id={id}
        count={count}
        offset={shown.offset}
        limit={shown.limit}
        onChange={(p) => setPage({ ...p, q })}
        labels={{
          size: t("ordo.stock.page.size"),
          range: (from, to, all) =>
            all ? t("ordo.stock.page.range", { from, to, count: all }) : t("ordo.stock.page.none"),
          previous: t("ordo.stock.page.previous"),
          next: t("ordo.stock.page.next"),
        }}
      />
    </>
  )
}

/** Every level, searched by the words of SKU, name or size as the user pauses typing, a page at a time. */
export function LevelsTab({ q, onSearch, ...rest }: LevelsProps & { q: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation()
  const searched = useDebouncedValue(q.trim(), 250)
  return (
    <Container className="p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Label htmlFor="stock-search" size="small" weight="plus">
          {t("ordo.stock.search")}
        </Label>
        <Input
          id="stock-search"
          size="small"
          placeholder={t("ordo.stock.searchPlaceholder")}
          value={q}
          onChange={(e) => onSearch(e.target.value)}
        />
      </div>
      <PagedLevels id="stock-levels" q={searched} empty={t("ordo.stock.nothingFound")} {...rest} />
    </Container>
  )
}

/** Levels with nothing left, or at or below their threshold, a page at a time. */
export function LowStockTab(rest: LevelsProps) {
  const { t } = useTranslation()
  return (
    <Container className="p-0">
      <Heading level="h2" className="px-6 py-4">
        {t("ordo.stock.lowHeading")}
      </Heading>
      <PagedLevels id="stock-low" low empty={t("ordo.stock.nothingLow")} {...rest} />
    </Container>
  )
}
