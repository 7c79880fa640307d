export * from "./Cli.js"
export * from "./ExitCode.js"
export type * from "./Io.js"
export * from "./UsageError.js"
