# Production build of the Next app into a given distDir, skipped when nothing it depends on has
# changed since the last build (a full build takes a minute or two on two cores).
build_if_changed() {
  local dist=$1
  local stamp="$dist/BUILD_ID"
  if [ -f "$stamp" ] && [ -z "$(find app components lib prisma/schema.prisma next.config.ts postcss.config.mjs package.json proxy.ts types \
      -newer "$stamp" -type f 2>/dev/null | grep -v '^lib/generated/' | head -n 1)" ]; then
    say "Production build in $dist is up to date"
    return 0
  fi
  say "Building the web app ($dist)"
  NEXT_DIST_DIR="$dist" node node_modules/next/dist/bin/next build || die "next build failed (see above)."
}
