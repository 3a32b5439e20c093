import { Badge, Button, Container, Heading, Label, StatusBadge, Text } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { type ReactNode, useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { DataTable } from "../../../components/ui/data-table"
import { NativeSelect } from "../../../components/ui/native-select"
import {
  type ChannelImport,
  IMPORT_PRESETS,
  type ImportOutcomes,
  type ImportPreset,
  type ImportPreview,
  type OrderFileUpload,
  useChannelImport,
  useChannelImports,
  usePreviewImport,
  useResumeImport,
  useStartImport,
} from "../../../hooks/channels"
import { ordoKeys } from "../../../hooks/keys"
import { dateTime, money } from "../../../lib/format"
import { backendOrigin } from "../../../lib/sdk"

/** The routes take files up to 20 MB (sent as base64 JSON). */
const MAX_BYTES = 20 * 1024 * 1024
/** A running import whose heartbeat is older than this has stopped (a restart): offer Resume. */
const STALLED_MS = 60_000

/** The file's bytes as base64 (a data URL without its "data:…;base64," head). */
const readBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""))
    reader.onerror = () => reject(reader.error ?? new Error("read failed"))
    reader.readAsDataURL(file)
  })

/** "2 imported, 1 exception" from an import's outcomes (the zero ones after the first two left out). */
export function useOutcomeText() {
  const { t } = useTranslation()
  return (o: Partial<ImportOutcomes> | null | undefined) =>
    [
      t("ordo.channels.sync.imported", { count: o?.imported ?? 0 }),
      t("ordo.channels.sync.exception", { count: o?.exception ?? 0 }),
      o?.waiting ? t("ordo.channels.sync.waiting", { count: o.waiting }) : null,
      o?.cancelled ? t("ordo.channels.sync.cancelled", { count: o.cancelled }) : null,
      o?.duplicate ? t("ordo.channels.sync.duplicate", { count: o.duplicate }) : null,
    ]
      .filter(Boolean)
      .join(t("ordo.channels.sync.separator"))
}

const Count = ({
  label,
  value,
  testId,
  alert,
}: {
  label: string
  value: ReactNode
  testId: string
  alert?: boolean
}) => (
  <div className="flex flex-col" data-testid={testId}>
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" weight="plus" className={alert ? "text-ui-fg-error" : undefined}>
      {value}
    </Text>
  </div>
)

/** What the file holds: counts, the rows left out and why, a sample of the orders. */
function PreviewView({ preview }: { preview: ImportPreview }) {
  const { t, i18n } = useTranslation()
  const english = (i18n.resolvedLanguage ?? i18n.language ?? "en").startsWith("en")
  const errorRows = new Set(preview.errors.map((e) => e.row)).size
  const rowsWithErrors = preview.error_count > preview.errors.length ? preview.error_count : errorRows
  return (
    <div className="flex flex-col gap-y-3" data-testid="import-preview">
      <Text size="small" weight="plus" data-testid="import-preview-summary">
        {[
          t("ordo.channels.import.preview.orders", { count: preview.orders }),
          preview.skipped_orders.length
            ? t("ordo.channels.import.preview.skipped", { count: preview.skipped_orders.length })
            : null,
        ]
          .filter(Boolean)
          .join(t("ordo.channels.import.preview.separator"))}
        {" · "}
        {t(`ordo.channels.import.presets.${preview.preset}`)}
      </Text>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        <Count label={t("ordo.channels.import.counts.rows")} value={preview.rows} testId="import-count-rows" />
        <Count label={t("ordo.channels.import.counts.orders")} value={preview.orders} testId="import-count-orders" />
        <Count label={t("ordo.channels.import.counts.new")} value={preview.new_orders} testId="import-count-new" />
        <Count
          label={t("ordo.channels.import.counts.already")}
          value={preview.already_imported}
          testId="import-count-already"
        />
        <Count
          label={t("ordo.channels.import.counts.errors")}
          value={rowsWithErrors}
          testId="import-count-errors"
          alert={rowsWithErrors > 0}
        />
      </div>
      {preview.errors.length ? (
        <div className="flex flex-col gap-y-1">
          <Text size="small" weight="plus">
            {t("ordo.channels.import.errors.title")}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("ordo.channels.import.errors.intro")}
          </Text>
          <div className="max-h-72 overflow-auto rounded-md border" data-testid="import-errors">
            <DataTable
              rows={preview.errors}
              rowKey={(e, i) => `${e.row}-${e.field}-${i}`}
              rowProps={() => ({ "data-testid": "import-error" })}
              columns={[
                {
                  key: "row",
                  header: t("ordo.channels.import.errors.row"),
                  align: "right",
                  className: "w-16",
                  cell: (e) => e.row,
                },
                {
                  key: "column",
                  header: t("ordo.channels.import.errors.column"),
                  className: "whitespace-nowrap",
                  cell: (e) => <span className="font-mono text-xs">{e.column ?? e.field}</span>,
                },
                {
                  key: "message",
                  header: t("ordo.channels.import.errors.message"),
                  cell: (e) => (
                    <span className="break-words">
                      {/* English keeps the reader's own, more specific sentence. */}
                      {e.code && !english
                        ? t(`ordo.channels.import.errors.codes.${e.code}`, {
                            column: e.column ?? e.field,
                            value: e.value ?? "",
                          })
                        : e.message}
                      {e.external_id ? (
                        <span className="text-ui-fg-subtle">
                          {" "}
                          · {t("ordo.channels.import.errors.order", { order: e.external_id })}
                        </span>
                      ) : null}
                    </span>
                  ),
                },
              ]}
            />
          </div>
          {preview.error_count > preview.errors.length ? (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("ordo.channels.import.errors.more", { shown: preview.errors.length, count: preview.error_count })}
            </Text>
          ) : null}
        </div>
      ) : null}
      {preview.sample.length ? (
        <div className="flex flex-col gap-y-1">
          <Text size="small" weight="plus">
            {t("ordo.channels.import.sample.title", { shown: preview.sample.length, count: preview.orders })}
          </Text>
          <div className="flex flex-col divide-y rounded-md border" data-testid="import-sample">
            {preview.sample.map((o) => (
              <div key={o.external_id} className="flex flex-col gap-y-1 px-3 py-2" data-testid="import-sample-order">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <div className="flex items-center gap-x-2">
                    <Text size="small" weight="plus">
                      {o.external_number}
                    </Text>
                    {o.already_imported ? (
                      <Badge size="2xsmall" color="grey">
                        {t("ordo.channels.import.sample.already")}
                      </Badge>
                    ) : null}
                  </div>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {[dateTime(o.placed_at), o.buyer, money(o.total, o.currency_code)].filter(Boolean).join(" · ")}
                  </Text>
                </div>
                <Text size="xsmall" className="break-words text-ui-fg-subtle">
                  {o.lines
                    .map((l) => `${l.quantity} × ${l.sku ?? t("ordo.channels.queue.noSku")}`)
                    .join(t("ordo.channels.sync.separator"))}
                </Text>
              </div>
            ))}
          </div>
        </div>
      ) : null}
    </div>
  )
}

