#!/usr/bin/env bash
# Runs a command in a D-Bus session of its own with a gnome-keyring daemon (Secret Service)
# unlocked by a test password: a real keychain for tst_keychain, never the user's. The keyring
# files live in a scratch home that is removed afterwards.
#   tests/app/with_keyring.sh COMMAND [ARGS...]
set -euo pipefail
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# --unlock reads the password from stdin, creates the "login" keyring (the default collection)
# and serves org.freedesktop.secrets on the session bus.
dbus-run-session -- bash -c '
    printf "%s" "sdrs-test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' with_keyring "$@"
