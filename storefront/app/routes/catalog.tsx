import { Form, Link } from "react-router"
import { Availability } from "../components/availability"
import { ContractPrice } from "../components/price"
import { RouteErrorBoundary } from "../components/route-error"
import { localizedName, metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { buyerRequest, requireRegion } from "../lib/buyer.server"
import type { Category, Product } from "../lib/types"
import type { Route } from "./+types/catalog"

const PAGE_SIZE = 24
const PRODUCT_FIELDS =
  "id,title,handle,thumbnail,metadata,*variants.calculated_price,variants.id,variants.sku,variants.title,+variants.inventory_quantity"

export function meta({ matches }: Route.MetaArgs) {
  return metaTitle(matches, "catalog.title")
}

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200)
  const categoryId = url.searchParams.get("category_id") ?? ""
  const page = Math.max(1, Math.floor(Number(url.searchParams.get("page")) || 1))
  const { buyer, regionId } = await requireRegion(request)

  const [{ product_categories }, productsResponse] = await Promise.all([
    buyerRequest<{ product_categories: Category[] }>(request, "/store/product-categories", {
      query: { fields: "id,name,handle,metadata", limit: 100 },
    }),
    buyerRequest<{ products: Product[]; count: number }>(request, "/store/products", {
      query: {
        region_id: regionId,
        q: q || undefined,
        "category_id[]": categoryId ? [categoryId] : undefined,
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
        fields: PRODUCT_FIELDS,
      },
    }),
  ])

  return {
    q,
    categoryId,
    page,
    pageCount: Math.max(1, Math.ceil(productsResponse.count / PAGE_SIZE)),
    count: productsResponse.count,
    categories: product_categories,
    products: productsResponse.products,
    currencyCode: buyer.currencyCode,
  }
}

function pageHref(q: string, categoryId: string, page: number): string {
  const params = new URLSearchParams()
  if (q) params.set("q", q)
  if (categoryId) params.set("category_id", categoryId)
  if (page > 1) params.set("page", String(page))
  const s = params.toString()
  return s ? `/?${s}` : "/"
}

export default function Catalog({ loaderData }: Route.ComponentProps) {
  const { t, lang } = useTranslation()
  const { q, categoryId, categories, products, page, pageCount, count, currencyCode } = loaderData
  return (
    <>
      <div className="page-head">
        <h1>{t("catalog.title")}</h1>
        <p className="muted">{t("catalog.resultCount", { count })}</p>
      </div>
      <Form method="get" className="filters" role="search">
        <label className="field field-inline">
          <span className="sr-only">{t("catalog.search")}</span>
          <input
            type="search"
            name="q"
            defaultValue={q}
            placeholder={t("catalog.searchPlaceholder")}
            data-testid="catalog-search"
          />
        </label>
        <label className="field field-inline">
          <span className="sr-only">{t("catalog.category")}</span>
          <select name="category_id" defaultValue={categoryId} data-testid="catalog-category">
            <option value="">{t("catalog.allCategories")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {localizedName(lang, c)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t("catalog.apply")}
        </button>
        {q || categoryId ? (
          <Link to="/" className="link-muted">
            {t("catalog.clear")}
          </Link>
        ) : null}
      </Form>

      {products.length === 0 ? (
        <p className="empty">{t("catalog.empty")}</p>
      ) : (
        <ul className="product-grid">
          {products.map((product) => (
            <li key={product.id} className="product-card" data-testid="product-card" data-handle={product.handle}>
              <Link to={`/products/${product.handle}`} className="product-card-link">
                <div className="product-thumb">
                  {product.thumbnail ? (
                    <img src={product.thumbnail} alt="" loading="lazy" />
                  ) : (
                    <span aria-hidden="true">{product.title.slice(0, 1)}</span>
                  )}
                </div>
                <h2>{localizedName(lang, product)}</h2>
              </Link>
              <table className="mini-table">
                <tbody>
                  {(product.variants ?? []).map((variant) => (
                    <tr key={variant.id}>
                      <td className="mono">{variant.sku ?? variant.title}</td>
                      <td className="num">
                        <ContractPrice price={variant.calculated_price} currencyCode={currencyCode} />
                      </td>
                      <td className="num">
                        <Availability quantity={variant.inventory_quantity} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Link to={`/products/${product.handle}`} className="button button-small">
                {t("catalog.viewAndOrder")}
              </Link>
            </li>
          ))}
        </ul>
      )}

      {pageCount > 1 ? (
        <nav className="pagination" aria-label={t("pagination.label")}>
          {page > 1 ? <Link to={pageHref(q, categoryId, page - 1)}>{t("pagination.previous")}</Link> : <span />}
          <span>{t("pagination.pageOf", { page, pageCount })}</span>
          {page < pageCount ? <Link to={pageHref(q, categoryId, page + 1)}>{t("pagination.next")}</Link> : <span />}
        </nav>
      ) : null}
    </>
  )
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />
}
