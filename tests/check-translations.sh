#!/usr/bin/env bash
# Every file with translatable strings is in po/POTFILES.in, every listed file
# exists, and po/da.po translates every current string (nothing missing, nothing fuzzy).
set -euo pipefail
src=${1:?source dir}
cd "$src"
status=0

listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)
if [ "$listed" != "$(grep -v '^#' po/POTFILES.in | sed '/^$/d')" ]; then
  echo "po/POTFILES.in is not sorted"; status=1
fi
for f in $listed; do
  [ -f "$f" ] || { echo "po/POTFILES.in lists $f, which does not exist"; status=1; }
done
marked=$( { grep -rlE '\b(N?_|C_|g_dngettext|ngettext|g_dpgettext2)\s*\(' --include='*.c' src || true;
            grep -rl 'translatable="yes"' data || true;
            ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml 2>/dev/null || true; } | sort -u)
for f in $marked; do
  grep -qx "$f" <<<"$listed" || { echo "$f has translatable strings but is not in po/POTFILES.in"; status=1; }
done

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
xgettext --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 \
  -f po/POTFILES.in -o "$tmp/tovholder.pot" 2>"$tmp/xgettext.log" || {
  cat "$tmp/xgettext.log"; exit 1; }
for po in po/*.po; do
  msgmerge --quiet --no-fuzzy-matching "$po" "$tmp/tovholder.pot" -o "$tmp/merged.po"
  stats=$(msgfmt --check --statistics -o /dev/null "$tmp/merged.po" 2>&1 | tail -n 1)
  case "$stats" in
    *untranslated*|*fuzzy*)
      echo "$po is behind the source: $stats"
      msgattrib --untranslated --no-obsolete "$tmp/merged.po" -o "$tmp/untranslated.po"
      grep -A1 '^msgid' "$tmp/untranslated.po" > "$tmp/list" || true
      head -n 40 "$tmp/list"
      status=1;;
  esac
done
exit $status
