import { Container, Text } from "@medusajs/ui"
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

/** What the last submit saved, with a link to it. */
export function SuccessBanner({ success }: { success: EntrySaved }) {
  return (
    <Container className="px-6 py-3" data-testid="entry-success" role="status">
      <Text weight="plus" className="text-ui-fg-interactive">
        {successText(success)}
        {success.repeated ? " (already submitted — nothing new was created)" : ""}
        {success.order_id && success.status !== "draft" ? (
          <Then to={`/orders/${success.order_id}`} label="open order" />
        ) : null}
        {success.order_id && success.status === "draft" ? (
          <Then to={`/order-entry?draft=${success.order_id}`} label="reopen draft" />
        ) : null}
        {success.quote_id ? <Then to={`/quotes/${success.quote_id}`} label="open quote" /> : null}
      </Text>
    </Container>
  )
}
