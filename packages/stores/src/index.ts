export * from "./StoreUrl.js"
export * from "./CopyStore.js"
export * from "./OptionalStorePackage.js"
