import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          environment: "node",
          include: ["backend/src/**/*.test.ts", "storefront/app/**/*.test.ts", "integrations/*/src/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          environment: "node",
          include: ["backend/integration-tests/**/*.spec.ts", "storefront/tests/e2e/**/*.spec.ts"],
          globalSetup: ["./tests/global-setup.mjs"],
          // One booted backend is shared: files run one at a time against it.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
