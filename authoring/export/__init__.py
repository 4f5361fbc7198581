"""Export: resolve a course, render the player, write SCORM / xAPI / cmi5 packages, validate them."""
