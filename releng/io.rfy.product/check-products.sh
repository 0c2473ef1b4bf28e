#!/usr/bin/env bash
# The build's check of the product archives (run by the build in the verify phase, pom.xml): each of the five
# holds the native fragments of its platform and nothing of the others, and the launchers of its platform that
# name the right jar (check/CheckProduct.java); the Linux package with its own Java has a runtime that starts
# and is the one the launcher uses.
# Usage: check-products.sh <folder of the archives> <version>
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="$1" version="$2"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

unpack() { # <archive> <into>
  mkdir -p "$2"
  case "$1" in
    *.zip) unzip -q "$1" -d "$2" ;;
    *) tar -xzf "$1" -C "$2" 2> /dev/null ;; # (GNU tar warns about the archiver's LIBARCHIVE.* headers)
  esac
}

checks=()
for platform in linux.gtk.x86_64 linux.gtk.aarch64 win32.win32.x86_64 macosx.cocoa.x86_64 macosx.cocoa.aarch64; do
  IFS=. read -r os ws arch <<< "$platform"
  ext=tar.gz; [[ $os == win32 ]] && ext=zip
  archive="$dir/rfy-workbench-$version-$platform.$ext"
  [[ -f "$archive" ]] || { echo "check-products: missing $archive" >&2; exit 1; }
  unpack "$archive" "$scratch/$platform"
  root="$scratch/$platform"
  if [[ $os == macosx ]]; then
    apps=("$root"/*.app)
    root="${apps[0]}/Contents/Eclipse"
  fi
  checks+=("$root" "$os" "$ws" "$arch")
done
withjava="$dir/rfy-workbench-$version-linux.gtk.x86_64-with-java.tar.gz"
if [[ -f "$withjava" ]]; then
  unpack "$withjava" "$scratch/with-java"
  checks+=("$scratch/with-java/rfy-workbench" linux gtk x86_64)
fi
"$java" -cp "$(ls "$scratch"/linux.gtk.x86_64/plugins/org.eclipse.osgi_*.jar)" "$here/check/CheckProduct.java" "${checks[@]}"

# the Linux x86_64 package with its own Java (when the build made it: dpkg-deb is there)
if [[ -f "$withjava" ]]; then
  root="$scratch/with-java/rfy-workbench"
  "$root/jre/bin/java" -version 2>&1 | head -1
  # the launcher takes jre/ before JAVA_HOME and PATH
  used="$(JAVA_HOME=/nonexistent RFY_JAVA_OPTS=-XshowSettings:properties "$root/rfy" --version 2>&1 | sed -n 's/^ *java.home = //p')"
  [[ "$used" == "$root/jre" ]] || { echo "check-products: the launcher used the Java at '$used', not $root/jre" >&2; exit 1; }
  deb="$(ls "$dir"/rfy-workbench_*_amd64.deb)"
  listing="$(dpkg-deb -c "$deb")"
  for f in ./opt/rfy-workbench/jre/bin/java ./opt/rfy-workbench/rfy ./usr/bin/rfy ./opt/rfy-workbench/examples/sample-ws; do
    grep -q " $f\( \|/\|$\)" <<< "$listing" || { echo "check-products: $deb has no $f" >&2; exit 1; }
  done
  echo "check-products: with-java archive and $(basename "$deb") OK"
fi
