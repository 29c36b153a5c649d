// One lint configuration for the whole tree; every package's `lint` script finds it.
// Type-aware (typescript-eslint's type-checked rules), so floating promises and unsafe `any` fail.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

const NODE_BUILTINS = [
  "node:*",
  "fs",
  "fs/*",
  "path",
  "url",
  "crypto",
  "os",
  "child_process",
  "http",
  "net",
  "util",
  "stream",
  "process",
  "buffer",
];

export default tseslint.config(
  { ignores: ["**/dist/**", "**/.next/**", "**/node_modules/**", "**/.turbo/**", "**/coverage/**", "**/next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ["*.js", "*.mjs"] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "separate-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  { files: ["**/*.js", "**/*.mjs"], ...tseslint.configs.disableTypeChecked },
  {
    // The domain's pure code runs in browsers and bundles: Node's modules are for its CLIs and folder catalog only.
    files: ["packages/domain/src/**/*.ts"],
    ignores: ["packages/domain/src/cli/**", "packages/domain/src/catalog.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: NODE_BUILTINS,
              message: "Pure domain code must run outside Node: read files in src/catalog.ts or src/cli/.",
            },
          ],
        },
      ],
    },
  },
  {
    // Tests corrupt raw story JSON on purpose; typing every mutation would hide what they do.
    files: ["**/test/**/*.ts", "**/test/**/*.tsx"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
);
