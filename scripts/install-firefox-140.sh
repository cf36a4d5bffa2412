#!/usr/bin/env bash
# Unpacks Firefox 140 ESR — the manifest's strict_min_version — from Debian bookworm main into /opt/firefox-140
# (or $1), beside the system's firefox-esr, for the real-Firefox suite. `apt-get download` + `dpkg -x`: nothing
# is installed, the system's Firefox stays as it is; the libraries it needs are those of the firefox-esr package.
set -euo pipefail
dest="${1:-/opt/firefox-140}"
if [ -x "$dest/firefox-esr" ]; then exit 0; fi
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"

version=$(apt-cache madison firefox-esr | awk '$3 ~ /^140\./ { print $3; exit }')
if [ -z "$version" ]; then
  echo "No Firefox 140 ESR in the apt sources (Debian bookworm main has it): run apt-get update first." >&2
  exit 1
fi
echo "Unpacking firefox-esr $version into $dest…"
tmp=$(mktemp -d)
chmod 755 "$tmp" # apt downloads as its own user
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && apt-get download -qq "firefox-esr=$version")
dpkg -x "$tmp"/firefox-esr_*.deb "$tmp/root"
$sudo mkdir -p "$(dirname "$dest")"
$sudo mv "$tmp/root/usr/lib/firefox-esr" "$dest"
"$dest/firefox-esr" --version
