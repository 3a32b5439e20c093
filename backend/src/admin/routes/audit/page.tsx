import { defineRouteConfig } from "@medusajs/admin-sdk"
import { History } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { DataTable } from "../../components/ui/data-table"
import { FormField, TextField } from "../../components/ui/form-field"
import { NativeSelect } from "../../components/ui/native-select"
import { Pager } from "../../components/ui/pager"
import { type AuditEntryView, useAuditLog } from "../../hooks/audit"
import { useStaffRoles } from "../../hooks/staff-roles"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import { dateTime } from "../../lib/format"

const AREAS = ["credit", "invoices", "payments", "prices", "stock", "roles", "approval_rules", "accounts"] as const

/** A stored value as the table shows it: numbers and text as they are, lists joined, nothing as "—". */
const shown = (v: unknown): string => {
  if (v === null || v === undefined || v === "") return "—"
  if (Array.isArray(v)) return v.length ? v.map(shown).join(", ") : "—"
  if (typeof v === "object") return JSON.stringify(v)
  const s = String(v)
  // Timestamps read as the other dates on the page.
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) ? dateTime(s) : s
}

const linkTo = (link: NonNullable<AuditEntryView["link"]>) =>
  link.kind === "company"
    ? `/companies/${link.id}`
    : link.kind === "order"
      ? `/orders/${link.id}`
      : link.kind === "user"
        ? `/settings/users/${link.id}`
        : `/receivables`

/** What names the record for a person: an invoice number, a SKU, a title — else its id. */
const recordName = (e: AuditEntryView) => {
  const ref = e.ref ?? {}
  for (const key of ["number", "sku", "title", "name", "reference"]) {
    if (typeof ref[key] === "string" && ref[key]) return ref[key] as string
  }
  return e.row_id
}

/** Who made a change: the person, or "System" for jobs and changes without a signed-in user. */
function Who({ e, system }: { e: AuditEntryView; system: string }) {
  if (!e.actor_id) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {system}
      </Text>
    )
  }
  return (
    <div className="flex flex-col">
      <Text size="small">{e.actor_name ?? e.actor_email ?? e.actor_id}</Text>
      {e.actor_name && e.actor_email ? (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {e.actor_email}
        </Text>
      ) : null}
    </div>
  )
}

function RecordCell({ e }: { e: AuditEntryView }) {
  return e.link ? (
    <Link to={linkTo(e.link)} className="text-ui-fg-interactive break-all" data-testid="audit-record-link">
      {recordName(e)}
    </Link>
  ) : (
    <span className="break-all">{recordName(e)}</span>
  )
}

function Changes({ e }: { e: AuditEntryView }) {
  return (
    <ul className="flex flex-col gap-y-0.5" data-testid="audit-changes">
      {e.changes.map((c) => (
        <li key={c.field}>
          <Text size="xsmall" className="break-words">
            <span className="font-mono text-ui-fg-subtle">{c.field}</span>{" "}
            <span className="text-ui-fg-muted line-through decoration-1">{shown(c.before)}</span> →{" "}
            <span className="font-medium">{shown(c.after)}</span>
          </Text>
        </li>
      ))}
    </ul>
  )
}

