import { Button, Container, Heading, Label, StatusBadge, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useDecideApproval } from "../hooks/approvals"
import { day, money } from "../lib/format"

const STATUS_COLOUR: Record<string, "orange" | "green" | "red" | "grey"> = {
  pending: "orange",
  approved: "green",
  rejected: "red",
  superseded: "grey",
}

/** An approval request's state as a badge: waiting for approval, approved, rejected (in the admin's language). */
export function ApprovalStatusBadge({ status, testId }: { status: string; testId?: string }) {
  const { t } = useTranslation()
  return (
    <StatusBadge
      color={STATUS_COLOUR[status] ?? "grey"}
      className="whitespace-nowrap"
      data-testid={testId}
      data-status={status}
    >
      {t(`ordo.orders.approval.status.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}

/**
 * One approval request: why, the chain with every decision, and approve/reject for the waiting level.
 * `embedded` drops the order line (the order page already says which order it is).
 */
export function ApprovalPanel({ approval: a, embedded = false }: { approval: any; embedded?: boolean }) {
  const { t } = useTranslation()
  const [comment, setComment] = useState("")
  const [error, setError] = useState("")
  const decideApproval = useDecideApproval(a.id)
  const commentId = `approval-comment-${a.id}`
  const decide = async (decision: "approved" | "rejected") => {
    setError("")
    try {
      await decideApproval.mutateAsync({ decision, comment: comment || undefined })
      setComment("")
      toast.success(
        t(decision === "approved" ? "ordo.orders.approval.approvedToast" : "ordo.orders.approval.rejectedToast", {
          number: a.order?.display_id ?? "",
        }),
      )
    } catch (e: any) {
      setError(e.message)
      toast.error(e.message)
    }
  }
  const role = (r: string) => t(`ordo.orders.roles.${r}`, { defaultValue: r.replaceAll("_", " ") })
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4" data-testid="admin-approval" data-status={a.status}>
      {embedded ? (
        <div className="flex items-center justify-between gap-x-2">
          <Heading level="h2">{t("ordo.orders.approval.title")}</Heading>
          <ApprovalStatusBadge status={a.status} />
        </div>
      ) : (
        <Heading level="h2" className="flex flex-wrap items-center gap-x-2">
          <span>
            {t("ordo.orders.approval.order")}{" "}
            <Link to={`/orders/${a.order_id}`} className="text-ui-fg-interactive">
              #{a.order?.display_id}
            </Link>{" "}
            · {a.company_name} · {money(a.order_total, a.currency_code)}
          </span>
          <ApprovalStatusBadge status={a.status} />
        </Heading>
      )}
      <Text size="small" className="text-ui-fg-subtle">
        {t("ordo.orders.approval.requested", {
          name: a.requested_by_name || "—",
          date: day(a.created_at),
          po: a.po_number ?? "—",
        })}
      </Text>
      {(a.reasons ?? []).map((r: any) => (
        <Text key={`${r.rule_id}-${r.detail}`} size="small">
          {r.rule_name}: {r.detail}
        </Text>
      ))}
      <ol className="list-decimal pl-6">
        {a.levels.map((l: any) => (
          <li key={l.level}>
            <Text size="small">
              <b>{role(l.role)}</b>:{" "}
              {l.decision
                ? t(`ordo.orders.approval.decided.${l.decision.decision}`, {
                    name: l.decision.actor_name,
                    date: day(l.decision.created_at),
                  }) + (l.decision.comment ? ` — “${l.decision.comment}”` : "")
                : l.waiting
                  ? t("ordo.orders.approval.waiting")
                  : t("ordo.orders.approval.later")}
            </Text>
          </li>
        ))}
      </ol>
      {a.status === "pending" ? (
        <>
          <Label htmlFor={commentId} size="small" weight="plus">
            {t("ordo.orders.approval.comment")}
          </Label>
          <Textarea
            id={commentId}
            rows={2}
            placeholder={t("ordo.orders.approval.commentHint")}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          {error ? <Text className="text-ui-fg-error">{error}</Text> : null}
          <div className="flex gap-x-2">
            <Button
              size="small"
              onClick={() => decide("approved")}
              isLoading={decideApproval.isPending}
              data-testid="admin-approve"
            >
              {t("ordo.orders.approval.approve")}
            </Button>
            <Button
              size="small"
              variant="danger"
              onClick={() => decide("rejected")}
              disabled={decideApproval.isPending}
              data-testid="admin-reject"
            >
              {t("ordo.orders.approval.reject")}
            </Button>
          </div>
        </>
      ) : null}
    </Container>
  )
}
