#!/usr/bin/env bash
# Take Coursesmith out of this user's application menu and file types: removes exactly
# what install.sh added (see there). This folder itself is left as it is: delete it after.
exec bash "$(dirname "${BASH_SOURCE[0]}")/install.sh" --uninstall