/** An import under way: processed of total, outcomes so far; when done, the summary. */
function ImportProgress({ importId, onDone }: { importId: string; onDone: (row: ChannelImport) => void }) {
  const { t } = useTranslation()
  const outcomeText = useOutcomeText()
  const { data, error } = useChannelImport(importId, 1000)
  const row = data?.import
  const finished = row && row.status !== "running"
  const reported = useRef(false)
  useEffect(() => {
    if (row && finished && !reported.current) {
      reported.current = true
      onDone(row)
    }
  }, [row, finished, onDone])
  if (error) return <Text className="text-ui-fg-error">{error.message}</Text>
  if (!row) return <Text size="small">{t("ordo.channels.loading")}</Text>
  const pct = row.total ? Math.round((row.processed / row.total) * 100) : 100
  const exceptions = row.outcomes?.exception ?? 0
  return (
    <div className="flex flex-col gap-y-2" data-testid="import-progress" data-status={row.status}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <Text size="small" weight="plus">
          {row.status === "running"
            ? t("ordo.channels.import.progress.running", { filename: row.filename })
            : row.status === "done"
              ? t("ordo.channels.import.progress.done", { filename: row.filename })
              : t("ordo.channels.import.progress.failed", { filename: row.filename })}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle" data-testid="import-processed">
          {t("ordo.channels.import.progress.processed", { processed: row.processed, total: row.total })}
        </Text>
      </div>
      <div
        className="h-2 w-full overflow-hidden rounded-full bg-ui-bg-switch-off"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={row.total}
        aria-valuenow={row.processed}
        aria-label={t("ordo.channels.import.progress.label")}
      >
        <div
          className={`h-full rounded-full transition-all ${row.status === "failed" ? "bg-ui-tag-red-icon" : "bg-ui-fg-interactive"}`}
          style={{ width: `${pct}%` }}
        />
      </div>
      <Text size="small" data-testid="import-outcomes">
        {outcomeText(row.outcomes)}
      </Text>
      {row.error ? (
        <Text size="small" className="break-words text-ui-fg-error">
          {row.error}
        </Text>
      ) : null}
      {finished && exceptions ? (
        <Button
          size="small"
          variant="transparent"
          className="w-fit"
          onClick={() =>
            document.getElementById("exceptions-queue")?.scrollIntoView({ behavior: "smooth", block: "start" })
          }
          data-testid="import-to-queue"
        >
          {t("ordo.channels.import.progress.toQueue", { count: exceptions })}
        </Button>
      ) : null}
    </div>
  )
}

