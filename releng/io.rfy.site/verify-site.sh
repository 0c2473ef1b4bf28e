#!/usr/bin/env bash
# Checks the update site (target/repository) the way Help > Install New Software would use it, with what is
# reachable here (Maven Central only: no Eclipse IDE download, no eclipse.org p2 site):
#  1. an "IDE" is provisioned with the p2 director (tycho-p2-director-plugin:director) from the product's complete
#     repository, minus everything the update site offers: the platform bundles plus EMF (which an IDE gets from
#     its own release site);
#  2. io.rfy.feature is installed into it from the update site alone, the zip users download
#     (io.rfy.site-<version>.zip, added as an archive in Install New Software); the director's planner must find
#     every requirement in the site or in the installed platform;
#  3. every bundle of the result is resolved in a fresh Equinox framework (ResolveAll.java);
#  4. control: the same install into a platform without EMF must be refused (so step 2 can fail).
# Needs a built tree: ./mvnw -B -o -q install -DskipTests. Usage: releng/io.rfy.site/verify-site.sh [<scratch dir>]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
site="$here/target/repository"
platform_repo="$root/releng/io.rfy.product/target/repository"
scratch="${1:-$(mktemp -d)}"
mkdir -p "$scratch"
for d in "$site" "$platform_repo"; do
  [[ -f "$d/content.jar" || -f "$d/content.xml.xz" ]] || { echo "verify-site: no p2 repository at $d (build first)" >&2; exit 2; }
done
tycho_version="$(sed -n 's:.*<tycho.version>\(.*\)</tycho.version>.*:\1:p' "$root/pom.xml")"

director() { # <destination> <repository> <comma-separated IUs>
  (cd "$root" && ./mvnw -B -ntp -N -q "org.eclipse.tycho:tycho-p2-director-plugin:$tycho_version:director" \
    -Ddestination="$1" -Drepositories="$2" -DinstallIUs="$3" \
    -Dprofile=SDKProfile -Dp2.os=linux -Dp2.ws=gtk -Dp2.arch=x86_64)
}
# bundle ids from a repository's plugins/ file names (id_version.jar, or a folder for unpacked bundles)
ids() { ls "$1/plugins" | sed -E 's/_[0-9][^_]*(\.jar)?$//' | sort -u; }

site_ids="$(ids "$site")"
# (the product's repository serves every desktop: only Linux x86_64's native fragments install here)
platform_ids="$(ids "$platform_repo" | grep -v -x -F -f <(echo "$site_ids") \
  | grep -v -E '\.(win32|cocoa|macosx)(\.|$)|\.aarch64$')"
echo "site offers: $(echo "$site_ids" | paste -sd' ')"

ide="$scratch/ide"
rm -rf "$ide"
echo "1. provisioning a platform of $(echo "$platform_ids" | wc -l) bundles into $ide"
director "$ide" "file:$platform_repo" "$(echo "$platform_ids" | paste -sd,)" > "$scratch/step1.log" 2>&1 \
  || { cat "$scratch/step1.log"; echo "verify-site: provisioning the platform failed" >&2; exit 1; }

zips=("$here"/target/io.rfy.site-*.zip)
[[ -f "${zips[0]}" ]] || { echo "verify-site: no zipped update site in $here/target (build first)" >&2; exit 2; }
echo "2. installing io.rfy.feature from the zipped update site alone ($(basename "${zips[0]}"))"
director "$ide" "jar:file:${zips[0]}!/" io.rfy.feature.feature.group > "$scratch/step2.log" 2>&1 \
  || { cat "$scratch/step2.log"; echo "verify-site: FAILED: the update site does not install into the platform" >&2; exit 1; }
missing="$(comm -23 <(echo "$site_ids") <(ids "$ide"))"
[[ -z "$missing" ]] || { echo "verify-site: FAILED: not installed: $missing" >&2; exit 1; }

echo "3. resolving every bundle of the installation"
java -cp "$(ls "$ide"/plugins/org.eclipse.osgi_*.jar)" "$here/verify/ResolveAll.java" "$ide"

echo "4. control: a platform without EMF must refuse the install"
bare="$scratch/ide-without-emf"
rm -rf "$bare"
director "$bare" "file:$platform_repo" "$(echo "$platform_ids" | grep -v '^org\.eclipse\.emf\.' | paste -sd,)" > "$scratch/step4a.log" 2>&1
if director "$bare" "jar:file:${zips[0]}!/" io.rfy.feature.feature.group > "$scratch/step4.log" 2>&1; then
  echo "verify-site: FAILED: the install succeeded without EMF, so step 2 proves nothing" >&2
  exit 1
fi
echo "   refused: $(grep -m1 -o "Cannot complete the install[^-]*" "$scratch/step4.log" || echo "(see $scratch/step4.log)")"
echo "verify-site: OK (logs in $scratch)"
