import { data, Form, Link, redirect, useNavigation } from "react-router"
import { Availability } from "../components/availability"
import { FieldError, Notice } from "../components/form-bits"
import { TaxNote } from "../components/price"
import { RouteErrorBoundary } from "../components/route-error"
import { localizedDescription, localizedName, metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { buyerRequest, requireRegion } from "../lib/buyer.server"
import { ensureCart } from "../lib/cart.server"
import { MedusaError } from "../lib/medusa.server"
import { formatMoney, hasDiscount } from "../lib/money"
import { addToCartSchema, type FieldErrors, formToObject, MAX_LINE_QUANTITY } from "../lib/schemas"
import { commitSession } from "../lib/session.server"
import type { Product, Variant } from "../lib/types"
import type { Route } from "./+types/product"

const PRODUCT_FIELDS =
  "id,title,handle,thumbnail,description,metadata,*categories,*variants.calculated_price,variants.id,variants.sku,variants.title,+variants.inventory_quantity"

export function meta({ matches, data: loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: `${loaderData.product.title} · Ordo` }] : metaTitle(matches, "errors.notFoundTitle")
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { buyer, regionId } = await requireRegion(request)
  const { products } = await buyerRequest<{ products: Product[] }>(request, "/store/products", {
    query: { handle: params.handle, region_id: regionId, fields: PRODUCT_FIELDS, limit: 1 },
  })
  const product = products[0]
  if (!product) throw new Response("Product not found", { status: 404 })
  const added = new URL(request.url).searchParams.get("added")
  const addedVariant = added ? product.variants?.find((v) => v.id === added) : undefined
  return {
    product,
    currencyCode: buyer.currencyCode,
    addedSku: addedVariant ? (addedVariant.sku ?? addedVariant.title ?? "") : null,
  }
}

interface AddToCartActionData {
  variantId: string
  quantity: string
  fieldErrors?: FieldErrors
  backendMessage?: string
}

export async function action({ request, params }: Route.ActionArgs) {
  const form = formToObject(await request.formData())
  const parsed = addToCartSchema.safeParse(form)
  if (!parsed.success) {
    return data<AddToCartActionData>(
      {
        variantId: form.variant_id ?? "",
        quantity: form.quantity ?? "",
        fieldErrors: parsed.error.flatten().fieldErrors,
      },
      { status: 400 },
    )
  }
  const { cartId, session } = await ensureCart(request)
  const setCookie = { "Set-Cookie": await commitSession(session) }
  try {
    await buyerRequest(request, `/store/carts/${encodeURIComponent(cartId)}/line-items`, {
      method: "POST",
      body: { variant_id: parsed.data.variant_id, quantity: parsed.data.quantity },
    })
  } catch (error) {
    if (error instanceof MedusaError && error.status >= 400 && error.status < 500) {
      return data<AddToCartActionData>(
        { variantId: parsed.data.variant_id, quantity: form.quantity ?? "", backendMessage: error.message },
        { status: error.status === 409 ? 409 : 400, headers: setCookie },
      )
    }
    throw error
  }
  // Post/redirect/get: a reload must not add the line a second time.
  const params2 = new URLSearchParams({ added: parsed.data.variant_id })
  return redirect(`/products/${encodeURIComponent(params.handle)}?${params2}`, { headers: setCookie })
}

export default function ProductPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang } = useTranslation()
  const navigation = useNavigation()
  const { product, currencyCode, addedSku } = loaderData
  const currency = (variant: Variant) => variant.calculated_price?.currency_code || currencyCode
  const pendingVariant = navigation.state === "submitting" ? navigation.formData?.get("variant_id") : null
  return (
    <>
      <p className="breadcrumb">
        <Link to="/">{t("nav.catalog")}</Link>
        {product.categories?.length ? (
          <span> / {product.categories.map((c) => localizedName(lang, c)).join(", ")}</span>
        ) : null}
      </p>
      <div className="product-head">
        {product.thumbnail ? <img className="product-image" src={product.thumbnail} alt="" /> : null}
        <div>
          <h1 data-testid="product-title">{localizedName(lang, product)}</h1>
          {localizedDescription(lang, product) ? (
            <p className="product-description">{localizedDescription(lang, product)}</p>
          ) : null}
        </div>
      </div>

      {addedSku !== null ? (
        <Notice kind="success" testId="added-notice">
          {t("product.added", { sku: addedSku })} <Link to="/cart">{t("product.goToCart")}</Link>
        </Notice>
      ) : null}

      <div className="table-wrap">
        <table className="data-table" data-testid="variant-table">
          <thead>
            <tr>
              <th>{t("product.sku")}</th>
              <th>{t("product.variant")}</th>
              <th className="num">{t("price.contract")}</th>
              <th className="num">{t("price.list")}</th>
              <th>{t("product.availability")}</th>
              <th>{t("product.quantity")}</th>
            </tr>
          </thead>
          <tbody>
            {(product.variants ?? []).map((variant) => {
              const rowError = actionData?.variantId === variant.id ? actionData : undefined
              const formId = `add-${variant.id}`
              const errorId = `${formId}-error`
              return (
                <tr key={variant.id} data-testid="variant-row" data-sku={variant.sku ?? ""}>
                  <td data-label={t("product.sku")} className="mono">
                    {variant.sku ?? "—"}
                  </td>
                  <td data-label={t("product.variant")}>{variant.title}</td>
                  <td data-label={t("price.contract")} className="num price-contract">
                    {formatMoney(variant.calculated_price?.calculated_amount, currency(variant), lang)}{" "}
                    <TaxNote inclusive={variant.calculated_price?.is_calculated_price_tax_inclusive} />
                  </td>
                  <td
                    data-label={t("price.list")}
                    className={
                      hasDiscount(
                        variant.calculated_price?.calculated_amount,
                        variant.calculated_price?.original_amount,
                      )
                        ? "num price-list"
                        : "num muted"
                    }
                  >
                    {formatMoney(variant.calculated_price?.original_amount, currency(variant), lang)}
                  </td>
                  <td data-label={t("product.availability")}>
                    <Availability quantity={variant.inventory_quantity} />
                  </td>
                  <td data-label={t("product.quantity")}>
                    <Form method="post" className="add-form" id={formId}>
                      <input type="hidden" name="variant_id" value={variant.id} />
                      <input
                        type="number"
                        name="quantity"
                        min={1}
                        max={MAX_LINE_QUANTITY}
                        step={1}
                        required
                        inputMode="numeric"
                        defaultValue={rowError?.quantity ?? "1"}
                        aria-label={t("product.quantityFor", { sku: variant.sku ?? variant.title ?? "" })}
                        aria-invalid={rowError?.fieldErrors?.quantity ? true : undefined}
                        aria-describedby={errorId}
                        className="qty-input"
                        data-testid="add-quantity"
                      />
                      <button
                        type="submit"
                        className="button button-primary button-small"
                        data-testid="add-to-cart"
                        disabled={pendingVariant === variant.id || variant.inventory_quantity === 0}
                      >
                        {t("product.addToCart")}
                      </button>
                    </Form>
                    <FieldError id={errorId} errors={rowError?.fieldErrors?.quantity} />
                    {rowError?.backendMessage ? (
                      <p className="field-error" role="alert">
                        {rowError.backendMessage}
                      </p>
                    ) : null}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />
}
