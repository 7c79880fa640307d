// Runs the npm package's pg_ctl on a throwaway server's data directory as the directory's owner,
// since pg_ctl refuses root: the fault harness restarts the server with it, and .ci/postgres-stop
// stops one.
//   node --import tsx test/postgres/pgCtlAsOwner.ts <data directory> restart -m immediate -w
import { execFileSync } from "node:child_process"
import { dirname } from "node:path"
import { postgresBinaries } from "./PostgresBinaries.js"
import { reachableBinaries } from "./ReachableBinaries.js"
import { asOwnerOf, serverAccount } from "./ServerAccount.js"

const [dataDirectory, ...pgCtlArguments] = process.argv.slice(2)
if (dataDirectory === undefined || pgCtlArguments.length === 0) {
  process.stderr.write("usage: pgCtlAsOwner.ts <data directory> <pg_ctl command and options>\n")
  process.exit(2)
}
const { pgCtl } = reachableBinaries(await postgresBinaries(), serverAccount())
execFileSync(pgCtl, [...pgCtlArguments, "-D", dataDirectory], {
  ...asOwnerOf(dataDirectory),
  cwd: dirname(dataDirectory),
  stdio: "inherit"
})
