export * from "./PostgresTestServer.js"
export * from "./SchemaFileBytes.js"
