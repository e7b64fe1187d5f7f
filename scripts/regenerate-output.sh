#!/usr/bin/env bash
# Regenerates the generated files that are committed: Output/<project id>/ (English) and
# Output/<project id>.<language>/ (every other language with a Templates/<language>/wording.yaml)
# for every Examples/*/project.yaml, the blower's Monitoring Report Sheet (Output/monitoring/), docs/schemas/ and docs/diagnostics.md. Output/ is rendered with the shipped Methodologies/
# and Templates/, undated, so that the committed documents are byte-identical to a fresh render.
# The golden-file test (OutputFolderTests) fails until this is run after a change to an example, a
# methodology, a programme call, a template or the renderer.
#
# Usage: scripts/regenerate-output.sh [swift build options, e.g. --scratch-path .build-docs]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
swift build --product jcm "$@"
jcm="$(swift build --show-bin-path "$@")/jcm"
unset SOURCE_DATE_EPOCH JCM_METHODOLOGIES JCM_TEMPLATES

languages="$(for wording in Templates/*/wording.yaml; do basename "$(dirname "$wording")"; done | paste -sd, -)"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
for project in Examples/*/project.yaml; do
  # Rendered from inside the staging folder, so each set lands in $staging/Output/<project id>[.<language>].
  # A failing (1) or undetermined (3) example is rendered too, with its banner; only 2 is an error.
  status=0
  (cd "$staging" && "$jcm" render "$root/$project" --methodologies "$root/Methodologies" --templates "$root/Templates" \
    --language "$languages" > /dev/null) || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 1 ] && [ "$status" -ne 3 ]; then exit "$status"; fi
done
rm -rf Output
mv "$staging/Output" Output
echo "Output/ regenerated from $(ls -d Examples/*/ | wc -l | tr -d ' ') example(s) in $languages."

# The project JSON Schemas under docs/schemas (checked by ProjectJSONSchemaTests).
"$jcm" methodologies list --format json --methodologies Methodologies \
  | python3 -c 'import json, sys; [print(m["id"], m["version"]) for m in json.load(sys.stdin)["methodologies"]]' \
  | while read -r id version; do
      "$jcm" schema "$id" --methodology-version "$version" --methodologies Methodologies > "docs/schemas/project-$id-$version.schema.json"
    done
"$jcm" schema --methodologies Methodologies > docs/schemas/project-no-methodology.schema.json
echo "docs/schemas/ regenerated."

"$jcm" explain --markdown > docs/diagnostics.md
echo "docs/diagnostics.md regenerated."

# The Monitoring Report Sheet of the blower's period MP1 in every language, from its generated year
# of meter data (the data is not committed; MonitorEndToEndTests compares a fresh report with this).
python3 scripts/generate-blower-meter-data.py --out "$staging/year.csv" > /dev/null
rm -rf Output/monitoring
mkdir -p Output/monitoring
(cd "$staging" && "$jcm" monitor "$root/Examples/haiphong-blower-inverter/project.yaml" --period MP1 --data year.csv \
  --out "$root/Output/monitoring/VN-HP-BLOWER-01.MP1" --language "$languages" \
  --methodologies "$root/Methodologies" --templates "$root/Templates" > /dev/null)
echo "Output/monitoring/ regenerated."
