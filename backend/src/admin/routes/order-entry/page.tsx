import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Keyboard } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { CompanyPanel } from "./components/company-panel"
import { CustomerPicker } from "./components/customer-picker"
import { LineAdder } from "./components/line-adder"
import { LinesTable } from "./components/lines-table"
import { PasteBox } from "./components/paste-box"
import { SidePanel } from "./components/side-panel"
import { SuccessBanner } from "./components/success-banner"
import { Summary } from "./components/summary"
import { useOrderEntry } from "./use-order-entry"

/** Staff order entry: a phone / WeChat order typed in fast, priced and guarded before it is placed. */
const OrderEntryPage = () => {
  const { t } = useTranslation()
  const entry = useOrderEntry()
  const { state } = entry
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">{t(state.draftId ? "ordo.entry.titleDraft" : "ordo.entry.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("ordo.entry.help")}
          </Text>
        </div>
        <Link to="/order-desk" className="text-ui-fg-interactive text-sm">
          {t("ordo.entry.allOrders")}
        </Link>
      </Container>

      {state.success ? <SuccessBanner success={state.success} /> : null}

      <div className="grid grid-cols-1 gap-3 xl:grid-cols-4">
        <div className="flex flex-col gap-y-3 xl:col-span-3">
          <Container className="flex flex-col gap-y-3 px-6 py-4">
            <CustomerPicker entry={entry} />
            <CompanyPanel entry={entry} />
          </Container>
          <Container className="p-0">
            <LineAdder entry={entry} />
            <LinesTable entry={entry} />
          </Container>
          <PasteBox entry={entry} />
          <Summary entry={entry} />
        </div>
        <SidePanel ctx={state.ctx} currency={entry.currency} />
      </div>
    </div>
  )
}

export const config = defineRouteConfig({ label: "ordo.entry.title", translationNs: "translation", icon: Keyboard })

export default OrderEntryPage
