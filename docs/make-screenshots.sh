#!/usr/bin/env bash
# Regenerates the README's screenshots with the kiosk's own `kiosk screenshot`.
# Uses a throwaway data directory so a developer's own kiosk data never shows.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
kiosk=".venv/bin/kiosk"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
out=docs/screenshots
shot() { "$kiosk" screenshot --data-dir "$data" "$@"; }

shot welcome  "$out/welcome-uz-Latn-portrait.png" --lang uz-Latn --size 1080x1920
shot welcome  "$out/welcome-ky-landscape.png"     --lang ky      --size 1920x1080
shot home     "$out/home-ky-portrait.png"         --lang ky      --size 1080x1920
shot home     "$out/home-uz-Latn-landscape.png"   --lang uz-Latn --size 1920x1080
shot home     "$out/home-tg-high-contrast.png"    --lang tg      --size 1080x1920 --contrast high --text-size 2
shot help     "$out/help-uz-Cyrl-portrait.png"    --lang uz-Cyrl --size 1080x1920
shot idle-warning "$out/idle-warning-ru.png"      --lang ru      --size 1080x1920
shot keyboard "$out/keyboard-ky.png"              --lang ky      --size 1080x1920
shot keyboard "$out/keyboard-uz-Latn.png"         --lang uz-Latn --size 1080x1920
shot staff-pin "$out/staff-pin-en.png"            --lang en      --size 1920x1080
shot rights   "$out/rights-ky-landscape.png"      --lang ky      --size 1920x1080
shot reader   "$out/reader-tg.png"                --lang tg      --article keep-your-passport
shot reader   "$out/reader-uz-Cyrl.png"           --lang uz-Cyrl --article employer-pays-recruitment-fees
shot search   "$out/search-latin-finds-cyrillic.png" --lang uz-Cyrl --query pasport
shot search   "$out/search-ru-in-latin.png"       --lang ru      --query registratsiya
shot search   "$out/search-phrase-ru.png"         --lang ru      --query "потерял паспорт"
shot search   "$out/search-typo-ru.png"           --lang ru      --query "пасспрт потерял"
shot search   "$out/search-nothing-en.png"        --lang en      --query "hospitalisation"
# Check an agency: the four verdicts in two languages, on the fictional sample registry,
# decided on a fixed date so the pictures do not drift as the sample licences age.
verdict() { shot agency-verdict "$@" --now 2026-11-22; }
for lang in en ky; do
  verdict "$out/verdict-licensed-$lang.png"        --lang "$lang" --agency sample-000311
  verdict "$out/verdict-not-licensed-$lang.png"    --lang "$lang" --agency sample-000012
  verdict "$out/verdict-not-for-country-$lang.png" --lang "$lang" --agency sample-000311 --country GB
  verdict "$out/verdict-not-found-$lang.png"       --lang "$lang" --query "Golden Visa Star"
done
shot agency        "$out/agency-search-uz-Cyrl.png" --lang uz-Cyrl --query "qoxzom" --now 2026-11-22
shot agency-report "$out/agency-report-tg.png"      --lang tg --agency sample-000012 --now 2026-11-22
# Book an appointment: every step in Кыргызча and English ("booking-done" books in the throwaway data
# directory; with no printer there it shows what a person sees when printing fails), and the receipt
# itself, rendered by `kiosk receipt sample` and turned into PNG pages with pdftoppm.
# The kiosk's clock is pinned to a Monday morning, so the calendar and the times are the same whenever
# the pictures are made; each language books under its own name (one person, one booking a day).
moment=2026-12-07T09:15
for lang in ky en; do
  for step in booking booking-locations booking-calendar booking-times booking-details booking-review booking-done; do
    shot "$step" "$out/$step-$lang.png" --lang "$lang" --now "$moment" --name "Sample Person $lang"
  done
  "$kiosk" receipt sample --data-dir "$data" "$data/receipt-$lang.pdf" --lang "$lang" --layout roll
  pdftoppm -png -r 110 -singlefile "$data/receipt-$lang.pdf" "$out/receipt-roll-$lang"
done
"$kiosk" receipt sample --data-dir "$data" "$data/receipt-a4.pdf" --lang en --layout a4
pdftoppm -png -r 60 -singlefile "$data/receipt-a4.pdf" "$out/receipt-a4-en"
# Off the easy path: the receipt screen on a landscape display (the QR code is the receipt when the
# printer fails), the calendar at the largest text, and high contrast.
shot booking-done     "$out/booking-done-ky-landscape.png"    --lang ky --size 1920x1080 --now "$moment" --name "Sample Landscape"
shot booking-calendar "$out/booking-calendar-ru-text3.png"    --lang ru --text-size 3 --now "$moment"
shot booking-calendar "$out/booking-calendar-ky-high-contrast.png" --lang ky --contrast high --now "$moment"
shot agency-verdict   "$out/verdict-not-licensed-tg-high-contrast.png" --lang tg --contrast high --agency sample-000012 --now 2026-11-22
# Staff mode at laptop size, in two languages. Each stop seeds fictional staff and a fictional day's list
# into a data directory of its own, so one stop's check-ins never show in another's picture.
for lang in ru en; do
  for stop in staff-sign-in staff-desk staff-checkin-valid staff-checkin-forged staff-checkin-again staff-walk-in staff-summary; do
    staff_data="$(mktemp -d)"
    "$kiosk" screenshot --data-dir "$staff_data" "$stop" "$out/$stop-$lang.png" --lang "$lang" --size 1366x768 --now "$moment"
    rm -rf "$staff_data"
  done
done
# Offline, a kiosk shows only the places it can book from its allowance, and says so.
shot booking-calendar-offline "$out/booking-calendar-offline-ru.png" --lang ru --now "$moment"
shot booking-times-offline    "$out/booking-times-offline-ru.png"    --lang ru --now "$moment"
shot staff-menu       "$out/staff-menu-ru-text3.png"          --lang ru --text-size 3
shot home             "$out/home-ru-text3-landscape.png"      --lang ru --text-size 3 --size 1920x1080
