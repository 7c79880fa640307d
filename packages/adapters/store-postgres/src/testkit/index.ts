export * from "./PostgresTestServer.js"
