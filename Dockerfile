# Ordo images: one build, two runtime targets (backend server/worker, storefront).
#   docker build --target backend -t ordo-backend .
#   docker build --target storefront -t ordo-storefront .
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV MEDUSA_DISABLE_TELEMETRY=true
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY storefront/package.json storefront/
COPY integrations/stripe/package.json integrations/stripe/
COPY integrations/shopify/package.json integrations/shopify/
COPY integrations/amazon/package.json integrations/amazon/
COPY integrations/order-file/package.json integrations/order-file/
COPY integrations/shippo/package.json integrations/shippo/
RUN npm install --no-audit --no-fund
COPY . .
# Every provider adapter (integrations/*) is compiled to its dist/ before the backend build uses it.
RUN for d in integrations/*/; do [ -f "$d/tsconfig.json" ] && npx tsc -p "$d/tsconfig.json" || exit 1; done \
 && cd backend && NODE_ENV=production npx medusa build \
 && cd ../storefront && NODE_ENV=production npx react-router build

FROM node:20-bookworm-slim AS backend
WORKDIR /app
ENV NODE_ENV=production MEDUSA_DISABLE_TELEMETRY=true
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/backend/.medusa/server ./backend/.medusa/server
# Workspace packages are symlinked from node_modules: the adapters come along.
COPY --from=build /app/integrations ./integrations
WORKDIR /app/backend/.medusa/server
EXPOSE 9000
# The server process migrates before it starts; workers only start.
CMD ["sh", "-c", "if [ \"$MEDUSA_WORKER_MODE\" != worker ]; then node /app/node_modules/@medusajs/cli/cli.js db:migrate; fi && exec node /app/node_modules/@medusajs/cli/cli.js start"]

FROM node:20-bookworm-slim AS storefront
WORKDIR /app
ENV NODE_ENV=production PORT=8000
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/storefront ./storefront
WORKDIR /app/storefront
EXPOSE 8000
CMD ["npx", "react-router-serve", "./build/server/index.js"]
