import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox } from "@medusajs/icons"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useReducer } from "react"
import { type StockLevel, useLowStock, useSetThreshold, useStockLocations } from "../../hooks/stock"
import { LevelsTab, LowStockTab } from "./components/levels-tabs"
import { LayersTab, MovementsTab } from "./components/log-tabs"
import { MovesTab } from "./components/moves-tab"
import { ReceiptTab } from "./components/receipt-tab"
import type { TabProps } from "./components/types"
import { initialStockState, parseThreshold, stockReducer } from "./state"

const today = () => new Date().toISOString().slice(0, 10)

/** Warehouse: levels and thresholds, low stock, adjustments, transfers, purchase receipts, movements, FIFO layers. */
const StockPage = () => {
  const [state, dispatch] = useReducer(stockReducer, undefined, () => initialStockState(today()))
  const locationsQuery = useStockLocations()
  const lowQuery = useLowStock()
  const setThreshold = useSetThreshold()
  const locations = locationsQuery.data?.locations ?? []
  const low = lowQuery.data?.levels ?? []
  const loadError = locationsQuery.error ?? lowQuery.error
  const message = state.message ?? (loadError ? { text: loadError.message, error: true } : null)

  const locationName = (id: string | null | undefined) => (id ? (locations.find((l) => l.id === id)?.name ?? id) : "—")

  const run: TabProps["run"] = async (fn) => {
    dispatch({ type: "message", message: null })
    try {
      dispatch({ type: "message", message: { text: await fn() } })
      return true
    } catch (e: any) {
      dispatch({ type: "message", message: { text: e.message, error: true } })
      return false
    }
  }

  const saveThreshold = async (l: StockLevel, v: string) => {
    const threshold = parseThreshold(v)
    if (threshold === undefined) {
      dispatch({
        type: "message",
        message: { text: "A threshold is a whole number of 0 or more (empty removes it).", error: true },
      })
      return
    }
    await run(async () => {
      await setThreshold.mutateAsync({ sku: l.sku, location_id: l.location_id, threshold })
      return threshold == null
        ? `Threshold removed for ${l.sku} at ${l.location_name}.`
        : `Threshold for ${l.sku} at ${l.location_name} set to ${threshold}.`
    })
  }
  const levelsProps = { onSaveThreshold: saveThreshold, onShowSku: (sku: string) => dispatch({ type: "showSku", sku }) }
  const tabProps: TabProps = { state, dispatch, locations, locationName, run }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">Stock</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Levels per location, low-stock thresholds, adjustments, transfers, purchase receipts and FIFO cost layers.
        </Text>
        {message ? (
          <Text
            size="small"
            className={message.error ? "text-ui-fg-error" : "text-ui-fg-interactive"}
            data-testid="stock-message"
            role={message.error ? "alert" : "status"}
          >
            {message.text}
          </Text>
        ) : null}
      </Container>
      <Tabs value={state.tab} onValueChange={(tab) => dispatch({ type: "tab", tab })}>
        <Tabs.List>
          <Tabs.Trigger value="levels">Levels</Tabs.Trigger>
          <Tabs.Trigger value="low">Low stock{low.length ? ` (${low.length})` : ""}</Tabs.Trigger>
          <Tabs.Trigger value="moves">Adjust / transfer</Tabs.Trigger>
          <Tabs.Trigger value="receive">Purchase receipt</Tabs.Trigger>
          <Tabs.Trigger value="log">Movements</Tabs.Trigger>
          <Tabs.Trigger value="layers">Cost layers</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="levels" className="mt-3">
          <LevelsTab q={state.q} onSearch={(q) => dispatch({ type: "search", q })} {...levelsProps} />
        </Tabs.Content>
        <Tabs.Content value="low" className="mt-3">
          <LowStockTab low={low} {...levelsProps} />
        </Tabs.Content>
        <Tabs.Content value="moves" className="mt-3 flex flex-col gap-y-3">
          <MovesTab {...tabProps} />
        </Tabs.Content>
        <Tabs.Content value="receive" className="mt-3 flex flex-col gap-y-3">
          <ReceiptTab {...tabProps} />
        </Tabs.Content>
        <Tabs.Content value="log" className="mt-3">
          <MovementsTab {...tabProps} />
        </Tabs.Content>
        <Tabs.Content value="layers" className="mt-3">
          <LayersTab {...tabProps} />
        </Tabs.Content>
      </Tabs>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Stock", icon: ArchiveBox })

export default StockPage
