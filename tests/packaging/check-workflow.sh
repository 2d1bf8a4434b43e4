#!/bin/sh
# The Windows workflow is valid YAML with a job on a Windows runner (its steps only run there).
# Usage: check-workflow.sh WORKFLOW
set -eu
python3 -c 'import yaml' 2>/dev/null || { echo "SKIP: python3-yaml is not installed"; exit 77; }
python3 - "$1" <<'PY'
import sys, yaml
workflow = yaml.safe_load(open(sys.argv[1]))
job = workflow["jobs"]["msi"]
assert job["runs-on"].startswith("windows"), job["runs-on"]
runs = "\n".join(step.get("run", "") for step in job["steps"])
for needle in ("cpack -G WIX", "ctest", "cmake --build"):
    assert needle in runs, needle
print("OK: " + sys.argv[1])
PY
