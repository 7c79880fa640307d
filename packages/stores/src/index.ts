export * from "./StoreUrl.js"
export * from "./CopyStore.js"
