import { Input, Label, Text } from "@medusajs/ui"
import type { ComponentProps, ReactNode } from "react"

type FormFieldProps = {
  /** The control's id: the label points at it. */
  id: string
  label: ReactNode
  /** Shown under the control, in red. */
  error?: ReactNode
  labelSize?: "xsmall" | "small" | "base" | "large"
  labelWeight?: "regular" | "plus"
  className?: string
  children: ReactNode
}

/** Ordo's one form field: a label, the control it names, and the control's error message. */
export function FormField({
  id,
  label,
  error,
  labelSize = "xsmall",
  labelWeight,
  className = "flex flex-col",
  children,
}: FormFieldProps) {
  return (
    <div className={className}>
      <Label htmlFor={id} size={labelSize} weight={labelWeight}>
        {label}
      </Label>
      {children}
      {error ? (
        <Text size="xsmall" className="text-ui-fg-error">
          {error}
        </Text>
      ) : null}
    </div>
  )
}

type TextFieldProps = Omit<ComponentProps<typeof Input>, "id" | "size"> &
  Pick<FormFieldProps, "id" | "label" | "error" | "labelSize" | "labelWeight"> & { fieldClassName?: string }

/** The form field holding a small text input (the common case). */
export function TextField({ id, label, error, labelSize, labelWeight, fieldClassName, ...input }: TextFieldProps) {
  return (
    <FormField
      id={id}
      label={label}
      error={error}
      labelSize={labelSize}
      labelWeight={labelWeight}
      className={fieldClassName}
    >
      <Input id={id} size="small" {...input} />
    </FormField>
  )
}
