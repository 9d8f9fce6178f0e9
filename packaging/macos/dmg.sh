#!/bin/sh
# dist/SOP Companion.app -> dist/sop-companion-<version>.dmg, on a Mac after packaging/build.py.
# Checks first that the app declares its tel:/callto: URL types. Not run in this repository's CI.
set -eu
cd "$(dirname "$0")/../.."
version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
app="dist/SOP Companion.app"
schemes=$(/usr/libexec/PlistBuddy -c "Print :CFBundleURLTypes:0:CFBundleURLSchemes" "$app/Contents/Info.plist")
echo "$schemes" | grep -q tel && echo "$schemes" | grep -q callto
stage=build/dmg
rm -rf "$stage"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"   # drag the app onto it
hdiutil create -volname "SOP Companion" -srcfolder "$stage" -ov -format UDZO "dist/sop-companion-$version.dmg"
