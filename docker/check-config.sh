#!/usr/bin/env bash
# Checks what can be checked without a Docker engine: the proxy configuration's syntax (nginx -t, with the
# node names pointed at localhost) and that the compose file is valid YAML naming every service.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed 's/app-a:8080/127.0.0.1:18080/; s/app-b:8080/127.0.0.1:18081/' nginx.conf > "$work/nginx.conf"
nginx -t -c "$work/nginx.conf" -p "$work" -g "pid $work/nginx.pid; error_log $work/error.log;"
python3 - <<'PY'
import re, sys
text = open('compose.yml').read()
block = text.split('\nservices:\n', 1)[1].split('\nvolumes:\n', 1)[0]
services = set(re.findall(r'^  ([a-z][a-z0-9-]*):', block, re.M))
missing = {'postgres', 'app-a', 'app-b', 'proxy'} - services
if missing:
    sys.exit(f'compose.yml lacks services: {missing}')
print('compose.yml names', sorted(services))
PY
