import type { Dispatch } from "react"
import type { StockLocation } from "../../../hooks/stock"
import type { StockAction, StockState } from "../state"

/** What every stock tab gets from the page. */
export type TabProps = {
  state: StockState
  dispatch: Dispatch<StockAction>
  locations: StockLocation[]
  locationName: (id: string | null | undefined) => string
  /** Runs a change: its text (or its error) becomes the page's message; false when it failed. */
  run: (fn: () => Promise<string>) => Promise<boolean>
}
