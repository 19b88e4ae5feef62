// Lint configuration for `npm run lint` (office-addin-lint picks up this file).
// Office add-in rules (load/sync discipline) and Prettier from eslint-plugin-office-addins,
// plus the architecture rules: the core knows no host, only src/excel knows Office.js, only
// the CLI and the file side of src/xlsx (read.ts, write.ts) know Node, and the product reads
// and writes workbooks without ExcelJS (a test helper that builds workbooks may use it).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const nodeModules = ["node:*", "fs", "path", "os", "child_process", "zlib", "util"];
// The recommended config registers its plugins for .js/.ts only; .tsx files need them too.
const recommendedPlugins = Object.assign({}, ...officeAddins.configs.recommended.map((c) => c.plugins ?? {}));

export default [
  { ignores: ["dist/**", "out/**", "coverage/**", "node_modules/**", "docs/**"] },
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { ...recommendedPlugins, "office-addins": officeAddins },
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      // TypeScript checks names itself (tsc --noEmit); the JS rule does not know TS types
      "no-undef": "off",
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-redeclare": "off",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: nodeModules, message: "src/core is pure: no Node APIs." },
            { group: ["exceljs", "**/xlsx/**", "**/excel/**", "**/cli/**", "**/taskpane/**", "**/docx/**", "@microsoft/office-js"], message: "src/core knows no host." },
            { group: ["mammoth", "docx"], message: "src/core knows no file format: Word documents are src/docx's." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "process", "require", "Buffer"],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/xlsx/**", "src/cli/**", "src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "exceljs", message: "Only src/xlsx knows ExcelJS." }], patterns: [{ group: nodeModules, message: "Only the CLI and src/xlsx use Node." }] }],
    },
  },
  {
    // Word documents: only src/docx knows the format (mammoth reads, docx writes); it runs in the pane too
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/docx/**", "src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "exceljs", message: "Only src/xlsx knows ExcelJS." },
            { name: "mammoth", message: "Only src/docx reads Word documents." },
            { name: "docx", message: "Only src/docx writes Word documents." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/xlsx/read.ts", "src/xlsx/write.ts", "src/cli/**/*.ts"],
    ignores: ["src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "exceljs", message: "The product reads and writes packages itself." }] }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**", "src/commands/**", "src/taskpane/**", "src/functions/**", "src/**/*.test.ts", "src/**/*.test.tsx"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel"],
    },
  },
  {
    // the package reader and writer run in the task pane too: no Node, no ExcelJS
    files: ["src/xlsx/**/*.ts"],
    ignores: ["src/xlsx/read.ts", "src/xlsx/write.ts", "src/xlsx/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "exceljs", message: "The product reads and writes packages itself." }], patterns: [{ group: nodeModules, message: "src/xlsx is isomorphic: only read.ts and write.ts use Node." }] },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "process", "require", "Buffer"],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly" } },
  },
];
