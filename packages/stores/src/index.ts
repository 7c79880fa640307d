export * from "./StoreUrl.js"
