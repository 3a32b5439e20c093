import { Badge, Button, Container, Heading, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useDecideApproval } from "../hooks/approvals"
import { day, money } from "../lib/format"

/** One approval request: why, the chain with every decision, and approve/reject for the waiting level. */
export function ApprovalPanel({ approval: a }: { approval: any }) {
  const [comment, setComment] = useState("")
  const [error, setError] = useState("")
  const decideApproval = useDecideApproval(a.id)
  const decide = async (decision: "approved" | "rejected") => {
    setError("")
    try {
      await decideApproval.mutateAsync({ decision, comment: comment || undefined })
      setComment("")
    } catch (e: any) {
      setError(e.message)
    }
  }
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4" data-testid="admin-approval">
      <Heading level="h2">
        Order{" "}
        <Link to={`/orders/${a.order_id}`} className="text-ui-fg-interactive">
          #{a.order?.display_id}
        </Link>{" "}
        · {a.company_name} · {money(a.order_total, a.currency_code)} <Badge size="2xsmall">{a.status}</Badge>
      </Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Requested by {a.requested_by_name} on {day(a.created_at)} · PO {a.po_number ?? "—"}
      </Text>
      {(a.reasons ?? []).map((r: any) => (
        <Text key={r.rule_id} size="small">
          {r.rule_name}: {r.detail}
        </Text>
      ))}
      <ol className="list-decimal pl-6">
        {a.levels.map((l: any) => (
          <li key={l.level}>
            <Text size="small">
              <b>{l.role.replace("_", " ")}</b>:{" "}
              {l.decision
                ? `${l.decision.decision} by ${l.decision.actor_name} on ${day(l.decision.created_at)}${l.decision.comment ? ` — “${l.decision.comment}”` : ""}`
                : l.waiting
                  ? "waiting"
                  : "later"}
            </Text>
          </li>
        ))}
      </ol>
      {a.status === "pending" ? (
        <>
          <Textarea
            rows={2}
            placeholder="Comment (required to reject)"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          {error ? <Text className="text-ui-fg-error">{error}</Text> : null}
          <div className="flex gap-x-2">
            <Button size="small" onClick={() => decide("approved")} data-testid="admin-approve">
              Approve
            </Button>
            <Button size="small" variant="danger" onClick={() => decide("rejected")}>
              Reject
            </Button>
          </div>
        </>
      ) : null}
    </Container>
  )
}
