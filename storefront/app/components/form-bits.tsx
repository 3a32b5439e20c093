import { useTranslation } from "../i18n/use-translation"

/** Renders zod field errors, whose messages are i18n keys. */
export function FieldError({ id, errors }: { id?: string; errors?: string[] | undefined }) {
  const { tr } = useTranslation()
  if (!errors?.length) return null
  return (
    <p className="field-error" id={id} role="alert">
      {errors.map((key) => tr(key)).join(" ")}
    </p>
  )
}

export function Notice({
  kind = "info",
  children,
  testId,
}: {
  kind?: "info" | "success" | "error"
  children: React.ReactNode
  testId?: string
}) {
  return (
    <div className={`notice notice-${kind}`} role={kind === "error" ? "alert" : "status"} data-testid={testId}>
      {children}
    </div>
  )
}
