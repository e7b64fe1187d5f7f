#!/usr/bin/env bash
# Installs jcm for scripts: PREFIX/bin/jcm (and jcm-serve, the local page of `jcm serve`) and its data in PREFIX/share/jcm/ (Methodologies/ and
# Templates/), where the installed jcm finds them wherever it is run from.
#
# Usage: scripts/install.sh [PREFIX]      (default: ~/.local; put PREFIX/bin on your PATH)
#        JCM_BINARY=path/to/jcm scripts/install.sh PREFIX   installs that binary instead of building
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
prefix="${1:-$HOME/.local}"
binary="${JCM_BINARY:-}"
if [ -z "$binary" ]; then
  (cd "$root" && swift build -c release --product jcm && swift build -c release --product jcm-serve)
  binary="$(cd "$root" && swift build -c release --show-bin-path)/jcm"
fi
mkdir -p "$prefix/bin" "$prefix/share/jcm"
# Replace the data folders whole, so that a file removed from a release does not linger.
for folder in Methodologies Templates; do
  staging="$prefix/share/jcm/.$folder.installing"
  rm -rf "$staging"
  cp -R "$root/$folder" "$staging"
  rm -rf "$prefix/share/jcm/$folder"
  mv "$staging" "$prefix/share/jcm/$folder"
done
install -m 0755 "$binary" "$prefix/bin/jcm"
# `jcm serve` runs the jcm-serve found beside jcm.
server="$(dirname "$binary")/jcm-serve"
if [ -x "$server" ]; then install -m 0755 "$server" "$prefix/bin/jcm-serve"; fi
echo "installed $prefix/bin/jcm ($("$prefix/bin/jcm" --version)) with its data in $prefix/share/jcm"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "add $prefix/bin to your PATH, for example: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
