import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CheckCircle } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { ApprovalPanel } from "../../components/approval-panel"
import { ApprovalRules } from "../../components/approval-rules"
import { useApprovals } from "../../hooks/approvals"

/** The approval queue: orders waiting for a sales manager or finance decision (and the rest, newest first). */
const ApprovalsPage = () => {
  const approvals = useApprovals().data?.approvals ?? []
  const pending = approvals.filter((a) => a.status === "pending")
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">Approvals</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {pending.length} waiting for a decision.
        </Text>
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

export const config = defineRouteConfig({ label: "Approvals", icon: CheckCircle })

export default ApprovalsPage
