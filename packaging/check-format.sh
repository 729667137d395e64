#!/usr/bin/env bash
# Fails when a C++ file of the project does not follow .clang-format (clang-format from
# Debian's packages). Called by packaging/test.sh. To fix: bash packaging/check-format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app core ui tests bench -name '*.cpp' -o -name '*.h')
if [[ "${1:-}" == "--fix" ]]; then
  clang-format -i "${files[@]}"
  echo "format: ${#files[@]} files formatted"
  exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}" 2> >(head -40 >&2); then
  echo "format: files above do not follow .clang-format; run: bash packaging/check-format.sh --fix" >&2
  exit 1
fi
echo "format: ${#files[@]} files follow .clang-format"
