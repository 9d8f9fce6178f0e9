#!/bin/sh
# SOP Companion lives in /opt/sop-companion (a self-contained bundle).
exec /opt/sop-companion/sop-companion "$@"
