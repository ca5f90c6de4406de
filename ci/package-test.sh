#!/usr/bin/env bash
# The Debian package, tested without installing it on the machine: `cpack -G DEB` in
# a configured build folder gives factlint_VERSION_ARCH.deb whose control file names
# the shared libraries it needs, and whose extracted binary runs a check.
#
#   bash ci/package-test.sh BUILD-DIR
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; exit 1; }
deb=$(ls "$work"/out/factlint_*.deb)
dpkg-deb --field "$deb" Package | grep -qx factlint
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libfmt libsqlite3 libgumbo libcmark-gfm libutf8proc libxxhash libstemmer "libhyperscan|libvectorscan"; do
  case "$depends" in
    *"${lib%|*}"* | *"${lib#*|}"*) ;;
    *) echo "ci/package-test.sh: Depends lacks $lib: $depends" >&2; exit 1 ;;
  esac
done
contents=$(dpkg-deb --contents "$deb")
grep -q '\./usr/bin/factlint$' <<<"$contents"
dpkg-deb -x "$deb" "$work/root"
version=$("$work/root/usr/bin/factlint" --version)
[[ "$version" == "factlint "* ]]
status=0
"$work/root/usr/bin/factlint" check --no-db --quiet >/dev/null || status=$?
[ "$status" = 1 ] || { echo "ci/package-test.sh: the packaged binary exited $status on the seed corpus, not 1" >&2; exit 1; }
echo "ci/package-test.sh: ok: $(basename "$deb"), Depends: $depends"
