#!/usr/bin/env bash
# Reading the sample PDFs: pdftotext (poppler, one process per file, as a batch would run it) against Upright's
# PdfReader (one JVM reading every file), wall time of N runs each, median reported.
# Usage: bench/pdf-vs-pdftotext.sh [N]   (run from anywhere; builds the classes first)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-5}"
files=(samples/*.pdf)

jdk=""
for home in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
  home="${home%/}"
  [[ -n "$home" && -x "$home/bin/java" && -f "$home/release" ]] || continue
  major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")"
  if [[ -n "$major" ]] && (( major >= 21 )); then jdk="$home"; break; fi
done
[[ -n "$jdk" ]] || { echo "no JDK >= 21 found" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "pdftotext (poppler-utils) is not installed" >&2; exit 2; }

./mvnw -q -B -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath >&2
# The class-data archive needs jars, not class directories, on the class path.
jar="target/bench-pdf.jar"
rm -f "$jar"
"$jdk/bin/jar" cf "$jar" -C target/classes . -C target/test-classes org/upright/bench
cp="$jar:$(cat target/bench.classpath)"
java="$jdk/bin/java"
pages=0
for f in "${files[@]}"; do pages=$((pages + $(pdfinfo "$f" | sed -n 's/^Pages: *//p'))); done

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

measure() {  # label, command...
  local label="$1" times=() start
  shift
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    times+=("$(ms "$start")")
  done
  printf '%-58s median %5d ms  (runs: %s)\n' "$label" "$(median "${times[@]}")" "${times[*]}"
}

pdftotext_all() { for f in "${files[@]}"; do pdftotext "$f" /dev/null; done; }
pdftotext_layout_all() { for f in "${files[@]}"; do pdftotext -layout "$f" /dev/null; done; }
jsa="target/bench-pdf.jsa"
rm -f "$jsa"
"$java" -XX:SharedArchiveFile="$jsa" -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off \
  -cp "$cp" org.upright.bench.ReadSamples 1 "${files[@]}" >/dev/null 2>&1 || true  # makes the class-data archive
[[ -f "$jsa" ]] || { echo "could not make the class-data archive $jsa" >&2; exit 1; }

echo "${#files[@]} sample PDFs, $pages pages, $runs runs each; JDK $jdk"
measure "pdftotext, one process per file" pdftotext_all
measure "pdftotext -layout, one process per file" pdftotext_layout_all
measure "PdfReader, one new JVM for all files (default flags)" \
  "$java" -cp "$cp" org.upright.bench.ReadSamples 1 "${files[@]}"
measure "PdfReader, one new JVM, launcher flags (CDS, C1, SerialGC)" \
  "$java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -cp "$cp" org.upright.bench.ReadSamples 1 "${files[@]}"
echo "PdfReader inside a warm JVM (10 rounds over all files; the last rounds are the steady state):"
"$java" -cp "$cp" org.upright.bench.ReadSamples 10 "${files[@]}" 2>/dev/null | sed 's/^/  /'
