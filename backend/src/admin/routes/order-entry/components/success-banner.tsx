import { Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { EntrySaved } from "../../../hooks/order-entry"
import { successText } from "../derive"

const Then = ({ to, label }: { to: string; label: string }) => (
  <>
    {" · "}
    <Link to={to} className="underline">
      {label}
    </Link>
  </>
)

/** What the last submit saved, with a link to it, and what was asked for it (delivery date, note). */
export function SuccessBanner({ success }: { success: EntrySaved }) {
  const { t } = useTranslation()
  return (
    <Container className="px-6 py-3" data-testid="entry-success" role="status">
      <Text weight="plus" className="text-ui-fg-interactive">
        {successText(success, t)}
        {success.repeated ? t("ordo.entry.success.repeated") : ""}
        {success.order_id && success.status !== "draft" ? (
          <Then to={`/orders/${success.order_id}`} label={t("ordo.entry.success.openOrder")} />
        ) : null}
        {success.order_id && success.status === "draft" ? (
          <Then to={`/order-entry?draft=${success.order_id}`} label={t("ordo.entry.success.reopenDraft")} />
        ) : null}
        {success.quote_id ? (
          <Then to={`/quotes/${success.quote_id}`} label={t("ordo.entry.success.openQuote")} />
        ) : null}
      </Text>
      {success.requested_delivery_date ? (
        <Text size="small" data-testid="entry-success-delivery">
          {t("ordo.entry.success.deliveryDate", { date: success.requested_delivery_date })}
        </Text>
      ) : null}
      {success.note ? (
        <Text size="small" className="whitespace-pre-line" data-testid="entry-success-note">
          {t("ordo.entry.success.note", { note: success.note })}
        </Text>
      ) : null}
    </Container>
  )
}
