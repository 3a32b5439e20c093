import { Form } from "react-router"
import { useTranslation } from "../i18n/use-translation"
import type { ApprovalView } from "../lib/b2b.server"
import { translateBackendMessage } from "../lib/backend-messages"

/** The approval chain of one order: who decided each level, when and why; a form when it is your turn. */
export function ApprovalHistory({ approval, canDecide }: { approval: ApprovalView; canDecide: boolean }) {
  const { t, tr, lang } = useTranslation()
  const when = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" })
  return (
    <section className="approval" data-testid="approval-history" data-status={approval.status}>
      <h2>{t("approval.heading")}</h2>
      <ul className="muted">
        {approval.reasons.map((r) => (
          <li key={r.rule_name}>{translateBackendMessage(r.detail, lang)}</li>
        ))}
      </ul>
      <ol className="approval-levels">
        {approval.levels.map((l) => (
          <li
            key={l.level}
            data-testid="approval-level"
            data-decision={l.decision?.decision ?? (l.waiting ? "waiting" : "")}
          >
            <strong>{tr(`approval.role.${l.role}`, l.role)}</strong>{" "}
            {l.decision ? (
              <span>
                {tr(`approval.decision.${l.decision.decision}`, l.decision.decision)} · {l.decision.actor_name} ·{" "}
                {when.format(new Date(l.decision.created_at))}
                {l.decision.comment ? <em> — “{l.decision.comment}”</em> : null}
              </span>
            ) : (
              <span className="muted">{l.waiting ? t("approval.waiting") : t("approval.later")}</span>
            )}
          </li>
        ))}
      </ol>
      {canDecide && approval.status === "pending" ? (
        <Form method="post" className="stack">
          <input type="hidden" name="approval_id" value={approval.id} />
          <label>
            {t("approval.comment")}
            <textarea name="comment" rows={2} data-testid="approval-comment" />
          </label>
          <div className="row">
            <button type="submit" name="intent" value="approve" className="button button-primary" data-testid="approve">
              {t("approval.approve")}
            </button>
            <button type="submit" name="intent" value="reject" className="button" data-testid="reject">
              {t("approval.reject")}
            </button>
          </div>
        </Form>
      ) : null}
    </section>
  )
}

/** Shared action part: approve or reject the request named in the form. */
export function approvalDecisionBody(form: Record<string, string>) {
  return {
    id: form.approval_id ?? "",
    body: { decision: form.intent === "approve" ? "approved" : "rejected", comment: form.comment || undefined },
  }
}
