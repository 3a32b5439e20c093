import { Button, Label, Text } from "@medusajs/ui"
import { NativeSelect } from "./native-select"

export type PagerLabels = {
  /** The page-size select's label, e.g. "Rows per page". */
  size: string
  /** "21–40 of 137" for the rows on show. */
  range: (from: number, to: number, count: number) => string
  previous: string
  next: string
}

/**
 * Ordo's one pager under a table: page size, which rows are on show of how many, previous / next.
 * `offset` and `limit` are the table's; the parent keeps them (and goes back to 0 on a new search).
 */
export function Pager({
  id,
  count,
  offset,
  limit,
  sizes = [25, 50, 100],
  onChange,
  labels,
}: {
  id: string
  count: number
  offset: number
  limit: number
  sizes?: number[]
  onChange: (page: { offset: number; limit: number }) => void
  labels: PagerLabels
}) {
  const from = count ? offset + 1 : 0
  const to = Math.min(offset + limit, count)
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 border-t px-6 py-3" data-testid={`${id}-pager`}>
      <div className="flex items-center gap-2">
        <Label htmlFor={`${id}-size`} size="xsmall">
          {labels.size}
        </Label>
        <NativeSelect
          id={`${id}-size`}
          value={String(limit)}
          onChange={(v) => onChange({ offset: 0, limit: Number(v) })}
          options={sizes.map((s) => [String(s), String(s)] as const)}
        />
      </div>
      <Text size="small" className="text-ui-fg-subtle" data-testid={`${id}-range`} aria-live="polite">
        {labels.range(from, to, count)}
      </Text>
      <div className="flex gap-2">
        <Button
          size="small"
          variant="secondary"
          disabled={offset <= 0}
          onClick={() => onChange({ offset: Math.max(0, offset - limit), limit })}
        >
          {labels.previous}
        </Button>
        <Button
          size="small"
          variant="secondary"
          disabled={offset + limit >= count}
          onClick={() => onChange({ offset: offset + limit, limit })}
        >
          {labels.next}
        </Button>
      </div>
    </div>
  )
}
