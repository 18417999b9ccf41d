#!/usr/bin/env bash
# One command to set up and start the kiosk, or to set up and run the tests.
#
#   bash packaging/setup.sh run [KIOSK RUN OPTIONS]   install, then start the kiosk (windowed) on demo data
#   bash packaging/setup.sh test [PYTEST OPTIONS]     install with test tools, then run the whole test suite
#
# It installs the Debian packages listed in packaging/debian-packages*.txt (with
# sudo when not root), creates .venv/ and installs the project into it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
mode="${1:-}"
case "$mode" in
  run|test) shift ;;
  *) echo "usage: bash packaging/setup.sh run|test [options]" >&2; exit 2 ;;
esac

say() { printf '\n==> %s\n' "$*"; }

packages() { grep -hv '^\s*#' "$@" | awk 'NF {print $1}'; }

install_system_packages() {
  local lists=("$here/debian-packages.txt")
  [ "$mode" = test ] && lists+=("$here/debian-packages-test.txt")
  local missing=()
  for pkg in $(packages "${lists[@]}"); do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "system packages: all present"
    return
  fi
  say "system packages: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_python_packages() {
  local venv="$root/.venv"
  if [ ! -x "$venv/bin/python" ]; then
    say "python: creating $venv"
    python3 -m venv "$venv"
  fi
  local extra=""
  [ "$mode" = test ] && extra="[dev]"
  say "python: installing the kiosk$extra"
  "$venv/bin/python" -m pip install -q --upgrade pip
  "$venv/bin/python" -m pip install -q -e "$root$extra"
  # pip compiles what it installs into the virtualenv, but not the checkout an
  # editable install points at. The kiosk's service user may not write there, so
  # without this every start would compile the whole app again.
  say "python: compiling the kiosk's modules"
  "$venv/bin/python" -m compileall -q -j 0 "$root/kiosk" "$root/ui" "$root/sync"
}

install_system_packages
install_python_packages
cd "$root"

if [ "$mode" = run ]; then
  say "starting the kiosk on its bundled demo data (windowed; staff PIN in demo mode: 1234)"
  exec "$root/.venv/bin/kiosk" run --windowed "$@"
fi

say "running the test suite"
export QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software
set +e
"$root/.venv/bin/python" -m pytest "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: that is a broken suite, not a pass" >&2
  exit 1
fi
exit "$status"
