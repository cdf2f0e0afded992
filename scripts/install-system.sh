#!/usr/bin/env bash
# Installs the Debian packages palimpsest needs, only those missing: Tesseract with
# the eng/spa/fra/deu language packs and the fonts the sample collection uses.
set -euo pipefail

langs=(eng spa fra deu)
fonts=(/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf
       /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
       /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf)
missing=()
if ! command -v tesseract >/dev/null 2>&1; then
  missing+=(tesseract-ocr)
fi
have_langs=$(tesseract --list-langs 2>/dev/null || true)
for l in "${langs[@]}"; do
  grep -qx "$l" <<<"$have_langs" || missing+=("tesseract-ocr-$l")
done
[ -f "${fonts[0]}" ] || missing+=(fonts-dejavu-core)
[ -f "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf" ] || missing+=(fonts-dejavu-extra)
[ -f "${fonts[2]}" ] || missing+=(fonts-liberation2)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q || true   # a stale list is better than none when offline
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
