import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CheckCircle } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { ApprovalPanel } from "../../components/approval-panel"
import { ApprovalRules } from "../../components/approval-rules"
import { useApprovals } from "../../hooks/approvals"

/** The approval queue: orders waiting for a sales manager or finance decision (and the rest, newest first). */
const ApprovalsPage = () => {
  const { t } = useTranslation()
  const { data, error, isLoading } = useApprovals()
  const approvals = data?.approvals ?? []
  const pending = approvals.filter((a) => a.status === "pending")
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">{t("ordo.orders.approvals.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle" data-testid="approvals-waiting">
          {isLoading ? t("ordo.orders.desk.loading") : t("ordo.orders.approvals.waiting", { count: pending.length })}
        </Text>
        {error ? <Text className="text-ui-fg-error">{error.message}</Text> : null}
      </Container>
      <Container className="px-6 py-4">
        <ApprovalRules />
      </Container>
      {approvals.map((a) => (
        <ApprovalPanel key={a.id} approval={a} />
      ))}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "ordo.orders.approvals.title",
  translationNs: "translation",
  icon: CheckCircle,
})

export default ApprovalsPage
