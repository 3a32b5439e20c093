import { defineConfig } from "vitest/config"

// Separate from vite.config.ts so the React Router plugin does not run under Vitest.
export default defineConfig({
  test: {
    environment: "node",
    include: ["app/**/*.test.ts"],
  },
})
