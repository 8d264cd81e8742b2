# Sourced by the other scripts: puts the project's tools first on PATH.
PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$PROJECT_ROOT/tools/bin:$HOME/.cargo/bin:$PATH"
# Trunk never downloads a tool; with this it says so instead of trying.
export TRUNK_OFFLINE=true
# The article scripts/serve, the tests and the benchmark open when none is named (E2E_ARTICLE, ARTICLE).
export DEFAULT_ARTICLE=belarus-2020-08-23