/** Resume for a running import that has not moved for a minute (its own heartbeat says so). */
function ResumeButton({ channelId, row }: { channelId: string; row: ChannelImport }) {
  const { t } = useTranslation()
  const { data, dataUpdatedAt } = useChannelImport(row.id, 15_000)
  const resume = useResumeImport(channelId)
  const live = data?.import ?? row
  const beat = live.heartbeat_at ?? live.updated_at ?? live.created_at
  const now = Math.max(dataUpdatedAt, Date.now())
  if (live.status !== "running" || now - new Date(beat).getTime() < STALLED_MS) return null
  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={resume.isPending}
      onClick={() => resume.mutate(row.id)}
      data-testid="import-resume"
    >
      {t("ordo.channels.import.history.resume")}
    </Button>
  )
}

const IMPORT_STATUS_COLOR = { running: "blue", done: "green", failed: "red" } as const

/** The connection's past imports: file, when, status, counts; Resume for one a restart left behind. */
function ImportHistory({ channelId }: { channelId: string }) {
  const { t } = useTranslation()
  const outcomeText = useOutcomeText()
  const { data, error } = useChannelImports(channelId)
  const rows = data?.imports ?? []
  if (error) return <Text className="px-6 py-3 text-ui-fg-error">{error.message}</Text>
  return (
    <div className="flex flex-col gap-y-2 pt-4" data-testid="import-history">
      <Heading level="h3" className="px-6">
        {t("ordo.channels.import.history.title")}
      </Heading>
      {/* A phone gets one card per import; the table needs a desktop's width. */}
      <div className="flex flex-col divide-y border-t md:hidden">
        {rows.map((r) => (
          <div key={r.id} className="flex flex-col gap-y-1 px-6 py-3" data-testid="import-card" data-id={r.id}>
            <div className="flex items-start justify-between gap-x-2">
              <Text size="small" weight="plus" className="min-w-0 break-all">
                {r.filename}
              </Text>
              <StatusBadge color={IMPORT_STATUS_COLOR[r.status] ?? "grey"} className="shrink-0 whitespace-nowrap">
                {t(`ordo.channels.import.status.${r.status}`, { defaultValue: r.status })}
              </StatusBadge>
            </div>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {[
                dateTime(r.created_at),
                t(`ordo.channels.import.presets.${r.preset}`, { defaultValue: r.preset }),
                t("ordo.channels.import.progress.processed", { processed: r.processed, total: r.total }),
              ].join(" · ")}
            </Text>
            <Text size="xsmall">{outcomeText(r.outcomes)}</Text>
            {r.status === "running" ? <ResumeButton channelId={channelId} row={r} /> : null}
          </div>
        ))}
        {!rows.length ? (
          <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
            {t("ordo.channels.import.history.empty")}
          </Text>
        ) : null}
      </div>
      <div className="hidden overflow-x-auto md:block">
        <DataTable
          rows={rows}
          rowKey={(r) => r.id}
          rowProps={(r) => ({ "data-testid": "import-row", "data-id": r.id })}
          empty={t("ordo.channels.import.history.empty")}
          columns={[
            {
              key: "file",
              header: t("ordo.channels.import.history.file"),
              cell: (r) => (
                <div className="flex max-w-[240px] flex-col py-1">
                  <Text size="small" className="truncate" title={r.filename}>
                    {r.filename}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {t(`ordo.channels.import.presets.${r.preset}`, { defaultValue: r.preset })}
                  </Text>
                </div>
              ),
            },
            {
              key: "when",
              header: t("ordo.channels.import.history.when"),
              className: "whitespace-nowrap",
              cell: (r) => dateTime(r.created_at),
            },
            {
              key: "status",
              header: t("ordo.channels.import.history.status"),
              cell: (r) => (
                <StatusBadge color={IMPORT_STATUS_COLOR[r.status] ?? "grey"} className="whitespace-nowrap">
                  {t(`ordo.channels.import.status.${r.status}`, { defaultValue: r.status })}
                </StatusBadge>
              ),
            },
            {
              key: "counts",
              header: t("ordo.channels.import.history.counts"),
              cell: (r) => (
                <div className="flex min-w-[160px] flex-col">
                  <Text size="xsmall">
                    {t("ordo.channels.import.progress.processed", { processed: r.processed, total: r.total })}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {outcomeText(r.outcomes)}
                  </Text>
                </div>
              ),
            },
            {
              key: "action",
              cell: (r) => (r.status === "running" ? <ResumeButton channelId={channelId} row={r} /> : null),
            },
          ]}
        />
      </div>
    </div>
  )
}

/**
 * "Import orders from a file" for a file connection: pick a CSV/XLSX and its layout, see what it
 * holds and every row that would be left out, import its new orders and follow them being placed.
 */
