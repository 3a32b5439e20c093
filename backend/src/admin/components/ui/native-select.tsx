import type { ReactNode, SelectHTMLAttributes } from "react"

const FIELD_CLASS = "rounded-md border bg-ui-bg-field px-2 py-1 text-sm"

type NativeSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "onChange"> & {
  /** `[value, label]` pairs. */
  options: readonly (readonly [string, ReactNode])[]
  /** A first option with the value "" (e.g. "Any status", "Choose…"). */
  empty?: ReactNode
  onChange?: (value: string) => void
  /** Without the field styling (a select that sits inline in text or a table row). */
  bare?: boolean
}

/** A plain `<select>` (keyboard- and test-friendly) with Ordo's field styling. */
export function NativeSelect({ options, empty, onChange, bare, className, ...rest }: NativeSelectProps) {
  return (
    <select
      className={bare ? className : [FIELD_CLASS, className].filter(Boolean).join(" ")}
      onChange={(e) => onChange?.(e.target.value)}
      {...rest}
    >
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {options.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  )
}
