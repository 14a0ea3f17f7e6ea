#!/usr/bin/env bash
# export-curl-jq.sh: every failed task of an SDRS project as CSV, with nothing but curl and jq.
# The yardstick of bench_export.sh: the same job as `sdrs-failures export --all-groups -o OUT`,
# done the way an operator would script it (one curl and one jq per page, one page after another).
#
#   export-curl-jq.sh BASE_URL PROJECT_ID TOKEN OUT.csv
#
# BASE_URL is the SDRS endpoint (e.g. https://sdrs.eu-de.otc.t-systems.com, or the emulator's
# first line), TOKEN an X-Auth-Token. Writes, as sdrs-failures does: UTF-8 without BOM, CRLF line
# ends, a header row, then the protection-group level's failed tasks (empty server_group_id and
# server_group_name) and then each protection group's, in the order the group list gives them.
# A cell starting with = + - @ TAB or CR gets a ' prefix (CSV injection); a cell holding a comma,
# a quote, CR or LF is quoted RFC 4180 style. OUT.csv is only replaced when everything was read.
set -euo pipefail

if [[ $# -ne 4 ]]; then
    echo "usage: ${0##*/} BASE_URL PROJECT_ID TOKEN OUT.csv" >&2
    exit 2
fi
base=${1%/}
project=$2
token=$3
out=$4
limit=1000

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# GET one page into $work/page.json; on an HTTP or connection error curl says why (-S) and the
# script stops with the URL (not the token).
get() {
    if ! curl -fsS -H "X-Auth-Token: $token" -H 'Accept: application/json' \
        -o "$work/page.json" "$1"; then
        echo "${0##*/}: GET $1 failed" >&2
        exit 1
    fi
}

# "count rows-on-this-page" of $work/page.json, whose list is under the key $1.
page_sizes() {
    jq -r --arg key "$1" '"\(.count) \(.[$key] | length)"' "$work/page.json"
}

# Reads every page of a listing (URL $1 without limit/offset, list key $2) and passes each page
# to the command "$3" (with $work/page.json in place). Stops at `count`; an empty page before
# that is an error (the listing changed or the server is wrong).
each_page() {
    local url=$1 key=$2 handler=$3 offset=0 count rows sep='?'
    [[ $url == *\?* ]] && sep='&'
    while :; do
        get "$url${sep}limit=$limit&offset=$offset"
        read -r count rows < <(page_sizes "$key")
        if ! [[ $count =~ ^[0-9]+$ && $rows =~ ^[0-9]+$ ]]; then
            echo "${0##*/}: $url: no count or $key in the answer" >&2
            exit 1
        fi
        if ((offset >= count)); then
            break
        fi
        if ((rows == 0)); then
            echo "${0##*/}: $url: empty page at offset $offset of $count" >&2
            exit 1
        fi
        "$handler"
        offset=$((offset + rows))
        if ((offset >= count)); then
            break
        fi
    done
}

# The groups, one line each: the id URL-encoded, a tab, {"id","name"} as compact JSON.
groups_page() {
    jq -r '.server_groups[] | "\(.id | @uri)\t\({id, name} | tojson)"' "$work/page.json" \
        >>"$work/groups.txt"
}

# One page of failed tasks as CSV rows of the group $group_json ({"id","name"}; null at the
# protection-group level).
# shellcheck disable=SC2016 # $group and $c are jq variables
csv_program='
def cell:
  (if . == null then "" else tostring end)
  | (if (.[0:1] as $c | $c == "=" or $c == "+" or $c == "-" or $c == "@" or $c == "\t"
                        or $c == "\r")
     then "'"'"'" + . else . end)
  | (if (contains(",") or contains("\"") or contains("\r") or contains("\n"))
     then "\"" + (split("\"") | join("\"\"")) + "\"" else . end);
.failure_jobs[]
| [.job_id, .job_type, .job_status, .failure_status, .resource_type, .resource_id,
   .resource_name, .begin_time, .error_code, .fail_reason, $group.id, $group.name]
| map(cell) | join(",") + "\r\n"
'
failures_page() {
    jq -j --argjson group "$group_json" "$csv_program" "$work/page.json" >>"$work/out.csv"
}

printf '%s\r\n' \
    'job_id,job_type,job_status,failure_status,resource_type,resource_id,resource_name,begin_time,error_code,fail_reason,server_group_id,server_group_name' \
    >"$work/out.csv"
: >"$work/groups.txt"

each_page "$base/v1/$project/server-groups" server_groups groups_page

group_json=null
each_page "$base/v1/$project/task-center/failure-jobs" failure_jobs failures_page

while IFS=$'\t' read -r group_uri group_json <&3; do
    each_page "$base/v1/$project/task-center/failure-jobs?server_group_id=$group_uri" \
        failure_jobs failures_page
done 3<"$work/groups.txt"

mv -f "$work/out.csv" "$out"
