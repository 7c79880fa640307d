import { conformanceLeaves, merkleNodesConformance } from "../testkit/MerkleNodesConformance.js"
import * as InMemoryMerkleNodes from "./InMemoryMerkleNodes.js"

merkleNodesConformance("in-memory nodes", async (size) => {
  const nodes = InMemoryMerkleNodes.make()
  const leafHashes = conformanceLeaves(size)
  for (const hash of leafHashes) nodes.append(hash)
  return { nodes, leafHashes }
})
