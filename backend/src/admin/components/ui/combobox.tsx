import { Input, Label, Text } from "@medusajs/ui"
import { type ClipboardEvent, type KeyboardEvent, type ReactNode, type Ref, useEffect, useState } from "react"

type ComboboxProps<T> = {
  id: string
  label: ReactNode
  labelSize?: "xsmall" | "small" | "base" | "large"
  labelWeight?: "regular" | "plus"
  inputRef?: Ref<HTMLInputElement>
  value: string
  onValueChange: (value: string) => void
  placeholder?: string
  /** The options on show; the list is open while there are any. */
  options: readonly T[]
  optionKey: (option: T) => string
  renderOption: (option: T) => ReactNode
  /** Picked with the mouse. */
  onPick: (option: T) => void
  /** Enter (without Ctrl/⌘): the parent picks, searches or moves on; `active` is -1 when no option is highlighted. */
  onEnter: (active: number) => void
  /** Escape: the parent closes the list. */
  onDismiss: () => void
  onPaste?: (e: ClipboardEvent<HTMLInputElement>) => void
  /** Drawn as invalid (red border), e.g. when the field's error is shown under it. */
  invalid?: boolean
  /** Focus: e.g. open a short list of every option before anything is typed. */
  onFocus?: () => void
  /** The listbox's accessible name, e.g. "Customer matches". */
  listLabel: string
  /** Options get the ids `${optionId}-0`, `${optionId}-1`, …; the list gets `${id}-list` unless `listId` says. */
  optionId: string
  listId?: string
  optionTestId?: string
  /** A line under the input (no matches, an error). */
  hint?: ReactNode
  /** A last line inside the open list, after the options (e.g. "20 of 37 shown"). */
  footer?: ReactNode
  className?: string
  listClassName?: string
  optionClassName?: string
}

/**
 * Ordo's one combobox: a text input with a list of options under it, driven from the keyboard
 * (↓ ↑ to move, Enter to pick, Escape to close) or the mouse, with the ARIA combobox roles.
 * The parent owns the text and the options (it searches); the highlighted option is kept here
 * and reset whenever new options arrive.
 */
export function Combobox<T>(p: ComboboxProps<T>) {
  const [active, setActive] = useState(-1)
  const listId = p.listId ?? `${p.id}-list`
  const { options } = p
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new list of options starts with none highlighted
  useEffect(() => setActive(-1), [options])
  // The highlighted option is scrolled into the list's view: focus stays in the input, so the browser would not.
  useEffect(() => {
    if (active >= 0) document.getElementById(`${p.optionId}-${active}`)?.scrollIntoView({ block: "nearest" })
  }, [active, p.optionId])

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault()
      setActive((i) => Math.min(i + 1, options.length - 1))
    } else if (e.key === "ArrowUp") {
      e.preventDefault()
      setActive((i) => Math.max(i - 1, 0))
    } else if (e.key === "Escape") {
      p.onDismiss()
    } else if (e.key === "Enter" && !e.ctrlKey && !e.metaKey) {
      e.preventDefault()
      p.onEnter(active)
    }
  }

  return (
    <div className={["relative", p.className].filter(Boolean).join(" ")}>
      <Label htmlFor={p.id} size={p.labelSize} weight={p.labelWeight}>
        {p.label}
      </Label>
      <Input
        id={p.id}
        ref={p.inputRef}
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={p.invalid || undefined}
        aria-activedescendant={active >= 0 ? `${p.optionId}-${active}` : undefined}
        autoComplete="off"
        placeholder={p.placeholder}
        value={p.value}
        onChange={(e) => p.onValueChange(e.target.value)}
        onKeyDown={onKeyDown}
        onPaste={p.onPaste}
        onFocus={p.onFocus}
      />
      {options.length ? (
        <div
          id={listId}
          role="listbox"
          aria-label={p.listLabel}
          className={[
            "absolute z-10 mt-1 w-full rounded-md border bg-ui-bg-base shadow-elevation-flyout",
            p.listClassName,
          ]
            .filter(Boolean)
            .join(" ")}
        >
          {options.map((o, i) => (
            <div
              key={p.optionKey(o)}
              id={`${p.optionId}-${i}`}
              role="option"
              aria-selected={i === active}
              tabIndex={-1}
              data-testid={p.optionTestId}
              className={[
                `cursor-pointer px-3 ${p.optionClassName ?? "py-2"}`,
                i === active ? "bg-ui-bg-highlight" : "",
              ]
                .join(" ")
                .trim()}
              onMouseDown={(e) => {
                e.preventDefault()
                p.onPick(o)
              }}
            >
              {p.renderOption(o)}
            </div>
          ))}
          {p.footer ? (
            <div className="border-t px-3 py-1" aria-hidden="true">
              <Text size="xsmall" className="text-ui-fg-subtle">
                {p.footer}
              </Text>
            </div>
          ) : null}
        </div>
      ) : null}
      {p.hint ? (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {p.hint}
        </Text>
      ) : null}
    </div>
  )
}
