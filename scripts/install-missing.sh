# Sourced by the screenshot scripts: installs Debian's packages for what is missing, nothing else.
# Usage: install_missing [command=package ...] [japanese-font]
install_missing() {
  local missing=() want
  for want in "$@"; do
    if [[ "$want" == japanese-font ]]; then
      [[ -n "$(fc-list :lang=ja 2>/dev/null)" ]] || missing+=(fonts-noto-cjk) # else kana and kanji are empty boxes
    else
      command -v "${want%%=*}" >/dev/null 2>&1 || missing+=("${want#*=}")
    fi
  done
  if ((${#missing[@]} > 0)); then
    echo "installing Debian's ${missing[*]}" >&2
    apt-get update && apt-get install -y "${missing[@]}"
  fi
}
