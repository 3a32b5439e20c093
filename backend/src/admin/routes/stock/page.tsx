import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox } from "@medusajs/icons"
import { Container, Heading, Tabs, Text, toast } from "@medusajs/ui"
import { useReducer } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { type StockLevel, useLowStockCount, useSetThreshold, useStockLocations } from "../../hooks/stock"
import { LevelsTab, LowStockTab } from "./components/levels-tabs"
import { LayersTab, MovementsTab } from "./components/log-tabs"
import { MovesTab } from "./components/moves-tab"
import { ReceiptTab } from "./components/receipt-tab"
import type { TabProps } from "./components/types"
import { initialStockState, parseThreshold, stockReducer } from "./state"

const today = () => new Date().toISOString().slice(0, 10)
const TABS = ["levels", "low", "moves", "receive", "log", "layers"]

/** Warehouse: levels and thresholds, low stock, adjustments, transfers, purchase receipts, movements, FIFO layers. */
const StockPage = () => {
  const { t } = useTranslation()
  // `?tab=low` opens a tab directly (the dashboard's low-stock figure links there).
  const [params] = useSearchParams()
  const [state, dispatch] = useReducer(stockReducer, undefined, () => {
    const initial = initialStockState(today())
    const tab = params.get("tab")
    return tab && TABS.includes(tab) ? { ...initial, tab } : initial
  })
  const locationsQuery = useStockLocations()
  const lowQuery = useLowStockCount()
  const setThreshold = useSetThreshold()
  const locations = locationsQuery.data?.locations ?? []
  const lowCount = lowQuery.data ?? 0
  const loadError = locationsQuery.error ?? lowQuery.error
  const message = state.message ?? (loadError ? { text: loadError.message, error: true } : null)

  const locationName = (id: string | null | undefined) => (id ? (locations.find((l) => l.id === id)?.name ?? id) : "—")

  // Every change ends in a toast, and its text stays at the top of the page.
  const run: TabProps["run"] = async (fn) => {
    dispatch({ type: "message", message: null })
    try {
      const text = await fn()
      dispatch({ type: "message", message: { text } })
      toast.success(text)
      return true
    } catch (e: any) {
      dispatch({ type: "message", message: { text: e.message, error: true } })
      toast.error(e.message)
      return false
    }
  }

  const saveThreshold = async (l: StockLevel, v: string) => {
    const threshold = parseThreshold(v)
    if (threshold === undefined) {
      dispatch({
        type: "message",
        message: { text: t("ordo.stock.thresholdInvalid"), error: true },
      })
      return
    }
    await run(async () => {
      await setThreshold.mutateAsync({ sku: l.sku, location_id: l.location_id, threshold })
      return threshold == null
        ? t("ordo.stock.thresholdRemoved", { sku: l.sku, location: l.location_name })
        : t("ordo.stock.thresholdSet", { sku: l.sku, location: l.location_name, threshold })
    })
  }
  const levelsProps = { onSaveThreshold: saveThreshold, onShowSku: (sku: string) => dispatch({ type: "showSku", sku }) }
  const tabProps: TabProps = { state, dispatch, locations, locationName, run }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">{t("ordo.stock.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("ordo.stock.intro")}
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
        <Tabs.List className="overflow-x-auto whitespace-nowrap">
          <Tabs.Trigger value="levels">{t("ordo.stock.tabs.levels")}</Tabs.Trigger>
          <Tabs.Trigger value="low" data-testid="stock-low-tab">
            {lowCount ? t("ordo.stock.tabs.lowCount", { count: lowCount }) : t("ordo.stock.tabs.low")}
          </Tabs.Trigger>
          <Tabs.Trigger value="moves">{t("ordo.stock.tabs.moves")}</Tabs.Trigger>
          <Tabs.Trigger value="receive">{t("ordo.stock.tabs.receive")}</Tabs.Trigger>
          <Tabs.Trigger value="log">{t("ordo.stock.tabs.log")}</Tabs.Trigger>
          <Tabs.Trigger value="layers">{t("ordo.stock.tabs.layers")}</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="levels" className="mt-3">
          <LevelsTab q={state.q} onSearch={(q) => dispatch({ type: "search", q })} {...levelsProps} />
        </Tabs.Content>
        <Tabs.Content value="low" className="mt-3">
          <LowStockTab {...levelsProps} />
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

export const config = defineRouteConfig({ label: "ordo.stock.title", translationNs: "translation", icon: ArchiveBox })

export default StockPage
