#!/usr/bin/env bash
# The Linux x86_64 product with its own Java: a runtime image made by jlink from the modules the product's
# bundles use (jdeps), put in jre/ (the rfy launcher prefers it), as an archive and as a .deb that installs to
# /opt/rfy-workbench with /usr/bin/rfy. Run by the build (pom.xml, profile linux-packages) after the products.
# Usage: package-linux.sh <product folder> <version> <output folder>; JAVA_HOME names the JDK whose jmods are used.
set -euo pipefail

product="$1" version="$2" out="$3"
jdk="${JAVA_HOME:?JAVA_HOME must name a JDK}"
[[ -x "$jdk/bin/jlink" && -d "$jdk/jmods" ]] || { echo "package-linux: $jdk has no jlink or jmods" >&2; exit 1; }
work="$out/linux-packages"
rm -rf "$work"
mkdir -p "$work"

# The modules: what jdeps finds in the bundles, without jdk.javadoc (only icu4j's doclet classes use it), plus
# what is loaded by name and so invisible to jdeps: TLS elliptic curves (rfy validate --online), the Russian
# locale data, zip file systems and sun.misc.Unsafe, which several libraries probe for.
found="$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps -q --multi-release 17 "$product"/plugins/*.jar)"
modules="$(echo "$found,jdk.crypto.ec,jdk.localedata,jdk.zipfs,jdk.unsupported" | tr , '\n' \
  | grep -v -x jdk.javadoc | sort -u | paste -sd,)"
echo "package-linux: jlink --add-modules $modules"
image="$work/rfy-workbench"
cp -a "$product" "$image"
"$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,ru --strip-debug --no-man-pages \
  --no-header-files --compress=2 --output "$image/jre"
echo "$modules" | tr , '\n' > "$image/jre/rfy-modules.txt"

base="rfy-workbench-$version-linux.gtk.x86_64-with-java"
tar -C "$work" -czf "$out/$base.tar.gz" rfy-workbench

# The .deb: the same tree under /opt, the launcher on PATH, a menu entry. Debian's version order puts
# 0.1.0~SNAPSHOT before 0.1.0.
deb="$work/deb"
mkdir -p "$deb/DEBIAN" "$deb/opt" "$deb/usr/bin" "$deb/usr/share/applications"
cp -a "$image" "$deb/opt/rfy-workbench"
ln -s ../../opt/rfy-workbench/rfy "$deb/usr/bin/rfy"
cat > "$deb/usr/share/applications/rfy-workbench.desktop" <<EOF
[Desktop Entry]
Type=Application
Name=RFY Workbench
Comment=Write, cross-link, check and publish read-for-you reviews of ML papers
Exec=rfy gui %f
Terminal=false
Categories=Office;Education;
EOF
debversion="${version/-/\~}"
cat > "$deb/DEBIAN/control" <<EOF
Package: rfy-workbench
Version: $debversion
Architecture: amd64
Maintainer: RFY Workbench <rfy-workbench@users.noreply.github.com>
Installed-Size: $(du -sk "$deb/opt" | cut -f1)
Depends: libc6, libgtk-3-0
Section: text
Priority: optional
Description: RFY Workbench: reviews of ML papers for the "read-for-you" rubric
 The rfy command (validate, import, export for Habr, corpus mentions) and the RFY Workbench (rfy gui),
 an Eclipse RCP application, with their own Java runtime.
EOF
# the OSGi cache root may write into the install's configuration/ (users get their own, see the rfy launcher)
cat > "$deb/DEBIAN/postrm" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = remove ] || [ "$1" = purge ]; then
  rm -rf /opt/rfy-workbench/configuration/org.eclipse.osgi /opt/rfy-workbench/configuration/org.eclipse.core.runtime \
    /opt/rfy-workbench/configuration/org.eclipse.equinox.app /opt/rfy-workbench/configuration/.settings
fi
EOF
chmod 755 "$deb/DEBIAN/postrm"
dpkg-deb --root-owner-group -Zgzip --build "$deb" "$out/rfy-workbench_${debversion}_amd64.deb" > /dev/null
rm -rf "$deb"
for f in "$out/$base.tar.gz" "$out/rfy-workbench_${debversion}_amd64.deb"; do
  echo "package-linux: $(basename "$f"): $(du -k "$f" | cut -f1) KB"
done
echo "package-linux: runtime image $(du -sk "$image/jre" | cut -f1) KB, installed $(du -sk "$image" | cut -f1) KB"
