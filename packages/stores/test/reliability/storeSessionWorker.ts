// A separate OS process holding one store handle for the model-based tests, as another clerk's
// machine would: it answers each `StoreRequest` the parent sends over IPC (`{ id, request }`) with
// `{ id, answer }`, and exits when the parent disconnects.
import { type StoreRequest, storeSession } from "./StoreSession.js"

const answer = storeSession()
process.on("message", (message: { readonly id: number; readonly request: StoreRequest }) => {
  void answer(message.request).then((reply) => process.send?.({ id: message.id, answer: reply }))
})
process.on("disconnect", () => process.exit(0))