/** The audit log: every change to money, credit, prices, stock, roles and approval rules. */
const AuditPage = () => {
  const { t } = useTranslation()
  const [area, setArea] = useState("")
  const [actor, setActor] = useState("")
  const [from, setFrom] = useState("")
  const [to, setTo] = useState("")
  const [record, setRecord] = useState("")
  const [page, setPage] = useState({ offset: 0, limit: 25 })
  const recordId = useDebouncedValue(record.trim(), 300)
  const staff = useStaffRoles()
  const log = useAuditLog({ area, actor_id: actor, record_id: recordId, from, to, ...page })
  const entries = log.data?.entries ?? []
  const filter = (set: (v: string) => void) => (v: string) => {
    set(v)
    setPage((p) => ({ ...p, offset: 0 }))
  }
  const clear = () => {
    for (const set of [setArea, setActor, setFrom, setTo, setRecord]) set("")
    setPage((p) => ({ ...p, offset: 0 }))
  }
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">{t("ordo.audit.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("ordo.audit.intro")}
        </Text>
        {log.error ? (
          <Text size="small" className="text-ui-fg-error mt-2" data-testid="audit-error">
            {log.error.message}
          </Text>
        ) : null}
      </Container>
      <Container className="flex flex-wrap items-end gap-3 px-6 py-4">
        <FormField id="audit-area" label={t("ordo.audit.filters.area")}>
          <NativeSelect
            id="audit-area"
            value={area}
            onChange={filter(setArea)}
            empty={t("ordo.audit.filters.anyArea")}
            options={AREAS.map((a) => [a, t(`ordo.audit.areas.${a}`)] as const)}
          />
        </FormField>
        <FormField id="audit-actor" label={t("ordo.audit.filters.who")}>
          <NativeSelect
            id="audit-actor"
            value={actor}
            onChange={filter(setActor)}
            empty={t("ordo.audit.filters.anyone")}
            options={(staff.data?.staff ?? []).map((s) => [s.user_id, s.name || s.email] as const)}
          />
        </FormField>
        <TextField
          id="audit-from"
          type="date"
          label={t("ordo.audit.filters.from")}
          value={from}
          onChange={(e) => filter(setFrom)(e.target.value)}
        />
        <TextField
          id="audit-to"
          type="date"
          label={t("ordo.audit.filters.to")}
          value={to}
          onChange={(e) => filter(setTo)(e.target.value)}
        />
        <TextField
          id="audit-record"
          label={t("ordo.audit.filters.record")}
          placeholder={t("ordo.audit.filters.recordPlaceholder")}
          value={record}
          fieldClassName="flex min-w-[14rem] flex-col"
          onChange={(e) => filter(setRecord)(e.target.value)}
        />
        <Button size="small" variant="secondary" onClick={clear}>
          {t("ordo.audit.filters.clear")}
        </Button>
      </Container>
      <Container className="p-0">
        {/* On a phone each change is a card; from md up, a table. */}
        <ul className="divide-y md:hidden" data-testid="audit-cards">
          {entries.map((e) => (
            <li key={e.id} className="flex flex-col gap-y-2 px-4 py-3" data-testid="audit-card">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <Badge size="2xsmall">{e.area ? t(`ordo.audit.areas.${e.area}`) : e.table_name}</Badge>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {dateTime(e.at)}
                </Text>
              </div>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t(`ordo.audit.tables.${e.table_name}`, { defaultValue: e.table_name })}{" "}
                {t(`ordo.audit.ops.${e.operation}`)} · <RecordCell e={e} />
              </Text>
              <Changes e={e} />
              <Who e={e} system={t("ordo.audit.system")} />
              <Text size="xsmall" className="font-mono break-all text-ui-fg-subtle">
                {e.source}
              </Text>
            </li>
          ))}
          {!entries.length ? (
            <li className="px-4 py-3">
              <Text size="small" className="text-ui-fg-subtle">
                {log.isLoading ? t("ordo.audit.loading") : t("ordo.audit.empty")}
              </Text>
            </li>
          ) : null}
        </ul>
        <div className="hidden md:block">
          <DataTable
            rows={entries}
            rowKey={(e) => e.id}
            minWidth={960}
            rowProps={(e) => ({ "data-testid": `audit-row-${e.id}`, "data-table": e.table_name })}
            empty={log.isLoading ? t("ordo.audit.loading") : t("ordo.audit.empty")}
            columns={[
              {
                key: "when",
                header: t("ordo.audit.columns.when"),
                className: "whitespace-nowrap align-top",
                cell: (e) => dateTime(e.at),
              },
              {
                key: "who",
                header: t("ordo.audit.columns.who"),
                className: "align-top",
                cell: (e) => (
                  <div className="py-1">
                    <Who e={e} system={t("ordo.audit.system")} />
                  </div>
                ),
              },
              {
                key: "what",
                header: t("ordo.audit.columns.what"),
                className: "align-top",
                cell: (e) => (
                  <div className="flex flex-col items-start gap-1 py-1">
                    <Badge size="2xsmall">{e.area ? t(`ordo.audit.areas.${e.area}`) : e.table_name}</Badge>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {t(`ordo.audit.tables.${e.table_name}`, { defaultValue: e.table_name })}{" "}
                      {t(`ordo.audit.ops.${e.operation}`)}
                    </Text>
                  </div>
                ),
              },
              {
                key: "record",
                header: t("ordo.audit.columns.record"),
                className: "align-top",
                cell: (e) => <RecordCell e={e} />,
              },
              {
                key: "change",
                header: t("ordo.audit.columns.change"),
                className: "align-top",
                cell: (e) => (
                  <div className="py-1">
                    <Changes e={e} />
                  </div>
                ),
              },
              {
                key: "source",
                header: t("ordo.audit.columns.source"),
                className: "align-top",
                cell: (e) => (
                  <Text size="xsmall" className="font-mono break-all text-ui-fg-subtle">
                    {e.source}
                  </Text>
                ),
              },
            ]}
          />
        </div>
        <Pager
          id="audit"
          count={log.data?.count ?? 0}
          offset={page.offset}
          limit={page.limit}
          onChange={setPage}
          labels={{
            size: t("ordo.audit.rows"),
            range: (f, to, count) => t("ordo.audit.paging", { from: f, to, count }),
            previous: t("ordo.audit.previous"),
            next: t("ordo.audit.next"),
          }}
        />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "ordo.audit.title", translationNs: "translation", icon: History })

export default AuditPage