export function ImportPanel({ channelId }: { channelId: string }) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const previewing = usePreviewImport(channelId)
  const start = useStartImport(channelId)
  const [preset, setPreset] = useState<ImportPreset>("auto")
  const [upload, setUpload] = useState<OrderFileUpload | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [error, setError] = useState("")
  const [importId, setImportId] = useState<string | null>(null)
  const [inputKey, setInputKey] = useState(0)

  const runPreview = async (file: OrderFileUpload) => {
    setPreview(null)
    setError("")
    try {
      setPreview((await previewing.mutateAsync(file)).preview)
    } catch (e: any) {
      setError(e?.message ?? String(e))
    }
  }
  const choose = async (file: File | undefined) => {
    setImportId(null)
    setPreview(null)
    setUpload(null)
    setError("")
    if (!file) return
    if (file.size > MAX_BYTES) {
      setError(t("ordo.channels.import.tooLarge"))
      return
    }
    const next = { filename: file.name, content_base64: await readBase64(file), preset }
    setUpload(next)
    await runPreview(next)
  }
  const changePreset = (p: ImportPreset) => {
    setPreset(p)
    if (upload) {
      const next = { ...upload, preset: p }
      setUpload(next)
      void runPreview(next)
    }
  }
  const runImport = async () => {
    if (!upload) return
    setError("")
    try {
      const r = await start.mutateAsync(upload)
      setImportId(r.import.id)
      setPreview(null)
    } catch (e: any) {
      setError(e?.message ?? String(e))
    }
  }
  const reset = () => {
    setImportId(null)
    setUpload(null)
    setPreview(null)
    setError("")
    // A new input: the browser forgets the chosen file.
    setInputKey((k) => k + 1)
  }
  const onDone = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ordoKeys.channels.all }),
      client.invalidateQueries({ queryKey: ordoKeys.orders.all }),
    ])
  const template = `${backendOrigin()}/admin/ordo/channels/import-template`

  return (
    <Container className="divide-y p-0" data-testid="import-panel">
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0 flex-1">
            <Heading level="h2">{t("ordo.channels.import.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("ordo.channels.import.intro")}
            </Text>
          </div>
          <a
            href={template}
            download="ordo-orders-template.csv"
            className="text-ui-fg-interactive whitespace-nowrap text-sm"
            data-testid="import-template"
          >
            {t("ordo.channels.import.template")}
          </a>
        </div>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-[2fr_1fr]">
          <div className="flex min-w-0 flex-col gap-y-1">
            <Label htmlFor="import-file" size="xsmall" weight="plus">
              {t("ordo.channels.import.file")}
            </Label>
            <input
              key={inputKey}
              id="import-file"
              type="file"
              accept=".csv,.xlsx,.tsv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="w-full min-w-0 rounded-md border bg-ui-bg-field px-2 py-1 text-sm file:mr-3 file:rounded file:border-0 file:bg-ui-bg-component file:px-2 file:py-0.5 file:text-sm"
              onChange={(e) => void choose(e.target.files?.[0])}
              data-testid="import-file"
            />
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("ordo.channels.import.fileHint")}
            </Text>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="import-preset" size="xsmall" weight="plus">
              {t("ordo.channels.import.preset")}
            </Label>
            <NativeSelect
              id="import-preset"
              value={preset}
              onChange={(v) => changePreset(v as ImportPreset)}
              options={IMPORT_PRESETS.map((p) => [p, t(`ordo.channels.import.presets.${p}`)] as const)}
            />
          </div>
        </div>
        {previewing.isPending ? (
          <Text size="small" className="text-ui-fg-subtle">
            {t("ordo.channels.import.reading")}
          </Text>
        ) : null}
        {error ? (
          <Text size="small" className="break-words text-ui-fg-error" data-testid="import-error-message">
            {error}
          </Text>
        ) : null}
        {preview && !importId ? (
          <>
            <PreviewView preview={preview} />
            <div className="flex flex-wrap items-center gap-2">
              <Button
                size="small"
                disabled={!preview.new_orders}
                isLoading={start.isPending}
                onClick={runImport}
                data-testid="import-start"
              >
                {t("ordo.channels.import.start", { count: preview.new_orders })}
              </Button>
              {!preview.new_orders ? (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t("ordo.channels.import.nothingNew")}
                </Text>
              ) : null}
            </div>
          </>
        ) : null}
        {importId ? (
          <>
            <ImportProgress importId={importId} onDone={onDone} />
            <div>
              <Button size="small" variant="secondary" onClick={reset}>
                {t("ordo.channels.import.another")}
              </Button>
            </div>
          </>
        ) : null}
      </div>
      <ImportHistory channelId={channelId} />
    </Container>
  )
}
