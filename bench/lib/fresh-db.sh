#!/usr/bin/env bash
# bench/lib/fresh-db.sh NAME — drops and creates database NAME on the bench server (for ab.sh's AB_BEFORE).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
fresh_db "$1"
