"""Export: resolve a course, build its package in one of the registered formats, check it,
write it, record the publication.

`export.py` holds the pipeline (`run_export`, `export_course`), `request.py` what it is
asked; `formats/` one module per package format and the registry the command line,
`validate` and the app read; `validate.py` the checks `coursesmith validate` runs. See
docs/architecture.md.
"""
