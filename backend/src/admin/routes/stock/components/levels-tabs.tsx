import { Container, Heading, Input } from "@medusajs/ui"
import type { StockLevel } from "../../../hooks/stock"
import { useStockLevels } from "../../../hooks/stock"
import { useDebouncedValue } from "../../../hooks/use-debounced-value"
import { LevelsTable } from "./levels-table"

type LevelsProps = {
  onSaveThreshold: (l: StockLevel, v: string) => Promise<void>
  onShowSku: (sku: string) => void
}

/** Every level, searched by SKU or product as the user pauses typing. */
export function LevelsTab({ q, onSearch, ...rest }: LevelsProps & { q: string; onSearch: (q: string) => void }) {
  const levels = useStockLevels(useDebouncedValue(q.trim(), 250))
  return (
    <Container className="p-0">
      <div className="px-6 py-4">
        <Input
          size="small"
          aria-label="Search stock"
          placeholder="Search SKU or product"
          value={q}
          onChange={(e) => onSearch(e.target.value)}
        />
      </div>
      <LevelsTable levels={levels.data?.levels ?? []} empty="Nothing found." {...rest} />
    </Container>
  )
}

/** Levels at or below their threshold. */
export function LowStockTab({ low, ...rest }: LevelsProps & { low: StockLevel[] }) {
  return (
    <Container className="p-0">
      <Heading level="h2" className="px-6 py-4">
        At or below threshold
      </Heading>
      <LevelsTable levels={low} empty="Nothing is low." {...rest} />
    </Container>
  )
}
