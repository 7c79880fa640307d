import { merkleNodesConformance } from "../testkit/MerkleNodesConformance.js"
import * as InMemoryMerkleNodes from "./InMemoryMerkleNodes.js"

merkleNodesConformance("memory", async (leafHashes) => {
  const nodes = InMemoryMerkleNodes.make()
  for (const hash of leafHashes) nodes.append(hash)
  return nodes
})
