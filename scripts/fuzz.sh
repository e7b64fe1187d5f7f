#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ with the address sanitizer and runs each one against a
# seed corpus made from the shipped files, for SECONDS each (default 30: the CI smoke run).
# Any input that crashes, takes over 1 s or over 512 MB (2 GB under the address sanitizer) is
# saved under the work folder and makes the script fail. A long campaign: scripts/fuzz.sh 1800 FuzzRules (or -runs=N in FUZZ_FLAGS).
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET …]   (targets: FuzzRules FuzzQuantity FuzzProject FuzzXML FuzzMeterData)
# FUZZ_SANITIZERS=fuzzer builds without the address sanitizer, several times faster, for long
# campaigns; FUZZ_FLAGS adds libFuzzer flags (e.g. -runs=2000000); FUZZ_SCRATCH names another
# build folder, for a second campaign beside a running one.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-30}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzRules FuzzQuantity FuzzProject FuzzXML FuzzMeterData)
sanitizers="${FUZZ_SANITIZERS:-fuzzer,address}"
# The address sanitizer's shadow memory and quarantine add a few hundred MB: the 512 MB bound
# on an input applies to the plain build, a looser one under the sanitizer.
rss_limit=512
[ "$sanitizers" = "fuzzer" ] || rss_limit=2048
flags=(-c release --scratch-path "${FUZZ_SCRATCH:-$root/.build-fuzz-${sanitizers//,/-}}" -Xswiftc -sanitize="$sanitizers" -Xswiftc -parse-as-library -Xswiftc -use-ld=lld)

cd "$root/Fuzz"
swift build "${flags[@]}" >&2
bin="$(swift build "${flags[@]}" --show-bin-path)"
swift build --package-path "$root" --product jcm >&2
jcm="$(swift build --package-path "$root" --show-bin-path)/jcm"

work="${FUZZ_WORK:-$(mktemp -d)}"
mkdir -p "$work/artifacts"
for target in FuzzRules FuzzQuantity FuzzProject FuzzXML FuzzMeterData; do mkdir -p "$work/corpus/$target"; done
# Seeds: every condition and equation, every default value, the examples and their XML.
(cd "$root" && "$jcm" methodologies list --format json) | python3 -c '
import json, subprocess, sys
root, work, jcm = sys.argv[1:4]
listing = json.load(sys.stdin)
n = 0
for m in listing["methodologies"]:
    shown = json.loads(subprocess.run([jcm, "methodologies", "show", m["id"], "--methodology-version", m["version"], "--format", "json"],
                                      cwd=root, capture_output=True, text=True, check=True).stdout)
    for text in [c["condition"] for c in shown["criteria"]] + [e["expression"] for e in shown["equations"]]:
        n += 1; open(f"{work}/corpus/FuzzRules/seed{n}", "w").write(text)
    for p in shown["parameters"]:
        if p.get("default_value"):
            v = p["default_value"]["value"]; n += 1
            open(f"{work}/corpus/FuzzQuantity/seed{n}", "w").write(v["value"] + " " + v["unit"])
' "$root" "$work" "$jcm"
for text in "1,736.0 MWh" "0.6592 tCO2/MWh" "60 %" "864,000 kNm3" "-0.5" "180,000 Nm3/h" "9 yr"; do
  printf '%s' "$text" > "$work/corpus/FuzzQuantity/$(printf '%s' "$text" | md5sum | cut -c1-12)"
done
for project in "$root"/Examples/*/project.yaml; do
  name="$(basename "$(dirname "$project")")"
  { printf '\001'; cat "$project"; } > "$work/corpus/FuzzProject/$name"
  printf '\000730 MWh\n2026-03-01\n"x"' > "$work/corpus/FuzzProject/$name-values"
done
# Meter data: the first rows of the blower's generated year, long and wide, and a few anomalies.
python3 "$root/scripts/generate-blower-meter-data.py" --out "$work/year.csv" > /dev/null
python3 "$root/scripts/generate-blower-meter-data.py" --wide --out "$work/year-wide.csv" > /dev/null
head -c 6000 "$work/year.csv" > "$work/corpus/FuzzMeterData/long"
head -c 6000 "$work/year-wide.csv" > "$work/corpus/FuzzMeterData/wide"
printf 'timestamp,point,value,unit\n2026-10-01T00:00:00+07:00,EM-B2,999999.5,kWh\n2026-10-01T00:01:00+07:00,EM-B2,0.5,kWh\n2026-10-01T00:01:00+07:00,EM-B2,0.5,kWh\n2026-10-01T06:00:00Z,FM-B1,-1,Nm3\n2026-10-01T00:02:00+07:00,EM-B1,5,kWh\n' \
  > "$work/corpus/FuzzMeterData/anomalies"
rm -f "$work/year.csv" "$work/year-wide.csv"
for xml in "$root"/Output/*/application.xml; do cp "$xml" "$work/corpus/FuzzXML/$(basename "$(dirname "$xml")").xml"; done

status=0
for target in "${targets[@]}"; do
  echo "== $target, $seconds s"
  log="$work/$target.log"
  if ! SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$bin/$target" -max_total_time="$seconds" -timeout=1 \
      -rss_limit_mb="$rss_limit" -max_len=8192 -print_final_stats=1 ${FUZZ_FLAGS:-} -artifact_prefix="$work/artifacts/$target-" \
      "$work/corpus/$target" > "$log" 2>&1; then
    status=1
    grep -E "ERROR|SUMMARY|Test unit written" "$log" | head -5 || true
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
done
ls "$work/artifacts" | sed 's/^/artifact: /' || true
[ -z "$(ls -A "$work/artifacts")" ] || status=1
echo "fuzzing work folder: $work"
exit $status
