import { Table, Text } from "@medusajs/ui"
import type { ComponentPropsWithoutRef, ReactNode } from "react"

export type Column<T> = {
  key: string
  /** Header text; a table whose columns have none is drawn without a header row. */
  header?: ReactNode
  /** Numbers: right-aligned header and cells. */
  align?: "right"
  headerClassName?: string
  className?: string | ((row: T, index: number) => string | undefined)
  cell: (row: T, index: number) => ReactNode
}

type RowProps = ComponentPropsWithoutRef<"tr"> & { [data: `data-${string}`]: string | number | undefined }

type DataTableProps<T> = {
  columns: Column<T>[]
  rows: readonly T[]
  rowKey: (row: T, index: number) => string | number
  /** Test ids, data attributes, focus and key handling for a row. */
  rowProps?: (row: T, index: number) => RowProps
  /** Shown under the table when there are no rows. */
  empty?: ReactNode
  /** On a narrow screen the table keeps this width (px) and scrolls sideways inside its box instead of squeezing. */
  minWidth?: number
}

const join = (...c: (string | undefined | false)[]) => c.filter(Boolean).join(" ") || undefined

/** Ordo's one table: Medusa UI's Table drawn from column definitions. */
export function DataTable<T>({ columns, rows, rowKey, rowProps, empty, minWidth }: DataTableProps<T>) {
  const header = columns.some((c) => c.header !== undefined)
  const table = (
    <Table style={minWidth ? { minWidth } : undefined}>
      {header ? (
        <Table.Header>
          <Table.Row>
            {columns.map((c) => (
              <Table.HeaderCell key={c.key} className={join(c.align === "right" && "text-right", c.headerClassName)}>
                {c.header}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
      ) : null}
      <Table.Body>
        {rows.map((row, i) => (
          <Table.Row key={rowKey(row, i)} {...rowProps?.(row, i)}>
            {columns.map((c) => (
              <Table.Cell
                key={c.key}
                className={join(
                  c.align === "right" && "text-right",
                  typeof c.className === "function" ? c.className(row, i) : c.className,
                )}
              >
                {c.cell(row, i)}
              </Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
  return (
    <>
      {minWidth ? <div className="overflow-x-auto">{table}</div> : table}
      {!rows.length && empty ? (
        <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
          {empty}
        </Text>
      ) : null}
    </>
  )
}
